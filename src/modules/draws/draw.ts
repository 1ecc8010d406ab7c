import { uniformInt, type HmacDrbg } from './drbg.js';
import { monthsBefore, type DrawParams, type DrawWeights } from './params.js';
import type { PoolEnterprise, PoolSnapshot } from './snapshot.js';

export type ExclusionReason = 'named' | 'status' | 'recentlyInspected';
export interface Exclusion {
  enterpriseId: string;
  reason: ExclusionReason;
  detail: string;
}

export interface StratumAllocation {
  key: string;
  weight: number;
  /** Members of the snapshot in this stratum, and those left after the exclusions. */
  poolSize: number;
  eligibleSize: number;
  allocated: number;
}

export interface DrawnEnterprise {
  enterpriseId: string;
  stratum: string;
}

/**
 * The exclusion test of a draw's parameters, its cutoff date and named set worked out once: a
 * province pool asks it 500 000 times. The first exclusion that applies, checked in the order
 * named, status, recently inspected.
 */
export function exclusionRule(p: DrawParams): (e: PoolEnterprise) => Exclusion | null {
  const named = new Map<string, string>();
  // The first naming wins, as a find over the list would.
  for (const x of p.excludeEnterprises) if (!named.has(x.enterpriseId)) named.set(x.enterpriseId, x.reason);
  const statuses = new Set(p.excludeStatuses);
  // "Within N months": strictly after the date N calendar months before the draw date.
  const cutoff = p.excludeInspectedWithinMonths === null ? null : monthsBefore(p.drawDate, p.excludeInspectedWithinMonths);
  return (e) => {
    const reason = named.get(e.id);
    if (reason !== undefined) return { enterpriseId: e.id, reason: 'named', detail: reason };
    if (statuses.has(e.status)) return { enterpriseId: e.id, reason: 'status', detail: e.status };
    if (cutoff !== null && e.lastInspectedOn !== null && e.lastInspectedOn > cutoff) {
      return { enterpriseId: e.id, reason: 'recentlyInspected', detail: e.lastInspectedOn };
    }
    return null;
  };
}

export function exclusionOf(e: PoolEnterprise, p: DrawParams): Exclusion | null {
  return exclusionRule(p)(e);
}

/**
 * The part of the recusal history a draw can ever consult: pairs of a pool officer and an
 * enterprise no exclusion removes. Teams are only made for drawable enterprises (first draw and
 * re-draws alike), so other pairs never matter; recording them would only swell the parameters
 * (after a province-year, 2M pairs: past the 256 MB a PostgreSQL jsonb value can hold).
 */
export function consultableHistory(history: DrawParams['history'], snapshot: PoolSnapshot, p: DrawParams): DrawParams['history'] {
  // Nothing to keep: spares building the drawable set of the whole pool.
  if (history.length === 0) return [];
  const officers = new Set(snapshot.officers.map((o) => o.id));
  const excluded = exclusionRule(p);
  const drawable = new Set(snapshot.enterprises.filter((e) => excluded(e) === null).map((e) => e.id));
  return history.filter((h) => officers.has(h.officerId) && drawable.has(h.enterpriseId));
}

/**
 * Hamilton (largest-remainder) shares of `total` among weights: floor(total·w/W) each, then one
 * more to the largest remainders (total·w mod W), ties to the smaller key in code-unit order.
 */
export function hamilton(total: number, strata: { key: string; weight: number }[]): Map<string, number> {
  const W = strata.reduce((s, x) => s + x.weight, 0);
  const shares = new Map<string, number>();
  if (W === 0) return shares;
  const rows = strata.map((x) => ({ key: x.key, floor: Math.floor((total * x.weight) / W), rem: (total * x.weight) % W }));
  let left = total - rows.reduce((s, r) => s + r.floor, 0);
  rows.sort((a, b) => b.rem - a.rem || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const r of rows) {
    shares.set(r.key, r.floor + (left > 0 ? 1 : 0));
    if (left > 0) left--;
  }
  return shares;
}

/**
 * Hamilton shares capped by stratum size: what a full stratum cannot take is shared again,
 * by Hamilton over the strata not yet full, until nothing is left or every stratum is full.
 */
export function allocate(total: number, strata: { key: string; weight: number; size: number }[]): Map<string, number> {
  const alloc = new Map(strata.map((s) => [s.key, 0]));
  let remaining = total;
  let open = strata.filter((s) => s.weight > 0 && s.size > 0);
  while (remaining > 0 && open.length > 0) {
    const shares = hamilton(remaining, open);
    for (const s of open) {
      const give = Math.min(shares.get(s.key) ?? 0, s.size - (alloc.get(s.key) ?? 0));
      alloc.set(s.key, (alloc.get(s.key) ?? 0) + give);
      remaining -= give;
    }
    open = open.filter((s) => (alloc.get(s.key) ?? 0) < s.size);
  }
  return alloc;
}

