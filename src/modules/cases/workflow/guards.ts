// Guards of the penalty-case state machine: pure predicates over a facts snapshot, each with the
// article it rests on. A guard returns null when satisfied, else the problem in Chinese.
import { type DutyHolders, dutyConflict, type SeparatedStep } from '../../../platform/duties.js';
import { collectiveDeliberationRequired, hasHearingRight, legalReviewRequiredBeforeNotice, proposedFine, summaryProblem, type CaseFacts } from './facts.js';

export interface Actor {
  readonly userId: string;
  readonly roles: readonly string[];
}

export interface Problem {
  readonly problem: string;
  readonly field?: string;
  readonly article?: string;
}

export interface GuardInput {
  readonly facts: CaseFacts;
  readonly actor: Actor;
  /** YYYY-MM-DD in China; dates compare as strings. */
  readonly today: string;
  /** The state the case is in when the event is taken. */
  readonly from: string;
}

export type Guard = (input: GuardInput) => Problem | null;

const problem = (text: string, field: string, article: string): Problem => ({ problem: text, field, article });

export const investigatorsQualified: Guard = ({ facts }) =>
  facts.investigatorsQualified && facts.investigatorIds.length >= 2
    ? null
    : problem('调查取证的执法人员不得少于两人，且须持有有效执法证件', 'investigatorIds', '行政处罚法 第四十二条');

export const penaltyProposed: Guard = ({ facts }) =>
  facts.penalty && facts.penalty.measures.length > 0 ? null : problem('尚未载明拟作出的行政处罚', 'penalty', '行政处罚法 第四十四条');

/** Who holds which duty on the case, as the separation-of-duties table (platform/duties.ts) reads it. */
export const dutyHoldersOf = (facts: CaseFacts): DutyHolders => ({
  investigator: facts.investigatorIds,
  internalReviewer: facts.internalReviewerIds,
  legalReviewer: facts.legalReviewerIds,
  hearingChair: facts.hearingChairId ? [facts.hearingChairId] : [],
});

/** Separation of duties, by the one table: the actor of the step holds none of the duties it excludes. */
const separated =
  (step: SeparatedStep): Guard =>
  ({ facts, actor }) => {
    const conflict = dutyConflict(step, actor.userId, dutyHoldersOf(facts));
    return conflict ? problem(conflict.problem, 'actor', conflict.basis) : null;
  };

export const internalReviewerSeparate = separated('case.internalReview');
export const legalReviewerSeparate = separated('case.legalReview');
export const chairSeparate = separated('case.hearingChair');

/** The chair named when the hearing is scheduled, held to the same rule as the chair who records it. */
export const designatedChairSeparate: Guard = ({ facts }) => {
  if (!facts.hearingChairId) return problem('尚未指定听证主持人', 'hearingChairId', '行政处罚法 第六十四条');
  const conflict = dutyConflict('case.hearingChair', facts.hearingChairId, dutyHoldersOf(facts));
  return conflict ? problem(`听证主持人：${conflict.problem}`, 'hearingChairId', conflict.basis) : null;
};

export const actorIsChair: Guard = ({ facts, actor }) =>
  facts.hearingChairId === actor.userId ? null : problem('只有指定的听证主持人可以记录听证', 'actor', '行政处罚法 第六十四条');

/** Guards about who acts rather than about the case: checked before the request's body (whoMayAct). */
export const ACTOR_GUARDS: ReadonlySet<Guard> = new Set([internalReviewerSeparate, legalReviewerSeparate, chairSeparate, actorIsChair]);

export const legalReviewBeforeNotice: Guard = ({ facts }) =>
  legalReviewRequiredBeforeNotice(facts) && !facts.legalReviewPassed
    ? problem('本案须经法制审核通过后方可告知', 'legalReviewPassed', '行政处罚法 第五十八条')
    : null;

export const collectiveDeliberationDone: Guard = ({ facts }) =>
  collectiveDeliberationRequired(facts) && !facts.collectiveDeliberationDone
    ? problem('情节复杂或者重大违法行为须经集体讨论决定', 'collectiveDeliberationDone', '行政处罚法 第五十七条')
    : null;

export const hearingRight: Guard = ({ facts }) =>
  hasHearingRight(facts) ? null : problem('拟作出的处罚不属于当事人有权要求听证的情形', 'penalty', '行政处罚法 第六十三条');

export const withinHearingRequestWindow: Guard = ({ facts, today }) =>
  facts.hearingRequestEndsOn && today <= facts.hearingRequestEndsOn
    ? null
    : problem('已超过要求听证的期限（告知后五个工作日）', 'hearingRequestEndsOn', '行政处罚法 第六十四条、第八十五条');

export const hearingNotWaived: Guard = ({ facts }) => (facts.hearingWaived ? problem('当事人已书面放弃听证', 'hearingWaived', '行政处罚法 第六十四条') : null);

