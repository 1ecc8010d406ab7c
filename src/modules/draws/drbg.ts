import { createHmac } from 'node:crypto';
import type { HashAlg } from '../../platform/ledger/hash.js';

// HMAC_DRBG of NIST SP 800-90A Rev.1 §10.1.2, without reseeding or prediction resistance:
// a draw must be replayable from its recorded inputs alone, so no fresh entropy may enter.
// Both SM3 and SHA-256 have outlen = 32 bytes.
const OUTLEN = 32;
// SP 800-90A Table 2: at most 2^19 bits per Generate request.
const MAX_REQUEST_BYTES = 1 << 16;

export class HmacDrbg {
  private key: Buffer = Buffer.alloc(OUTLEN, 0x00);
  private v: Buffer = Buffer.alloc(OUTLEN, 0x01);

  /** Instantiate (§10.1.2.3): seed_material = entropy || nonce || personalization. */
  constructor(
    readonly alg: HashAlg,
    entropy: Uint8Array,
    nonce: Uint8Array = new Uint8Array(0),
    personalization: Uint8Array = new Uint8Array(0),
  ) {
    if (alg !== 'sm3' && alg !== 'sha256') throw new Error(`unsupported DRBG hash: ${String(alg)}`);
    this.update(Buffer.concat([entropy, nonce, personalization]));
  }

  private hmac(key: Buffer, ...parts: Uint8Array[]): Buffer {
    const h = createHmac(this.alg, key);
    for (const p of parts) if (p.length > 0) h.update(p);
    return h.digest();
  }

  /** HMAC_DRBG_Update (§10.1.2.2). */
  private update(provided: Uint8Array): void {
    this.key = this.hmac(this.key, this.v, ZERO, provided);
    this.v = this.hmac(this.key, this.v);
    if (provided.length === 0) return;
    this.key = this.hmac(this.key, this.v, ONE, provided);
    this.v = this.hmac(this.key, this.v);
  }

  /** HMAC_DRBG_Generate (§10.1.2.5): `n` bytes, then the state is updated with `additional`. */
  generate(n: number, additional: Uint8Array = EMPTY): Buffer {
    if (!Number.isInteger(n) || n < 0 || n > MAX_REQUEST_BYTES) throw new Error(`DRBG request of ${n} bytes`);
    if (additional.length > 0) this.update(additional);
    // One block covers the 4-byte requests of uniformInt, the draw's hot path: no list, no concat.
    if (n <= OUTLEN && n > 0) {
      this.v = this.hmac(this.key, this.v);
      const block = this.v;
      this.update(additional);
      return block.subarray(0, n);
    }
    const out: Buffer[] = [];
    let have = 0;
    while (have < n) {
      this.v = this.hmac(this.key, this.v);
      out.push(this.v);
      have += OUTLEN;
    }
    this.update(additional);
    return Buffer.concat(out).subarray(0, n);
  }
}

const EMPTY = new Uint8Array(0);
const ZERO = Buffer.of(0x00);
const ONE = Buffer.of(0x01);

const TWO_32 = 0x1_0000_0000;

/**
 * A uniform integer in [0, n), 1 ≤ n ≤ 2^32. Each attempt is one Generate call of 4 bytes
 * (no additional input), read as an unsigned big-endian integer r; r is accepted when
 * r < 2^32 − (2^32 mod n) and the answer is r mod n, otherwise another attempt is made.
 * Rejection rather than a bare modulus keeps small indices from being favoured.
 */
export function uniformInt(drbg: HmacDrbg, n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > TWO_32) throw new Error(`uniformInt: bad range ${n}`);
  const limit = TWO_32 - (TWO_32 % n);
  for (;;) {
    const r = drbg.generate(4).readUInt32BE(0);
    if (r < limit) return r % n;
  }
}
