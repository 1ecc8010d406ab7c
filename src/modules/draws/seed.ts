import { timingSafeEqual } from 'node:crypto';
import { ValidationError } from '../../platform/errors.js';
import { hash, type HashAlg } from '../../platform/ledger/hash.js';

// Commit–reveal plus a public beacon. Before the draw the operator publishes, in the ledger,
// the snapshot digest, the params digest (which names the beacon) and C = H(label ‖ secret).
// Afterwards the beacon value becomes public and the operator reveals the secret.
// The operator cannot steer: the secret is bound by C before the beacon is known. The beacon's
// publisher cannot steer: it never learns the 256-bit secret. Nobody can retouch the pool or
// the parameters afterwards: their digests were recorded first and enter the seed.

const COMMIT_LABEL = 'zhifa-draw-commit';
const SEED_LABEL = 'zhifa-draw-seed';
const HEX32 = /^[0-9a-f]{64}$/;

export interface SeedMaterial {
  /** 64 lowercase hex digits (32 random bytes) chosen by the operator and kept secret until reveal. */
  secret: string;
  /** The commitment published before the draw: hex(H(UTF8("zhifa-draw-commit") ‖ secret)). */
  commitment: string;
  /** The beacon value exactly as written in the format the params fixed, e.g. "03 07 12 19 25 31+09". */
  beacon: string;
}

function secretBytes(secret: string): Buffer {
  if (typeof secret !== 'string' || !HEX32.test(secret)) throw new ValidationError('secret 应为 64 位小写十六进制(32 字节)', 'secret');
  return Buffer.from(secret, 'hex');
}

export function commitment(alg: HashAlg, secret: string): string {
  return hash(alg, COMMIT_LABEL, secretBytes(secret)).toString('hex');
}

export function verifyCommitment(alg: HashAlg, c: string, secret: string): boolean {
  if (typeof c !== 'string' || !HEX32.test(c)) return false;
  return timingSafeEqual(Buffer.from(c, 'hex'), Buffer.from(commitment(alg, secret), 'hex'));
}

/**
 * seed = H(UTF8("zhifa-draw-seed") ‖ snapshotDigest ‖ paramsDigest ‖ secret ‖ UTF8(beacon)).
 * Every field but the last has a fixed length, so the concatenation is unambiguous.
 */
export function drawSeed(alg: HashAlg, snapshotDigest: Buffer, paramsDigest: Buffer, m: SeedMaterial): Buffer {
  if (!verifyCommitment(alg, m.commitment, m.secret)) throw new ValidationError('揭示的秘密值与事先公布的承诺值不符', 'secret');
  if (typeof m.beacon !== 'string' || m.beacon.trim() === '') throw new ValidationError('公开随机源(beacon)取值不能为空', 'beacon');
  if (snapshotDigest.length !== 32 || paramsDigest.length !== 32) throw new Error('digests must be 32 bytes');
  return hash(alg, SEED_LABEL, snapshotDigest, paramsDigest, secretBytes(m.secret), m.beacon);
}
