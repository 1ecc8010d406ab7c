// Redaction of personal data before a record reaches the public disclosure portal.
// 《政府信息公开条例》第十五条: information on personal privacy is not disclosed unless the person
// consents or the public interest requires it. 国办发〔2018〕118号 (三项制度) asks for penalty and
// licence decisions to be disclosed while protecting personal information; the common practice
// for 行政处罚决定书 (and 最高法 rules for published judgments) is to hide a natural person's ID
// number, home address and telephone, and to show the person by surname. Officers' names and
// credential numbers, the enterprise's name and its USCC are public by law and stay (keepNames).
import { usccProblem } from '../registry/uscc.js';

export type RedactionKind = 'idNumber' | 'phone' | 'personName' | 'homeAddress';

/** A redacted span; start and end are offsets in the INPUT text (end exclusive). */
export interface RedactionHit {
  kind: RedactionKind;
  start: number;
  end: number;
}

export interface RedactionContext {
  /** Names of natural persons in the record (party, legal representative of an individual business, witnesses). */
  knownPersons?: string[];
  /** Text that must stay as written: enterprise name, USCC, officers' names and credential numbers. */
  keepNames?: string[];
}

const MASK = '*';
const stars = (n: number) => MASK.repeat(Math.max(0, n));

// --- 居民身份证号码, GB 11643-1999 -------------------------------------------------------------
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11643-1999 check character for the first 17 digits: (12 − Σ mod 11) mod 11, 10 → "X". */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i];
  const c = (12 - (sum % 11)) % 11;
  return c === 10 ? 'X' : String(c);
}

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return d <= days;
}

/**
 * An 18-character resident ID number: province digit 1–8, a real birth date 1900–2099 at
 * positions 7–14 and a matching check character. The date and province tests keep USCCs
 * (which start with 9 for enterprises) and other long numbers from being taken for IDs.
 */
export function isIdNumber18(s: string): boolean {
  if (!/^[1-8]\d{16}[\dXx]$/.test(s)) return false;
  const y = Number(s.slice(6, 10));
  if (y < 1900 || y > 2099 || !validDate(y, Number(s.slice(10, 12)), Number(s.slice(12, 14)))) return false;
  return idCheckChar(s) === s[17].toUpperCase();
}

/** A 15-digit first-generation ID (GB 11643-1989): birth date 19YYMMDD at positions 7–12, no check. */
export function isIdNumber15(s: string): boolean {
  if (!/^[1-8]\d{14}$/.test(s)) return false;
  return validDate(1900 + Number(s.slice(6, 8)), Number(s.slice(8, 10)), Number(s.slice(10, 12)));
}

/** Rule: keep the first 3 and the last 2 characters, every other character becomes "*" (length kept). */
export function maskIdNumber(s: string): string {
  return s.length <= 5 ? stars(s.length) : s.slice(0, 3) + stars(s.length - 5) + s.slice(-2);
}

// --- Telephone ---------------------------------------------------------------------------
/** Rule: keep the first 3 and last 4 digits (mobile) or the area code and last 4 digits (landline); separators kept. */
export function maskPhone(s: string): string {
  const area = /^(\(0\d{2,3}\)|0\d{2,3}-?)(.*)$/.exec(s);
  if (area) return area[1] + maskDigits(area[2], 0, 4);
  // A declared phone too short to be a mobile number keeps only its last 4 digits.
  return maskDigits(s, (s.match(/[\d*]/g) ?? []).length >= 11 ? 3 : 0, 4);
}

function maskDigits(s: string, keepFirst: number, keepLast: number): string {
  // Positions count stars too, so masking a masked number changes nothing.
  const total = (s.match(/[\d*]/g) ?? []).length;
  let seen = 0;
  return s.replace(/[\d*]/g, (d) => {
    seen++;
    return seen <= keepFirst || seen > total - keepLast ? d : MASK;
  });
}

// --- Names -------------------------------------------------------------------------------
// Two-character surnames (复姓) in current use; a name starting with one keeps both characters.
export const COMPOUND_SURNAMES = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '轩辕',
  '令狐',
  '端木',
  '澹台',
  '公冶',
  '濮阳',
  '淳于',
  '单于',
  '太叔',
  '申屠',
  '钟离',
  '闾丘',
  '东郭',
  '南宫',
  '西门',
  '百里',
  '呼延',
  '万俟',
  '拓跋',
  '独孤',
  '赫连',
  '第五',
  '左丘',
  '谷梁',
  '司空',
  '闻人',
];

/** Rule: keep the surname (one character, or two for a 复姓 when the name is longer), mask the rest; "·" kept. */
export function maskPersonName(name: string): string {
  const chars = [...name];
  if (chars.length < 2) return name;
  const keep = chars.length > 2 && COMPOUND_SURNAMES.includes(chars[0] + chars[1]) ? 2 : 1;
  return chars.map((c, i) => (i < keep || c === '·' ? c : MASK)).join('');
}

// --- Home address ------------------------------------------------------------------------
// Labels of a natural person's home in free text. 住所/住所地 and 经营地址/注册地址 are left out:
// in a decision they label the enterprise's registered address, which is public.
const HOME_LABEL = /(家庭住址|现住址|户籍地址|户籍所在地|居住地址|住址)[：:\s]*([^，,。；;、\s)）\n]+)/g;
// 州 may sit inside a name (杭州市, 玉州区), so only 自治州 ends a city-level part.
const NOT_ADMIN = '[^省市县区盟旗镇乡街路道巷弄号村组栋室楼\\d\\s，,。；;*]';
const ADMIN_PREFIX = new RegExp(`^(?:${NOT_ADMIN}{2,8}?(?:省|自治区))?(?:${NOT_ADMIN}{1,8}?(?:市|自治州|盟|地区))?(?:${NOT_ADMIN}{1,8}?(?:区|县|市|旗))?`);

