// The 先行登记保存 awaiting a 处理决定 in the workbench agenda: each its own entry beside the case's
// next deadline, due this week or late by the same rule, counted in statutory working days.
import { describe, expect, it } from 'vitest';
import { addCalendarDays, workdaysBetween } from '../../../platform/workdays/calendar.js';
import { dueThisWeekAndLate, endOfWeek } from './rules.js';
import { preservationDecisionDueOn } from '../collection/rules.js';
import { preservationDeadlines, type CaseDates, type PreservationDates } from '../workflow/deadlines.js';

type C = CaseDates & { id: string; preservations: PreservationDates[] };
const none: Omit<CaseDates, 'state'> = {
  decisionDueOn: null,
  statementPeriodEndsOn: null,
  hearingRequestEndsOn: null,
  hearingNoticeBy: null,
  hearingOn: null,
  serviceDueOn: null,
  paymentDueOn: null,
};
const approvedOn = (approved: string, n = 1): PreservationDates => ({
  status: 'approved',
  noticeNumber: `（咸安）应急先保〔2026〕${n}号`,
  decisionDueOn: preservationDecisionDueOn(approved),
});
const withPreservations = (id: string, preservations: PreservationDates[], decisionDueOn: string | null = null): C => ({
  id,
  state: 'investigating',
  ...none,
  decisionDueOn,
  preservations,
});
const rows = (items: { case: C; deadline: { kind: string; dueOn: string; daysLeft: number; workdaysLeft: number; overdue: boolean } }[]) =>
  items.map((i) => [i.case.id, i.deadline.kind, i.deadline.dueOn, i.deadline.daysLeft, i.deadline.workdaysLeft, i.deadline.overdue]);

describe('preservationDeadlines', () => {
  it('lists only approved preservations not yet decided, soonest first, named with the notice and the article', () => {
    const list: PreservationDates[] = [
      { status: 'requested', noticeNumber: null, decisionDueOn: null },
      { status: 'refused', noticeNumber: null, decisionDueOn: null },
      { status: 'decided', noticeNumber: '（咸安）应急先保〔2026〕1号', decisionDueOn: '2026-03-11' },
      approvedOn('2026-03-04', 3),
      approvedOn('2026-03-02', 2),
    ];
    const d = preservationDeadlines(list, '2026-03-05');
    expect(d.map((x) => [x.dueOn, x.name, x.article])).toEqual([
      ['2026-03-11', '对先行登记保存的证据作出处理决定（（咸安）应急先保〔2026〕2号）', '行政处罚法 第五十六条、第八十五条'],
      ['2026-03-13', '对先行登记保存的证据作出处理决定（（咸安）应急先保〔2026〕3号）', '行政处罚法 第五十六条、第八十五条'],
    ]);
    expect(d.every((x) => x.kind === 'preservationDecision')).toBe(true);
  });

  it('is the authority’s deadline: overdue once passed, not on the day itself', () => {
    const p = [approvedOn('2026-03-02')]; // due Wed 11 Mar
    expect(preservationDeadlines(p, '2026-03-11')[0]).toMatchObject({ daysLeft: 0, workdaysLeft: 0, overdue: false });
    expect(preservationDeadlines(p, '2026-03-12')[0]).toMatchObject({ daysLeft: -1, workdaysLeft: -1, overdue: true });
  });
});

