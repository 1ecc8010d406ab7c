// 集体讨论: who may sit and vote, the quorum, the tally of votes, whether an agenda item is concluded
// and whether the meeting may close. Pure: no I/O; the service passes in what it read.
//
// The law says only that 情节复杂或者重大违法行为给予较重的行政处罚 is decided by the authority's
// leaders collectively (行政处罚法 第五十七条第二款); how many must sit, who chairs and how the
// decision is carried are each bureau's own rules. They are data here, marked 待核 until the
// bureau confirms its 集体讨论制度.
import { dutyConflict } from '../../platform/duties.js';
import { type Conclusion, DELIBERATION_LABELS, type MemberKind, type Vote } from './codes.js';

/** The bureau's rules for a collective deliberation, as data. */
export const DELIBERATION_RULES = {
  /** Who chairs: the head (主要负责人) or a deputy (分管负责人) the head designates. */
  chairRoles: ['head', 'deputyHead'] as const,
  /** Who sits and votes: the authority's leaders; 科室负责人 sit as members of the 案件审理委员会 (待核). */
  memberRoles: ['head', 'deputyHead', 'sectionChief'] as const,
  /** At least this many voting members (the chair included) are named for the meeting (待核). */
  minMembers: 3,
  /** Quorum: present voting members must be more than half of those named (待核). */
  quorum: { moreThanHalf: true, basis: '本局集体讨论制度：出席的负责人须超过应到人数的半数，主持人须出席（待核）' },
  /** A conclusion is carried by more than half of the votes cast by present members, 回避 not counted (待核). */
  carried: { basis: '本局集体讨论制度：按少数服从多数形成决定，不同意见如实记录（待核）' },
  article: '行政处罚法 第五十七条第二款',
} as const;

export interface Problem {
  problem: string;
  field: string;
  article?: string;
}

export interface MemberIn {
  userId: string;
  kind: MemberKind;
  present: boolean;
  absenceReason?: string | null;
}

/** What the service knows of a person named as a member: their roles and whether they work for the meeting's org. */
export interface PersonFacts {
  roles: readonly string[];
  inOrg: boolean;
}

const votingKinds: readonly MemberKind[] = ['chair', 'member'];
export const votes = (kind: MemberKind) => votingKinds.includes(kind);

/** The members as named: one chair who is present, no one twice, a reason for each absence, the right roles. */
export function membersProblem(members: readonly MemberIn[], people: ReadonlyMap<string, PersonFacts>): Problem | null {
  const seen = new Set<string>();
  for (const [i, m] of members.entries()) {
    const field = `members.${i}`;
    if (seen.has(m.userId)) return { problem: '参会人员重复', field: `${field}.userId` };
    seen.add(m.userId);
    const p = people.get(m.userId);
    if (!p) return { problem: '参会人员不存在', field: `${field}.userId` };
    if (!p.inOrg) return { problem: '参会人员须为本机关工作人员', field: `${field}.userId` };
    if (!m.present && !m.absenceReason?.trim()) return { problem: '缺席人员须写明缺席原因', field: `${field}.absenceReason` };
    if (m.present && m.absenceReason?.trim()) return { problem: '出席人员不填写缺席原因', field: `${field}.absenceReason` };
    if (m.kind === 'chair' && !p.roles.some((r) => (DELIBERATION_RULES.chairRoles as readonly string[]).includes(r)))
      return { problem: '主持人须为本机关负责人（局长或副局长）', field: `${field}.userId`, article: DELIBERATION_RULES.article };
    if (m.kind === 'member' && !p.roles.some((r) => (DELIBERATION_RULES.memberRoles as readonly string[]).includes(r)))
      return { problem: '参加讨论的人员须为本机关负责人或科室负责人，其他人员列席', field: `${field}.userId`, article: DELIBERATION_RULES.article };
  }
  const chairs = members.filter((m) => m.kind === 'chair');
  if (chairs.length !== 1) return { problem: '须有且只有一名主持人', field: 'members' };
  if (!chairs[0].present) return { problem: '主持人须出席', field: 'members' };
  const voting = members.filter((m) => votes(m.kind)).length;
  if (voting < DELIBERATION_RULES.minMembers)
    return { problem: `参加讨论的负责人（含主持人）不得少于${DELIBERATION_RULES.minMembers}人`, field: 'members', article: DELIBERATION_RULES.article };
  return null;
}

export interface Quorum {
  /** Voting members named. */
  named: number;
  present: number;
  /** The least number present for a quorum. */
  required: number;
  met: boolean;
}

