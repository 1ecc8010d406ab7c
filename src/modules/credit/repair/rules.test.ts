import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../platform/dates.js';
import { addWorkdays } from '../../../platform/workdays/calendar.js';
import { LISTING_STATES, REPAIR_CONDITION_CODES, REPAIR_STATES, REPAIR_STEPS, type RepairClaim } from '../codes.js';
import {
  applyProblem,
  claimsProblem,
  conditionBasis,
  OBJECTION_PERIOD,
  objectionDueOn,
  objectionProblem,
  objectionStateAfter,
  REPAIR_CONDITIONS,
  REPAIR_DECISION_PERIOD,
  REPAIR_STEP_TABLE,
  repairDueOn,
  repairEligibleFrom,
  repairStepProblem,
} from './rules.js';

const complete = (): RepairClaim[] => REPAIR_CONDITION_CODES.map((code) => ({ code, met: true, evidence: `${code} 的证明材料` }));
const listed = (listedOn: string, termEndsOn = addDays(listedOn, 3 * 365)) => ({ state: 'listed' as const, listedOn, termEndsOn });

describe('12 months on the list before early removal', () => {
  it('opens on the same date a year later', () => {
    expect(repairEligibleFrom('2025-03-03')).toBe('2026-03-03');
    expect(repairEligibleFrom('2025-12-31')).toBe('2026-12-31');
    expect(repairEligibleFrom('2025-01-01')).toBe('2026-01-01');
    // A 29 February listing completes its 12 months on 28 February.
    expect(repairEligibleFrom('2024-02-29')).toBe('2025-03-01');
    expect(() => repairEligibleFrom('2025-01-01', 18)).toThrow(RangeError);
  });

  it('refuses the day before and allows the day itself, for every day of two years', () => {
    for (let i = 0; i < 731; i++) {
      const on = addDays('2024-01-01', i);
      const from = repairEligibleFrom(on);
      expect(applyProblem(listed(on), addDays(from, -1), false)?.problem, on).toContain('未满12个月');
      expect(applyProblem(listed(on), addDays(from, -1), false)?.basis, on).toContain('待核');
      expect(applyProblem(listed(on), from, false), on).toBeNull();
      // Never earlier than 365 days, never later than 366.
      const days = (Date.parse(from) - Date.parse(on)) / 86_400_000;
      expect([365, 366], on).toContain(days);
    }
  });

  it('takes only a listing in force, within its term, with no application open', () => {
    for (const state of LISTING_STATES) {
      const p = applyProblem({ ...listed('2025-01-02'), state }, '2026-02-01', false);
      if (state === 'listed') expect(p).toBeNull();
      else expect(p).toMatchObject({ field: 'listingId', problem: '只有在列的严重失信主体可以申请提前移出' });
    }
    expect(applyProblem({ state: 'listed', listedOn: null, termEndsOn: null }, '2026-02-01', false)?.field).toBe('listingId');
    expect(applyProblem(listed('2025-01-02', '2026-01-31'), '2026-02-01', false)?.problem).toContain('已于 2026-01-31 届满');
    expect(applyProblem(listed('2025-01-02'), '2026-02-01', true)).toMatchObject({ conflict: true, field: 'listingId' });
  });
});

