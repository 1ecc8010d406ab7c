// Between the stored case and the pure state machine: what each event may carry, how it changes
// the stored particulars, the CaseFacts the guards read, and the dates the effects set. Pure:
// `today` and the facts found by I/O (credentials, the discretion calculator) are parameters.
import { addCalendarDays, subtractWorkdays } from '../../../platform/workdays/calendar.js';
import { dueDate, periodByCode, type PeriodCode } from '../../../platform/workdays/periods.js';
import { EVENT_INPUTS, type EventPayload } from '../contract.js';
import { amountDue } from './deadlines.js';
import { payableFine } from './fine-credit.js';
import { DEFAULT_THRESHOLDS, hasHearingRight, type CaseFacts, type Waiver } from './facts.js';
import type { Problem } from './guards.js';
import type { penaltyCase } from '../schema.js';
import { transition } from './transition.js';
import type { Actor } from './guards.js';
import { CASE_EVENT_NAMES, type CaseEventName, type CaseState, type Effect } from './machine.js';

export type CaseRow = typeof penaltyCase.$inferSelect;
export type CasePatch = Partial<Omit<CaseRow, 'id' | 'orgId' | 'version' | 'createdAt' | 'createdBy'>>;

const FACT_FLAGS = ['majorPublicInterest', 'complexCase', 'lawRequiresLegalReview', 'seriousOrComplex'] as const;

/** The payload fields this event does not take, or takes but lacks; null when the payload fits. */
export function payloadProblem(event: CaseEventName, payload: EventPayload): { problem: string; field: string } | null {
  const [required, optional] = EVENT_INPUTS[event];
  for (const k of required) {
    const v = payload[k];
    if (v === undefined || (typeof v === 'string' && !v.trim())) return { problem: `该环节须填写 ${k}`, field: `payload.${k}` };
  }
  const allowed = new Set<string>(['opinion', ...required, ...optional]);
  const extra = Object.keys(payload).find((k) => payload[k as keyof EventPayload] !== undefined && !allowed.has(k));
  return extra ? { problem: `该环节不接受 ${extra}`, field: `payload.${extra}` } : null;
}

const notFuture = (date: string | undefined, today: string, field: string): Problem | null =>
  date && date > today ? { problem: '日期不能晚于今天', field: `payload.${field}` } : null;

const WAIVED_NAMES = { statement: '陈述、申辩', hearing: '听证' } as const;

/** A waiver is dated between the notice and today, gives up each right once, and the hearing only when the party has one. */
function waiverProblem(row: CaseRow, p: EventPayload, today: string): Problem | null {
  const waives = p.waives!;
  if (new Set(waives).size !== waives.length) return { problem: '放弃的权利重复', field: 'payload.waives' };
  const field = 'payload.waivedOn';
  if (p.waivedOn! > today) return { problem: '日期不能晚于今天', field };
  if (row.noticeServedOn && p.waivedOn! < row.noticeServedOn)
    return { problem: `放弃日期不能早于告知书送达日期（${row.noticeServedOn}）`, field, article: '行政处罚法 第四十四条' };
  const already = waives.find((r) => row.waivers.some((w) => w.waives.includes(r)));
  if (already) return { problem: `当事人已书面放弃${WAIVED_NAMES[already]}`, field: 'payload.waives' };
  if (waives.includes('hearing') && !hasHearingRight(factsOf(row, today, false)))
    return { problem: '拟作出的处罚不属于当事人有权要求听证的情形，无需放弃听证', field: 'payload.waives', article: '行政处罚法 第六十三条' };
  return null;
}

/** The signed statement's bytes as an image, by its magic numbers: PNG or JPEG. */
function imageOf(base64: string): { type: 'image/png' | 'image/jpeg'; base64: string } | null {
  const b = Buffer.from(base64, 'base64');
  if (b.length > 1024 * 1024) return null;
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((m, i) => b[i] === m);
  const jpeg = b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;
  return png ? { type: 'image/png', base64 } : jpeg ? { type: 'image/jpeg', base64 } : null;
}

