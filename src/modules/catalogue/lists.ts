import { LAW_CODES } from './law/types.js';
import { VIOLATION_TYPES } from './law/work-safety-law.js';
import { CHECKLISTS } from './standards/checklists.js';
import { MAJOR_HAZARD_CRITERIA } from './standards/major-hazard-criteria.js';
import { ENFORCEMENT_MATTERS, POWER_ITEMS } from './standards/power-list.js';
import type { Checklist, EnforcementMatter, PowerItem } from './standards/types.js';

// An org's 检查表 and 权责清单 over the built-in ones: which entry applies to an org, and what an
// org may save. Pure: the service loads the rows and the org chain, these decide. No I/O, no clock.

export type ChecklistContent = Omit<Checklist, 'code'>;
export type MatterContent = Omit<EnforcementMatter, 'powerCode'>;
export type PowerItemContent = Omit<PowerItem, 'code'> & { matters: MatterContent[] };

export interface BuiltInEntry<C> {
  code: string;
  content: C;
}

/** An org's row: its version of an entry, or its withdrawal of one. */
export interface StoredEntry<C> {
  orgId: string;
  code: string;
  content: C;
  withdrawn: boolean;
  withdrawnReason: string | null;
  version: number;
}

export interface EffectiveEntry<C, S extends StoredEntry<C> = StoredEntry<C>> {
  code: string;
  content: C;
  /** The org row it comes from; null for the built-in entry as shipped. */
  from: S | null;
  /** True for an org's own entry, false for a built-in one (as shipped or replaced). */
  addition: boolean;
  withdrawn: boolean;
  withdrawnReason: string | null;
}

export const BUILT_IN_CHECKLISTS: readonly BuiltInEntry<ChecklistContent>[] = CHECKLISTS.map(({ code, ...content }) => ({ code, content }));

export const BUILT_IN_POWER_ITEMS: readonly BuiltInEntry<PowerItemContent>[] = POWER_ITEMS.map(({ code, ...item }) => ({
  code,
  content: { ...item, matters: ENFORCEMENT_MATTERS.filter((m) => m.powerCode === code).map(({ powerCode: _, ...m }) => m) },
}));

/**
 * The list in force for an org whose chain (itself first, then its ancestors up to the root) is
 * `chain`: for each code the row of the nearest org in the chain wins over farther ones and over the
 * built-in entry; a winning withdrawal removes the entry (kept only with `includeWithdrawn`). Built-in
 * entries keep their published order; additions follow, the higher org's first, then by code.
 */
export function effectiveList<C, S extends StoredEntry<C>>(
  builtIn: readonly BuiltInEntry<C>[],
  stored: readonly S[],
  chain: readonly string[],
  includeWithdrawn = false,
): EffectiveEntry<C, S>[] {
  const rank = new Map(chain.map((id, i) => [id, i]));
  const nearest = new Map<string, S>();
  for (const s of stored) {
    const r = rank.get(s.orgId);
    if (r === undefined) continue;
    const held = nearest.get(s.code);
    if (!held || r < rank.get(held.orgId)!) nearest.set(s.code, s);
  }
  const builtInCodes = new Set(builtIn.map((b) => b.code));
  const fromRow = (s: S, addition: boolean): EffectiveEntry<C, S> => ({
    code: s.code,
    content: s.content,
    from: s,
    addition,
    withdrawn: s.withdrawn,
    withdrawnReason: s.withdrawnReason,
  });
  const shipped = builtIn.map((b) => {
    const s = nearest.get(b.code);
    return s ? fromRow(s, false) : { code: b.code, content: b.content, from: null, addition: false, withdrawn: false, withdrawnReason: null };
  });
  const additions = [...nearest.values()]
    .filter((s) => !builtInCodes.has(s.code))
    .sort((a, b) => rank.get(b.orgId)! - rank.get(a.orgId)! || a.code.localeCompare(b.code))
    .map((s) => fromRow(s, true));
  return [...shipped, ...additions].filter((e) => includeWithdrawn || !e.withdrawn);
}

export const ENTRY_CODE = /^[A-Z0-9][A-Z0-9-]{0,39}$/;

/**
 * Why an org may not save an entry under `code`, or null. It may replace a built-in entry or one an
 * org in its chain already has (`knownCodes`); a new entry's code starts with the org's region code
 * (GB/T 2260), so two orgs' additions never share a code and a later ancestor's never shadows them.
 */
