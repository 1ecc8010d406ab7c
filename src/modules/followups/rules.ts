// 执法回访's rules, with no I/O: which decisions and closed hazards are followed up (the sampling
// rule, as data with its source), by when, whether an answer shows a problem for the legal office,
// and which step a follow-up may take in which state. No statute fixes a follow-up or its period:
// each source below is the bureau's own rule, marked 待核 until its document is confirmed.
import { addWorkdays } from '../../platform/workdays/calendar.js';
import type { FollowUpState, Rating, RecordOutcome, SubjectKind } from './codes.js';

/** One line of the sampling rule: which subjects, what share of them (‰), the period in working days, and its source. */
export interface SamplingLine {
  key: string;
  kind: SubjectKind;
  /** For hazards: the grade the line covers; for cases: the procedure. */
  of: 'general' | 'summary' | 'major';
  label: string;
  permille: number;
  workdays: number;
  basis: string;
}

export const SAMPLING_RULE: readonly SamplingLine[] = [
  {
    key: 'case.general',
    kind: 'case',
    of: 'general',
    label: '一般程序行政处罚决定',
    permille: 1000,
    workdays: 20,
    basis: '本局执法回访制度：作出行政处罚决定后逐案回访（待核）；国办发〔2018〕118号 未规定回访期限',
  },
  {
    key: 'case.summary',
    kind: 'case',
    of: 'summary',
    label: '简易程序当场处罚决定',
    permille: 1000,
    workdays: 20,
    basis: '本局执法回访制度：当场处罚决定同样逐案回访（待核）',
  },
  {
    key: 'hazard.major',
    kind: 'hazard',
    of: 'major',
    label: '重大事故隐患整改销号',
    permille: 1000,
    workdays: 20,
    basis: '本局执法回访制度：重大事故隐患整改销号后逐一回访（待核）',
  },
  {
    key: 'hazard.general',
    kind: 'hazard',
    of: 'general',
    label: '一般事故隐患整改销号',
    permille: 200,
    workdays: 20,
    basis: '本局执法回访制度：一般事故隐患整改销号后按 20% 抽样回访（待核）',
  },
];

/** The line covering a subject, or undefined when none does. */
export const samplingLine = (kind: SubjectKind, of: SamplingLine['of']) => SAMPLING_RULE.find((l) => l.kind === kind && l.of === of);

/**
 * Where a subject falls in 0…999, from its id alone (FNV-1a, 32 bits): anyone can recompute whether
 * it was drawn, and the same subject always gets the same answer.
 */
export function samplePick(subjectId: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < subjectId.length; i++) {
    h ^= subjectId.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 1000;
}

/** Whether the subject is followed up under `line`. */
export const sampled = (line: SamplingLine, subjectId: string) => samplePick(subjectId) < line.permille;

/** The last day of the follow-up: `workdays` working days after the decision or the closure. */
export const followUpDue = (line: SamplingLine, on: string) => addWorkdays(on, line.workdays);

/** The answers as given: each rated, and the problems in the enterprise's words. */
export interface Answers {
  fairness: Rating;
  conduct: Rating;
  satisfaction: Rating;
  problems: string | null;
}

/** A problem the legal office must look into: any 不满意, or a problem written down. */
export const showsProblem = (a: Answers) =>
  a.fairness === 'dissatisfied' || a.conduct === 'dissatisfied' || a.satisfaction === 'dissatisfied' || (a.problems ?? '').trim().length > 0;

/** The state an answered or failed follow-up ends in. */
export function recordedState(outcome: RecordOutcome, answers: Answers | null): FollowUpState {
  if (outcome !== 'answered') return outcome;
  if (!answers) throw new RangeError('已回访须有回访答复');
  return showsProblem(answers) ? 'attention' : 'done';
}

/** Why the step may not be taken from `state`, or null. */
export function stepProblem(step: 'record' | 'answer' | 'resolve', state: FollowUpState): string | null {
  if (step === 'resolve') return state === 'attention' ? null : state === 'resolved' ? '该回访反映的问题已办结' : '只有反映问题的回访需要办结';
  return state === 'due' ? null : '该回访已办理，不能再次登记';
}

/** Counted as satisfied in 满意率: 满意 or 基本满意. */
export const isSatisfied = (r: Rating | null) => r === 'satisfied' || r === 'basicallySatisfied';