/**
 * The particulars the event writes before the guards run (the guards read them), or the
 * problem. `proposal` is what the discretion calculator said of a proposed penalty.
 */
export function payloadPatch(
  row: CaseRow,
  event: CaseEventName,
  p: EventPayload,
  today: string,
  proposal: Pick<CaseRow, 'withinBenchmark' | 'discretion'> | null,
): { patch: CasePatch } | { problem: Problem } {
  const patch: CasePatch = {};
  const late = notFuture(p.servedOn, today, 'servedOn') ?? notFuture(p.paidOn, today, 'paidOn') ?? notFuture(p.remindedOn, today, 'remindedOn');
  if (late) return { problem: late };
  if (p.penalty) {
    if (p.penalty.licenceNumbers?.length && !p.penalty.measures.includes('revokeLicence'))
      return {
        problem: { problem: '只有处罚种类含“吊销有关许可证件”时才填写吊销的许可证编号', field: 'payload.penalty.licenceNumbers', article: '行政处罚法 第九条' },
      };
    patch.penalty = { ...p.penalty, confiscationYuan: p.penalty.confiscationYuan ?? 0 };
    patch.benchmarkDeviationReasons = p.benchmarkDeviationReasons?.trim() || null;
    if (proposal) Object.assign(patch, proposal);
    for (const f of FACT_FLAGS) if (p[f] !== undefined) patch[f] = p[f];
    // A changed proposal is a new one: earlier reviews and deliberations do not cover it.
    Object.assign(patch, { legalReviewPassed: false, legalReviewPassedAfterHearing: false, collectiveDeliberationDone: false });
  }
  switch (event) {
    case 'approveFiling':
      patch.filedOn = today;
      break;
    case 'recordDeliberation':
      patch.collectiveDeliberationDone = true;
      break;
    case 'passLegalReview':
      if (row.state === 'postHearingLegalReview') patch.legalReviewPassedAfterHearing = true;
      else patch.legalReviewPassed = true;
      break;
    case 'issueNotice':
      if (p.servedOn && row.filedOn && p.servedOn < row.filedOn)
        return {
          problem: { problem: `告知书送达日期不能早于立案日期（${row.filedOn}）`, field: 'payload.servedOn', article: '行政处罚法 第五十四条、第四十四条' },
        };
      patch.noticeServedOn = p.servedOn ?? today;
      break;
    case 'recordWaiver': {
      const refused = waiverProblem(row, p, today);
      if (refused) return { problem: refused };
      const image = imageOf(p.waiverImage!);
      if (!image) return { problem: { problem: '放弃声明须为 PNG 或 JPEG 图片（当场签名或签字的书面声明照片）', field: 'payload.waiverImage' } };
      // The digest is the service's to compute (the hash algorithm is configured); it fills it in.
      const waiver: Waiver = { waives: p.waives!, waivedOn: p.waivedOn!, signer: p.waiverSigner!, image: { ...image, digest: '' }, recordedOn: today };
      patch.waivers = [...row.waivers, waiver];
      break;
    }
    case 'scheduleHearing': {
      const noticeBy = subtractWorkdays(p.hearingOn!, periodByCode('apl-64-hearing-notice').days);
      if (noticeBy < today) {
        return {
          problem: {
            problem: `听证日期过早：须在听证七个工作日前通知当事人（最晚 ${noticeBy} 通知）`,
            field: 'payload.hearingOn',
            article: '行政处罚法 第六十四条、第八十五条',
          },
        };
      }
      Object.assign(patch, { hearingChairId: p.hearingChairId, hearingOn: p.hearingOn });
      break;
    }
    case 'recordHearing':
      // The record of a hearing cannot predate the hearing the party was notified of.
      if (row.hearingOn && today < row.hearingOn)
        return { problem: { problem: `听证定于 ${row.hearingOn} 举行，此前不能记录听证结束`, field: 'event', article: '行政处罚法 第六十四条' } };
      break;
    case 'decide':
      patch.decidedOn = today;
      break;
    case 'decideOnSite':
      Object.assign(patch, { decidedOn: today, servedOn: today, serviceMethod: 'direct' });
      break;
    case 'serve':
      if (p.servedOn && row.decidedOn && p.servedOn < row.decidedOn)
        return { problem: { problem: '送达日期不能早于作出决定的日期', field: 'payload.servedOn', article: '行政处罚法 第六十一条' } };
      Object.assign(patch, { servedOn: p.servedOn ?? today, serviceMethod: p.serviceMethod });
      break;
    case 'approveInstalment':
      if (p.newPaymentDueOn! <= today)
        return { problem: { problem: '延期或分期后的缴纳期限须晚于今天', field: 'payload.newPaymentDueOn', article: '行政处罚法 第六十六条' } };
      Object.assign(patch, { instalmentApplied: true, paymentDueOn: p.newPaymentDueOn });
      break;
    case 'recordPayment': {
      const paidOn = p.paidOn ?? today;
      const due = amountDue(payableFine(row.penalty?.fineYuan ?? 0, row.fineCredit).payableYuan, row.paymentDueOn, paidOn);
      const paidFen = Math.round(p.paidYuan! * 100);
      if (paidFen < due.totalFen) {
        const yuan = (fen: number) => (fen / 100).toFixed(2);
        const detail = due.daysLate > 0 ? `（罚款 ${yuan(due.fineFen)} 元，逾期 ${due.daysLate} 日加处罚款 ${yuan(due.surchargeFen)} 元）` : '';
        const article = due.daysLate > 0 ? '行政处罚法 第七十二条' : '行政处罚法 第六十七条';
        return { problem: { problem: `应缴 ${yuan(due.totalFen)} 元${detail}，实缴 ${yuan(paidFen)} 元`, field: 'payload.paidYuan', article } };
      }
      Object.assign(patch, { paidOn, paidFen, surchargeFen: due.surchargeFen });
      break;
    }
    case 'applyToCourt': {
      // The specific reason (which period, which article) rather than the guard's summary.
      const refused = courtApplicationProblem({ servedOn: row.servedOn, remindedOn: p.remindedOn! }, today);
      if (refused) return { problem: refused };
      patch.remindedOn = p.remindedOn;
      break;
    }
    case 'requestClosure':
      if (p.courtEnforcementConcluded !== undefined) patch.courtEnforcementConcluded = p.courtEnforcementConcluded;
      break;
    case 'requestDecisionExtension':
      patch.decisionExtensionRequest = { days: p.extensionDays!, reasons: p.opinion!.trim(), requestedOn: today };
      break;
  }
  return { patch };
}

