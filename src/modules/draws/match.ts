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
  const need = ctx.params.perEnterprise - team.length;
  const out = [...team];
  const orgOf = new Map(ctx.valid.map((o) => [o.id, o.orgId]));
  const eligible = () => {
    const used = new Set(out.map((id) => orgOf.get(id)));
    return ctx.valid.filter(
      (o) =>
        !out.includes(o.id) &&
        !ctx.recused.has(pairKey(o.id, enterpriseId)) &&
        !(ctx.params.teamDistinctOrgs && used.has(o.orgId)),
    );
  };
  const first = eligible();
  // With distinct orgs each pick removes exactly one org from the choice, so counting orgs is exact.
  const available = ctx.params.teamDistinctOrgs ? new Set(first.map((o) => o.orgId)).size : first.length;
  if (available < need) {
    const message =
      `检查对象 ${enterpriseId} 可派执法人员不足: 还需 ${need} 名, 符合条件的仅 ${available} 名` +
      (ctx.params.teamDistinctOrgs ? '(按不同机构计), 已排除执法证无效、回避及同机构人员' : ', 已排除执法证无效及回避人员');
    return { enterpriseId, code: 'insufficientOfficers', needed: need, available, message };
  }
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
