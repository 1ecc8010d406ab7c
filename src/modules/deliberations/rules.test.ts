import { describe, expect, it } from 'vitest';
import { CONCLUSIONS, DELIBERATION_LABELS, MEMBER_KINDS, VOTES, type Vote } from './codes.js';
import {
  carried,
  caseOpinion,
  closeProblem,
  conclusionProblem,
  DELIBERATION_RULES,
  type MemberIn,
  membersProblem,
  type PersonFacts,
  quorumOf,
  tally,
} from './rules.js';

const head: PersonFacts = { roles: ['head'], inOrg: true };
const deputy: PersonFacts = { roles: ['deputyHead'], inOrg: true };
const chief: PersonFacts = { roles: ['sectionChief', 'officer'], inOrg: true };
const officer: PersonFacts = { roles: ['officer'], inOrg: true };
const people = new Map<string, PersonFacts>([
  ['h', head],
  ['d', deputy],
  ['c', chief],
  ['c2', chief],
  ['o', officer],
  ['x', { roles: ['head'], inOrg: false }],
]);
const m = (userId: string, kind: MemberIn['kind'], present = true, absenceReason: string | null = null): MemberIn => ({ userId, kind, present, absenceReason });
const BOARD = [m('h', 'chair'), m('d', 'member'), m('c', 'member'), m('o', 'attendee')];

describe('who sits: membersProblem', () => {
  it('takes a head in the chair, leaders as members, anyone as an attendee', () => {
    expect(membersProblem(BOARD, people)).toBeNull();
    expect(membersProblem([m('d', 'chair'), m('h', 'member'), m('c', 'member')], people)).toBeNull();
  });

  it('refuses each wrong board with its field', () => {
    const cases: [MemberIn[], string, string][] = [
      [[m('h', 'chair'), m('h', 'member'), m('c', 'member')], '参会人员重复', 'members.1.userId'],
      [[m('h', 'chair'), m('d', 'member'), m('zz', 'member')], '参会人员不存在', 'members.2.userId'],
      [[m('h', 'chair'), m('d', 'member'), m('x', 'member')], '参会人员须为本机关工作人员', 'members.2.userId'],
      [[m('h', 'chair'), m('d', 'member', false), m('c', 'member')], '缺席人员须写明缺席原因', 'members.1.absenceReason'],
      [[m('h', 'chair'), m('d', 'member', false, '  '), m('c', 'member')], '缺席人员须写明缺席原因', 'members.1.absenceReason'],
      [[m('h', 'chair'), m('d', 'member', true, '出差'), m('c', 'member')], '出席人员不填写缺席原因', 'members.1.absenceReason'],
      [[m('c', 'chair'), m('d', 'member'), m('h', 'member')], '主持人须为本机关负责人（局长或副局长）', 'members.0.userId'],
      [[m('h', 'chair'), m('d', 'member'), m('o', 'member')], '参加讨论的人员须为本机关负责人或科室负责人，其他人员列席', 'members.2.userId'],
      [[m('h', 'member'), m('d', 'member'), m('c', 'member')], '须有且只有一名主持人', 'members'],
      [[m('h', 'chair'), m('d', 'chair'), m('c', 'member')], '须有且只有一名主持人', 'members'],
      [[m('h', 'chair', false, '出差'), m('d', 'member'), m('c', 'member')], '主持人须出席', 'members'],
      [[m('h', 'chair'), m('d', 'member'), m('o', 'attendee')], `参加讨论的负责人（含主持人）不得少于${DELIBERATION_RULES.minMembers}人`, 'members'],
    ];
    for (const [board, problem, field] of cases) expect(membersProblem(board, people), problem).toMatchObject({ problem, field });
  });
});

describe('quorum: more than half of the voting members named, the chair present', () => {
  it('holds for every board of up to 7 voting members and every attendance', () => {
    for (let n = 1; n <= 7; n++) {
      for (let mask = 0; mask < 1 << n; mask++) {
        // Member 0 is the chair; an attendee, present or not, never counts.
        const board = Array.from({ length: n }, (_, i) => m(`u${i}`, i === 0 ? 'chair' : 'member', (mask & (1 << i)) !== 0, 'x'));
        for (const extra of [[], [m('a', 'attendee', true)], [m('a', 'attendee', false, '请假')]]) {
          const q = quorumOf([...board, ...extra]);
          const present = board.filter((b) => b.present).length;
          expect(q.named).toBe(n);
          expect(q.present).toBe(present);
          expect(q.required).toBe(Math.floor(n / 2) + 1);
          expect(q.met, `${n} named, mask ${mask}`).toBe(present * 2 > n && board[0].present);
        }
      }
    }
  });

  it('is never met with no voting members', () => {
    expect(quorumOf([]).met).toBe(false);
    expect(quorumOf([m('a', 'attendee')]).met).toBe(false);
  });
});

describe('tally and carried', () => {
  it('counts each kind of vote and carries on more 同意 than half the votes not recused, for every mix up to 6 votes', () => {
    const mixes = (n: number): Vote[][] => (n === 0 ? [[]] : mixes(n - 1).flatMap((rest) => VOTES.map((v) => [v, ...rest])));
    for (let n = 0; n <= 6; n++) {
      for (const mix of mixes(n)) {
        const t = tally(mix.map((vote) => ({ vote })));
        for (const v of VOTES) expect(t[v]).toBe(mix.filter((x) => x === v).length);
        const counted = n - t.recused;
        expect(carried(t), mix.join(',')).toBe(counted > 0 && t.agree > counted / 2);
      }
    }
  });
});

