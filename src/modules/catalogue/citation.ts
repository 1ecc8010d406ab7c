import { LAWS } from './law/work-safety-law.js';
import type { FineRange, Law, LawCode, ProvisionRef } from './law/types.js';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–999 as written in Chinese statutes: 十, 十二, 二十, 一百零一, 一百一十四. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) throw new RangeError(`条款序号超出范围：${n}`);
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let out = hundreds ? `${DIGITS[hundreds]}百` : '';
  if (tens) out += hundreds || tens > 1 ? `${DIGITS[tens]}十` : '十';
  else if (hundreds && ones) out += '零';
  if (ones) out += DIGITS[ones];
  return out;
}

export function lawOf(code: LawCode): Law {
  const law = LAWS.find((l) => l.code === code);
  if (!law) throw new Error(`未收录的法律：${code}`);
  return law;
}

// Decision documents cite 第X条第X款第X项 without brackets; the paragraph is named only where the
// article has more than one, which is why refs carry it only then.
const tail = (ref: ProvisionRef) => (ref.paragraph ? `第${chineseNumeral(ref.paragraph)}款` : '') + (ref.item ? `第${chineseNumeral(ref.item)}项` : '');

/** 《中华人民共和国安全生产法》第九十七条第一项. */
export function cite(ref: ProvisionRef): string {
  return `《${lawOf(ref.lawCode).title}》第${chineseNumeral(ref.article)}条${tail(ref)}`;
}

/** Several provisions, with the law named once per run: 《…》第三十二条第一项、第三项. */
export function citeAll(refs: readonly ProvisionRef[]): string {
  const out: string[] = [];
  refs.forEach((ref, i) => {
    const prev = refs[i - 1];
    const sameArticle = prev && prev.lawCode === ref.lawCode && prev.article === ref.article && prev.paragraph === ref.paragraph && ref.item;
    const sameLaw = prev && prev.lawCode === ref.lawCode;
    if (sameArticle) out.push(`第${chineseNumeral(ref.item!)}项`);
    else if (sameLaw) out.push(`第${chineseNumeral(ref.article)}条${tail(ref)}`);
    else out.push(cite(ref));
  });
  return out.join('、');
}

/** 十万元以下 / 二万元以上五万元以下, in figures as decision documents print amounts. */
export function rangeText(r: FineRange): string {
  return r.min === 0 ? `${r.max}元以下` : `${r.min}元以上${r.max}元以下`;
}

export function sameProvision(a: ProvisionRef, b: ProvisionRef): boolean {
  return a.lawCode === b.lawCode && a.article === b.article && a.paragraph === b.paragraph && a.item === b.item;
}