export function entryCodeProblem(
  code: string,
  ctx: { builtInCodes: ReadonlySet<string>; knownCodes: ReadonlySet<string>; regionCode: string; label: string },
): string | null {
  if (!ENTRY_CODE.test(code)) return `${ctx.label}编码只能由大写字母、数字和连字符组成，以字母或数字开头，不超过 40 个字符`;
  if (ctx.builtInCodes.has(code) || ctx.knownCodes.has(code)) return null;
  const prefix = `${ctx.regionCode}-`;
  if (code.startsWith(prefix) && code.length > prefix.length) return null;
  return `新增${ctx.label}的编码须以本机构行政区划代码“${prefix}”开头（如 ${prefix}01）`;
}

/**
 * Optimistic concurrency: the version the editor saw must be the org's current one; null means it saw
 * no version of the org's own and is creating one.
 */
export function versionProblem(own: { version: number } | null, sent: number | null, label: string): string | null {
  if (sent === null) return own ? `本机构已有该${label}的版本 ${own.version}，请刷新后在其基础上修改` : null;
  if (!own) return `本机构尚无该${label}的版本 ${sent}，请刷新后重试`;
  return own.version === sent ? null : `该${label}已被他人修改（当前版本 ${own.version}），请刷新后重试`;
}

export interface Problem {
  field: string;
  message: string;
}

const LAWS = new Set<string>(LAW_CODES);
const VIOLATIONS = new Set(VIOLATION_TYPES.map((v) => v.code));
const MAJOR_HAZARDS = new Set(MAJOR_HAZARD_CRITERIA.map((c) => c.code));
// Citations print 第X条 with numerals up to 999 (citation.ts), the range of any statute we cite.
const isOrdinal = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 999;

function duplicateProblems(codes: readonly string[], field: (i: number) => string, what: string): Problem[] {
  return codes.flatMap((code, i) => {
    const first = codes.indexOf(code);
    return first < i ? [{ field: field(i), message: `${what}编号 ${code} 重复（与第 ${first + 1} 项相同）` }] : [];
  });
}

/**
 * Every check item cites the provision that imposes the duty (a known law, 第X条 with X a positive
 * integer; 款 and 项 likewise when given), item codes are unique within the list, and the violation
 * type and 重大事故隐患 情形 it points to exist in the catalogue.
 */
export function checklistProblems(c: ChecklistContent): Problem[] {
  if (c.items.length === 0) return [{ field: 'items', message: '检查表须至少有一个检查项' }];
  const out: Problem[] = [];
  c.items.forEach((item, i) => {
    const at = `items.${i}`;
    const who = `第 ${i + 1} 项检查项（${item.code}）`;
    if (!LAWS.has(item.basis.lawCode)) out.push({ field: `${at}.basis.lawCode`, message: `${who}的依据法律“${item.basis.lawCode}”不在法律法规目录中` });
    if (!isOrdinal(item.basis.article)) out.push({ field: `${at}.basis.article`, message: `${who}须写明依据条款：条序号须为 1 至 999 的整数` });
    if (item.basis.paragraph !== undefined && !isOrdinal(item.basis.paragraph))
      out.push({ field: `${at}.basis.paragraph`, message: `${who}的依据款序号须为 1 至 999 的整数` });
    if (item.basis.item !== undefined && !isOrdinal(item.basis.item))
      out.push({ field: `${at}.basis.item`, message: `${who}的依据项序号须为 1 至 999 的整数` });
    if (item.violationTypeCode !== undefined && !VIOLATIONS.has(item.violationTypeCode))
      out.push({ field: `${at}.violationTypeCode`, message: `${who}对应的违法行为 ${item.violationTypeCode} 不在违法行为目录中` });
    if (item.majorHazardCode !== undefined && !MAJOR_HAZARDS.has(item.majorHazardCode))
      out.push({ field: `${at}.majorHazardCode`, message: `${who}对应的重大事故隐患情形 ${item.majorHazardCode} 不在判定标准中` });
  });
  return [
    ...out,
    ...duplicateProblems(
      c.items.map((i) => i.code),
      (i) => `items.${i}.code`,
      '检查项',
    ),
  ];
}

// 职权法定: a power exists only where a law, regulation or rule grants it, so its basis names the article.
const ARTICLE = /第[一二三四五六七八九十百千零〇两\d]+条/;

/** A power item cites the provision granting it (第X条) and lists its enforcement matters, codes unique. */
export function powerItemProblems(p: PowerItemContent): Problem[] {
  const out: Problem[] = [];
  if (!ARTICLE.test(p.basis)) out.push({ field: 'basis', message: '设定依据须写明法律法规名称及条款，如《中华人民共和国安全生产法》第九十七条' });
  if (p.matters.length === 0) out.push({ field: 'matters', message: '权责清单事项须至少包含一个行政执法事项' });
  return [
    ...out,
    ...duplicateProblems(
      p.matters.map((m) => m.code),
      (i) => `matters.${i}.code`,
      '行政执法事项',
    ),
  ];
}