/** `date` + n months; a day the month lacks becomes its last day (民法典 第二百零二条). */
export function addMonths(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const month = m - 1 + n;
  const last = new Date(Date.UTC(y, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, month, Math.min(d, last))).toISOString().slice(0, 10);
}

/**
 * Why the court may not yet (or no longer) be asked to enforce the decision; null when it may.
 * 行政强制法 第五十三条: only once the periods for review (60 days) and suit (6 months, 行政诉讼法
 * 第四十六条) have run out, and within three months of that; 第五十四条: only ten days after the
 * 催告书 was served, the duty still unperformed.
 */
export function courtApplicationProblem(row: Pick<CaseRow, 'servedOn' | 'remindedOn'>, today: string): Problem | null {
  if (!row.servedOn) return { problem: '处罚决定书尚未送达，不能申请人民法院强制执行', field: 'servedOn', article: '行政强制法 第五十三条' };
  if (!row.remindedOn) return { problem: '申请人民法院强制执行前，应当催告当事人履行义务', field: 'payload.remindedOn', article: '行政强制法 第五十四条' };
  if (row.remindedOn < row.servedOn)
    return { problem: `催告日期不能早于处罚决定书送达日期（${row.servedOn}）`, field: 'payload.remindedOn', article: '行政强制法 第三十五条、第五十四条' };
  const remediesEnd = addMonths(row.servedOn, 6);
  if (today <= remediesEnd)
    return {
      problem: `申请复议、提起诉讼的期限至 ${remediesEnd} 届满，届满前不得申请人民法院强制执行`,
      field: 'servedOn',
      article: '行政强制法 第五十三条；行政诉讼法 第四十六条',
    };
  const lastDay = addMonths(remediesEnd, 3);
  if (today > lastDay)
    return { problem: `申请人民法院强制执行的期限（复议、诉讼期限届满之日起三个月，至 ${lastDay}）已过`, field: 'servedOn', article: '行政强制法 第五十三条' };
  const tenDays = addCalendarDays(row.remindedOn, 10);
  if (today <= tenDays)
    return {
      problem: `催告书送达十日后（${tenDays} 之后）当事人仍未履行的，方可申请人民法院强制执行`,
      field: 'payload.remindedOn',
      article: '行政强制法 第五十四条',
    };
  return null;
}

