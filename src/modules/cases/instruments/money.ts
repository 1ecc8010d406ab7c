// Amounts as penalty instruments write them: figures in 元 with the capital form (大写) that
// guards a fine against alteration, e.g. 人民币60000元（大写：陆万元整）.

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const SMALL = ['', '拾', '佰', '仟'];
const GROUPS = ['', '万', '亿'];

/** 0 ≤ n < 10¹² whole yuan → 陆万柒仟贰佰元整; zeros inside are read once (壹拾万零伍元整). */
export function yuanInCapitals(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e12) throw new RangeError(`金额超出范围：${n}`);
  if (n === 0) return '零元整';
  let out = '';
  let zero = false;
  const groups: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 10_000)) groups.push(v % 10_000);
  for (let g = groups.length - 1; g >= 0; g--) {
    const group = groups[g];
    if (group === 0) {
      zero = out !== '';
      continue;
    }
    for (let i = 3; i >= 0; i--) {
      const d = Math.floor(group / 10 ** i) % 10;
      if (d === 0) {
        if (out !== '') zero = true;
        continue;
      }
      if (zero) out += '零';
      zero = false;
      out += DIGITS[d] + SMALL[i];
    }
    out += GROUPS[g];
    // A group's own trailing zeros are not read: 贰仟万叁仟, but 贰仟万零叁佰 (the next group's leading zero).
    zero = false;
  }
  return `${out}元整`;
}

/** 人民币60000元（大写：陆万元整）. */
export function yuanText(n: number): string {
  return `人民币${n}元（大写：${yuanInCapitals(n)}）`;
}

/** Stored fen as figures: 6720000 → 67200元, 12345 → 123.45元. */
export function fenText(fen: number): string {
  return `${fen % 100 === 0 ? fen / 100 : (fen / 100).toFixed(2)}元`;
}

/** Stored fen in capitals: 壹仟捌佰元整, 壹佰贰拾叁元零伍分, 肆角伍分 (a zero 角 before 分 is read). */
export function fenInCapitals(fen: number): string {
  if (!Number.isInteger(fen) || fen < 0) throw new RangeError(`金额超出范围：${fen}`);
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor((fen % 100) / 10);
  const cents = fen % 10;
  if (jiao === 0 && cents === 0) return yuanInCapitals(yuan);
  let out = yuan > 0 ? yuanInCapitals(yuan).replace(/整$/, '') : '';
  if (jiao) out += `${DIGITS[jiao]}角`;
  else if (yuan > 0) out += '零';
  return cents ? `${out}${DIGITS[cents]}分` : `${out}整`;
}

/** 人民币1800元（大写：壹仟捌佰元整） from stored fen, as yuanText writes whole yuan. */
export function fenAmountText(fen: number): string {
  return `人民币${fenText(fen)}（大写：${fenInCapitals(fen)}）`;
}
