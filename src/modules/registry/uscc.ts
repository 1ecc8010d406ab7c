import { isAuthorityRegion, isAuthorityRegionStart, USCC_AUTHORITIES } from './uscc-codes.js';

// 统一社会信用代码, GB 32100-2015 §4–5: 18 symbols from a 31-symbol set (no I O S V Z);
// position 18 is a mod-31 check over positions 1–17 with weights 3^(i-1) mod 31.
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check symbol for the first 17 symbols, or null if one of them is outside the set. */
export function usccCheckChar(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_CHARSET.indexOf(first17[i]);
    if (v < 0) return null;
    sum += v * WEIGHTS[i];
  }
  return USCC_CHARSET[(31 - (sum % 31)) % 31];
}

/**
 * Why a string is not a valid USCC, in Chinese and naming the position, or null when it is.
 * Lower-case letters are refused rather than folded: the code is printed in upper case on the
 * business licence, and a silent fold would hide a transcription error. Positions 1–8 are
 * checked before the check symbol, so a code whose check symbol was recomputed after a wrong
 * department, kind or region is still refused.
 */
export function usccProblem(value: string): string | null {
  if (value.length !== 18) return `统一社会信用代码应为 18 位，实际为 ${value.length} 位`;
  const early = usccStartProblem(value);
  if (early) return early;
  const expected = usccCheckChar(value.slice(0, 17));
  if (expected !== value[17]) return `统一社会信用代码第 18 位校验码应为「${expected}」，实际为「${value[17]}」，请核对前 17 位是否有误`;
  return null;
}

/**
 * The problems the symbols typed so far already have (the form checks while typing): a symbol
 * outside the set, a department and kind not in GB 32100-2015 表 A.1, a region no registering
 * authority has. Length and check symbol are left to `usccProblem`.
 */
export function usccStartProblem(typed: string): string | null {
  for (let i = 0; i < Math.min(typed.length, 18); i++) {
    if (!USCC_CHARSET.includes(typed[i])) {
      return `统一社会信用代码第 ${i + 1} 位「${typed[i]}」不是允许的字符（数字或除 I、O、S、V、Z 外的大写字母）`;
    }
  }
  const kind = typed.slice(0, 2);
  const authority = USCC_AUTHORITIES[kind[0]];
  if (kind && (!authority || (kind.length === 2 && !authority.kinds[kind[1]]))) {
    const allowed = authority
      ? `登记管理部门「${kind[0]}」（${authority.name}）的机构类别代码只有 ${Object.entries(authority.kinds)
          .map(([k, name]) => `${k} ${name}`)
          .join('、')}`
      : `登记管理部门代码只有 ${Object.keys(USCC_AUTHORITIES).join('、')}`;
    return `统一社会信用代码第 1–2 位（登记管理部门代码和机构类别代码）无效：「${kind}」，${allowed}（GB 32100-2015 表 A.1）`;
  }
  const region = typed.slice(2, 8);
  if (!/^\d*$/.test(region)) return `统一社会信用代码第 3–8 位应为登记管理机关行政区划码（6 位数字），实际为「${region}」`;
  if (region.length === 6 ? !isAuthorityRegion(region) : !isAuthorityRegionStart(region)) {
    return `统一社会信用代码第 3–8 位（登记管理机关行政区划码）不是有效的行政区划代码：「${region}」`;
  }
  return null;
}

/** Builds a USCC with the right check symbol from its first 17 symbols (generator and tests). */
export function withCheckChar(first17: string): string {
  const c = usccCheckChar(first17);
  if (c === null || first17.length !== 17) throw new Error(`not a USCC body: ${first17}`);
  return first17 + c;
}
