import { CASE_EVENTS, type CaseEventName, type CaseState } from '../../modules/cases/workflow/machine.js';
import { DEFAULT_THRESHOLDS } from '../../modules/cases/workflow/facts.js';
import { addDays } from '../../platform/dates.js';
import { atChina, uuidFor, type ActivityCast, type Staff } from './cast.js';
import type { Act } from './chain.js';
import { pgArray, type CopyValue } from './copy.js';
import { between, pick, streamFor, type Rand } from './random.js';
import { chineseName, mulberry32 } from '../names.js';

// 行政处罚案件 across every state. A case follows one script of events from draft, each step
// taken a few days after the last, until the script ends or the next step would fall after
// today: old cases are archived, recent ones stand where they are. Every step is checked
// against the state machine (workflow.ts: the event leaves the state the case is in, and the
// acting user holds one of its roles); the facts the guards read are set as the step implies
// (legal review passed, deliberation done, payment confirmed with the amounts paid).

export const CASE_COLUMNS = [
  'id',
  'org_id',
  'party_kind',
  'enterprise_id',
  'party_name',
  'party_id_number',
  'violation_type_code',
  'violation_date',
  'procedure',
  'state',
  'summary',
  'investigator_ids',
  'hearing_chair_id',
  'penalty',
  'within_benchmark',
  'law_requires_legal_review',
  'serious_or_complex',
  'legal_review_passed',
  'legal_review_passed_after_hearing',
  'collective_deliberation_done',
  'filed_on',
  'decision_due_on',
  'notice_served_on',
  'statement_period_ends_on',
  'hearing_request_ends_on',
  'hearing_on',
  'decided_on',
  'service_due_on',
  'served_on',
  'service_method',
  'disclosure_due_on',
  'payment_due_on',
  'paid_on',
  'paid_fen',
  'surcharge_fen',
  'decision_number',
  'version',
  'created_by',
  'created_at',
  'updated_at',
];
/** ledger_seq is appended by the loader once the chain gives the act its seq. */
export const CASE_EVENT_COLUMNS = ['id', 'case_id', 'version', 'event', 'from_state', 'to_state', 'actor_id', 'at', 'payload', 'ledger_seq'];

export interface GeneratedCase {
  row: CopyValue[];
  state: CaseState;
  created: Act;
  events: { row: CopyValue[]; act: Act }[];
}

const VIOLATIONS = ['WSL-97-1', 'WSL-94', 'WSL-93-1', 'WSL-99-2', 'WSL-102'];
const SUMMARIES = [
  '未按规定对从业人员进行安全生产教育和培训',
  '未在有较大危险因素的设备上设置安全警示标志',
  '未采取措施消除事故隐患',
  '特种作业人员未持证上岗',
  '未按规定制定生产安全事故应急救援预案',
];

type Step = CaseEventName;
/** The ordinary course of a general-procedure case; branches replace its tail. */
function script(rand: Rand, fine: number, warningOnly: boolean): Step[] {
  const r = rand();
  const head: Step[] = ['submitFiling', 'approveFiling'];
  if (r < 0.02) return [...head, 'revokeFiling'];
  if (r < 0.03) return ['submitFiling', 'transfer'];
  if (r < 0.04) return [...head, 'transferToPolice'];
  if (r < 0.05)
    return [
      'submitFiling',
      'returnFiling',
      'submitFiling',
      'approveFiling',
      'completeInvestigation',
      'notPunish',
      'requestClosure',
      'approveClosure',
      'archive',
    ];
  // 不予处罚 decided, its closure not yet asked for.
  if (r < 0.06) return [...head, 'completeInvestigation', 'notPunish'];
  const steps: Step[] = [...head, 'completeInvestigation'];
  if (rand() < 0.05) steps.push('returnFromInternalReview', 'completeInvestigation');
  steps.push('completeInternalReview');
  const hearingRight = fine >= DEFAULT_THRESHOLDS.hearingFineYuan.organisation;
  if (hearingRight) steps.push('submitForLegalReview', 'passLegalReview');
  if (fine >= DEFAULT_THRESHOLDS.collectiveFineYuan.organisation) steps.push('submitForDeliberation', 'recordDeliberation');
  steps.push('issueNotice');
  if (hearingRight && rand() < 0.4) steps.push('requestHearing', 'scheduleHearing', 'recordHearing', 'submitForLegalReview', 'passLegalReview');
  steps.push('decide', 'serve');
  if (warningOnly) return [...steps, 'requestClosure', 'approveClosure', 'archive'];
  const p = rand();
  if (p < 0.04) return [...steps, 'markOverdue', 'applyToCourt'];
  if (p < 0.12) steps.push('markOverdue');
  return [...steps, 'recordPayment', 'requestClosure', 'approveClosure', 'archive'];
}

