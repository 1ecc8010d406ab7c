import { uniformInt, type HmacDrbg } from './drbg.js';
import { monthsBefore, type DrawParams } from './params.js';
import type { PoolOfficer, PoolSnapshot } from './snapshot.js';

export interface MatchFailure {
  enterpriseId: string;
  code: 'insufficientOfficers';
  /** How many more officers the team needed, and how many (or how many orgs) could serve. */
  needed: number;
  available: number;
  message: string;
}

export interface MatchContext {
  params: DrawParams;
  /** Officers with a credential valid on the draw date, in id order. */
  valid: PoolOfficer[];
  /** `${officerId}\u0000${enterpriseId}` pairs that must never be assigned. */
  recused: Set<string>;
  /** Enterprises assigned to each officer in this draw, for balancing. */
  loads: Map<string, number>;
  /** Built by the first fillTeam from `loads`; from then on loads change only through fillTeam. */
  index?: LoadIndex;
}

/**
 * The valid officers bucketed by load, each bucket in id order, and the recusals per enterprise,
 * so a pick costs the size of one bucket's exclusions rather than a scan of every officer: with
 * 5 000 officers and 25 000 enterprises the scan made a draw take minutes.
 */
interface LoadIndex {
  position: Map<string, number>;
  buckets: number[][];
  recusedBy: Map<string, number[]>;
}

function buildIndex(ctx: MatchContext): LoadIndex {
  const position = new Map(ctx.valid.map((o, i) => [o.id, i]));
  const buckets: number[][] = [];
  for (const [i, o] of ctx.valid.entries()) {
    const load = ctx.loads.get(o.id) ?? 0;
    buckets[load] ??= [];
    buckets[load].push(i);
  }
  const recusedBy = new Map<string, number[]>();
  for (const key of ctx.recused) {
    const [officerId, enterpriseId] = key.split('\u0000');
    const i = position.get(officerId);
    if (i !== undefined) recusedBy.set(enterpriseId, [...(recusedBy.get(enterpriseId) ?? []), i]);
  }
  return { position, buckets, recusedBy };
}

