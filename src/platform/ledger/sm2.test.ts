import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sm2 } from 'sm-crypto-v2';
import { describe, expect, it } from 'vitest';
import { checkpointMessage, generateSigningKey, sign, verifySignature } from './keys.js';
import { SIG_SCHEME, type SigScheme, isSigScheme, sm2Verify, spkiPoint, unknownSigSchemeMessage } from './sm2.js';

// New checkpoints must verify with GB/T 35276's default ID, by code that is not the signer's.
const GBT35276_ID = '1234567812345678';

// --- An independent SM2 verifier (GB/T 32918.2-2016 §7): BigInt arithmetic and OpenSSL's SM3. ---
const P = 0xfffffffeffffffffffffffffffffffffffffffff00000000ffffffffffffffffn;
const A = P - 3n;
const B = 0x28e9fa9e9d9f5e344d5a9e4bcf6509a7f39789f515ab8f92ddbcbd414d940e93n;
const N = 0xfffffffeffffffffffffffffffffffff7203df6b21c6052b53bbf40939d54123n;
const G: Point = [0x32c4ae2c1f1981195f9904466a39c9948fe30bbff2660be1715a4589334c74c7n, 0xbc3736a2f4f6779c59bdcee36b692153d0a9877cc62a474002df32e52139f0a0n];
type Point = [bigint, bigint] | null;

const mod = (x: bigint, m = P) => ((x % m) + m) % m;
function inv(x: bigint): bigint {
  let [a, b, u, v] = [mod(x), P, 1n, 0n];
  while (a !== 0n) {
    const q = b / a;
    [a, b, u, v] = [b - q * a, a, v - q * u, u];
  }
  return mod(v);
}
function add(p: Point, q: Point): Point {
  if (!p) return q;
  if (!q) return p;
  if (p[0] === q[0] && mod(p[1] + q[1]) === 0n) return null;
  const l = p[0] === q[0] ? mod((3n * p[0] * p[0] + A) * inv(2n * p[1])) : mod((q[1] - p[1]) * inv(q[0] - p[0]));
  const x = mod(l * l - p[0] - q[0]);
  return [x, mod(l * (p[0] - x) - p[1])];
}
function mul(k: bigint, p: Point): Point {
  let r: Point = null;
  for (const bit of k.toString(2)) {
    r = add(r, r);
    if (bit === '1') r = add(r, p);
  }
  return r;
}
const be32 = (x: bigint) => Buffer.from(x.toString(16).padStart(64, '0'), 'hex');
const sm3 = (...parts: Buffer[]) => crypto.createHash('sm3').update(Buffer.concat(parts)).digest();

/** DER SEQUENCE { INTEGER r, INTEGER s } (short lengths: an SM2 signature is at most 72 bytes). */
function derRS(der: Buffer): [bigint, bigint] {
  expect(der[0]).toBe(0x30);
  const rLen = der[3];
  const r = BigInt(`0x${der.subarray(4, 4 + rLen).toString('hex')}`);
  const s = BigInt(`0x${der.subarray(6 + rLen, 6 + rLen + der[5 + rLen]).toString('hex')}`);
  return [r, s];
}

function referenceVerify(publicKeyPem: string, message: Buffer, signatureB64: string, id: string): boolean {
  const point = Buffer.from(spkiPoint(publicKeyPem), 'hex');
  const pa: Point = [BigInt(`0x${point.subarray(1, 33).toString('hex')}`), BigInt(`0x${point.subarray(33).toString('hex')}`)];
  const idBytes = Buffer.from(id, 'utf8');
  const entl = Buffer.from([(idBytes.length * 8) >> 8, (idBytes.length * 8) & 0xff]);
  const za = sm3(entl, idBytes, be32(A), be32(B), be32(G![0]), be32(G![1]), be32(pa[0]), be32(pa[1]));
  const e = BigInt(`0x${sm3(za, message).toString('hex')}`);
  const [r, s] = derRS(Buffer.from(signatureB64, 'base64'));
  if (r < 1n || r >= N || s < 1n || s >= N) return false;
  const t = mod(r + s, N);
  if (t === 0n) return false;
  const x1 = add(mul(s, G), mul(t, pa));
  return !!x1 && mod(e + x1[0], N) === r;
}

