// 评查案卷的随机抽取: the same verifiable draw as the spot checks (draws module), over the closed and
// archived case files of each org evaluated. Announced first — the pool and the parameters fixed
// by their digests and C = H(label ‖ secret) in the ledger, before the public beacon exists; then
// the seed is the draws module's drawSeed over those digests, the revealed secret and the beacon's
// value, and each org's files are the first k of a partial Fisher–Yates shuffle of its case ids
// (in code-unit order) from one HMAC_DRBG stream, orgs in id order. Anyone holding the published
// bundle re-runs `verifyEvaluationDraw` and gets the same list. Pure: no I/O, no clock.
import { beaconTime, type BeaconSpec, canonicalBeacon } from '../draws/beacon.js';
import { partialShuffle } from '../draws/draw.js';
import { HmacDrbg } from '../draws/drbg.js';
import { drawSeed, verifyCommitment } from '../draws/seed.js';
import { canonicalJson, hash, type HashAlg } from '../../platform/ledger/hash.js';

/** Each org evaluated with the ids of its closed or archived cases of the period. */
export interface EvaluationPool {
  orgs: { orgId: string; caseIds: string[] }[];
}

export interface EvaluationParams {
  alg: HashAlg;
  roundOrgId: string;
  periodFrom: string;
  periodTo: string;
  orgIds: string[];
  /** Exactly one of the two: a number of files per org, or a share of each org's files in percent (rounded up). */
  perOrg: number | null;
  sharePercent: number | null;
  beacon: BeaconSpec;
}

export interface EvaluationDraw {
  seed: string;
  files: { orgId: string; caseId: string }[];
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const STREAM = 'zhifa-evaluation/files';

export function canonicalPool(p: EvaluationPool): EvaluationPool {
  return { orgs: p.orgs.map((o) => ({ orgId: o.orgId, caseIds: [...new Set(o.caseIds)].sort(cmp) })).sort((a, b) => cmp(a.orgId, b.orgId)) };
}

export function canonicalParams(p: EvaluationParams): EvaluationParams {
  return {
    alg: p.alg,
    roundOrgId: p.roundOrgId,
    periodFrom: p.periodFrom,
    periodTo: p.periodTo,
    orgIds: [...new Set(p.orgIds)].sort(cmp),
    perOrg: p.perOrg,
    sharePercent: p.sharePercent,
    beacon: canonicalBeacon(p.beacon),
  };
}

export const poolDigest = (alg: HashAlg, p: EvaluationPool) => hash(alg, canonicalJson(canonicalPool(p)));
export const paramsDigest = (p: EvaluationParams) => hash(p.alg, canonicalJson(canonicalParams(p)));

/** How many of an org's `n` files are drawn. */
export function filesToDraw(n: number, p: Pick<EvaluationParams, 'perOrg' | 'sharePercent'>): number {
  if (p.perOrg !== null) return Math.min(n, p.perOrg);
  return Math.min(n, Math.ceil((n * (p.sharePercent ?? 0)) / 100));
}

export interface DrawInputs {
  pool: EvaluationPool;
  params: EvaluationParams;
  commitment: string;
  secret: string;
  beacon: string;
}

export function drawFiles(i: DrawInputs): EvaluationDraw {
  const alg = i.params.alg;
  const seed = drawSeed(alg, poolDigest(alg, i.pool), paramsDigest(i.params), { secret: i.secret, commitment: i.commitment, beacon: i.beacon });
  const drbg = new HmacDrbg(alg, seed, Buffer.from(STREAM, 'utf8'));
  const files: EvaluationDraw['files'] = [];
  for (const o of canonicalPool(i.pool).orgs) {
    for (const caseId of partialShuffle(o.caseIds, filesToDraw(o.caseIds.length, i.params), drbg)) files.push({ orgId: o.orgId, caseId });
  }
  return { seed: seed.toString('hex'), files };
}

export const resultDigest = (alg: HashAlg, d: EvaluationDraw) => hash(alg, canonicalJson(d)).toString('hex');

/** What a round publishes for anyone to check. */
export interface EvaluationBundle extends DrawInputs {
  format: 'zhifa-evaluation-draw/1';
  poolDigest: string;
  paramsDigest: string;
  /** When the announcement was written to the ledger (ISO instant). */
  announcedAt: string;
  result: EvaluationDraw | null;
}

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

/** Re-runs the draw from the published inputs alone and compares it with the published result. */
export function verifyEvaluationDraw(b: EvaluationBundle): { ok: boolean; checks: Check[] } {
  const checks: Check[] = [];
  const add = (name: string, ok: boolean, detail: string) => checks.push({ name, ok, detail });
  const alg = b.params.alg;
  const pd = poolDigest(alg, b.pool).toString('hex');
  add('案卷池摘要', pd === b.poolDigest, `重新计算 ${pd}`);
  let xd = '';
  try {
    xd = paramsDigest(b.params).toString('hex');
  } catch (e) {
    xd = `（参数无效：${(e as Error).message}）`;
  }
  add('抽取参数摘要', xd === b.paramsDigest, `重新计算 ${xd}`);
  let beaconAt: Date | null = null;
  try {
    beaconAt = beaconTime(b.params.beacon).at;
  } catch {
    beaconAt = null;
  }
  const announced = new Date(b.announcedAt);
  add('公告早于随机源公布', beaconAt !== null && announced < beaconAt, `公告于 ${b.announcedAt}`);
  if (!b.result) {
    add('抽取结果', true, '尚未抽取');
    return { ok: checks.every((c) => c.ok), checks };
  }
  add('秘密值与承诺相符', verifyCommitment(alg, b.commitment, b.secret), `承诺 ${b.commitment}`);
  let same = false;
  let why = '';
  try {
    same = canonicalJson(drawFiles(b)) === canonicalJson(b.result);
  } catch (e) {
    why = (e as Error).message;
  }
  add('重新计算结果与公布结果一致', same, same ? `${b.result.files.length} 份案卷完全一致` : why || '重新计算的抽取结果与公布的不一致');
  return { ok: checks.every((c) => c.ok), checks };
}
