import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { averageText, figureText, percentText, wanYuanText } from './arithmetic.js';

describe('the report’s arithmetic', () => {
  it('states rates with two decimals, rounded half up', () => {
    expect(percentText(234, 244)).toBe('95.90');
    expect(percentText(1, 3)).toBe('33.33');
    expect(percentText(2, 3)).toBe('66.67');
    expect(percentText(1, 8)).toBe('12.50');
    // 1/16 = 6.25 exactly; 1/1600 = 0.0625% → 0.06; 1/800 = 0.125% → 0.13 (half up)
    expect(percentText(1, 1600)).toBe('0.06');
    expect(percentText(1, 800)).toBe('0.13');
    expect(percentText(0, 5)).toBe('0.00');
    expect(percentText(5, 5)).toBe('100.00');
    expect(percentText(0, 0)).toBeNull();
  });

  it('agrees with exact rational rounding for any counts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), (whole, p) => {
        const part = p % (whole + 1);
        const text = percentText(part, whole)!;
        const hundredths = Math.round(Number(text) * 100);
        // |part/whole·10000 − hundredths| ≤ ½, and a tie goes up.
        const twice = 2 * part * 10_000 - 2 * hundredths * whole;
        expect(twice).toBeLessThan(whole + 1);
        expect(twice).toBeGreaterThanOrEqual(-whole);
      }),
    );
  });

  it('states money in 万元 with two decimals from integer fen', () => {
    expect(wanYuanText(725_670_000)).toBe('725.67');
    expect(wanYuanText(0)).toBe('0.00');
    expect(wanYuanText(4_999)).toBe('0.00');
    expect(wanYuanText(5_000)).toBe('0.01'); // 50 元 is half of 0.01 万元: up
    expect(wanYuanText(10_000_000)).toBe('10.00');
    expect(() => wanYuanText(1.5)).toThrow(RangeError);
  });

  it('states an average of working days with one decimal, rounded half up', () => {
    expect(averageText(37, 3)).toBe('12.3');
    expect(averageText(5, 2)).toBe('2.5');
    expect(averageText(1, 20)).toBe('0.1'); // 0.05: half up
    expect(averageText(1, 21)).toBe('0.0');
    expect(averageText(40, 2)).toBe('20.0');
    expect(averageText(0, 0)).toBeNull();
    expect(() => averageText(-1, 2)).toThrow(RangeError);
  });

  it('prints each measure in its unit and refuses a measure of the wrong kind', () => {
    expect(figureText('times', { count: 295 })).toBe('295');
    expect(figureText('wanYuan', { fen: 725_670_000 })).toBe('725.67');
    expect(figureText('percent', { part: 0, whole: 0 })).toBe('—');
    expect(figureText('workdays', { part: 37, whole: 3 })).toBe('12.3');
    expect(figureText('workdays', { part: 0, whole: 0 })).toBe('—');
    expect(() => figureText('workdays', { count: 3 })).toThrow(TypeError);
    expect(() => figureText('percent', { count: 3 })).toThrow(TypeError);
    expect(() => figureText('times', { fen: 3 })).toThrow(TypeError);
    expect(() => figureText('times', { part: 1, whole: 2 })).toThrow(TypeError);
  });
});
