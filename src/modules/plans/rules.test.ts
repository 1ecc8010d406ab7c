import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../seed/names.js';
import { PLAN_ACTIONS, PLAN_STATUSES, type PlanAction, type PlanStatus } from './contract.js';
import {
  itemsProblem,
  monthlyTargets,
  monthsElapsed,
  nextStatus,
  planProgress,
  quarterTotals,
  spreadQuarters,
  type DoneCount,
  type ProgressItem,
} from './rules.js';

// A deterministic generator so failures reproduce.
const rng = mulberry32;

describe('nextStatus', () => {
  const allowed: Record<string, PlanStatus> = {
    'draft submit': 'submitted',
    'submitted approve': 'approved',
    'submitted return': 'draft',
    'approved return': 'draft',
    'approved publish': 'published',
  };
  it.each(PLAN_STATUSES.flatMap((s) => PLAN_ACTIONS.map((a) => [s, a] as [PlanStatus, PlanAction])))('%s + %s', (status, action) => {
    const r = nextStatus(status, action);
    const want = allowed[`${status} ${action}`];
    if (want) expect(r).toEqual({ to: want });
    else expect('problem' in r && r.problem).toMatch(/不能/);
  });
  it('never leaves published', () => {
    for (const a of PLAN_ACTIONS) expect('problem' in nextStatus('published', a)).toBe(true);
  });
});

describe('spreadQuarters', () => {
  it('keeps every quarter total, spreads within one, back-loads the remainder', () => {
    for (let q = 0; q <= 40; q++) {
      const months = spreadQuarters([q, 0, 0, q]);
      expect(months).toHaveLength(12);
      expect(quarterTotals(months)).toEqual([q, 0, 0, q]);
      const [a, b, c] = months;
      expect(Math.max(a, b, c) - Math.min(a, b, c)).toBeLessThanOrEqual(1);
      expect(a <= b && b <= c).toBe(true);
      // Never more due early than an even pace asks.
      expect(a).toBeLessThanOrEqual(q / 3);
      expect(a + b).toBeLessThanOrEqual((2 * q) / 3);
    }
  });
  it('spreads 4 as 1, 1, 2 and 5 as 1, 2, 2', () => {
    expect(spreadQuarters([4, 5, 3, 0])).toEqual([1, 1, 2, 1, 2, 2, 1, 1, 1, 0, 0, 0]);
  });
  it('leaves monthly targets as they are', () => {
    const m = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    expect(monthlyTargets('month', m)).toEqual(m);
    expect(monthlyTargets('quarter', [3, 6, 9, 12])).toEqual([1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4]);
  });
});

describe('itemsProblem', () => {
  const E1 = '00000000-0000-4000-8000-000000000001';
  const E2 = '00000000-0000-4000-8000-000000000002';
  const m12 = Array.from({ length: 12 }, () => 1);
  const key = (ids: string[], over = {}) => ({ kind: 'key' as const, matterCode: null, enterpriseIds: ids, cadence: 'month' as const, targets: m12, ...over });
  const random = (code: string | null, over = {}) => ({
    kind: 'random' as const,
    matterCode: code,
    enterpriseIds: [],
    cadence: 'month' as const,
    targets: m12,
    ...over,
  });

  it('accepts a plan of distinct matters and enterprises, and an empty plan', () => {
    expect(itemsProblem([])).toBeNull();
    expect(itemsProblem([key([E1]), key([E2]), random('M-1'), random('M-2', { cadence: 'quarter', targets: [1, 2, 3, 4] })])).toBeNull();
  });
  it.each([
    ['monthly item with 4 targets', [random('M-1', { targets: [1, 2, 3, 4] })], 'items.0.targets'],
    ['quarterly item with 12 targets', [random('M-1', { cadence: 'quarter' })], 'items.0.targets'],
    ['random item without matter', [random(null)], 'items.0.matterCode'],
    ['random item naming enterprises', [random('M-1', { enterpriseIds: [E1] })], 'items.0.enterpriseIds'],
    ['the same matter twice', [random('M-1'), random('M-1')], 'items.1.matterCode'],
    ['key item with a matter', [key([E1], { matterCode: 'M-1' })], 'items.0.matterCode'],
    ['key item without enterprises', [key([])], 'items.0.enterpriseIds'],
    ['an enterprise twice in one item', [key([E1, E1])], 'items.0.enterpriseIds'],
    ['an enterprise in two items', [key([E1]), random('M-1'), key([E2, E1])], 'items.2.enterpriseIds'],
  ])('refuses %s, naming the field', (_label, items, field) => {
    expect(itemsProblem(items)?.field).toBe(field);
  });
});

