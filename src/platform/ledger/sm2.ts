// SM2 (GB/T 32918) signatures over SM3 for ledger checkpoints, in plain TypeScript (sm-crypto-v2 on
// @noble/curves) so that the server, the CLI and the portal's browser check them with the same
// steps. Node's OpenSSL cannot be used to sign: it offers no way to set the distinguishing ID.
// The ID is hashed into the signed digest (e = SM3(Z_A ‖ M), Z_A = SM3(ENTL ‖ ID ‖ a ‖ b ‖ x_G ‖
// y_G ‖ x_A ‖ y_A)), so a verifier must use the signer's: every checkpoint records its scheme.
import { sm2 } from 'sm-crypto-v2';

export const SIG_SCHEMES = {
  /** GB/T 35276-2017 §10's default ID, which other 国密 tools assume; checkpoints from migration 0022 on. */
  'sm2-gbt35276': '1234567812345678',
  /** An empty ID (ENTL = 0), as Node's OpenSSL 3 signed; checkpoints before migration 0022. */
  'sm2-empty-id': '',
} as const;
export type SigScheme = keyof typeof SIG_SCHEMES;

/** The scheme new checkpoints are signed with. */
export const SIG_SCHEME: SigScheme = 'sm2-gbt35276';

export const isSigScheme = (s: unknown): s is SigScheme => typeof s === 'string' && Object.hasOwn(SIG_SCHEMES, s);

export const unknownSigSchemeMessage = (s: unknown) => `检查点签名方案「${String(s)}」未知，无法校验签名（已知方案：${Object.keys(SIG_SCHEMES).join('、')}）`;

const utf8 = new TextEncoder();
const toHex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
const fromHex = (h: string) => Uint8Array.from(h.match(/../g) ?? [], (x) => parseInt(x, 16));
const fromBase64 = (s: string) => Uint8Array.from(atob(s.replace(/\s+/g, '')), (c) => c.charCodeAt(0));
const toBase64 = (b: Uint8Array) => btoa(String.fromCharCode(...b));

/** The public point 04 ‖ x ‖ y (hex) of an SM2 public key in SPKI PEM; an SM2 SPKI ends with it. */
export function spkiPoint(publicKeyPem: string): string {
  const der = fromBase64(publicKeyPem.replace(/-----(BEGIN|END) PUBLIC KEY-----/g, ''));
  const point = toHex(der.slice(der.length - 65));
  if (!point.startsWith('04') || !sm2.verifyPublicKey(point)) throw new Error('不是 SM2 公钥');
  return point;
}

/** The public point 04 ‖ x ‖ y (hex) of the private key `d` (hex). */
export const publicPointOf = (d: string): string => sm2.getPublicKeyFromPrivateKey(d);

/** Signs `message` with the private key `d` (hex) whose public point is `point`: base64 DER (r, s). */
export function sm2Sign(d: string, point: string, message: Uint8Array, scheme: SigScheme): string {
  const sig = sm2.doSignature(message, d, { der: true, hash: true, publicKey: point, userId: SIG_SCHEMES[scheme] });
  return toBase64(fromHex(sig));
}

/** True when `signatureB64` (DER, base64) is `scheme`'s SM2-with-SM3 signature of `message` by the SPKI PEM key. */
export function sm2Verify(publicKeyPem: string, message: Uint8Array | string, signatureB64: string, scheme: SigScheme): boolean {
  // An unknown scheme must not fall through to sm-crypto-v2's default ID.
  if (!isSigScheme(scheme)) return false;
  try {
    const msg = typeof message === 'string' ? utf8.encode(message) : message;
    const sig = toHex(fromBase64(signatureB64));
    return sm2.doVerifySignature(msg, sig, spkiPoint(publicKeyPem), { der: true, hash: true, userId: SIG_SCHEMES[scheme] });
  } catch {
    return false;
  }
}
