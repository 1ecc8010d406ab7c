// 警示曝光, 典型案例, 通报 and 约谈 as pure rules: which step each state allows, what a draft of each
// kind must carry, the document the portal shows (redacted by the disclosure module's rules), and
// the summons' follow-up period and agenda window. No I/O, no clock.
import { maskPersonName, redactText } from '../disclosure/redaction.js';
import { EXPOSURE_LABELS, type ExposureKind, type ExposureState, type PublicDocument, type PublicField } from './codes.js';

export interface Problem {
  problem: string;
  field: string;
  article?: string;
}

/** The basis of publishing a penalty's warning exposure and typical cases (cited on each refusal). */
export const PUBLICATION_BASIS = '安全生产法 第七十八条（安全生产违法行为信息库、向社会公告）；国办发〔2018〕118号（行政执法公示）';
/** Personal data in what is published (surname only, no ID number, phone or home address). */
export const REDACTION_BASIS = '政府信息公开条例 第十五条（个人隐私不予公开）';

export type ExposureStep = 'approve' | 'withdraw';

/** Which state each step starts from and leads to. */
export const EXPOSURE_STEPS: Record<ExposureStep, { from: readonly ExposureState[]; to: ExposureState; zh: string }> = {
  approve: { from: ['draft'], to: 'published', zh: '批准发布' },
  withdraw: { from: ['published'], to: 'withdrawn', zh: '撤回' },
};

export function stepProblem(step: ExposureStep, state: ExposureState): Problem | null {
  const s = EXPOSURE_STEPS[step];
  if (s.from.includes(state)) return null;
  return { problem: `${EXPOSURE_LABELS.state[state]}的事项不能${s.zh}`, field: 'state' };
}

/** What a draft says, as the rules check it. */
export interface DraftFacts {
  kind: ExposureKind;
  caseId?: string | null;
  number?: string | null;
  scope?: string | null;
}

/** The case a draft rests on, as the cases module reads it. */
export interface CaseFacts {
  decided: boolean;
  enterpriseId: string | null;
  inSubtree: boolean;
}

/** 警示曝光 rests on a decided penalty of an enterprise; 典型案例 on a decided penalty; 通报 carries its number and scope. */
export function draftProblem(d: DraftFacts, c: CaseFacts | null): Problem | null {
  if (d.kind === 'circular') {
    if (!d.number?.trim()) return { problem: '请填写通报文号', field: 'number' };
    if (!d.scope?.trim()) return { problem: '请填写通报范围', field: 'scope' };
    return null;
  }
  if (!d.caseId) return { problem: `${EXPOSURE_LABELS.kind[d.kind]}须选择已作出行政处罚决定的案件`, field: 'caseId' };
  if (!c) return { problem: '案件不存在', field: 'caseId' };
  if (!c.inSubtree) return { problem: '只能选择本机关及下级机构的案件', field: 'caseId' };
  if (!c.decided) return { problem: '只能选择已作出行政处罚决定的案件', field: 'caseId', article: PUBLICATION_BASIS };
  if (d.kind === 'exposure' && !c.enterpriseId) return { problem: '警示曝光的对象须为生产经营单位；对个人的处罚请选作典型案例（姓名隐去）', field: 'caseId' };
  return null;
}

/** The record and its context as the public document is built from them. */
export interface DocumentFacts {
  id: string;
  kind: ExposureKind;
  orgName: string;
  title: string;
  content: string;
  publishedOn: string;
  number: string | null;
  scope: string | null;
  channels: readonly string[];
  personNames: readonly string[];
  case: {
    partyKind: string;
    partyName: string;
    decisionNumber: string | null;
    decidedOn: string | null;
    penalty: { measures: readonly string[]; fineYuan: number } | null;
  } | null;
  enterprise: { name: string; uscc: string } | null;
  /** Enterprises named by a circular. */
  named: readonly { name: string; uscc: string }[];
}

const MEASURE_NAMES: Record<string, string> = {
  warning: '警告',
  fine: '罚款',
  confiscation: '没收违法所得、没收非法财物',
  suspendProduction: '责令停产停业',
  revokeLicence: '暂扣或者吊销许可证件',
  closeDown: '责令关闭',
  restrictPractice: '限制从业',
};

/**
 * What the portal shows, fixed at approval: a citizen party by surname, every listed person's name
 * masked in the title and the text, ID numbers, phones and home addresses masked (redaction.ts);
 * the bureau, the enterprises, their USCCs and the decision's number kept, being public by law.
 */