const key = generateSigningKey();
const message = checkpointMessage({ alg: 'sm3', treeSize: 9, rootHash: 'ab'.repeat(32), at: '2026-03-02T03:00:00.000Z' });
const signature = sign(key, message);
/** How checkpoints were signed before migration 0022: Node's OpenSSL, which sets no ID. */
const legacy = crypto.sign('sm3', message, key.privateKey).toString('base64');

describe('checkpoint signatures (GB/T 35276)', () => {
  it('are made with the GB/T 35276 scheme', () => {
    expect(SIG_SCHEME).toBe('sm2-gbt35276');
  });

  it('verify with the default ID 1234567812345678 in an independent verifier, and only with it', () => {
    expect(referenceVerify(key.publicKeyPem, message, signature, GBT35276_ID)).toBe(true);
    expect(referenceVerify(key.publicKeyPem, message, signature, '')).toBe(false);
    expect(referenceVerify(key.publicKeyPem, message, signature, '1234567812345679')).toBe(false);
    expect(referenceVerify(key.publicKeyPem, Buffer.concat([message, Buffer.from('\n')]), signature, GBT35276_ID)).toBe(false);
    // The reference verifier is itself right: it accepts OpenSSL's own signatures under OpenSSL's empty ID.
    expect(referenceVerify(key.publicKeyPem, message, legacy, '')).toBe(true);
    expect(referenceVerify(key.publicKeyPem, message, legacy, GBT35276_ID)).toBe(false);
  });

  it('verify in sm-crypto-v2 given the ID explicitly, and fail with an empty one', () => {
    const sig = Buffer.from(signature, 'base64').toString('hex');
    const point = spkiPoint(key.publicKeyPem);
    expect(sm2.doVerifySignature(message, sig, point, { hash: true, der: true, userId: GBT35276_ID })).toBe(true);
    expect(sm2.doVerifySignature(message, sig, point, { hash: true, der: true, userId: '' })).toBe(false);
    expect(sm2.doVerifySignature(message, sig, point, { hash: true, der: true, userId: 'zhifa' })).toBe(false);
  });

  const openssl = (() => {
    try {
      execFileSync('openssl', ['version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
  it.skipIf(!openssl)('verify in the openssl command with distid:1234567812345678, and fail without it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-sm2-'));
    try {
      fs.writeFileSync(path.join(dir, 'pub.pem'), key.publicKeyPem);
      fs.writeFileSync(path.join(dir, 'msg'), message);
      fs.writeFileSync(path.join(dir, 'sig'), Buffer.from(signature, 'base64'));
      const verify = (...opts: string[]) => {
        try {
          execFileSync('openssl', ['pkeyutl', '-verify', '-pubin', '-inkey', 'pub.pem', '-rawin', '-digest', 'sm3', '-in', 'msg', '-sigfile', 'sig', ...opts], {
            cwd: dir,
            stdio: 'ignore',
          });
          return true;
        } catch {
          return false;
        }
      };
      expect(verify('-pkeyopt', `distid:${GBT35276_ID}`)).toBe(true);
      expect(verify()).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('verifySignature uses the scheme it is given', () => {
  it('reads a new signature as sm2-gbt35276 and an OpenSSL (empty ID) one as sm2-empty-id, not the other way', () => {
    expect(verifySignature(key.publicKeyPem, message, signature, 'sm2-gbt35276')).toBe(true);
    expect(verifySignature(key.publicKeyPem, message, signature, 'sm2-empty-id')).toBe(false);
    expect(verifySignature(key.publicKeyPem, message, legacy, 'sm2-empty-id')).toBe(true);
    expect(verifySignature(key.publicKeyPem, message, legacy, 'sm2-gbt35276')).toBe(false);
  });

  it('refuses another key, a garbled signature and an unknown scheme', () => {
    expect(verifySignature(generateSigningKey().publicKeyPem, message, signature, 'sm2-gbt35276')).toBe(false);
    expect(verifySignature(key.publicKeyPem, message, 'bm90IGEgc2lnbmF0dXJl', 'sm2-gbt35276')).toBe(false);
    // Not a fall-through to sm-crypto-v2's default ID, which is the GB/T 35276 one.
    expect(sm2Verify(key.publicKeyPem, message, signature, 'sm2' as SigScheme)).toBe(false);
    expect(isSigScheme('sm2')).toBe(false);
    expect(isSigScheme('toString')).toBe(false);
    expect(unknownSigSchemeMessage('sm2')).toBe('检查点签名方案「sm2」未知，无法校验签名（已知方案：sm2-gbt35276、sm2-empty-id）');
  });
});