describe('monthsElapsed', () => {
  it('is 0 before the year, the month during it, 12 after it', () => {
    for (let m = 1; m <= 12; m++) {
      const day = `2026-${String(m).padStart(2, '0')}-15`;
      expect(monthsElapsed(2027, day)).toBe(0);
      expect(monthsElapsed(2026, day)).toBe(m);
      expect(monthsElapsed(2025, day)).toBe(12);
    }
    expect(monthsElapsed(2026, '2026-01-01')).toBe(1);
    expect(monthsElapsed(2026, '2026-12-31')).toBe(12);
  });
});

describe('planProgress', () => {
  const ENTERPRISES = ['e1', 'e2', 'e3', 'e4', 'e5'];
  const MATTERS = [null, 'M-1', 'M-2', 'M-3'];

  // The definition written out the slow way: one task at a time.
  function reference(item: ProgressItem, tasks: { enterpriseId: string; matterCode: string | null; month: number }[], through: number) {
    const mine = tasks.filter(
      (t) => t.month >= 1 && t.month <= 12 && (item.kind === 'random' ? t.matterCode === item.matterCode : item.enterpriseIds.includes(t.enterpriseId)),
    );
    const done = (m: number) => mine.filter((t) => t.month === m).length;
    let dueTarget = 0;
    let dueDone = 0;
    for (let m = 1; m <= through; m++) {
      dueTarget += item.targets[m - 1];
      dueDone += done(m);
    }
    return {
      months: item.targets.map((target, i) => ({ month: i + 1, target, done: done(i + 1) })),
      dueTarget,
      dueDone,
      shortfall: Math.max(0, dueTarget - dueDone),
    };
  }

  it('matches the one-task-at-a-time definition for every month over random plans', () => {
    const next = rng(42);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
    for (let round = 0; round < 300; round++) {
      const items: ProgressItem[] = [
        {
          kind: 'key',
          name: '重大危险源',
          matterCode: null,
          enterpriseIds: ENTERPRISES.filter(() => next() < 0.5),
          targets: Array.from({ length: 12 }, () => Math.floor(next() * 4)),
        },
        {
          kind: 'random',
          name: '抽查',
          matterCode: pick(MATTERS.slice(1)),
          enterpriseIds: [],
          targets: Array.from({ length: 12 }, () => Math.floor(next() * 4)),
        },
      ];
      // Month 0 and 13 stand for data that should never count.
      const tasks = Array.from({ length: Math.floor(next() * 40) }, () => ({
        enterpriseId: pick(ENTERPRISES),
        matterCode: pick(MATTERS),
        month: Math.floor(next() * 14),
      }));
      const counts = new Map<string, DoneCount>();
      for (const t of tasks) {
        const k = `${t.enterpriseId}|${t.matterCode}|${t.month}`;
        const c = counts.get(k) ?? { ...t, count: 0 };
        c.count++;
        counts.set(k, c);
      }
      for (let through = 0; through <= 12; through++) {
        const got = planProgress(items, [...counts.values()], through);
        for (const [i, item] of items.entries()) {
          const want = reference(item, tasks, through);
          expect(got[i]).toMatchObject({ index: i, ...want, behind: want.shortfall > 0 });
          expect(got[i].totalTarget).toBe(item.targets.reduce((a, b) => a + b, 0));
          expect(got[i].totalDone).toBe(want.months.reduce((a, m) => a + m.done, 0));
        }
      }
    }
  });

  it('warns with the shortfall, not once ahead, and not for a year that has not begun', () => {
    const item: ProgressItem = { kind: 'random', name: '抽查', matterCode: 'M-1', enterpriseIds: [], targets: [2, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0] };
    const done = (month: number, count: number): DoneCount => ({ enterpriseId: 'e1', matterCode: 'M-1', month, count });
    expect(planProgress([item], [done(1, 1)], 2)[0]).toMatchObject({ dueTarget: 4, dueDone: 1, shortfall: 3, behind: true });
    expect(planProgress([item], [done(1, 5)], 2)[0]).toMatchObject({ shortfall: 0, behind: false });
    // Done later than the current month (a clock or data error) does not cover what is due.
    expect(planProgress([item], [done(3, 4)], 2)[0]).toMatchObject({ dueDone: 0, shortfall: 4 });
    expect(planProgress([item], [], 0)[0]).toMatchObject({ dueTarget: 0, behind: false });
  });

  it('counts a key item by enterprise whatever the matter, a random item by matter whatever the enterprise', () => {
    const key: ProgressItem = { kind: 'key', name: '重点', matterCode: null, enterpriseIds: ['e1'], targets: Array(12).fill(0) };
    const random: ProgressItem = { kind: 'random', name: '抽查', matterCode: 'M-1', enterpriseIds: [], targets: Array(12).fill(0) };
    const got = planProgress(
      [key, random],
      [
        { enterpriseId: 'e1', matterCode: 'M-1', month: 3, count: 2 },
        { enterpriseId: 'e2', matterCode: null, month: 3, count: 1 },
      ],
      12,
    );
    expect(got.map((g) => g.totalDone)).toEqual([2, 2]);
  });
});