export function publicDocument(f: DocumentFacts): PublicDocument {
  const citizen = f.case?.partyKind === 'citizen';
  const persons = [...f.personNames, ...(citizen && f.case ? [f.case.partyName] : [])];
  const keepNames = [
    f.orgName,
    ...(f.enterprise ? [f.enterprise.name, f.enterprise.uscc] : []),
    ...f.named.flatMap((e) => [e.name, e.uscc]),
    ...(f.case?.decisionNumber ? [f.case.decisionNumber] : []),
    ...(f.number ? [f.number] : []),
  ];
  const redact = (s: string) => redactText(s, { knownPersons: persons, keepNames }).text;
  const fields: PublicField[] = [];
  if (f.case) {
    fields.push({ label: '当事人', value: citizen ? maskPersonName(f.case.partyName) : (f.enterprise?.name ?? f.case.partyName) });
    if (f.enterprise && !citizen) fields.push({ label: '统一社会信用代码', value: f.enterprise.uscc });
    if (f.case.decisionNumber) fields.push({ label: '行政处罚决定书文号', value: f.case.decisionNumber });
    if (f.case.penalty) {
      fields.push({ label: '处罚种类', value: f.case.penalty.measures.map((m) => MEASURE_NAMES[m] ?? m).join('、') });
      if (f.case.penalty.fineYuan > 0) fields.push({ label: '罚款金额（元）', value: String(f.case.penalty.fineYuan) });
    }
    if (f.case.decidedOn) fields.push({ label: '处罚决定日期', value: f.case.decidedOn });
  }
  if (f.number) fields.push({ label: '通报文号', value: f.number });
  if (f.scope) fields.push({ label: '通报范围', value: redact(f.scope) });
  if (f.named.length) fields.push({ label: '通报涉及单位', value: f.named.map((e) => e.name).join('、') });
  if (f.channels.length)
    fields.push({ label: '同时发布渠道', value: f.channels.map((c) => (EXPOSURE_LABELS.channel as Record<string, string>)[c] ?? c).join('、') });
  fields.push({ label: '发布机关', value: f.orgName }, { label: '发布日期', value: f.publishedOn });
  return {
    format: 'zhifa-exposure/1',
    id: f.id,
    kind: f.kind,
    orgName: f.orgName,
    title: redact(f.title),
    publishedOn: f.publishedOn,
    fields,
    text: redact(f.content),
  };
}

/** The summons' 整改 follow-up: by default a month after the summons (本局约谈制度, 待核); the agenda shows it a week ahead. */
export const FOLLOW_UP = { defaultDays: 30, maxDays: 365, agendaDays: 7, basis: '本局约谈制度：约谈后跟踪督促整改落实（期限待核）' } as const;

const dayNumber = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / 86_400_000;

/** Whole days from `a` to `b` (both YYYY-MM-DD). */
export const daysBetween = (a: string, b: string) => dayNumber(b) - dayNumber(a);

export function summonsProblem(s: { heldOn: string; followUpOn: string }, today: string): Problem | null {
  if (s.heldOn > today) return { problem: '约谈日期不能晚于今天（约谈后登记）', field: 'heldOn' };
  if (s.followUpOn <= s.heldOn) return { problem: '整改跟踪日期须晚于约谈日期', field: 'followUpOn' };
  if (daysBetween(s.heldOn, s.followUpOn) > FOLLOW_UP.maxDays) return { problem: `整改跟踪日期距约谈不超过 ${FOLLOW_UP.maxDays} 天`, field: 'followUpOn' };
  return null;
}

export function followUpProblem(s: { state: string; heldOn: string }, followedUpOn: string, today: string): Problem | null {
  if (s.state !== 'recorded') return { problem: '该约谈已登记整改跟踪情况', field: 'state' };
  if (followedUpOn < s.heldOn) return { problem: '跟踪日期不能早于约谈日期', field: 'followedUpOn' };
  if (followedUpOn > today) return { problem: '跟踪日期不能晚于今天', field: 'followedUpOn' };
  return null;
}

/** A summons on the agenda: its follow-up within the window or past; daysLeft < 0 is late. */
export function agendaEntry(s: { state: string; followUpOn: string }, today: string): { daysLeft: number; late: boolean } | null {
  if (s.state !== 'recorded') return null;
  const daysLeft = daysBetween(today, s.followUpOn);
  return daysLeft <= FOLLOW_UP.agendaDays ? { daysLeft, late: daysLeft < 0 } : null;
}
