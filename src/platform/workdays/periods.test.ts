import fc from 'fast-check';
import { isProvisional } from './calendar.js';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.js';
import { workdaysBetween } from './calendar.js';
import { PERIODS, dueDate, latePaymentSurcharge, periodByCode } from './periods.js';

describe('period table', () => {
  it('codes are unique; every period cites an article and counts whole days', () => {
    expect(new Set(PERIODS.map((p) => p.code)).size).toBe(PERIODS.length);
    for (const p of PERIODS) {
      expect(p.article, p.code).toMatch(/\S/);
      expect(Number.isInteger(p.days) && p.days > 0, p.code).toBe(true);
      if (p.unit === 'workingDays') expect(p.rollsOnHoliday, p.code).toBe(false);
    }
  });
  it('行政处罚法 2/3/5/7-day periods are working days (第八十五条)', () => {
    for (const p of PERIODS.filter((x) => x.article.startsWith('行政处罚法') && [2, 3, 5, 7].includes(x.days))) {
      expect(p.unit, p.code).toBe('workingDays');
      expect(p.article, p.code).toContain('第八十五条');
    }
  });
  it('licensing periods are working days (行政许可法 第八十二条)', () => {
    for (const p of PERIODS.filter((x) => x.article.startsWith('行政许可法'))) {
      expect(p.unit, p.code).toBe('workingDays');
      expect(p.article, p.code).toContain('第八十二条');
    }
  });
  it('the statement-and-defence period is flagged for confirmation', () => {
    expect(periodByCode('ws-statement-and-defence').confirm).toBe(true);
    expect(() => periodByCode('nope' as never)).toThrow(ValidationError);
  });
});

describe('dueDate', () => {
  it('decision within 90 calendar days of filing, not rolled', () => {
    expect(dueDate(periodByCode('apl-60-decision'), '2026-01-01')).toBe('2026-04-01');
    expect(dueDate(periodByCode('apl-60-decision'), '2026-07-09')).toBe('2026-10-07');
  });
  it('hearing request: 5 working days across 春节', () => {
    expect(dueDate(periodByCode('apl-64-hearing-request'), '2026-02-13')).toBe('2026-02-27');
  });
  it('hearing notice: latest day 7 working days before the hearing', () => {
    expect(dueDate(periodByCode('apl-64-hearing-notice'), '2026-03-02')).toBe('2026-02-13');
  });
  it('payment: 15 calendar days, a last day in 春节 rolls to 2026-02-24', () => {
    expect(dueDate(periodByCode('apl-67-payment'), '2026-02-05')).toBe('2026-02-24');
    expect(dueDate(periodByCode('apl-67-payment'), '2026-03-02')).toBe('2026-03-17');
  });
  it('disclosure: 7 working days from a decision on 2026-02-13 and on 2026-09-30', () => {
    expect(dueDate(periodByCode('gbf-2018-118-disclosure'), '2026-02-13')).toBe('2026-03-02');
    expect(dueDate(periodByCode('gbf-2018-118-disclosure'), '2026-09-30')).toBe('2026-10-15');
  });
  it('licence decision: 20 working days across 中秋 and 国庆 (incl. the 调休 Saturday 10-10)', () => {
    const due = dueDate(periodByCode('alp-42-decision'), '2026-09-21');
    expect(due).toBe('2026-10-26');
    expect(workdaysBetween('2026-09-21', due)).toBe(20);
  });
  it('counts weekends only into unpublished 2027 (a provisional due date)', () => {
    // 12 working days left in December 2026, then 8 weekdays of January 2027 (元旦 unknown yet).
    expect(dueDate(periodByCode('gf-2019-5-result-disclosure'), '2026-12-15')).toBe('2027-01-12');
    expect(isProvisional('2027-01-12')).toBe(true);
  });
});

describe('latePaymentSurcharge (行政处罚法 第七十二条)', () => {
  it('3% a day, capped at the fine', () => {
    expect(latePaymentSurcharge(10_000, 0)).toBe(0);
    expect(latePaymentSurcharge(10_000, 10)).toBe(3_000);
    expect(latePaymentSurcharge(10_000, 33)).toBe(9_900);
    expect(latePaymentSurcharge(10_000, 34)).toBe(10_000);
    expect(latePaymentSurcharge(10_000, 1_000)).toBe(10_000);
    expect(latePaymentSurcharge(50, 1)).toBe(2); // 1.5 rounds half up
    expect(latePaymentSurcharge(0, 5)).toBe(0);
  });
  it('refuses negative or fractional inputs', () => {
    expect(() => latePaymentSurcharge(-1, 1)).toThrow(ValidationError);
    expect(() => latePaymentSurcharge(100, -1)).toThrow(/逾期天数/);
    expect(() => latePaymentSurcharge(100.5, 1)).toThrow(/罚款金额/);
  });
  it('never exceeds the fine and never falls as days grow', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e10 }), fc.integer({ min: 0, max: 2_000 }), (fine, days) => {
        const s = latePaymentSurcharge(fine, days);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(fine);
        expect(latePaymentSurcharge(fine, days + 1)).toBeGreaterThanOrEqual(s);
      }),
    );
  });
});