/** Rule: keep the province/city/county part, everything after it becomes "***". */
export function maskAddress(address: string): string {
  const keep = ADMIN_PREFIX.exec(address)![0].length;
  const rest = address.slice(keep);
  return rest === '' || rest.startsWith(MASK) ? address : `${address.slice(0, keep)}***`;
}

// --- Free text ---------------------------------------------------------------------------
interface Pending extends RedactionHit {
  replacement: string;
}

function occurrences(text: string, needle: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!needle) return out;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push([i, i + needle.length]);
  return out;
}

const overlaps = (a: { start: number; end: number }, b: [number, number]) => a.start < b[1] && b[0] < a.end;

/** Finds and masks personal data in free text; hits are in input order and never overlap. */
export function redactText(text: string, ctx: RedactionContext = {}): { text: string; hits: RedactionHit[] } {
  const keep = (ctx.keepNames ?? []).filter((k) => k.length > 0);
  const protectedRanges = keep.flatMap((k) => occurrences(text, k));
  // A valid USCC that is not also a valid ID number is public (GB 32100-2015 code of the enterprise).
  for (const m of text.matchAll(/(?<![0-9A-Z])[0-9A-Z]{18}(?![0-9A-Z])/g)) {
    if (usccProblem(m[0]) === null && !isIdNumber18(m[0])) protectedRanges.push([m.index, m.index + 18]);
  }

  const found: Pending[] = [];
  const add = (kind: RedactionKind, start: number, original: string, replacement: string) => {
    if (replacement !== original) found.push({ kind, start, end: start + original.length, replacement });
  };

  for (const m of text.matchAll(/(?<!\d)\d{17}[\dXx](?![\dXx])/g)) if (isIdNumber18(m[0])) add('idNumber', m.index, m[0], maskIdNumber(m[0]));
  for (const m of text.matchAll(/(?<!\d)\d{15}(?!\d)/g)) if (isIdNumber15(m[0])) add('idNumber', m.index, m[0], maskIdNumber(m[0]));
  for (const m of text.matchAll(/(?<![\d-])1[3-9]\d(?:[- ]?\d{4}){2}(?![\d-])/g)) add('phone', m.index, m[0], maskPhone(m[0]));
  for (const m of text.matchAll(/(?<![\d-])(?:\(0\d{2,3}\)|0\d{2,3}-)\d{7,8}(?!\d)/g)) add('phone', m.index, m[0], maskPhone(m[0]));

  const persons = [...new Set(ctx.knownPersons ?? [])].filter((p) => [...p].length >= 2 && !keep.includes(p));
  for (const p of persons) for (const [s] of occurrences(text, p)) add('personName', s, p, maskPersonName(p));

  const candidates = found.filter((h) => !protectedRanges.some((r) => overlaps(h, r)));
  // Addresses are masked even where they contain a kept name (e.g. a dormitory named after the enterprise).
  for (const m of text.matchAll(HOME_LABEL)) {
    const valueStart = m.index + m[0].length - m[2].length;
    const masked = maskAddress(m[2]);
    if (masked === m[2]) continue;
    const keepLen = masked.length - 3;
    candidates.push({ kind: 'homeAddress', start: valueStart + keepLen, end: valueStart + m[2].length, replacement: '***' });
  }

  // Earliest first, then longest; a hit overlapping an accepted one is dropped.
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const accepted: Pending[] = [];
  for (const h of candidates) if (!accepted.some((a) => overlaps(h, [a.start, a.end]))) accepted.push(h);

  let out = '';
  let at = 0;
  for (const h of accepted) {
    out += text.slice(at, h.start) + h.replacement;
    at = h.end;
  }
  out += text.slice(at);
  return { text: out, hits: accepted.map(({ kind, start, end }) => ({ kind, start, end })) };
}

// --- Structured records ------------------------------------------------------------------
export interface RedactionSchema {
  personName?: string[];
  idNumber?: string[];
  phone?: string[];
  homeAddress?: string[];
  freeText?: string[];
}

/**
 * A copy of the record with the declared fields masked. Declared fields are masked whatever
 * their content (a declared ID number with a wrong check character is still personal data);
 * the person-name fields' values are also looked for in the free-text fields.
 */
export function redactRecord<T extends Record<string, unknown>>(record: T, schema: RedactionSchema, ctx: RedactionContext = {}): T {
  const out: Record<string, unknown> = { ...record };
  const keep = ctx.keepNames ?? [];
  const str = (k: string) => (typeof record[k] === 'string' ? (record[k] as string) : null);
  const each = (keys: string[] | undefined, f: (v: string) => string) => {
    for (const k of keys ?? []) {
      const v = str(k);
      if (v !== null) out[k] = f(v);
    }
  };
  const names = (schema.personName ?? []).map(str).filter((v): v is string => v !== null && v !== '');
  each(schema.personName, (v) => (keep.includes(v) ? v : maskPersonName(v)));
  each(schema.idNumber, maskIdNumber);
  each(schema.phone, maskPhone);
  each(schema.homeAddress, maskAddress);
  const fullCtx = { ...ctx, knownPersons: [...(ctx.knownPersons ?? []), ...names] };
  each(schema.freeText, (v) => redactText(v, fullCtx).text);
  return out as T;
}
