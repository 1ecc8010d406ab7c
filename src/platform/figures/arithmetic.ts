// The report states its arithmetic instead of approximating it: integers throughout, and one
// rounding rule (half up) written in each definition. 234 of 244 is 95.90%; 725 670 000 fen is
// 725.67 万元; 37 working days over 3 decisions is 12.3 working days.
import type { FigureUnit, Measure } from './types.js';

/** n / d rounded half up, for non-negative integers. */
function roundedDiv(n: number, d: number): number {
  return Math.floor((2 * n + d) / (2 * d));
}

function twoDecimals(hundredths: number): string {
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
}

/** A share in percent with two decimals, rounded half up; null when there is nothing to divide by. */
export function percentText(part: number, whole: number): string | null {
  if (!Number.isInteger(part) || !Number.isInteger(whole) || part < 0 || whole < 0) throw new RangeError(`not counts: ${part}/${whole}`);
  return whole === 0 ? null : twoDecimals(roundedDiv(part * 10_000, whole));
}

/** An average of working days (the days summed over the things), one decimal, rounded half up; null when there is nothing. */
export function averageText(sum: number, things: number): string | null {
  if (!Number.isInteger(sum) || !Number.isInteger(things) || sum < 0 || things < 0) throw new RangeError(`not counts: ${sum}/${things}`);
  if (things === 0) return null;
  const tenths = roundedDiv(sum * 10, things);
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}

/** Integer fen as 万元 with two decimals (hundreds of yuan), rounded half up. */
export function wanYuanText(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError(`not an amount in fen: ${fen}`);
  return twoDecimals(roundedDiv(fen, 10_000));
}

/** The figure as the report prints it ("—" for a rate of nothing). */
export function figureText(unit: FigureUnit, m: Measure): string {
  if ('part' in m) {
    // An average: of working days, or of scores (案卷评查的平均分).
    if (unit === 'workdays' || unit === 'points') return averageText(m.part, m.whole) ?? '—';
    if (unit !== 'percent') throw new TypeError(`a rate measured for a ${unit} figure`);
    return percentText(m.part, m.whole) ?? '—';
  }
  if ('fen' in m) {
    if (unit !== 'wanYuan') throw new TypeError(`money measured for a ${unit} figure`);
    return wanYuanText(m.fen);
  }
  if (unit === 'percent' || unit === 'wanYuan' || unit === 'workdays' || unit === 'points') throw new TypeError(`a count measured for a ${unit} figure`);
  return String(m.count);
}