/** The first k of a partial Fisher–Yates shuffle: for i < k, swap a[i] with a[i + uniformInt(n − i)]. */
export function partialShuffle<T>(items: readonly T[], k: number, drbg: HmacDrbg): T[] {
  const a = [...items];
  for (let i = 0; i < k; i++) {
    const j = i + uniformInt(drbg, a.length - i);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a.slice(0, k);
}

/** An enterprise's weight: the product of the factors of the tags it carries, 1 when none applies. */
export function weightOf(e: PoolEnterprise, weights: DrawWeights): number {
  let w = 1;
  for (const t of e.tags ?? []) w *= (weights as Record<string, number | undefined>)[t] ?? 1;
  return w;
}

/**
 * k of `items` drawn one after another without replacement, each pick with probability its
 * weight over the weight of those not yet drawn: successive sampling with probability
 * proportional to size (Yates & Grundy 1953; the distribution Efraimidis & Spirakis, "Weighted
 * random sampling with a reservoir", Inf. Process. Lett. 97(5), 2006, define as WRS). Exact in
 * integers: each pick takes r = uniformInt(W) over the remaining total W (≤ 2^32) and draws the
 * first remaining item, in the given order, whose running sum of weights exceeds r. A Fenwick tree
 * finds it in O(log n); the result is the same as that linear scan. Weights are positive integers.
 */
export function weightedSample<T>(items: readonly T[], weights: readonly number[], k: number, drbg: HmacDrbg): T[] {
  const n = items.length;
  const tree = new Array<number>(n + 1).fill(0);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    if (!Number.isInteger(w) || w < 1) throw new Error(`weightedSample: bad weight ${w}`);
    total += w;
    for (let j = i + 1; j <= n; j += j & -j) tree[j] += w;
  }
  let top = 1;
  while (top * 2 <= n) top *= 2;
  const out: T[] = [];
  for (let picked = 0; picked < Math.min(k, n); picked++) {
    let r = uniformInt(drbg, total);
    // The first index whose prefix sum exceeds r: descend while the partial sum stays ≤ r.
    let pos = 0;
    for (let step = top; step > 0; step >>= 1) {
      if (pos + step <= n && tree[pos + step] <= r) {
        pos += step;
        r -= tree[pos];
      }
    }
    out.push(items[pos]);
    const w = weights[pos];
    total -= w;
    for (let j = pos + 1; j <= n; j += j & -j) tree[j] -= w;
  }
  return out;
}

export interface EnterpriseDraw {
  strata: StratumAllocation[];
  excluded: Exclusion[];
  sample: DrawnEnterprise[];
}

/**
 * Stratified sample without replacement. `snapshot` and `params` must be canonical. Strata are
 * drawn in key order from one DRBG stream; within a stratum, from its eligible members in id order:
 * a partial Fisher–Yates shuffle, or, when the parameters carry weights, `weightedSample`.
 */
export function drawEnterprises(snapshot: PoolSnapshot, params: DrawParams, drbg: HmacDrbg): EnterpriseDraw {
  const excluded: Exclusion[] = [];
  // One lookup per enterprise: the stratum's pool count and, for the strata the params weigh,
  // its eligible members.
  const byStratum = new Map<string, { pool: number; eligible: string[] | null }>(params.strata.map((s) => [s.key, { pool: 0, eligible: [] }]));
  const exclusion = exclusionRule(params);
  // A weighted draw (差异化监管) needs each eligible member's weight; an unweighted one never looks.
  const weights = params.weights;
  const weight = new Map<string, number>();
  for (const e of snapshot.enterprises) {
    let s = byStratum.get(e.stratum);
    if (!s) {
      s = { pool: 0, eligible: null };
      byStratum.set(e.stratum, s);
    }
    s.pool++;
    const x = exclusion(e);
    if (x) excluded.push(x);
    else if (s.eligible) {
      s.eligible.push(e.id);
      if (weights) weight.set(e.id, weightOf(e, weights));
    }
  }
  const eligible = new Map(params.strata.map((s) => [s.key, byStratum.get(s.key)!.eligible!]));
  const poolSize = new Map([...byStratum].map(([k, s]) => [k, s.pool]));
  const alloc = allocate(
    params.total,
    params.strata.map((s) => ({ key: s.key, weight: s.weight, size: eligible.get(s.key)!.length })),
  );
  const sample: DrawnEnterprise[] = [];
  const strata = params.strata.map((s) => {
    const ids = eligible.get(s.key)!;
    const allocated = alloc.get(s.key) ?? 0;
    const drawn = weights
      ? weightedSample(
          ids,
          ids.map((id) => weight.get(id)!),
          allocated,
          drbg,
        )
      : partialShuffle(ids, allocated, drbg);
    for (const id of drawn) sample.push({ enterpriseId: id, stratum: s.key });
    return { key: s.key, weight: s.weight, poolSize: poolSize.get(s.key) ?? 0, eligibleSize: ids.length, allocated };
  });
  return { strata, excluded, sample };
}
