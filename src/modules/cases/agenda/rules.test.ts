import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../../../platform/workdays/calendar.js';
import { dueThisWeekAndLate, endOfWeek } from './rules.js';
import type { CaseDates } from '../workflow/deadlines.js';
import type { CaseState } from '../workflow/machine.js';

type C = CaseDates & { id: string };
const none: Omit<CaseDates, 'state'> = {
  decisionDueOn: null,
  statementPeriodEndsOn: null,
  hearingRequestEndsOn: null,
  hearingNoticeBy: null,
  hearingOn: null,
  serviceDueOn: null,
  paymentDueOn: null,
};
const deciding = (id: string, decisionDueOn: string, state: CaseState = 'investigating'): C => ({ id, state, ...none, decisionDueOn });
const ids = (items: { case: C }[]) => items.map((i) => i.case.id);

describe('endOfWeek', () => {
  it('gives the Sunday of the Monday-to-Sunday week, for every day of it', () => {
    for (let i = 0; i < 7; i++) expect(endOfWeek(addCalendarDays('2026-02-09', i))).toBe('2026-02-15');
    expect(endOfWeek('2026-02-16')).toBe('2026-02-22');
  });

  it('runs across the turn of the year', () => {
    expect(endOfWeek('2026-12-31')).toBe('2027-01-03');
    expect(endOfWeek('2027-01-03')).toBe('2027-01-03');
  });
});

describe('dueThisWeekAndLate', () => {
  it('puts every due date in exactly one place, for every day of two months', () => {
    const start = '2026-02-01';
    for (let t = 0; t < 60; t++) {
      const today = addCalendarDays(start, t);
      const sunday = endOfWeek(today);
      const cases = Array.from({ length: 40 }, (_, d) => deciding(`d${d}`, addCalendarDays(today, d - 20)));
      const { dueThisWeek, late } = dueThisWeekAndLate(cases, today);
      for (const c of cases) {
        const where = ids(dueThisWeek).includes(c.id) ? 'week' : ids(late).includes(c.id) ? 'late' : 'later';
        const expected = c.decisionDueOn! < today ? 'late' : c.decisionDueOn! <= sunday ? 'week' : 'later';
        expect(where, `${today} due ${c.decisionDueOn}`).toBe(expected);
      }
      // Never more than a week, and a Sunday holds only itself.
      expect(dueThisWeek.length).toBeLessThanOrEqual(7);
      if (today === sunday) expect(dueThisWeek.map((i) => i.deadline.daysLeft)).toEqual([0]);
    }
  });

  it('sorts the week soonest first and the late longest late first', () => {
    const cases = [deciding('b', '2026-03-13'), deciding('x', '2026-03-02'), deciding('a', '2026-03-11'), deciding('y', '2026-02-20')];
    const { dueThisWeek, late } = dueThisWeekAndLate(cases, '2026-03-10');
    expect(ids(dueThisWeek)).toEqual(['a', 'b']);
    expect(ids(late)).toEqual(['y', 'x']);
    expect(late.map((i) => i.deadline.daysLeft)).toEqual([-18, -8]);
  });

  it('counts days and working days across Spring Festival 2026', () => {
    // Fri 13 Feb; Sat 14 is a 调休 working day; the holiday runs Sun 15 to Mon 23.
    const { dueThisWeek, late } = dueThisWeekAndLate(
      [deciding('sun', '2026-02-15'), deciding('mon', '2026-02-16'), deciding('thu', '2026-02-12')],
      '2026-02-13',
    );
    expect(dueThisWeek.map((i) => [i.case.id, i.deadline.daysLeft, i.deadline.workdaysLeft])).toEqual([['sun', 2, 1]]);
    expect(late.map((i) => [i.case.id, i.deadline.daysLeft, i.deadline.workdaysLeft])).toEqual([['thu', -1, -1]]);
    // On the last holiday: three days late but no working day missed; the day after is this week.
    const after = dueThisWeekAndLate([deciding('fri', '2026-02-20'), deciding('tue', '2026-02-24'), deciding('sat', '2026-02-28')], '2026-02-23');
    expect(after.late.map((i) => [i.case.id, i.deadline.daysLeft, i.deadline.workdaysLeft])).toEqual([['fri', -3, 0]]);
    expect(after.dueThisWeek.map((i) => [i.case.id, i.deadline.daysLeft, i.deadline.workdaysLeft])).toEqual([
      ['tue', 1, 1],
      ['sat', 5, 5], // Sat 28 Feb is a 调休 working day
    ]);
  });

  it('counts across National Day 2026', () => {
    const { dueThisWeek } = dueThisWeekAndLate([deciding('sun', '2026-10-04'), deciding('thu', '2026-10-08')], '2026-09-30');
    expect(dueThisWeek.map((i) => [i.case.id, i.deadline.workdaysLeft])).toEqual([['sun', 0]]);
  });

  it('lists a noticed case by its next window, not by the statement period that has closed', () => {
    const noticed: C = {
      id: 'n',
      state: 'noticed',
      ...none,
      statementPeriodEndsOn: '2026-03-09',
      hearingRequestEndsOn: '2026-03-12',
      decisionDueOn: '2026-05-11',
    };
    const { dueThisWeek, late } = dueThisWeekAndLate([noticed], '2026-03-10');
    expect(dueThisWeek.map((i) => i.deadline.kind)).toEqual(['hearingRequest']);
    expect(late).toEqual([]);
  });

  it('leaves out cases with no deadline: finished, draft, or dates unknown', () => {
    const cases = [deciding('closed', '2026-03-01', 'closed'), deciding('draft', '2026-03-11', 'draft'), { id: 'u', state: 'investigating' as const, ...none }];
    expect(dueThisWeekAndLate(cases, '2026-03-10')).toEqual({ dueThisWeek: [], late: [] });
  });
});
