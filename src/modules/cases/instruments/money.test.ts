import { describe, expect, it } from 'vitest';
import { fenAmountText, fenInCapitals, fenText, yuanInCapitals, yuanText } from './money.js';

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

  it.each([
    [0, '零元整'],
    [180_000, '壹仟捌佰元整'],
    [12_340, '壹佰贰拾叁元肆角整'],
    [12_305, '壹佰贰拾叁元零伍分'],
    [12_345, '壹佰贰拾叁元肆角伍分'],
    [45, '肆角伍分'],
    [5, '伍分'],
    [40, '肆角整'],
  ])('%i fen → %s', (fen, text) => expect(fenInCapitals(fen)).toBe(text));

  it('writes fen amounts with figures and capitals, and refuses fractions of a fen', () => {
    expect(fenAmountText(720_000)).toBe('人民币7200元（大写：柒仟贰佰元整）');
    expect(fenAmountText(12_305)).toBe('人民币123.05元（大写：壹佰贰拾叁元零伍分）');
    for (const n of [0.5, -1]) expect(() => fenInCapitals(n)).toThrow(RangeError);
  });
});
