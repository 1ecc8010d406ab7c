// The hashes a portal visitor's browser runs itself, so what the page says does not rest on the
// server's word (the SM2 check is platform/ledger/sm2.ts, plain TypeScript too). WebCrypto has no
// 国密 algorithms and its digest is asynchronous (proof.ts's ProofCrypto is not), so they come from
// sm-crypto-v2 and @noble/hashes; the same code runs in Node for the tests, which hold it to OpenSSL.
import { sha256 as nobleSha256 } from '@noble/hashes/sha2';
import { sm3 as sm3Hex } from 'sm-crypto-v2';

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

/** SM3 (GB/T 32905-2016) of the parts, strings as UTF-8. */
export const sm3 = (...parts: (Uint8Array | string)[]): Uint8Array => fromHex(sm3Hex(concat(parts)));

/** SHA-256 of the parts, strings as UTF-8 (ledgers configured with sha256). */
export const sha256 = (...parts: (Uint8Array | string)[]): Uint8Array => nobleSha256(concat(parts));
