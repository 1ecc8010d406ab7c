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
