import { describe, expect, it } from 'vitest';
import { amountDue, nextDeadline, type CaseDates } from './deadlines.js';
import { CASE_STATE_NAMES, type CaseState } from './machine.js';

const none: Omit<CaseDates, 'state'> = {
  decisionDueOn: null,
  statementPeriodEndsOn: null,
  hearingRequestEndsOn: null,
  hearingNoticeBy: null,
  hearingOn: null,
  serviceDueOn: null,
  paymentDueOn: null,
};
const all: Omit<CaseDates, 'state'> = {
  decisionDueOn: '2026-05-11',
  statementPeriodEndsOn: '2026-02-24',
  hearingRequestEndsOn: '2026-02-26',
  hearingNoticeBy: '2026-03-10',
  hearingOn: '2026-03-20',
  serviceDueOn: '2026-03-09',
  paymentDueOn: '2026-03-16',
};
const CLOSED: CaseState[] = [
  'draft',
  'paid',
  'closurePending',
  'closed',
  'archived',
  'notPunished',
  'filingRevoked',
  'transferred',
  'transferredToPolice',
  'courtEnforcement',
];

describe('nextDeadline', () => {
  it('gives no deadline for a draft or a finished case, whatever dates it holds', () => {
    for (const state of CLOSED) expect(nextDeadline({ state, ...all }, '2026-02-12'), state).toBeNull();
  });

  it('gives every open state a deadline when its dates are known, and none when they are not', () => {
    for (const state of CASE_STATE_NAMES.filter((s) => !CLOSED.includes(s))) {
      expect(nextDeadline({ state, ...all }, '2026-02-12'), state).not.toBeNull();
      expect(nextDeadline({ state, ...none }, '2026-02-12'), state).toBeNull();
    }
  });

  it('counts days and working days across Spring Festival 2026', () => {
    // From Thu 12 Feb to Tue 24 Feb: 12 calendar days, but only Fri 13, Sat 14 (调休) and Tue 24 are working days.
    expect(nextDeadline({ state: 'noticed', ...all }, '2026-02-12')).toEqual({
      kind: 'statementPeriod',
      name: '陈述、申辩',
      dueOn: '2026-02-24',
      article: '安全生产违法行为行政处罚办法（应急管理部令第18号，条号待核）',
      daysLeft: 12,
      workdaysLeft: 3,
      overdue: false,
    });
  });

  it('no longer awaits a window the party has waived in writing (第六十二条、第六十四条)', () => {
    const on = '2026-02-12';
    const statement = [{ waives: ['statement'] }];
    expect(nextDeadline({ state: 'noticed', ...all, waivers: statement }, on)).toMatchObject({ kind: 'hearingRequest' });
    expect(nextDeadline({ state: 'noticed', ...all, waivers: [{ waives: ['hearing'] }] }, on)).toMatchObject({ kind: 'statementPeriod' });
    for (const waivers of [[{ waives: ['statement', 'hearing'] }], [...statement, { waives: ['hearing'] }]]) {
      expect(nextDeadline({ state: 'noticed', ...all, waivers }, on)).toMatchObject({ kind: 'decision', dueOn: '2026-05-11' });
    }
    // A waiver only speaks to the party's windows: the decision is still due whatever was waived.
    expect(nextDeadline({ state: 'decided', ...all, waivers: [{ waives: ['statement', 'hearing'] }] }, on)).toMatchObject({ kind: 'service' });
  });

  it('moves on to the next deadline once one has passed, and keeps the due day itself', () => {
    expect(nextDeadline({ state: 'noticed', ...all }, '2026-02-24')).toMatchObject({ kind: 'statementPeriod', daysLeft: 0 });
    expect(nextDeadline({ state: 'noticed', ...all }, '2026-02-25')).toMatchObject({ kind: 'hearingRequest', daysLeft: 1 });
    expect(nextDeadline({ state: 'noticed', ...all }, '2026-02-27')).toMatchObject({ kind: 'decision', dueOn: '2026-05-11' });
    expect(nextDeadline({ state: 'hearingScheduled', ...all }, '2026-03-11')).toMatchObject({
      kind: 'hearing',
      dueOn: '2026-03-20',
      article: '行政处罚法 第六十四条',
    });
  });

  it('flags the authority late, but not a party whose window has closed', () => {
    expect(nextDeadline({ state: 'investigating', ...all }, '2026-05-12')).toMatchObject({ kind: 'decision', daysLeft: -1, overdue: true });
    expect(nextDeadline({ state: 'decided', ...all }, '2026-03-10')).toMatchObject({ kind: 'service', workdaysLeft: -1, overdue: true });
    expect(nextDeadline({ state: 'served', ...all }, '2026-03-20')).toMatchObject({ kind: 'payment', daysLeft: -4, overdue: false });
  });
});

describe('amountDue (行政处罚法 第七十二条)', () => {
  it('is the fine alone when paid on or before the due day', () => {
    expect(amountDue(60_000, '2026-03-16', '2026-03-16')).toEqual({ fineFen: 6_000_000, daysLate: 0, surchargeFen: 0, totalFen: 6_000_000 });
    expect(amountDue(60_000, '2026-03-16', '2026-03-01').daysLate).toBe(0);
    expect(amountDue(60_000, null, '2026-03-20').surchargeFen).toBe(0);
  });

  it('adds 3% of the fine per day late', () => {
    expect(amountDue(60_000, '2026-03-16', '2026-03-20')).toEqual({ fineFen: 6_000_000, daysLate: 4, surchargeFen: 720_000, totalFen: 6_720_000 });
    expect(amountDue(333, '2026-03-16', '2026-03-17').surchargeFen).toBe(999); // 9.99 元, exact in fen
  });

  it('never lets the surcharge exceed the fine', () => {
    expect(amountDue(2_000, '2026-03-17', '2026-04-19')).toMatchObject({ daysLate: 33, surchargeFen: 198_000 });
    expect(amountDue(2_000, '2026-03-17', '2026-04-20')).toMatchObject({ daysLate: 34, surchargeFen: 200_000, totalFen: 400_000 });
    expect(amountDue(2_000, '2026-03-17', '2027-03-17')).toMatchObject({ surchargeFen: 200_000, totalFen: 400_000 });
  });
});
