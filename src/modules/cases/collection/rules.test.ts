// 抽样取证 and 先行登记保存 rules (行政处罚法 第五十六条): every case state, every status, the
// investigators and the approver, and the seven working days across the statutory calendar.
import { describe, expect, it } from 'vitest';
import { addCalendarDays, isWorkday, workdaysBetween } from '../../../platform/workdays/calendar.js';
import {
  preservationApprovalIn,
  preservationApprovalProblem,
  preservationDecisionDueOn,
  preservationDecisionIn,
  preservationDecisionProblem,
  preservationIn,
  preservationOut,
  preservationRequestProblem,
  samplingIn,
  samplingProblem,
  PRESERVATION_DECISIONS,
  type Preservation,
  type PreservationStatus,
} from './rules.js';
import { CASE_STATES, type CaseState } from '../workflow/machine.js';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const X = '00000000-0000-4000-8000-00000000000c';
const HEAD = '00000000-0000-4000-8000-00000000000d';
const STATES = Object.keys(CASE_STATES) as CaseState[];
const investigating = { state: 'investigating', investigatorIds: [A, B] };
const STATUSES: PreservationStatus[] = ['requested', 'approved', 'refused', 'decided'];

const sampling = (over: Record<string, unknown> = {}) => ({
  version: 3,
  items: [{ name: '工业用二氯甲烷', specification: '250kg/桶', quantity: 2, unit: '桶', batch: '20260105' }],
  place: '甲类仓库',
  sampledAt: '2026-02-11T03:00:00Z',
  method: 'random',
  witnessName: '张伟',
  officerIds: [A, B],
  ...over,
});
const preservation = (over: Record<string, unknown> = {}) => ({
  version: 3,
  items: [{ name: '可燃气体报警控制器', quantity: 1, unit: '台', storagePlace: '中控室' }],
  reason: '历史记录可能被删除',
  officerIds: [A, B],
  ...over,
});

describe('抽样取证 and the preservation request: only under investigation, by two of the case investigators', () => {
  for (const [name, problem] of [
    ['samplingProblem', samplingProblem],
    ['preservationRequestProblem', preservationRequestProblem],
  ] as const) {
    it(`${name}: refused in every state but investigating, naming the state and the article`, () => {
      for (const state of STATES) {
        const p = problem({ state, investigatorIds: [A, B] }, { officerIds: [A, B] });
        if (state === 'investigating') expect(p, state).toBeNull();
        else expect(p, state).toMatchObject({ field: 'state', article: '行政处罚法 第五十五条、第五十六条' });
      }
    });

    it(`${name}: both officers distinct and of the case, in either order`, () => {
      for (const ids of [
        [A, B],
        [B, A],
      ])
        expect(problem(investigating, { officerIds: ids })).toBeNull();
      for (const ids of [
        [A, A],
        [B, B],
      ])
        expect(problem(investigating, { officerIds: ids })).toMatchObject({
          field: 'officerIds',
          article: '行政处罚法 第四十二条',
          problem: expect.stringContaining('两名不同的执法人员'),
        });
      for (const ids of [
        [A, X],
        [X, B],
        [X, HEAD],
      ])
        expect(problem(investigating, { officerIds: ids })).toMatchObject({ field: 'officerIds', problem: expect.stringContaining('本案承办人员') });
    });
  }

  it('the forms ask for what the voucher and the notice print', () => {
    expect(samplingIn.safeParse(sampling()).success).toBe(true);
    expect(samplingIn.parse(sampling()).methodNote).toBe('');
    for (const bad of [
      { items: [] },
      { officerIds: [A] },
      { officerIds: [A, B, X] },
      { witnessName: ' ' },
      { place: '' },
      { method: 'guess' },
      { sampledAt: '2026-02-11' },
      { items: [{ name: '样品', quantity: 0, unit: '桶' }] },
    ]) {
      expect(samplingIn.safeParse(sampling(bad)).success, JSON.stringify(bad)).toBe(false);
    }
    expect(preservationIn.parse(preservation()).items[0].specification).toBe('');
    for (const bad of [{ reason: '' }, { items: [] }, { items: [{ name: '物品', quantity: 1, unit: '台', storagePlace: '' }] }, { officerIds: [A] }]) {
      expect(preservationIn.safeParse(preservation(bad)).success, JSON.stringify(bad)).toBe(false);
    }
    expect(preservationApprovalIn.parse({ version: 1, approve: true }).opinion).toBe('');
    expect(preservationDecisionIn.safeParse({ version: 1, kind: 'release', details: '解除' }).success).toBe(true);
    expect(preservationDecisionIn.safeParse({ version: 1, kind: 'destroy', details: '销毁' }).success).toBe(false);
    expect(preservationDecisionIn.safeParse({ version: 1, kind: 'release', details: ' ' }).success).toBe(false);
  });

  it('every 处理决定 kind names its measure and cites its law', () => {
    expect(Object.keys(PRESERVATION_DECISIONS)).toEqual(['release', 'appraisal', 'confiscate', 'seize', 'transfer']);
    for (const [k, v] of Object.entries(PRESERVATION_DECISIONS)) {
      expect(v.name, k).toMatch(/\S/);
      expect(v.article, k).toMatch(/第.+条/);
    }
  });
});

