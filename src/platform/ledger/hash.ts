import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

// SM3 first: 国密 (GB/T 32905-2016) is what Chinese government systems are assessed against;
// SHA-256 exists for deployments whose auditors or tooling expect it.
export type HashAlg = 'sm3' | 'sha256';
export const HASH_ALGS: readonly HashAlg[] = ['sm3', 'sha256'];

export function hash(alg: HashAlg, ...parts: (Uint8Array | string)[]): Buffer {
  // The algorithm usually comes from configuration, so a typo must fail loudly rather than
  // quietly selecting some other digest that Node happens to support.
  if (!HASH_ALGS.includes(alg)) throw new Error(`unsupported ledger hash algorithm: ${String(alg)}`);
  const h = createHash(alg);
  for (const part of parts) h.update(typeof part === 'string' ? Buffer.from(part, 'utf8') : part);
  return h.digest();
}

// RFC 8785 (JCS), so that an independent verifier in any language gets the same bytes.
export function canonicalJson(value: unknown): string {
  if (value === undefined) throw new Error('canonicalJson: undefined has no JSON representation');
  const json = canonicalize(value);
  // Functions and symbols at the top level also serialise to nothing.
  if (json === undefined) throw new Error(`canonicalJson: ${typeof value} has no JSON representation`);
  return json;
}