/** 法定人数: more than half of the voting members named are present, the chair among them. */
export function quorumOf(members: readonly Pick<MemberIn, 'kind' | 'present'>[]): Quorum {
  const voting = members.filter((m) => votes(m.kind));
  const present = voting.filter((m) => m.present).length;
  const required = Math.floor(voting.length / 2) + 1;
  const chairPresent = members.some((m) => m.kind === 'chair' && m.present);
  return { named: voting.length, present, required, met: voting.length > 0 && present >= required && chairPresent };
}

export type Tally = Record<Vote, number>;

export function tally(cast: readonly { vote: Vote }[]): Tally {
  const t: Tally = { agree: 0, disagree: 0, abstain: 0, recused: 0 };
  for (const v of cast) t[v.vote] += 1;
  return t;
}

/** Carried: the 同意 votes are more than half of the votes of present members who did not stand aside. */
export function carried(t: Tally): boolean {
  const counted = t.agree + t.disagree + t.abstain;
  return counted > 0 && t.agree * 2 > counted;
}

export interface VoteIn {
  userId: string;
  vote: Vote;
  opinion?: string | null;
}

export interface ConclusionIn {
  conclusion: Conclusion;
  conclusionText: string;
  votes: readonly VoteIn[];
  dissent?: string | null;
}

/**
 * An agenda item's conclusion: every present voting member has voted once, no one else has, an
 * investigator of the case stands aside (回避), the conclusion is carried, and any 不同意 is
 * written down as dissent. A penalty needs the case's proposal.
 */
export function conclusionProblem(
  input: ConclusionIn,
  members: readonly MemberIn[],
  item: { investigatorIds: readonly string[]; hasProposal: boolean },
): Problem | null {
  if (!input.conclusionText.trim()) return { problem: '须写明讨论意见和理由', field: 'conclusionText' };
  if (input.conclusion === 'penalty' && !item.hasProposal)
    return { problem: '案件没有拟作出的行政处罚，不能决定给予处罚', field: 'conclusion', article: '行政处罚法 第五十七条' };
  const voters = members.filter((m) => votes(m.kind) && m.present);
  const seen = new Set<string>();
  for (const [i, v] of input.votes.entries()) {
    const field = `votes.${i}.userId`;
    if (seen.has(v.userId)) return { problem: '同一人员重复表决', field };
    seen.add(v.userId);
    if (!voters.some((m) => m.userId === v.userId)) return { problem: '只有出席的主持人和参加讨论人员可以表决', field };
    const conflict = v.vote === 'recused' ? null : dutyConflict('case.deliberationVote', v.userId, { investigator: item.investigatorIds });
    if (conflict) return { problem: `${conflict.problem}，应记为回避`, field: `votes.${i}.vote`, article: '行政处罚法 第四十三条' };
  }
  const missing = voters.find((m) => !seen.has(m.userId));
  if (missing) return { problem: '每位出席的参加讨论人员都须表决（同意、不同意、弃权或回避）', field: 'votes' };
  const t = tally(input.votes);
  if (!carried(t)) return { problem: `同意票未超过有效表决票的半数（同意${t.agree}，不同意${t.disagree}，弃权${t.abstain}），不能形成结论`, field: 'votes' };
  if (t.disagree > 0 && !input.dissent?.trim()) return { problem: '有不同意见的，须如实记录不同意见', field: 'dissent' };
  return null;
}

/** Closing: a quorum, at least one case, every case concluded. */
export function closeProblem(members: readonly MemberIn[], items: readonly { partyName: string; conclusion: Conclusion | null }[]): Problem | null {
  const q = quorumOf(members);
  if (!q.met)
    return {
      problem: `出席人数不足：应到${q.named}人，实到${q.present}人，须至少${q.required}人出席且主持人出席`,
      field: 'members',
      article: DELIBERATION_RULES.article,
    };
  if (items.length === 0) return { problem: '会议没有讨论任何案件', field: 'items' };
  const open = items.find((i) => i.conclusion === null);
  if (open) return { problem: `案件「${open.partyName}」尚未形成讨论结论`, field: 'items' };
  return null;
}

/** The opinion the case records (记录集体讨论): the meeting, its minutes and what it decided. */
export function caseOpinion(
  m: { heldOn: string; minutesNumber: string },
  item: { conclusion: Conclusion; conclusionText: string; votes: readonly { vote: Vote }[] },
): string {
  const t = tally(item.votes);
  return (
    `经${m.heldOn}集体讨论（集体讨论记录 ${m.minutesNumber}），决定：${DELIBERATION_LABELS.conclusion[item.conclusion]}。` +
    `${item.conclusionText.trim()}（同意${t.agree}票，不同意${t.disagree}票，弃权${t.abstain}票，回避${t.recused}票）`
  );
}
