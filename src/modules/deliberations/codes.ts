// 集体讨论: the codes of a meeting, its members, the votes and the conclusions, with their Chinese
// labels (shared by the server and the web; no imports).

export const MEETING_STATES = ['open', 'closed'] as const;
export type MeetingState = (typeof MEETING_STATES)[number];

/** 主持人 (the head or a deputy), 参加讨论的负责人 (votes), 列席 (reports or advises, no vote). */
export const MEMBER_KINDS = ['chair', 'member', 'attendee'] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];

/** 同意, 不同意, 弃权, and 回避 (行政处罚法 第四十三条: a member with an interest in the case stands aside). */
export const VOTES = ['agree', 'disagree', 'abstain', 'recused'] as const;
export type Vote = (typeof VOTES)[number];

/**
 * What the meeting decided for a case (行政处罚法 第五十七条第一款 lists the outcomes the
 * authority's leaders choose among): a penalty as proposed, no penalty, transfer to another
 * authority, transfer to the police (涉嫌犯罪), revocation of the filing.
 */
export const CONCLUSIONS = ['penalty', 'noPenalty', 'transfer', 'transferToPolice', 'revokeFiling'] as const;
export type Conclusion = (typeof CONCLUSIONS)[number];

export const DELIBERATION_LABELS = {
  state: { open: '讨论中', closed: '已结束' } satisfies Record<MeetingState, string>,
  memberKind: { chair: '主持人', member: '参加讨论', attendee: '列席' } satisfies Record<MemberKind, string>,
  vote: { agree: '同意', disagree: '不同意', abstain: '弃权', recused: '回避' } satisfies Record<Vote, string>,
  conclusion: {
    penalty: '给予行政处罚',
    noPenalty: '不予行政处罚',
    transfer: '移送其他行政机关',
    transferToPolice: '移送公安机关（涉嫌犯罪）',
    revokeFiling: '撤销立案',
  } satisfies Record<Conclusion, string>,
  /** The case event the handlers take next (cases/workflow/machine.ts), after the deliberation is recorded. */
  nextStep: {
    penalty: '送达行政处罚告知书',
    noPenalty: '不予行政处罚',
    transfer: '移送其他行政机关',
    transferToPolice: '移送公安机关',
    revokeFiling: '撤销立案',
  } satisfies Record<Conclusion, string>,
} as const;

/** 行政处罚的种类 (行政处罚法 第九条) as the cases module codes them (cases/workflow/facts.ts PENALTY_MEASURES). */
export const MEASURE_LABELS: Record<string, string> = {
  warning: '警告',
  fine: '罚款',
  confiscation: '没收违法所得',
  suspendProduction: '责令停产停业',
  revokeLicence: '吊销有关许可证件',
  closeDown: '责令关闭',
  restrictPractice: '限制从业',
};

/** 罚款 20000 元 / 警告: the proposal as people read it. */
export function penaltyText(p: { measures: readonly string[]; fineYuan: number; confiscationYuan: number } | null): string {
  if (!p) return '（无拟处罚）';
  return p.measures
    .map((m) => (m === 'fine' ? `罚款${p.fineYuan}元` : m === 'confiscation' ? `没收违法所得${p.confiscationYuan}元` : (MEASURE_LABELS[m] ?? m)))
    .join('，');
}