export const courtApplicationAllowed = (row: Pick<CaseRow, 'servedOn' | 'remindedOn'>, today: string): boolean => courtApplicationProblem(row, today) === null;

/** Who took the case's review steps so far (from its events), for separation of duties. */
export interface ReviewHolders {
  internalReviewerIds: readonly string[];
  legalReviewerIds: readonly string[];
}
export const NO_REVIEW_HOLDERS: ReviewHolders = { internalReviewerIds: [], legalReviewerIds: [] };

/** The snapshot the guards read. */
export function factsOf(row: CaseRow, today: string, investigatorsQualified: boolean, reviewers: ReviewHolders = NO_REVIEW_HOLDERS): CaseFacts {
  // What the party owes is the fine less a fine already paid (行刑衔接, fine-credit.ts).
  const fineFen = payableFine(row.penalty?.fineYuan ?? 0, row.fineCredit).payableYuan * 100;
  return {
    party: row.partyKind === 'citizen' ? 'citizen' : 'organisation',
    penalty: row.penalty,
    thresholds: DEFAULT_THRESHOLDS,
    investigatorIds: row.investigatorIds,
    investigatorsQualified,
    majorPublicInterest: row.majorPublicInterest,
    complexCase: row.complexCase,
    lawRequiresLegalReview: row.lawRequiresLegalReview,
    seriousOrComplex: row.seriousOrComplex,
    withinBenchmark: row.withinBenchmark,
    benchmarkDeviationReasons: row.benchmarkDeviationReasons,
    legalReviewPassed: row.legalReviewPassed,
    legalReviewPassedAfterHearing: row.legalReviewPassedAfterHearing,
    collectiveDeliberationDone: row.collectiveDeliberationDone,
    noticeServedOn: row.noticeServedOn,
    statementPeriodEndsOn: row.statementPeriodEndsOn,
    hearingRequestEndsOn: row.hearingRequestEndsOn,
    hearingChairId: row.hearingChairId,
    statementWaived: row.waivers.some((w) => w.waives.includes('statement')),
    hearingWaived: row.waivers.some((w) => w.waives.includes('hearing')),
    internalReviewerIds: reviewers.internalReviewerIds,
    legalReviewerIds: reviewers.legalReviewerIds,
    decisionDueOn: row.decisionDueOn,
    decisionExtensionPending: row.decisionExtensionRequest !== null,
    delegationCeilingYuan: row.delegationCeilingYuan,
    paymentDueOn: row.paymentDueOn,
    paymentConfirmed: row.paidFen !== null && row.paidFen >= fineFen + (row.surchargeFen ?? 0),
    instalmentApplied: row.instalmentApplied,
    courtApplicationAllowed: courtApplicationAllowed(row, today),
    courtEnforcementConcluded: row.courtEnforcementConcluded,
  };
}