describe('approval (经行政机关负责人批准)', () => {
  it('only a request, only under investigation, never by an investigator of the case', () => {
    for (const state of STATES) {
      for (const status of STATUSES) {
        for (const approver of [A, B, HEAD]) {
          const p = preservationApprovalProblem({ state, investigatorIds: [A, B] }, { status }, approver);
          const label = `${state} ${status} ${approver}`;
          if (state !== 'investigating') expect(p?.field, label).toBe('state');
          else if (status !== 'requested') expect(p?.field, label).toBe('status');
          else if (approver !== HEAD) expect(p, label).toMatchObject({ field: 'actor', problem: expect.stringContaining('审批与调查分离') });
          else expect(p, label).toBeNull();
        }
      }
    }
  });
});

describe('seven working days (第五十六条、第八十五条)', () => {
  it('runs from the day after approval, by the statutory calendar', () => {
    expect(preservationDecisionDueOn('2026-03-02')).toBe('2026-03-11'); // an ordinary week: Mon → Wed next week
    expect(preservationDecisionDueOn('2026-02-10')).toBe('2026-02-26'); // Sat 14 Feb is a 调休 working day; 春节 15–23 Feb off
    expect(preservationDecisionDueOn('2026-02-12')).toBe('2026-02-28'); // ends on the 调休 Saturday after 春节
    expect(preservationDecisionDueOn('2026-02-13')).toBe('2026-03-02');
    expect(preservationDecisionDueOn('2026-09-24')).toBe('2026-10-12'); // 中秋 25–27 Sep, 国庆 1–7 Oct, Sat 10 Oct worked
    expect(preservationDecisionDueOn('2026-09-30')).toBe('2026-10-15');
    expect(preservationDecisionDueOn('2026-10-01')).toBe('2026-10-15'); // approved on a holiday: the same last day as on its eve
  });

  it('is, for every day of 2026 up to mid-December, a working day exactly seven working days on', () => {
    for (let day = '2026-01-01'; day <= '2026-12-15'; day = addCalendarDays(day, 1)) {
      const due = preservationDecisionDueOn(day);
      expect(workdaysBetween(day, due), day).toBe(7);
      expect(isWorkday(due), day).toBe(true);
      expect(due > day).toBe(true);
    }
  });
});

describe('the 处理决定', () => {
  const approved = { status: 'approved' as const, decisionDueOn: '2026-02-28' };

  it('may be made on any day up to the last one, holidays included, and not after', () => {
    for (const today of ['2026-02-12', '2026-02-13', '2026-02-16', '2026-02-23', '2026-02-27', '2026-02-28'])
      expect(preservationDecisionProblem(investigating, approved, HEAD, today), today).toBeNull();
    for (const today of ['2026-03-01', '2026-03-02', '2026-12-31']) {
      expect(preservationDecisionProblem(investigating, approved, HEAD, today), today).toEqual({
        problem: '处理决定日期（decidedOn）已超过七个工作日的处理期限（2026-02-28），不能再作出处理决定',
        field: 'decidedOn',
        article: '行政处罚法 第五十六条、第八十五条',
      });
    }
  });

  it('whatever state the case has moved to, only once, only after approval, never by an investigator', () => {
    for (const state of STATES) expect(preservationDecisionProblem({ state, investigatorIds: [A, B] }, approved, HEAD, '2026-02-20'), state).toBeNull();
    expect(preservationDecisionProblem(investigating, { status: 'decided', decisionDueOn: '2026-02-28' }, HEAD, '2026-02-20')?.field).toBe('status');
    expect(preservationDecisionProblem(investigating, { status: 'requested', decisionDueOn: null }, HEAD, '2026-02-20')).toMatchObject({
      field: 'status',
      problem: expect.stringContaining('尚未经负责人批准'),
    });
    expect(preservationDecisionProblem(investigating, { status: 'refused', decisionDueOn: null }, HEAD, '2026-02-20')?.field).toBe('status');
    for (const who of [A, B]) expect(preservationDecisionProblem(investigating, approved, who, '2026-02-20')?.field).toBe('actor');
  });
});

describe('preservationOut', () => {
  it('lists what the case page shows, the decision fields null until decided', () => {
    const p: Preservation = {
      ...preservationIn.parse(preservation()),
      status: 'approved',
      requestedBy: A,
      requestedAt: '2026-02-12T02:00:00.000Z',
      approval: { approved: true, opinion: '同意。', by: HEAD, byName: '张局长', at: '2026-02-12T06:00:00.000Z' },
      noticeNumber: '（咸安）应急先保〔2026〕1号',
      approvedOn: '2026-02-12',
      decisionDueOn: '2026-02-28',
      decision: null,
    };
    expect(preservationOut(p)).toEqual({
      status: 'approved',
      itemNames: ['可燃气体报警控制器'],
      reason: '历史记录可能被删除',
      requestedAt: '2026-02-12T02:00:00.000Z',
      noticeNumber: '（咸安）应急先保〔2026〕1号',
      approvedOn: '2026-02-12',
      decisionDueOn: '2026-02-28',
      approvalOpinion: '同意。',
      decisionKind: null,
      decisionNumber: null,
      decidedOn: null,
    });
  });
});