const GAP: Partial<Record<Step, [number, number]>> = {
  approveFiling: [1, 5],
  scheduleHearing: [3, 10],
  completeInvestigation: [20, 60],
  issueNotice: [3, 10],
  decide: [8, 20],
  serve: [1, 6],
  recordPayment: [3, 14],
  markOverdue: [16, 25],
  applyToCourt: [90, 120],
  archive: [5, 20],
};

function actorFor(rand: Rand, step: Step, staff: Staff, investigators: string[], chair: string | null): string | null {
  const roles = CASE_EVENTS[step].roles as readonly string[];
  if (step === 'recordHearing') return chair;
  if (roles.includes('officer')) return investigators[0] ?? null;
  if (roles.includes('legalReviewer')) return staff.reviewers.find((x) => !investigators.includes(x)) ?? null;
  if (step === 'transferToPolice') return staff.head[0] ?? null;
  if (roles.includes('sectionChief') && staff.sectionChiefs.length) return pick(rand, staff.sectionChiefs);
  return staff.heads.length ? pick(rand, staff.heads) : null;
}

/** Case n, found in the year [from, today]. */
export function caseFor(seed: number, n: number, cast: ActivityCast, from: string, today: string): GeneratedCase {
  const rand = streamFor(seed, 0xca5e, n);
  const e = pick(rand, cast.enterprises);
  const staff = cast.staffOf.get(e.orgId)!;
  const investigators =
    staff.officers.length >= 2 ? [staff.officers[0], staff.officers[1 + Math.floor(rand() * (staff.officers.length - 1))]] : [...staff.officers];
  const id = uuidFor(seed, 0xca5e, n);
  const citizen = rand() < 0.05;
  const summary = rand() < 0.12;
  const violationDate = addDays(from, Math.floor(rand() * 365));
  const f = rand();
  const warningOnly = !summary && f < 0.05;
  const fine = summary
    ? rand() < 0.3
      ? 0
      : between(rand, 2, 30) * (citizen ? 5 : 100)
    : warningOnly
      ? 0
      : f < 0.75
        ? between(rand, 1, 49) * 1000
        : f < 0.92
          ? between(rand, 50, 99) * 1000
          : between(rand, 100, 300) * 1000;
  const penalty = { measures: fine > 0 ? ['fine'] : ['warning'], fineYuan: fine, confiscationYuan: 0 };
  // A few drafts are never submitted, a few on-the-spot fines are not paid yet.
  const stall = rand();
  const steps: Step[] =
    stall < 0.01
      ? []
      : summary
        ? stall < 0.1 && fine > 0
          ? ['decideOnSite']
          : ['decideOnSite', ...(fine > 0 ? (['recordPayment'] as Step[]) : []), 'requestClosure', 'approveClosure', 'archive']
        : script(rand, fine, warningOnly);
  const c: Record<string, CopyValue> = {
    filed_on: null,
    decision_due_on: null,
    notice_served_on: null,
    statement_period_ends_on: null,
    hearing_request_ends_on: null,
    hearing_on: null,
    decided_on: null,
    service_due_on: null,
    served_on: null,
    service_method: null,
    disclosure_due_on: null,
    payment_due_on: null,
    paid_on: null,
    paid_fen: null,
    surcharge_fen: null,
    decision_number: null,
    legal_review_passed: false,
    legal_review_passed_after_hearing: false,
    collective_deliberation_done: false,
    hearing_chair_id: null,
  };
  let state: CaseState = 'draft';
  let day = addDays(violationDate, between(rand, 0, 10));
  if (day > today) day = today;
  const createdAt = atChina(day, 9, between(rand, 0, 59));
  const partyName = citizen ? chineseName(mulberry32(n + seed)) : e.name;
  const values = {
    orgId: e.orgId,
    partyKind: citizen ? 'citizen' : 'organisation',
    enterpriseId: citizen ? null : e.id,
    partyName,
    violationTypeCode: pick(rand, VIOLATIONS),
    violationDate,
    procedure: summary ? 'summary' : 'general',
    summary: pick(rand, SUMMARIES),
    investigatorIds: investigators,
    penalty,
  };
  const events: GeneratedCase['events'] = [];
  let version = 1;
  let updatedAt = createdAt;
  const short = cast.orgName.get(e.orgId) ?? '应急';
  let afterHearing = false;
  for (const step of steps) {
    const [lo, hi] = GAP[step] ?? [1, 4];
    const next = addDays(day, between(rand, lo, hi));
    if (next > today) break;
    const path = CASE_EVENTS[step].paths.find(([s]) => s === state);
    if (!path) throw new Error(`generated case ${n}: ${step} cannot leave ${state}`);
    const actor = actorFor(rand, step, staff, investigators, c.hearing_chair_id as string | null);
    day = next;
    const to = path[1] as CaseState;
    // The facts the next guards read, as the service would have recorded them.
    if (step === 'approveFiling') Object.assign(c, { filed_on: day, decision_due_on: addDays(day, 90) });
    if (step === 'passLegalReview') c[afterHearing ? 'legal_review_passed_after_hearing' : 'legal_review_passed'] = true;
    if (step === 'recordDeliberation') c.collective_deliberation_done = true;
    if (step === 'issueNotice')
      Object.assign(c, { notice_served_on: day, statement_period_ends_on: addDays(day, 5), hearing_request_ends_on: fine >= 50_000 ? addDays(day, 7) : null });
    if (step === 'scheduleHearing')
      Object.assign(c, { hearing_chair_id: staff.heads.find((x) => !investigators.includes(x)) ?? null, hearing_on: addDays(day, 7) });
    if (step === 'recordHearing') afterHearing = true;
    if (step === 'decide' || step === 'decideOnSite')
      Object.assign(c, {
        decided_on: day,
        service_due_on: addDays(day, 7),
        disclosure_due_on: addDays(day, 7),
        decision_number: `${short}应急罚〔${day.slice(0, 4)}〕G${n + 1}号`,
      });
    if (step === 'decideOnSite' && fine > 0) c.payment_due_on = addDays(day, 15);
    if (step === 'serve') Object.assign(c, { served_on: day, service_method: 'direct', payment_due_on: fine > 0 ? addDays(day, 15) : null });
    if (step === 'recordPayment') {
      // 行政处罚法 第七十二条: 3 % of the fine a day after the due date, never more than the fine.
      const late =
        c.payment_due_on && day > (c.payment_due_on as string) ? Math.round((Date.parse(day) - Date.parse(c.payment_due_on as string)) / 86_400_000) : 0;
      const surcharge = Math.min(fine * 100, Math.round(fine * 100 * 0.03 * late));
      Object.assign(c, { paid_on: day, paid_fen: fine * 100 + surcharge, surcharge_fen: surcharge || null });
    }
    version++;
    const at = atChina(day, between(rand, 9, 17), between(rand, 0, 59));
    updatedAt = at;
    const eventId = uuidFor(seed, 0xe7e, n, version);
    const act: Act = {
      orgId: e.orgId,
      actorId: actor,
      action: `case.${step}`,
      subjectType: 'penaltyCase',
      subjectId: id,
      payload: { event: step, from: state, to, version },
    };
    events.push({ row: [eventId, id, version, step, state, to, actor, at, {}], act });
    state = to;
  }
  const row: CopyValue[] = [
    id,
    e.orgId,
    values.partyKind,
    values.enterpriseId,
    partyName,
    null,
    values.violationTypeCode,
    violationDate,
    values.procedure,
    state,
    values.summary,
    pgArray(investigators),
    c.hearing_chair_id,
    penalty,
    true,
    false,
    false,
    c.legal_review_passed,
    c.legal_review_passed_after_hearing,
    c.collective_deliberation_done,
    c.filed_on,
    c.decision_due_on,
    c.notice_served_on,
    c.statement_period_ends_on,
    c.hearing_request_ends_on,
    c.hearing_on,
    c.decided_on,
    c.service_due_on,
    c.served_on,
    c.service_method,
    c.disclosure_due_on,
    c.payment_due_on,
    c.paid_on,
    c.paid_fen,
    c.surcharge_fen,
    c.decision_number,
    version,
    investigators[0] ?? null,
    createdAt,
    updatedAt,
  ];
  const created: Act = {
    orgId: e.orgId,
    actorId: investigators[0] ?? null,
    action: 'case.created',
    subjectType: 'penaltyCase',
    subjectId: id,
    payload: values,
  };
  return { row, state, created, events };
}