/** Index of `v` in the ascending array `a`, or where it would go. */
function lowerBound(a: number[], v: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const pairKey = (officerId: string, enterpriseId: string): string => `${officerId}\u0000${enterpriseId}`;

export function credentialValidOn(o: PoolOfficer, date: string): boolean {
  return o.credentialValidFrom !== null && o.credentialValidTo !== null && o.credentialValidFrom <= date && date <= o.credentialValidTo;
}

/** The recusal pairs of the parameters: declared conflicts, and repeats within the recusal window. */
export function recusedPairs(params: DrawParams): Set<string> {
  const set = new Set(params.conflicts.map((c) => pairKey(c.officerId, c.enterpriseId)));
  const cutoff = monthsBefore(params.drawDate, params.repeatRecusalMonths);
  for (const h of params.history) if (h.on > cutoff) set.add(pairKey(h.officerId, h.enterpriseId));
  return set;
}

export function matchContext(snapshot: PoolSnapshot, params: DrawParams): MatchContext {
  const valid = snapshot.officers.filter((o) => credentialValidOn(o, params.drawDate));
  return { params, valid, recused: recusedPairs(params), loads: new Map(valid.map((o) => [o.id, 0])) };
}

/**
 * Completes `team` to params.perEnterprise officers for one enterprise. Each pick takes, among
 * the eligible officers of least load, the one at uniformInt(count) in id order. Feasibility is
 * checked before any pick, so an impossible team consumes no DRBG output and changes no load.
 */
export function fillTeam(ctx: MatchContext, enterpriseId: string, team: readonly string[], drbg: HmacDrbg): string[] | MatchFailure {
  return ctx.params.teamDistinctOrgs ? fillTeamByScan(ctx, enterpriseId, team, drbg) : fillTeamIndexed(ctx, enterpriseId, team, drbg);
}

function insufficient(ctx: MatchContext, enterpriseId: string, need: number, available: number): MatchFailure {
  const message =
    `检查对象 ${enterpriseId} 可派执法人员不足: 还需 ${need} 名, 符合条件的仅 ${available} 名` +
    (ctx.params.teamDistinctOrgs ? '(按不同机构计), 已排除执法证无效、回避及同机构人员' : ', 已排除执法证无效及回避人员');
  return { enterpriseId, code: 'insufficientOfficers', needed: need, available, message };
}

/** The same picks as fillTeamByScan (tests compare them), found through the load buckets. */
function fillTeamIndexed(ctx: MatchContext, enterpriseId: string, team: readonly string[], drbg: HmacDrbg): string[] | MatchFailure {
  ctx.index ??= buildIndex(ctx);
  const idx = ctx.index;
  const need = ctx.params.perEnterprise - team.length;
  const excluded = new Set<number>();
  for (const id of team) {
    const i = idx.position.get(id);
    if (i !== undefined) excluded.add(i);
  }
  for (const i of idx.recusedBy.get(enterpriseId) ?? []) excluded.add(i);
  const available = ctx.valid.length - excluded.size;
  if (available < need) return insufficient(ctx, enterpriseId, need, available);
  const out = [...team];
  for (let k = 0; k < need; k++) {
    for (let load = 0; load < idx.buckets.length; load++) {
      const bucket = idx.buckets[load];
      if (!bucket?.length) continue;
      const skipped: number[] = [];
      for (const i of excluded) if ((ctx.loads.get(ctx.valid[i].id) ?? 0) === load) skipped.push(lowerBound(bucket, i));
      const count = bucket.length - skipped.length;
      if (count === 0) continue;
      // The r-th member of the bucket that is not skipped, in id order.
      let at = uniformInt(drbg, count);
      for (const p of skipped.sort((a, b) => a - b)) if (p <= at) at++;
      const pick = bucket[at];
      bucket.splice(at, 1);
      idx.buckets[load + 1] ??= [];
      const next = idx.buckets[load + 1];
      next.splice(lowerBound(next, pick), 0, pick);
      ctx.loads.set(ctx.valid[pick].id, load + 1);
      excluded.add(pick);
      out.push(ctx.valid[pick].id);
      break;
    }
  }
  return out;
}

export function fillTeamByScan(ctx: MatchContext, enterpriseId: string, team: readonly string[], drbg: HmacDrbg): string[] | MatchFailure {
  const need = ctx.params.perEnterprise - team.length;
  const out = [...team];
  const orgOf = new Map(ctx.valid.map((o) => [o.id, o.orgId]));
  const eligible = () => {
    const used = new Set(out.map((id) => orgOf.get(id)));
    return ctx.valid.filter((o) => !out.includes(o.id) && !ctx.recused.has(pairKey(o.id, enterpriseId)) && !(ctx.params.teamDistinctOrgs && used.has(o.orgId)));
  };
  const first = eligible();
  // With distinct orgs each pick removes exactly one org from the choice, so counting orgs is exact.
  const available = ctx.params.teamDistinctOrgs ? new Set(first.map((o) => o.orgId)).size : first.length;
  if (available < need) return insufficient(ctx, enterpriseId, need, available);
  for (let k = 0; k < need; k++) {
    const pool = k === 0 ? first : eligible();
    const min = Math.min(...pool.map((o) => ctx.loads.get(o.id)!));
    const least = pool.filter((o) => ctx.loads.get(o.id) === min);
    const pick = least[uniformInt(drbg, least.length)];
    out.push(pick.id);
    ctx.loads.set(pick.id, min + 1);
  }
  return out;
}

export interface Matching {
  teams: Map<string, string[]>;
  failures: MatchFailure[];
}

/** Teams for the sampled enterprises, in sample order, from one DRBG stream. */
export function matchInspectors(enterpriseIds: string[], ctx: MatchContext, drbg: HmacDrbg): Matching {
  const teams = new Map<string, string[]>();
  const failures: MatchFailure[] = [];
  for (const id of enterpriseIds) {
    const r = fillTeam(ctx, id, [], drbg);
    if (Array.isArray(r)) teams.set(id, r);
    else {
      teams.set(id, []);
      failures.push(r);
    }
  }
  return { teams, failures };
}