describe('an agenda item concluded: conclusionProblem', () => {
  const item = { investigatorIds: ['c'], hasProposal: true };
  const agreeAll = [
    { userId: 'h', vote: 'agree' as const },
    { userId: 'd', vote: 'agree' as const },
    { userId: 'c', vote: 'recused' as const },
  ];
  const ok = { conclusion: 'penalty' as const, conclusionText: '同意拟处罚意见', votes: agreeAll };

  it('accepts every conclusion when all present members voted and it carried', () => {
    for (const conclusion of CONCLUSIONS) expect(conclusionProblem({ ...ok, conclusion }, BOARD, item)).toBeNull();
  });

  it('refuses each incomplete or wrong record with its field', () => {
    const cases: [Parameters<typeof conclusionProblem>[0], MemberIn[], typeof item, string, string][] = [
      [{ ...ok, conclusionText: '  ' }, BOARD, item, '须写明讨论意见和理由', 'conclusionText'],
      [ok, BOARD, { ...item, hasProposal: false }, '案件没有拟作出的行政处罚，不能决定给予处罚', 'conclusion'],
      [{ ...ok, votes: [...agreeAll, { userId: 'h', vote: 'agree' }] }, BOARD, item, '同一人员重复表决', 'votes.3.userId'],
      [{ ...ok, votes: [...agreeAll, { userId: 'o', vote: 'agree' }] }, BOARD, item, '只有出席的主持人和参加讨论人员可以表决', 'votes.3.userId'],
      [ok, [m('h', 'chair'), m('d', 'member'), m('c', 'member', false, '出差')], item, '只有出席的主持人和参加讨论人员可以表决', 'votes.2.userId'],
      [{ ...ok, votes: agreeAll.slice(0, 2) }, BOARD, item, '每位出席的参加讨论人员都须表决（同意、不同意、弃权或回避）', 'votes'],
      [
        { ...ok, votes: [agreeAll[0], agreeAll[1], { userId: 'c', vote: 'agree' }] },
        BOARD,
        item,
        '职责分离：本案调查人员不得参加本案集体讨论的表决，应记为回避',
        'votes.2.vote',
      ],
      [
        { ...ok, votes: [agreeAll[0], { userId: 'd', vote: 'disagree' }, agreeAll[2]] },
        BOARD,
        item,
        '同意票未超过有效表决票的半数（同意1，不同意1，弃权0），不能形成结论',
        'votes',
      ],
      [
        { ...ok, votes: [agreeAll[0], agreeAll[1], { userId: 'c', vote: 'disagree' }] },
        BOARD,
        { ...item, investigatorIds: [] },
        '有不同意见的，须如实记录不同意见',
        'dissent',
      ],
    ];
    for (const [input, board, it, problem, field] of cases) {
      expect(conclusionProblem(input, board, it), problem).toMatchObject({ problem, field });
    }
  });

  it('records dissent when outvoted, and an investigator who stands aside is no obstacle', () => {
    const board = [m('h', 'chair'), m('d', 'member'), m('c', 'member'), m('c2', 'member')];
    const votes = [
      { userId: 'h', vote: 'agree' as const },
      { userId: 'd', vote: 'agree' as const },
      { userId: 'c2', vote: 'disagree' as const, opinion: '罚款偏重' },
      { userId: 'c', vote: 'recused' as const },
    ];
    expect(conclusionProblem({ ...ok, votes, dissent: '王某认为罚款偏重' }, board, item)).toBeNull();
  });
});

describe('closing: closeProblem', () => {
  it('wants a quorum, a case, and every case concluded', () => {
    const done = { partyName: '甲公司', conclusion: 'penalty' as const };
    expect(closeProblem(BOARD, [done])).toBeNull();
    expect(closeProblem([m('h', 'chair'), m('d', 'member', false, '出差'), m('c', 'member', false, '出差')], [done])).toMatchObject({
      problem: '出席人数不足：应到3人，实到1人，须至少2人出席且主持人出席',
      field: 'members',
    });
    expect(closeProblem(BOARD, [])).toMatchObject({ problem: '会议没有讨论任何案件', field: 'items' });
    expect(closeProblem(BOARD, [done, { partyName: '乙公司', conclusion: null }])).toMatchObject({ problem: '案件「乙公司」尚未形成讨论结论', field: 'items' });
  });
});

describe('labels and the case record', () => {
  it('labels every code in Chinese', () => {
    for (const k of MEMBER_KINDS) expect(DELIBERATION_LABELS.memberKind[k]).toMatch(/\p{Script=Han}/u);
    for (const v of VOTES) expect(DELIBERATION_LABELS.vote[v]).toMatch(/\p{Script=Han}/u);
    for (const c of CONCLUSIONS) {
      expect(DELIBERATION_LABELS.conclusion[c]).toMatch(/\p{Script=Han}/u);
      expect(DELIBERATION_LABELS.nextStep[c]).toMatch(/\p{Script=Han}/u);
    }
  });

  it('writes the case opinion with the meeting, the minutes, the conclusion and the tally', () => {
    expect(
      caseOpinion(
        { heldOn: '2026-03-02', minutesNumber: '（咸）应急集讨〔2026〕1号' },
        { conclusion: 'penalty', conclusionText: ' 同意拟处罚意见 ', votes: [{ vote: 'agree' }, { vote: 'agree' }, { vote: 'recused' }] },
      ),
    ).toBe('经2026-03-02集体讨论（集体讨论记录 （咸）应急集讨〔2026〕1号），决定：给予行政处罚。同意拟处罚意见（同意2票，不同意0票，弃权0票，回避1票）');
  });
});
