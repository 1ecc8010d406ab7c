import { describe, expect, it } from 'vitest';
import { TRANSFER_STATES, type TransferState } from './codes.js';
import { actProblem, afterSupervision, dueOn, fineCredit, runningPeriod, TRANSFER_ACTS, TRANSFER_PERIODS, type TransferAct } from './rules.js';

const nobody = { policeDecisionRecordedBy: null, supervisionResultRecordedBy: null };
const dates = { approvedOn: '2026-03-02', receivedOn: null, policeDecidedOn: null, noticeReceivedOn: null, supervisionRequestedOn: null };

describe('the acts on a transfer', () => {
  // Every act × every state: allowed exactly in the states the table names.
  const cases = (Object.keys(TRANSFER_ACTS) as TransferAct[]).flatMap((act) => TRANSFER_STATES.map((state) => [act, state] as const));
  it.each(cases)('%s in %s', (act, state) => {
    const p = actProblem(act, { state, supervisionResult: null }, 'u1', nobody);
    expect(p === null).toBe((TRANSFER_ACTS[act].from as readonly TransferState[]).includes(state));
    if (p) expect(p).toMatchObject({ field: 'state', problem: expect.stringContaining(TRANSFER_ACTS[act].name) });
  });

  it('asks the procuratorate once: after its answer the refusal stands and the authority acts itself', () => {
    expect(actProblem('requestSupervision', { state: 'refused', supervisionResult: 'upheld' }, 'u1', nobody)).toMatchObject({
      field: 'state',
      article: expect.stringContaining('第十条'),
    });
    expect(afterSupervision('upheld')).toBe('refused');
    expect(afterSupervision('filingNotified')).toBe('filed');
  });

  it('separates duties: whoever recorded the refusal or the procuratorate answer does not approve what rests on it', () => {
    expect(actProblem('returnCase', { state: 'refused', supervisionResult: null }, 'u1', { ...nobody, policeDecisionRecordedBy: 'u1' })).toMatchObject({
      field: 'actor',
    });
    expect(
      actProblem('returnCase', { state: 'refused', supervisionResult: 'upheld' }, 'u2', { policeDecisionRecordedBy: 'u1', supervisionResultRecordedBy: 'u2' }),
    ).toMatchObject({ field: 'actor' });
    expect(actProblem('requestSupervision', { state: 'refused', supervisionResult: null }, 'u1', { ...nobody, policeDecisionRecordedBy: 'u1' })).toMatchObject({
      field: 'actor',
    });
    expect(
      actProblem('returnCase', { state: 'refused', supervisionResult: null }, 'u3', { policeDecisionRecordedBy: 'u1', supervisionResultRecordedBy: 'u2' }),
    ).toBeNull();
  });
});

describe('the periods', () => {
  it('carries each period with its article, the 办法 第七条 ones confirmed and the others marked 待核', () => {
    for (const p of TRANSFER_PERIODS) {
      expect(p.article).toMatch(/第.+条/);
      expect(p.confirmed).toBe(!p.article.includes('待核'));
    }
    expect(TRANSFER_PERIODS.find((p) => p.code === 'ct-approval')).toMatchObject({ days: 3, article: expect.stringContaining('衔接工作办法 第七条') });
  });

  it('counts calendar days from the day after the start', () => {
    expect(dueOn('ct-police-filing', '2026-03-02')).toBe('2026-03-05');
    expect(dueOn('ct-send', '2026-03-02')).toBe('2026-03-03');
  });

  it('names the period running in each state, overdue the day after it ends', () => {
    expect(runningPeriod({ ...dates, state: 'awaitingReceipt' }, '2026-03-03')).toMatchObject({ code: 'ct-send', dueOn: '2026-03-03', overdue: false });
    expect(runningPeriod({ ...dates, state: 'received', receivedOn: '2026-03-03' }, '2026-03-07')).toMatchObject({
      code: 'ct-police-filing',
      dueOn: '2026-03-06',
      overdue: true,
    });
    const refused = { ...dates, state: 'refused' as const, receivedOn: '2026-03-03', policeDecidedOn: '2026-03-05', noticeReceivedOn: '2026-03-06' };
    expect(runningPeriod(refused, '2026-03-06')).toMatchObject({ code: 'ct-challenge', dueOn: '2026-03-09' });
    expect(runningPeriod({ ...refused, supervisionRequestedOn: '2026-03-08' }, '2026-03-09')).toBeNull();
    expect(runningPeriod({ ...refused, state: 'filed' }, '2026-03-06')).toMatchObject({ code: 'ct-handover', dueOn: '2026-03-09' });
    for (const state of ['supervising', 'returned', 'concluded'] as const) expect(runningPeriod({ ...dates, state }, '2026-03-06')).toBeNull();
  });
});

describe('a fine already paid (行政处罚法 第三十五条第二款)', () => {
  it('is set against a criminal fine, up to the fine', () => {
    expect(fineCredit(30_000, 20_000)).toMatchObject({ deductedYuan: 20_000, noFurtherFine: true });
    expect(fineCredit(10_000, 20_000)).toMatchObject({ deductedYuan: 10_000, noFurtherFine: true });
  });
  it('leaves no administrative fine once the court fined', () => {
    expect(fineCredit(0, 5_000)).toMatchObject({ deductedYuan: 0, noFurtherFine: true, text: expect.stringContaining('不再给予罚款') });
  });
  it('is taken off a later administrative decision when no criminal fine was imposed', () => {
    expect(fineCredit(8_000, 0)).toMatchObject({ deductedYuan: 8_000, noFurtherFine: false });
    expect(fineCredit(0, 0)).toMatchObject({ deductedYuan: 0, noFurtherFine: false });
  });
});