describe('dueThisWeekAndLate with preservations', () => {
  it('puts every preservation due date in exactly one place, for every day of two months around 春节', () => {
    for (let t = 0; t < 60; t++) {
      const today = addCalendarDays('2026-01-20', t);
      const sunday = endOfWeek(today);
      const cases = Array.from({ length: 30 }, (_, d) => withPreservations(`p${d}`, [approvedOn(addCalendarDays(today, d - 20), d)]));
      const { dueThisWeek, late } = dueThisWeekAndLate(cases, today);
      for (const c of cases) {
        const due = c.preservations[0].decisionDueOn!;
        const where = dueThisWeek.some((i) => i.case.id === c.id) ? 'week' : late.some((i) => i.case.id === c.id) ? 'late' : 'later';
        expect(where, `${today} due ${due}`).toBe(due < today ? 'late' : due <= sunday ? 'week' : 'later');
      }
      for (const i of [...dueThisWeek, ...late]) expect(i.deadline.workdaysLeft, `${today} ${i.deadline.dueOn}`).toBe(workdaysBetween(today, i.deadline.dueOn));
    }
  });

  it('lists a case under its next deadline and again under each pending preservation', () => {
    const c = withPreservations(
      'c',
      [approvedOn('2026-03-02', 1), approvedOn('2026-03-03', 2), { status: 'requested', noticeNumber: null, decisionDueOn: null }],
      '2026-03-12',
    );
    const { dueThisWeek, late } = dueThisWeekAndLate([c], '2026-03-09');
    expect(rows(dueThisWeek)).toEqual([
      ['c', 'preservationDecision', '2026-03-11', 2, 2, false],
      ['c', 'decision', '2026-03-12', 3, 3, false],
      ['c', 'preservationDecision', '2026-03-12', 3, 3, false],
    ]);
    expect(late).toEqual([]);
  });

  it('sorts a late preservation among late case deadlines, longest late first', () => {
    const cases = [withPreservations('p', [approvedOn('2026-03-02')]), withPreservations('d', [], '2026-03-13'), withPreservations('e', [], '2026-03-10')];
    const { late } = dueThisWeekAndLate(cases, '2026-03-16');
    expect(rows(late)).toEqual([
      ['e', 'decision', '2026-03-10', -6, -4, true],
      ['p', 'preservationDecision', '2026-03-11', -5, -3, true],
      ['d', 'decision', '2026-03-13', -3, -1, true],
    ]);
  });

  it('across 春节 2026: approved Thu 12 Feb, due on the 调休 Saturday 28 Feb', () => {
    const c = [withPreservations('s', [approvedOn('2026-02-12')])];
    expect(c[0].preservations[0].decisionDueOn).toBe('2026-02-28');
    // The Friday before the holiday: due weeks later in days, five working days away.
    expect(dueThisWeekAndLate(c, '2026-02-13')).toEqual({ dueThisWeek: [], late: [] });
    expect(preservationDeadlines(c[0].preservations, '2026-02-13')[0]).toMatchObject({ daysLeft: 15, workdaysLeft: 6 });
    // The last day of the holiday (Mon 23): this week, five working days left (24–27 and the Saturday).
    expect(rows(dueThisWeekAndLate(c, '2026-02-23').dueThisWeek)).toEqual([['s', 'preservationDecision', '2026-02-28', 5, 5, false]]);
    // Sunday 1 Mar: one day late, no working day missed yet; Monday: one working day late.
    expect(rows(dueThisWeekAndLate(c, '2026-03-01').late)).toEqual([['s', 'preservationDecision', '2026-02-28', -1, 0, true]]);
    expect(rows(dueThisWeekAndLate(c, '2026-03-02').late)).toEqual([['s', 'preservationDecision', '2026-02-28', -2, -1, true]]);
  });

  it('across 中秋 and 国庆 2026: approved Thu 24 Sep, due Mon 12 Oct', () => {
    const c = [withPreservations('n', [approvedOn('2026-09-24')])];
    expect(c[0].preservations[0].decisionDueOn).toBe('2026-10-12');
    expect(dueThisWeekAndLate(c, '2026-09-30')).toEqual({ dueThisWeek: [], late: [] });
    expect(preservationDeadlines(c[0].preservations, '2026-09-30')[0]).toMatchObject({ daysLeft: 12, workdaysLeft: 4 });
    // On Sat 10 Oct (a 调休 working day) the Monday is next week; on Mon 12 Oct it is due today.
    expect(dueThisWeekAndLate(c, '2026-10-10')).toEqual({ dueThisWeek: [], late: [] });
    expect(rows(dueThisWeekAndLate(c, '2026-10-12').dueThisWeek)).toEqual([['n', 'preservationDecision', '2026-10-12', 0, 0, false]]);
    expect(rows(dueThisWeekAndLate(c, '2026-10-13').late)).toEqual([['n', 'preservationDecision', '2026-10-12', -1, -1, true]]);
  });

  it('leaves out cases whose preservations are all requested, refused or decided', () => {
    const c = withPreservations('x', [
      { status: 'requested', noticeNumber: null, decisionDueOn: null },
      { status: 'refused', noticeNumber: null, decisionDueOn: null },
      { status: 'decided', noticeNumber: '（咸安）应急先保〔2026〕1号', decisionDueOn: '2026-03-11' },
    ]);
    expect(dueThisWeekAndLate([c], '2026-03-11')).toEqual({ dueThisWeek: [], late: [] });
  });
});