/** No decision before the party has been told and had their time to speak, unless they expressly gave it up. */
export const statementPeriodElapsed: Guard = ({ facts, today }) => {
  if (!facts.noticeServedOn || !facts.statementPeriodEndsOn) {
    return problem('尚未送达行政处罚告知书', 'noticeServedOn', '行政处罚法 第四十四条、第六十二条');
  }
  if (facts.statementWaived) return null;
  return today > facts.statementPeriodEndsOn
    ? null
    : problem('陈述、申辩期限尚未届满，不得作出处罚决定（当事人书面放弃的除外）', 'statementPeriodEndsOn', '行政处罚法 第六十二条');
};

/** Without a hearing, the party's window to ask for one must be closed before the decision. */
export const hearingWindowClosed: Guard = ({ facts, today, from }) => {
  if (from === 'heard' || !hasHearingRight(facts) || facts.hearingWaived) return null;
  return facts.hearingRequestEndsOn && today > facts.hearingRequestEndsOn
    ? null
    : problem('要求听证的期限尚未届满，不得作出处罚决定', 'hearingRequestEndsOn', '行政处罚法 第六十四条');
};

export const legalReviewBeforeDecision: Guard = ({ facts, from }) => {
  if (from === 'heard' && !facts.legalReviewPassedAfterHearing) {
    return problem('经过听证程序的案件，须在听证后经法制审核通过', 'legalReviewPassedAfterHearing', '行政处罚法 第五十八条');
  }
  return legalReviewRequiredBeforeNotice(facts) && !facts.legalReviewPassed && !facts.legalReviewPassedAfterHearing
    ? problem('本案须经法制审核通过后方可作出决定', 'legalReviewPassed', '行政处罚法 第五十八条')
    : null;
};

/** A fine outside the discretion benchmark needs written reasons and a passed legal review. */
export const benchmarkDeviationJustified: Guard = ({ facts }) => {
  if (facts.withinBenchmark) return null;
  const article = '国办发〔2022〕27号；行政处罚法 第五十八条';
  if (!facts.benchmarkDeviationReasons?.trim()) {
    return problem('处罚超出裁量基准，须书面说明理由', 'benchmarkDeviationReasons', article);
  }
  return facts.legalReviewPassed || facts.legalReviewPassedAfterHearing ? null : problem('处罚超出裁量基准，须经法制审核通过', 'legalReviewPassed', article);
};

export const withinDelegationCeiling: Guard = ({ facts }) =>
  facts.delegationCeilingYuan === null || proposedFine(facts) <= facts.delegationCeilingYuan
    ? null
    : problem(`受委托组织不得作出超过委托限额（${facts.delegationCeilingYuan}元）的罚款决定`, 'penalty.fineYuan', '行政处罚法 第二十条');

export const summaryLimits: Guard = ({ facts }) => {
  const text = summaryProblem(facts);
  return text ? problem(text, 'penalty', '行政处罚法 第五十一条') : null;
};

export const paymentConfirmed: Guard = ({ facts }) =>
  facts.paymentConfirmed ? null : problem('尚未确认罚款已缴纳', 'paymentConfirmed', '行政处罚法 第六十七条');

export const paymentOverdue: Guard = ({ facts, today }) =>
  facts.paymentDueOn && today > facts.paymentDueOn ? null : problem('缴纳罚款期限尚未届满，不得加处罚款', 'paymentDueOn', '行政处罚法 第七十二条');

export const instalmentApplied: Guard = ({ facts }) =>
  facts.instalmentApplied ? null : problem('当事人未申请延期或者分期缴纳罚款', 'instalmentApplied', '行政处罚法 第六十六条');

export const courtApplicationAllowed: Guard = ({ facts }) =>
  facts.courtApplicationAllowed
    ? null
    : problem(
        '复议、诉讼期限届满之日起三个月内、催告书送达十日后仍未履行的，方可申请人民法院强制执行',
        'courtApplicationAllowed',
        '行政处罚法 第七十二条；行政强制法 第五十三条、第五十四条',
      );

/** Closing straight from service or the spot is only for decisions without a fine to collect. */
export const nothingToCollect: Guard = ({ facts, from }) => {
  if (from === 'courtEnforcement') {
    return facts.courtEnforcementConcluded ? null : problem('法院强制执行尚未终结', 'courtEnforcementConcluded', '行政强制法 第五十三条');
  }
  if (from !== 'served' && from !== 'summaryDecided') return null;
  return proposedFine(facts) === 0 ? null : problem('罚款尚未缴纳，不得结案', 'paymentConfirmed', '行政处罚法 第六十七条');
};

// 行政处罚法 第六十条: the decision is due within 90 days of filing; laws, regulations and rules may
// provide otherwise, and an extension is asked before the period runs out, one request at a time.
export const noExtensionPending: Guard = ({ facts }) =>
  facts.decisionExtensionPending ? problem('已有延长办案期限的申请待批准', 'decisionExtensionRequest', '行政处罚法 第六十条') : null;

export const decisionNotYetDue: Guard = ({ facts, today }) =>
  facts.decisionDueOn && today > facts.decisionDueOn
    ? problem(`办案期限已于 ${facts.decisionDueOn} 届满，期满后不能再申请延长`, 'decisionDueOn', '行政处罚法 第六十条')
    : null;

export const extensionPending: Guard = ({ facts }) =>
  facts.decisionExtensionPending ? null : problem('没有待批准的延长办案期限申请', 'decisionExtensionRequest', '行政处罚法 第六十条');
