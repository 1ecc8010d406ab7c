import { describe, expect, it } from 'vitest';
import { isWorkday, workdaysBetween } from '../../platform/workdays/calendar.js';
import { CREDIT_LABELS, CRITERION_CODES, DECISION_OUTCOMES, LISTING_STATES, LISTING_STEPS, type ListingState, type ListingStep } from './codes.js';
import {
  CRITERIA,
  criterionBasis,
  criterionOf,
  type ListingFacts,
  LISTING_TERM,
  PENDING,
  servedOnProblem,
  STATEMENT_PERIOD,
  STEP_TABLE,
  stateAfter,
  statementDueOn,
  stepProblem,
  termEndsOn,
} from './rules.js';

describe('the criteria (列入情形)', () => {
  it('has one row per code, each with a label, an article and item, and the 待核 mark where unconfirmed', () => {
    expect(CRITERIA.map((c) => c.code)).toEqual([...CRITERION_CODES]);
    for (const c of CRITERIA) {
      expect(c.label.length).toBeGreaterThan(5);
      expect(c.article).toMatch(/^第[一二三四五六七八九十]+条$/);
      expect(c.item).toBeGreaterThan(0);
      expect(criterionBasis(c.code)).toMatch(/应急管理部令第11号/);
      expect(criterionBasis(c.code).endsWith(PENDING)).toBe(c.pending);
    }
    expect(criterionBasis('majorAccident')).toBe(`《安全生产严重失信主体名单管理办法》（应急管理部令第11号）第六条第一项${PENDING}`);
    // Items run 1, 2, … within each article, without gaps.
    for (const article of new Set(CRITERIA.map((c) => c.article)))
      expect(CRITERIA.filter((c) => c.article === article).map((c) => c.item)).toEqual(CRITERIA.filter((c) => c.article === article).map((_, i) => i + 1));
    expect(() => criterionOf('nothing' as never)).toThrow(RangeError);
  });

  it('labels every state, step and outcome in Chinese', () => {
    for (const s of LISTING_STATES) expect(CREDIT_LABELS.state[s]).toMatch(/[\u4e00-\u9fff]/);
    for (const s of LISTING_STEPS) expect(CREDIT_LABELS.step[s]).toMatch(/[\u4e00-\u9fff]/);
    for (const o of DECISION_OUTCOMES) expect(CREDIT_LABELS.outcome[o]).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('periods', () => {
  it('gives the party 5 working days from the day after service, flagged 待核', () => {
    expect(STATEMENT_PERIOD.basis).toMatch(/待核/);
    // Friday 2026-03-06 → the next Friday.
    expect(statementDueOn('2026-03-06')).toBe('2026-03-13');
    // Served on 2026-09-30: the National Day holiday is not counted.
    const due = statementDueOn('2026-09-30');
    expect(isWorkday(due)).toBe(true);
    expect(workdaysBetween('2026-09-30', due)).toBe(5);
    expect(due > '2026-10-07').toBe(true);
  });

  it('ends the term the day before the third anniversary of the listing', () => {
    expect(LISTING_TERM.years).toBe(3);
    expect(termEndsOn('2026-03-02')).toBe('2029-03-01');
    expect(termEndsOn('2026-01-01')).toBe('2028-12-31');
    // Listed on 29 February: the anniversary falls on 1 March of a common year, the last day on 28 February.
    expect(termEndsOn('2028-02-29')).toBe('2031-02-28');
    expect(termEndsOn('2027-02-28', 1)).toBe('2028-02-27');
  });

  it('accepts a served date from the earliest day through today only', () => {
    expect(servedOnProblem('2026-03-02', '2026-03-01', '2026-03-05')).toBeNull();
    expect(servedOnProblem('2026-03-05', '2026-03-05', '2026-03-05')).toBeNull();
    expect(servedOnProblem('2026-03-06', '2026-03-01', '2026-03-05')).toMatch(/不能晚于今天/);
    expect(servedOnProblem('2026-02-28', '2026-03-01', '2026-03-05')).toMatch(/不能早于 2026-03-01/);
  });
});

describe('the state machine', () => {
  const base: ListingFacts = {
    state: 'proposed',
    noticeServedOn: '2026-03-02',
    statementDueOn: '2026-03-09',
    statementOn: null,
    decisionServedOn: null,
    termEndsOn: '2029-03-01',
  };

  it('allows each step from its states only, for every state × step', () => {
    for (const state of LISTING_STATES)
      for (const step of LISTING_STEPS) {
        // Every other condition met: a statement made, nothing served, the term over.
        const facts = { ...base, state, statementOn: step === 'statement' ? null : '2026-03-03' };
        const problem = stepProblem(step, facts, '2029-03-02');
        expect(problem === null, `${step} from ${state}`).toBe(STEP_TABLE[step].from.includes(state));
      }
  });

  it('leads where the table says, and nothing leads back to proposed', () => {
    const to: Record<ListingStep, ListingState> = {
      notice: 'noticed',
      statement: 'noticed',
      list: 'listed',
      withdraw: 'withdrawn',
      serve: 'listed',
      remove: 'removed',
    };
    for (const step of LISTING_STEPS) expect(stateAfter(step)).toBe(to[step]);
    // Withdrawn and removed are ends: no step starts there.
    for (const end of ['withdrawn', 'removed'] as const) expect(LISTING_STEPS.filter((s) => STEP_TABLE[s].from.includes(end))).toEqual([]);
  });

  it('decides only after the statement or once the period is over', () => {
    const noticed = { ...base, state: 'noticed' as const };
    for (const step of ['list', 'withdraw'] as const) {
      expect(stepProblem(step, noticed, '2026-03-09')).toMatch(/陈述申辩期限至 2026-03-09 届满/);
      expect(stepProblem(step, noticed, '2026-03-10')).toBeNull();
      expect(stepProblem(step, { ...noticed, statementOn: '2026-03-04' }, '2026-03-04')).toBeNull();
    }
  });

  it('records one statement and one service of the decision', () => {
    expect(stepProblem('statement', { ...base, state: 'noticed' }, '2026-03-03')).toBeNull();
    expect(stepProblem('statement', { ...base, state: 'noticed', statementOn: '2026-03-03' }, '2026-03-04')).toMatch(/已登记过陈述申辩/);
    expect(stepProblem('serve', { ...base, state: 'listed' }, '2026-03-20')).toBeNull();
    expect(stepProblem('serve', { ...base, state: 'listed', decisionServedOn: '2026-03-20' }, '2026-03-21')).toMatch(/已登记过/);
  });

  it('removes only after the last day of the term', () => {
    const listed = { ...base, state: 'listed' as const };
    expect(stepProblem('remove', listed, '2029-03-01')).toMatch(/未到移出之日/);
    expect(stepProblem('remove', listed, '2029-03-02')).toBeNull();
    expect(stepProblem('remove', { ...listed, termEndsOn: null }, '2099-01-01')).toMatch(/未到移出之日/);
  });

  it('names the state a refused step needed', () => {
    expect(stepProblem('notice', { ...base, state: 'listed' }, '2026-03-02')).toMatch(/须为拟列入/);
    expect(stepProblem('serve', base, '2026-03-02')).toMatch(/须为已列入/);
  });
});