/** Which stored date each statutory period sets, and the date it counts from. */
const DEADLINE_FIELDS: Partial<Record<PeriodCode, { field: keyof CaseRow; from: (r: CaseRow, today: string) => string | null }>> = {
  'apl-60-decision': { field: 'decisionDueOn', from: (r) => r.filedOn },
  'ws-statement-and-defence': { field: 'statementPeriodEndsOn', from: (r) => r.noticeServedOn },
  'apl-64-hearing-request': { field: 'hearingRequestEndsOn', from: (r) => r.noticeServedOn },
  'apl-64-hearing-notice': { field: 'hearingNoticeBy', from: (r) => r.hearingOn },
  'apl-61-service': { field: 'serviceDueOn', from: (r) => r.decidedOn },
  'gbf-2018-118-disclosure': { field: 'disclosureDueOn', from: (r) => r.decidedOn },
  'apl-67-payment': { field: 'paymentDueOn', from: (r) => r.servedOn },
};

/** The due dates the effects set, counted in working or calendar days as each period says. */
export function deadlinePatch(row: CaseRow, effects: readonly Effect[], today: string): CasePatch {
  const patch: Record<string, unknown> = {};
  for (const e of effects) {
    if (e.kind === 'decisionExtension') Object.assign(patch, extensionPatch(row, e.granted));
    if (e.kind !== 'deadline') continue;
    const target = DEADLINE_FIELDS[e.period];
    const start = target?.from(row, today);
    if (target && start) patch[target.field] = dueDate(periodByCode(e.period), start);
  }
  return patch as CasePatch;
}

/**
 * 第六十条 extension decided: granted, the decision deadline moves by the days asked (calendar
 * days, like the 90 days themselves) and the days are added to the record; either way the request closes.
 */
function extensionPatch(row: CaseRow, granted: boolean): CasePatch {
  const asked = row.decisionExtensionRequest;
  if (!granted || !asked || !row.decisionDueOn) return { decisionExtensionRequest: null };
  return {
    decisionExtensionRequest: null,
    decisionDueOn: addCalendarDays(row.decisionDueOn, asked.days),
    decisionExtendedDays: row.decisionExtendedDays + asked.days,
  };
}

/** Guard fields an event's own payload fills in, so a refusal on them is no reason to hide the event. */
const SUPPLIED_BY_PAYLOAD: Partial<Record<CaseEventName, readonly string[]>> = {
  completeInvestigation: ['penalty'],
  decideOnSite: ['penalty'],
  scheduleHearing: ['hearingChairId'],
  recordPayment: ['paymentConfirmed'],
  approveInstalment: ['instalmentApplied'],
  applyToCourt: ['courtApplicationAllowed'],
  requestClosure: ['courtEnforcementConcluded'],
};

/**
 * A waiver is refused per right when it is taken (waiverProblem); the offer only needs to know
 * that no right is left: statement waived, and the hearing waived or never the party's.
 */
const nothingLeftToWaive = (f: CaseFacts) => f.statementWaived && (f.hearingWaived || !hasHearingRight(f));

/**
 * The events to offer this actor: those the state machine allows now, and those refused only
 * for a fact the event's own form supplies (the penalty proposed, the payment made). The service
 * checks again when the event is taken.
 */
export function offeredEvents(state: CaseState, actor: Actor, facts: CaseFacts, today: string): CaseEventName[] {
  return CASE_EVENT_NAMES.filter((event) => {
    if (event === 'recordWaiver' && nothingLeftToWaive(facts)) return false;
    const r = transition({ id: '', state }, event, actor, facts, today);
    return r.ok || (r.field !== undefined && (SUPPLIED_BY_PAYLOAD[event] ?? []).includes(r.field));
  });
}