describe('the conditions', () => {
  it('are data with their article, each marked 待核 until confirmed', () => {
    expect(REPAIR_CONDITIONS.map((c) => c.code)).toEqual([...REPAIR_CONDITION_CODES]);
    for (const c of REPAIR_CONDITIONS) {
      expect(c.label.length).toBeGreaterThan(4);
      expect(conditionBasis(c)).toContain(c.article);
      expect(conditionBasis(c).endsWith('（条号待核）')).toBe(c.pending);
    }
    expect(conditionBasis(REPAIR_CONDITIONS[0])).toBe('《安全生产严重失信主体名单管理办法》（应急管理部令第11号）第十五条第一项（条号待核）');
  });

  it('are complete when every one is answered once and every required one is met with evidence', () => {
    expect(claimsProblem(complete())).toBeNull();
    // The optional one may be unmet, with or without a word.
    expect(claimsProblem(complete().map((c) => (c.code === 'training' ? { ...c, met: false, evidence: '' } : c)))).toBeNull();
  });

  it('refuses, naming the field, for every condition missing, unmet or met without evidence', () => {
    REPAIR_CONDITIONS.forEach((cond) => {
      const i = REPAIR_CONDITION_CODES.indexOf(cond.code);
      const missing = complete().filter((c) => c.code !== cond.code);
      expect(claimsProblem(missing)).toEqual({ problem: `请填写条件“${cond.label}”`, field: 'claims' });
      const unmet = complete().map((c) => (c.code === cond.code ? { ...c, met: false } : c));
      if (cond.required)
        expect(claimsProblem(unmet)).toEqual({ problem: `不符合提前移出条件：${cond.label}（${conditionBasis(cond)}）`, field: `claims.${i}.met` });
      else expect(claimsProblem(unmet)).toBeNull();
      const bare = complete().map((c) => (c.code === cond.code ? { ...c, evidence: ' ' } : c));
      expect(claimsProblem(bare)?.field).toBe(`claims.${i}.evidence`);
    });
    expect(claimsProblem([...complete(), complete()[1]])).toMatchObject({ field: `claims.${REPAIR_CONDITION_CODES.length}.code` });
    expect(claimsProblem([{ code: 'bribe' as never, met: true, evidence: '——' }])).toMatchObject({ field: 'claims.0.code' });
  });

  it('are complete exactly when every required one is met with evidence: any subset, any evidence', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.constantFrom('', ' ', '收据', '罚款缴纳凭证 2026-001')), { minLength: 5, maxLength: 5 }), (answers) => {
        const claims = REPAIR_CONDITION_CODES.map((code, i) => ({ code, met: answers[i][0], evidence: answers[i][1] }));
        const ok = REPAIR_CONDITIONS.every((c, i) => (c.required ? claims[i].met : true)) && claims.every((c) => !c.met || c.evidence.trim().length >= 2);
        expect(claimsProblem(claims) === null).toBe(ok);
      }),
    );
  });
});

describe('an application, step by step', () => {
  it('takes each step only from its state: every state × every step', () => {
    for (const state of REPAIR_STATES) {
      for (const step of REPAIR_STEPS) {
        const ok = REPAIR_STEP_TABLE[step].from.includes(state);
        expect(repairStepProblem(step, state) === null, `${state} × ${step}`).toBe(ok);
      }
    }
    expect(REPAIR_STEP_TABLE.approve.to).toBe('approved');
    expect(REPAIR_STEP_TABLE.revoke).toEqual({ from: ['approved'], to: 'revoked' });
    expect(repairStepProblem('approve', 'applied')).toBe('当前状态（已申请（待审查））不能决定准予提前移出（须先经审查）');
  });

  it('is decided within its period in working days (待核)', () => {
    expect(REPAIR_DECISION_PERIOD.basis).toContain('待核');
    expect(repairDueOn('2026-03-03')).toBe(addWorkdays('2026-03-03', 20));
    // Over a holiday the period runs longer than four calendar weeks.
    expect(repairDueOn('2026-09-25') > addDays('2026-09-25', 28)).toBe(true);
  });
});

describe('objections', () => {
  it('are taken only while the listing is published, one at a time', () => {
    for (const state of LISTING_STATES) expect(objectionProblem(state, false) === null, state).toBe(state === 'listed');
    expect(objectionProblem('listed', true)).toMatchObject({ conflict: true });
  });

  it('are answered within their period and end corrected or upheld', () => {
    expect(OBJECTION_PERIOD.basis).toContain('待核');
    expect(objectionDueOn('2026-03-03')).toBe(addWorkdays('2026-03-03', OBJECTION_PERIOD.workdays));
    expect(objectionStateAfter('correct')).toBe('corrected');
    expect(objectionStateAfter('uphold')).toBe('upheld');
  });
});
