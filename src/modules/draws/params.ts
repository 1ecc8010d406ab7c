import { ValidationError } from '../../platform/errors.js';
import { canonicalJson, hash, HASH_ALGS, type HashAlg } from '../../platform/ledger/hash.js';
import { canonicalBeacon, type BeaconSpec } from './beacon.js';
import { assertDate } from './snapshot.js';

export interface DrawParams {
  alg: HashAlg;
  /** The date the draw is made for: exclusions and credential validity are judged on it. */
  drawDate: string;
  /** How many enterprises to draw in all. */
  total: number;
  /** The plan's proportions as integer weights, one per stratum key. Other strata are not drawn. */
  strata: { key: string; weight: number }[];
  /** Exclude enterprises inspected within this many months before drawDate; null: no such rule. */
  excludeInspectedWithinMonths: number | null;
  excludeStatuses: string[];
  /** Enterprises excluded by name, e.g. under an open case; the reason is for the record. */
  excludeEnterprises: { enterpriseId: string; reason: string }[];
  /** Officers per enterprise; never fewer than two (《行政处罚法》第四十二条). */
  perEnterprise: number;
  /** Declared conflicts of interest (回避): the officer never goes to that enterprise. */
  conflicts: { officerId: string; enterpriseId: string }[];
  /** Past assignments; a pair within `repeatRecusalMonths` of drawDate is not repeated. */
  history: { officerId: string; enterpriseId: string; on: string }[];
  repeatRecusalMonths: number;
  /** When true, the officers of one team come from different orgs. */
  teamDistinctOrgs: boolean;
  /** The public value the seed will absorb, and the instant it is published (beacon.ts). */
  beacon: BeaconSpec;
  /**
   * 差异化监管: how many times more likely per pick an enterprise carrying the tag is drawn
   * within its stratum (draw.ts `weightedSample`). Absent when no factor exceeds 1, so the
   * parameters, their digest and the draw of an unweighted draw are what they always were.
   */
  weights?: DrawWeights;
}

/**
 * The snapshot tags a weight may name: `creditListed`, on the 严重失信主体名单 (安全生产严重失信主体
 * 名单管理办法, 应急管理部令第11号) when the draw was announced; `highRisk`, a 安全风险等级 of 重大风险
 * or 较大风险. 差异化监管: for 违法失信、风险较高 subjects the 双随机 draw ratio and frequency may rise
 * (国发〔2019〕5号 推进双随机抽查与信用监管相衔接; 国办发〔2020〕49号; wording 待核), recorded as a
 * parameter of the draw.
 */
export const WEIGHT_TAGS = ['creditListed', 'highRisk'] as const;
export type WeightTag = (typeof WEIGHT_TAGS)[number];
export type DrawWeights = Partial<Record<WeightTag, number>>;
/** At most ten times as likely per tag: keeps a province pool's total weight within uniformInt's 2^32. */
export const MAX_WEIGHT_FACTOR = 10;

/** The weights with every factor checked, those of 1 dropped; undefined when none is left. */
export function canonicalWeights(w: DrawWeights | undefined): DrawWeights | undefined {
  if (w === undefined || w === null) return undefined;
  if (typeof w !== 'object' || Array.isArray(w)) throw new ValidationError('差异化抽查权重格式不正确', 'weights');
  const out: DrawWeights = {};
  for (const [tag, factor] of Object.entries(w)) {
    if (!(WEIGHT_TAGS as readonly string[]).includes(tag)) throw new ValidationError(`不支持的差异化抽查权重: ${tag}`, 'weights');
    if (factor === undefined) continue;
    if (!Number.isInteger(factor) || factor < 1 || factor > MAX_WEIGHT_FACTOR) {
      throw new ValidationError(`差异化抽查权重应为 1 至 ${MAX_WEIGHT_FACTOR} 之间的整数`, `weights.${tag}`);
    }
    if (factor > 1) out[tag as WeightTag] = factor;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

const MAX_INT = 1_000_000; // keeps total × weight exact in a double (≤ 10^12 < 2^53)

function assertInt(v: unknown, field: string, min: number): asserts v is number {
  if (!Number.isInteger(v) || (v as number) < min || (v as number) > MAX_INT) {
    throw new ValidationError(`${field} 应为 ${min} 至 ${MAX_INT} 之间的整数`, field);
  }
}

/** Checks the parameters; returns them with every list in canonical order. */
export function canonicalParams(p: DrawParams): DrawParams {
  if (!HASH_ALGS.includes(p.alg)) throw new ValidationError(`不支持的杂凑算法: ${String(p.alg)}`, 'alg');
  assertDate(p.drawDate, 'drawDate');
  assertInt(p.total, 'total', 0);
  assertInt(p.perEnterprise, 'perEnterprise', 2);
  assertInt(p.repeatRecusalMonths, 'repeatRecusalMonths', 0);
  if (p.excludeInspectedWithinMonths !== null) assertInt(p.excludeInspectedWithinMonths, 'excludeInspectedWithinMonths', 0);
  const keys = new Set<string>();
  for (const s of p.strata) {
    if (typeof s.key !== 'string' || s.key === '' || keys.has(s.key)) throw new ValidationError(`分层键为空或重复: ${s.key}`, 'strata');
    keys.add(s.key);
    assertInt(s.weight, 'strata.weight', 0);
  }
  for (const h of p.history) assertDate(h.on, 'history.on');
  const weights = canonicalWeights(p.weights);
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const pair = (a: { officerId: string; enterpriseId: string }, b: { officerId: string; enterpriseId: string }) =>
    cmp(a.officerId, b.officerId) || cmp(a.enterpriseId, b.enterpriseId);
  return {
    alg: p.alg,
    drawDate: p.drawDate,
    total: p.total,
    strata: p.strata.map(({ key, weight }) => ({ key, weight })).sort((a, b) => cmp(a.key, b.key)),
    excludeInspectedWithinMonths: p.excludeInspectedWithinMonths,
    excludeStatuses: [...new Set(p.excludeStatuses)].sort(cmp),
    excludeEnterprises: p.excludeEnterprises
      .map(({ enterpriseId, reason }) => ({ enterpriseId, reason }))
      .sort((a, b) => cmp(a.enterpriseId, b.enterpriseId) || cmp(a.reason, b.reason)),
    perEnterprise: p.perEnterprise,
    conflicts: p.conflicts.map(({ officerId, enterpriseId }) => ({ officerId, enterpriseId })).sort(pair),
    history: p.history.map(({ officerId, enterpriseId, on }) => ({ officerId, enterpriseId, on })).sort((a, b) => pair(a, b) || cmp(a.on, b.on)),
    repeatRecusalMonths: p.repeatRecusalMonths,
    teamDistinctOrgs: p.teamDistinctOrgs === true,
    beacon: canonicalBeacon(p.beacon),
    // Only when weighted: an unweighted draw's canonical JSON has no such key.
    ...(weights ? { weights } : {}),
  };
}

/** paramsDigest = H(UTF8(JCS(canonicalParams))), 32 bytes. */
export function paramsDigest(p: DrawParams): Buffer {
  const c = canonicalParams(p);
  return hash(c.alg, canonicalJson(c));
}

/** The date `months` calendar months before `date`, the day clamped to the month's end. */
export function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) - months;
  const ty = Math.floor(index / 12);
  const tm = index - ty * 12 + 1;
  const last = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(ty, 4)}-${pad(tm, 2)}-${pad(Math.min(d, last), 2)}`;
}
