import { describe, expect, it } from 'vitest';
import { instrumentText } from '../../platform/documents/render/model.js';
import type { MeetingOut } from './contract.js';
import { buildMinutes, minutesProblem } from './instruments.js';

const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const meeting: MeetingOut = {
  id: id(1),
  orgId: id(2),
  orgName: '咸宁市应急管理局',
  heldOn: '2026-10-08',
  place: '市局三楼会议室',
  chairId: id(3),
  chairName: '张局长',
  recorderId: id(6),
  recorderName: '赵法制',
  members: [
    { userId: id(3), name: '张局长', kind: 'chair', present: true, absenceReason: null },
    { userId: id(4), name: '李副局长', kind: 'member', present: true, absenceReason: null },
    { userId: id(5), name: '王科长', kind: 'member', present: false, absenceReason: '外出培训' },
    { userId: id(7), name: '陈执法', kind: 'attendee', present: true, absenceReason: null },
  ],
  quorum: { named: 3, present: 2, required: 2, met: true },
  state: 'closed',
  minutesNumber: '（咸）应急集讨〔2026〕1号',
  closedAt: new Date('2026-10-08T03:00:00Z'),
  itemCount: 1,
  items: [
    {
      id: id(8),
      caseId: id(9),
      position: 1,
      partyName: '咸宁市某化工有限公司',
      caseSummary: '未按照规定配备安全生产管理人员',
      proposal: { measures: ['fine'], fineYuan: 80_000, confiscationYuan: 0 },
      investigatorIds: [id(7)],
      reportSummary: '违法事实清楚，证据确凿',
      legalOpinion: '同意：事实清楚',
      votes: [
        { userId: id(3), name: '张局长', vote: 'agree', opinion: '同意' },
        { userId: id(4), name: '李副局长', vote: 'disagree', opinion: '偏重' },
      ],
      tally: { agree: 1, disagree: 1, abstain: 0, recused: 0 },
      conclusion: 'penalty',
      conclusionText: '同意拟处罚意见',
      dissent: '李副局长认为罚款偏重',
    },
  ],
  version: 6,
};

describe('集体讨论记录', () => {
  it('prints the meeting, who sat and who was absent, each case with its report, opinions, votes, conclusion and dissent', () => {
    const text = instrumentText(buildMinutes(meeting)).join('\n');
    for (const part of [
      '集体讨论记录',
      '（咸）应急集讨〔2026〕1号',
      '2026年10月8日',
      '市局三楼会议室',
      '张局长、李副局长',
      '陈执法',
      '王科长（外出培训）',
      '应到3人，实到2人，符合',
      '行政处罚法 第五十七条第二款',
      '议题1：咸宁市某化工有限公司',
      '拟处罚意见：罚款80000元',
      '法制审核意见：同意：事实清楚',
      '不同意',
      '偏重',
      '同意1票，不同意1票，弃权0票，回避0票',
      '讨论结论：给予行政处罚（罚款80000元）。同意拟处罚意见',
      '不同意见：李副局长认为罚款偏重',
    ])
      expect(text).toContain(part);
  });

  it('exists only once the meeting has closed', () => {
    expect(minutesProblem(meeting)).toBeNull();
    expect(minutesProblem({ state: 'open', minutesNumber: null })).toBe('会议尚未结束，没有集体讨论记录');
    expect(() => buildMinutes({ ...meeting, minutesNumber: null })).toThrow('会议尚未结束');
  });
});
