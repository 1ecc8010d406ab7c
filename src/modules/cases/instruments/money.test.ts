import { describe, expect, it } from 'vitest';
import { fenText, yuanInCapitals, yuanText } from './money.js';

describe('amounts in capitals (大写)', () => {
  it.each([
    [0, '零元整'],
    [8, '捌元整'],
    [10, '壹拾元整'],
    [1_010, '壹仟零壹拾元整'],
    [60_000, '陆万元整'],
    [67_200, '陆万柒仟贰佰元整'],
    [100_005, '壹拾万零伍元整'],
    [1_000_000, '壹佰万元整'],
    [20_003_000, '贰仟万叁仟元整'],
    [20_000_300, '贰仟万零叁佰元整'],
    [100_000_000, '壹亿元整'],
    [105_000_060, '壹亿零伍佰万零陆拾元整'],
  ])('%i → %s', (n, text) => expect(yuanInCapitals(n)).toBe(text));

  it('refuses fractions, negatives and amounts past the range', () => {
    for (const n of [1.5, -1, 1e12]) expect(() => yuanInCapitals(n)).toThrow(RangeError);
  });

  it('writes figures with the capitals, and fen as yuan', () => {
    expect(yuanText(60_000)).toBe('人民币60000元（大写：陆万元整）');
    expect([fenText(6_720_000), fenText(12_345), fenText(5)]).toEqual(['67200元', '123.45元', '0.05元']);
  });
});
