// The hashes and the SM2 check a portal visitor's browser runs itself, so what the page says does
// not rest on the server's word. WebCrypto has no 国密 algorithms and its digest is asynchronous
// (proof.ts's ProofCrypto is not), so they come from sm-crypto-v2 (SM2/SM3 on @noble/curves) and
// @noble/hashes; the same code runs in Node for the tests, which hold it to OpenSSL.
import { sha256 as nobleSha256 } from '@noble/hashes/sha2';
import { sm2, sm3 as sm3Hex } from 'sm-crypto-v2';

const utf8 = new TextEncoder();

function concat(parts: (Uint8Array | string)[]): Uint8Array {
  const bytes = parts.map((p) => (typeof p === 'string' ? utf8.encode(p) : p));
  const out = new Uint8Array(bytes.reduce((n, b) => n + b.length, 0));
  let at = 0;
  for (const b of bytes) {
    out.set(b, at);
    at += b.length;
  }
  return out;
}

export const toHex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
const fromHex = (h: string) => Uint8Array.from(h.match(/../g) ?? [], (x) => parseInt(x, 16));
const fromBase64 = (s: string) => Uint8Array.from(atob(s.replace(/\s+/g, '')), (c) => c.charCodeAt(0));

/** SM3 (GB/T 32905-2016) of the parts, strings as UTF-8. */
export const sm3 = (...parts: (Uint8Array | string)[]): Uint8Array => fromHex(sm3Hex(concat(parts)));

/** SHA-256 of the parts, strings as UTF-8 (ledgers configured with sha256). */
export const sha256 = (...parts: (Uint8Array | string)[]): Uint8Array => nobleSha256(concat(parts));

/**
 * Distinguishing identifiers to try. Node's OpenSSL 3 signs with an EMPTY ID (ENTL = 0) when none
 * is set; GB/T 35276-2017 §10 names "1234567812345678" as the default that other SM2 tools use.
 * Either proves the key signed the message, so both are accepted.
 */
const IDS = ['', '1234567812345678'];

/** True when `signatureB64` (DER, base64) is a valid SM2-with-SM3 signature of `message` by the SPKI PEM key. */
export function sm2Verify(publicKeyPem: string, message: Uint8Array | string, signatureB64: string): boolean {
  try {
    const der = fromBase64(publicKeyPem.replace(/-----(BEGIN|END) PUBLIC KEY-----/g, ''));
    // An SM2 SPKI ends with the uncompressed point 04 ‖ x ‖ y.
    const point = toHex(der.slice(der.length - 65));
    if (!point.startsWith('04') || !sm2.verifyPublicKey(point)) return false;
    const msg = typeof message === 'string' ? utf8.encode(message) : message;
    const sig = toHex(fromBase64(signatureB64));
    return IDS.some((userId) => sm2.doVerifySignature(msg, sig, point, { der: true, hash: true, userId }));
  } catch {
    return false;
  }
}
