// 执法回访 (followUpVisit): the codes every part of the module and the web share (names from
// GLOSSARY.md). Pure data: no I/O.

/** What a follow-up is about: a penalty decision (行政处罚决定) or a hazard closed (隐患销号). */
export const SUBJECT_KINDS = ['case', 'hazard'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

/** How the enterprise was reached: on a visit, by telephone, or online (the enterprise user answers in the app). */
export const FOLLOW_UP_CHANNELS = ['visit', 'phone', 'online'] as const;
export type FollowUpChannel = (typeof FOLLOW_UP_CHANNELS)[number];
/** The channels an officer records; `online` is the enterprise's own answer. */
export const STAFF_CHANNELS = ['visit', 'phone'] as const satisfies readonly FollowUpChannel[];

/**
 * A follow-up's states:
 * due (待回访) → done (已回访, nothing wrong) | attention (已回访, a problem for the legal office: 不满意 or a
 * problem written down) | unreachable (无法联系) | declined (企业拒绝回访);
 * attention → resolved (问题已办结, by the legal office or a leader who did not handle the matter).
 */
export const FOLLOW_UP_STATES = ['due', 'done', 'attention', 'resolved', 'unreachable', 'declined'] as const;
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];
/** The states an officer may end a due follow-up in by hand. */
export const RECORD_OUTCOMES = ['answered', 'unreachable', 'declined'] as const;
export type RecordOutcome = (typeof RECORD_OUTCOMES)[number];

/** One answer on the three-point scale the seeds' questionnaires use. */
export const RATINGS = ['satisfied', 'basicallySatisfied', 'dissatisfied'] as const;
export type Rating = (typeof RATINGS)[number];

/** The questions, each rated: 执法是否公正、执法人员是否文明规范、对本次执法总体是否满意. */
export const QUESTIONS = ['fairness', 'conduct', 'satisfaction'] as const;
export type Question = (typeof QUESTIONS)[number];

export const FOLLOW_UP_LABELS = {
  subjectKind: { case: '行政处罚决定', hazard: '隐患整改销号' } satisfies Record<SubjectKind, string>,
  channel: { visit: '上门回访', phone: '电话回访', online: '网上回访' } satisfies Record<FollowUpChannel, string>,
  state: {
    due: '待回访',
    done: '已回访',
    attention: '待处理问题',
    resolved: '问题已办结',
    unreachable: '无法联系',
    declined: '企业拒绝回访',
  } satisfies Record<FollowUpState, string>,
  outcome: { answered: '已回访', unreachable: '无法联系', declined: '企业拒绝回访' } satisfies Record<RecordOutcome, string>,
  rating: { satisfied: '满意', basicallySatisfied: '基本满意', dissatisfied: '不满意' } satisfies Record<Rating, string>,
  question: { fairness: '执法公正', conduct: '执法人员文明规范', satisfaction: '总体满意度' } satisfies Record<Question, string>,
};
