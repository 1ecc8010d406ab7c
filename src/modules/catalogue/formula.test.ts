import { describe, expect, it } from 'vitest';
import { VIOLATION_TYPES } from './law/work-safety-law.js';
import { formulaRange } from './formula.js';

const byCode = (code: string) => VIOLATION_TYPES.find((v) => v.code === code)!;

describe('statutory formulas', () => {
  it('第一百一十四条: range by accident grade, ×2 to ×5 when especially serious', () => {
    const v = byCode('WSL-114');
    expect(formulaRange(v, { accidentGrade: 'general' })).toEqual({ range: { min: 300_000, max: 1_000_000 } });
    expect(formulaRange(v, { accidentGrade: 'especiallyMajor' })).toEqual({ range: { min: 10_000_000, max: 20_000_000 } });
    expect(formulaRange(v, { accidentGrade: 'major', especiallySerious: true })).toEqual({ range: { min: 4_000_000, max: 50_000_000 } });
    expect(formulaRange(v, {})).toMatchObject({ problem: expect.stringMatching(/第一百一十四条第一款.*事故等级/) });
  });
  it('第九十五条: a fixed share of last year’s income per accident grade', () => {
    const v = byCode('WSL-95');
    expect(formulaRange(v, { accidentGrade: 'larger', lastYearIncome: 200_000 })).toEqual({ range: { min: 120_000, max: 120_000 } });
    expect(formulaRange(v, { accidentGrade: 'especiallyMajor', lastYearIncome: 123_457 })).toEqual({ range: { min: 123_457, max: 123_457 } });
    expect(formulaRange(v, { lastYearIncome: 200_000 })).toHaveProperty('problem');
  });
  it('第一百一十条 and 第九十六条: a share range of income, rounded inward to whole yuan', () => {
    expect(formulaRange(byCode('WSL-110-1'), { lastYearIncome: 100_001 })).toEqual({ range: { min: 60_001, max: 100_001 } });
    expect(formulaRange(byCode('WSL-96-accident'), { lastYearIncome: 99_999 })).toEqual({ range: { min: 20_000, max: 49_999 } });
    expect(formulaRange(byCode('WSL-110-2'), { lastYearIncome: -1 })).toHaveProperty('problem');
    expect(formulaRange(byCode('WSL-110-2'), { lastYearIncome: 1.5 })).toHaveProperty('problem');
  });
  it('第一百零三条: gains of 100,000 or more → 2× to 5×, otherwise 100,000–200,000', () => {
    const v = byCode('WSL-103-1');
    expect(formulaRange(v, { illegalGains: 100_000 })).toEqual({ range: { min: 200_000, max: 500_000 } });
    expect(formulaRange(v, { illegalGains: 99_999 })).toEqual({ range: { min: 100_000, max: 200_000 } });
    expect(formulaRange(v, { illegalGains: 0 })).toEqual({ range: { min: 100_000, max: 200_000 } });
    expect(formulaRange(v, {})).toHaveProperty('problem');
  });
  it('第一百一十二条: the original amount for each day of refusal', () => {
    const v = byCode('WSL-112');
    expect(formulaRange(v, { originalAmount: 5_000, days: 3 })).toEqual({ range: { min: 15_000, max: 15_000 } });
    expect(formulaRange(v, { originalAmount: 5_000, days: 0 })).toHaveProperty('problem');
  });
  it('has nothing to compute for a plain range', () => {
    expect(formulaRange(byCode('WSL-97-1'), {})).toHaveProperty('problem');
  });
});
