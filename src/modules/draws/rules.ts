import { RuleViolation } from '../../platform/errors.js';
import type { HashAlg } from '../../platform/ledger/hash.js';
import { drawEnterprises, type Exclusion, type StratumAllocation } from './draw.js';
import { HmacDrbg } from './drbg.js';
import { matchContext, matchInspectors, type MatchContext, type MatchFailure } from './match.js';
import { canonicalParams, paramsDigest, type DrawParams } from './params.js';
import { drawSeed, type SeedMaterial } from './seed.js';
import { canonicalSnapshot, snapshotDigest, type PoolSnapshot } from './snapshot.js';

export interface DrawInput {
  snapshot: PoolSnapshot;
  params: DrawParams;
  seedMaterial: SeedMaterial;
}

export type Withdrawal =
  | { kind: 'enterprise'; enterpriseId: string; reason: string }
  | { kind: 'officer'; officerId: string; enterpriseId: string; reason: string };

export interface RedrawRecord {
  seq: number;
  withdrawal: Withdrawal;
  /** The enterprise drawn in place of a withdrawn one (null: its stratum had none left). */
  replacementEnterpriseId: string | null;
  /** Officers newly assigned by this re-draw. */
  addedOfficerIds: string[];
  failure: MatchFailure | null;
}

export interface DrawResult {
  version: 1;
  alg: HashAlg;
  snapshotDigest: string;
  paramsDigest: string;
  commitment: string;
  beacon: string;
  seed: string;
  strata: StratumAllocation[];
  excluded: Exclusion[];
  /** The drawn enterprises in draw order, each with its current team (after any re-draws). */
  enterprises: { enterpriseId: string; stratum: string; officerIds: string[] }[];
  /** Enterprises whose team could not be completed; never filled by breaking a rule. */
  failures: MatchFailure[];
  redraws: RedrawRecord[];
}

// Independent DRBG streams per stage, told apart by the nonce, so that e.g. the officer
// matching cannot shift which enterprises are drawn.
export const STREAM_ENTERPRISES = 'zhifa-draw/enterprises';
export const STREAM_OFFICERS = 'zhifa-draw/officers';
export const STREAM_REDRAW = 'zhifa-draw/redraw';

export interface Prepared {
  snapshot: PoolSnapshot;
  params: DrawParams;
  snapshotDigest: Buffer;
  paramsDigest: Buffer;
  seed: Buffer;
}

/** Canonical inputs, their digests and the seed (the commitment is checked here). */
export function prepare(input: DrawInput): Prepared {
  const params = canonicalParams(input.params);
  const snapshot = canonicalSnapshot(input.snapshot);
  return withSeed(snapshot, snapshotDigest(snapshot, params.alg), params, input.seedMaterial);
}

/**
 * A snapshot the caller holds already canonical, with the digest of its JCS: what the service
 * computed when it announced the draw, or the stored bytes it checked against that digest. Saves
 * validating, sorting, serialising and hashing a province pool a second time.
 */
export interface HeldSnapshot {
  snapshot: PoolSnapshot;
  digest: Buffer;
}

export function prepareHeld(held: HeldSnapshot, params: DrawParams, seedMaterial: SeedMaterial): Prepared {
  return withSeed(held.snapshot, held.digest, canonicalParams(params), seedMaterial);
}

function withSeed(snapshot: PoolSnapshot, sd: Buffer, params: DrawParams, seedMaterial: SeedMaterial): Prepared {
  const pd = paramsDigest(params);
  return { snapshot, params, snapshotDigest: sd, paramsDigest: pd, seed: drawSeed(params.alg, sd, pd, seedMaterial) };
}

export function stream(p: Prepared, label: string, personalization = ''): HmacDrbg {
  return new HmacDrbg(p.params.alg, p.seed, Buffer.from(label, 'utf8'), Buffer.from(personalization, 'utf8'));
}

/** The draw: same input, same result, on any machine. */
export function runDraw(input: DrawInput): DrawResult {
  return drawPrepared(prepare(input), input.seedMaterial);
}

export function drawPrepared(p: Prepared, seedMaterial: SeedMaterial): DrawResult {
  const { strata, excluded, sample } = drawEnterprises(p.snapshot, p.params, stream(p, STREAM_ENTERPRISES));
  const ctx = matchContext(p.snapshot, p.params);
  const { teams, failures } = matchInspectors(
    sample.map((s) => s.enterpriseId),
    ctx,
    stream(p, STREAM_OFFICERS),
  );
  return {
    version: 1,
    alg: p.params.alg,
    snapshotDigest: p.snapshotDigest.toString('hex'),
    paramsDigest: p.paramsDigest.toString('hex'),
    commitment: seedMaterial.commitment,
    beacon: seedMaterial.beacon,
    seed: p.seed.toString('hex'),
    strata,
    excluded,
    enterprises: sample.map((s) => ({ ...s, officerIds: teams.get(s.enterpriseId)! })),
    failures,
    redraws: [],
  };
}

/** The matching context of a result as it now stands: its loads and every recusal so far. */
export function currentContext(p: Prepared, result: DrawResult): MatchContext {
  const ctx = matchContext(p.snapshot, p.params);
  for (const e of result.enterprises) for (const o of e.officerIds) ctx.loads.set(o, (ctx.loads.get(o) ?? 0) + 1);
  return ctx;
}

/** For the service: refuse to proceed with a draw that left an enterprise without a full team. */
export function assertComplete(result: DrawResult): void {
  const f = result.failures[0];
  // 《行政处罚法》第四十二条: 执法人员不得少于两人.
  if (f) throw new RuleViolation(f.message, 'officerIds', '《中华人民共和国行政处罚法》第四十二条');
}
