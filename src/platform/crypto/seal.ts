import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

// Sealed fields (a tipster's name and phone): encrypted at rest with a key that is never in the
// database, so a dump of it reads nothing. SM4 (GB/T 32907) in CTR mode with a random IV, then
// HMAC-SM3 over everything before the tag (encrypt-then-MAC), as GB/T 39786 asks of personal data;
// Node's OpenSSL has no SM4-GCM. The key is 48 bytes: 16 for SM4, 32 for the MAC.
//
//   sealed = 0x01 ‖ keyId (8) ‖ iv (16) ‖ tag (32) ‖ ciphertext

export interface SealKey {
  /** The first 8 bytes of SM3(key), hex: says which key sealed a value, reveals nothing of it. */
  keyId: string;
  enc: Buffer;
  mac: Buffer;
}

const VERSION = 0x01;
const KEY_BYTES = 48;

export function sealKeyOf(bytes: Buffer): SealKey {
  if (bytes.length !== KEY_BYTES) throw new Error(`封存密钥应为 ${KEY_BYTES} 字节，实为 ${bytes.length} 字节`);
  return { keyId: crypto.createHash('sm3').update(bytes).digest('hex').slice(0, 16), enc: bytes.subarray(0, 16), mac: bytes.subarray(16) };
}

export const generateSealKey = () => sealKeyOf(crypto.randomBytes(KEY_BYTES));

/**
 * The key from ZHIFA_SEAL_KEY (96 hex digits, for a key kept in a secrets manager), else from
 * `<dataDir>/keys/seal.key`, created (mode 0600) on first start beside the ledger's signing key.
 */
export function loadOrCreateSealKey(dataDir: string, fromEnv?: string): SealKey {
  if (fromEnv) {
    if (!/^[0-9a-fA-F]{96}$/.test(fromEnv)) throw new Error('ZHIFA_SEAL_KEY 须为 96 位十六进制数字（48 字节）');
    return sealKeyOf(Buffer.from(fromEnv, 'hex'));
  }
  const dir = path.join(dataDir, 'keys');
  const file = path.join(dir, 'seal.key');
  if (fs.existsSync(file)) return sealKeyOf(fs.readFileSync(file));
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const bytes = crypto.randomBytes(KEY_BYTES);
  fs.writeFileSync(file, bytes, { mode: 0o600 });
  return sealKeyOf(bytes);
}

export function seal(key: SealKey, plaintext: string): Buffer {
  const iv = crypto.randomBytes(16);
  const cipher = crypto.createCipheriv('sm4-ctr', key.enc, iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const head = Buffer.concat([Buffer.from([VERSION]), Buffer.from(key.keyId, 'hex'), iv]);
  const tag = crypto.createHmac('sm3', key.mac).update(head).update(body).digest();
  return Buffer.concat([head, tag, body]);
}

export class SealError extends Error {}

/** The plaintext, or SealError when the value was sealed with another key or altered. */
export function unseal(key: SealKey, sealed: Buffer): string {
  if (sealed.length < 57 || sealed[0] !== VERSION) throw new SealError('封存数据格式不对');
  const head = sealed.subarray(0, 25);
  if (head.subarray(1, 9).toString('hex') !== key.keyId) throw new SealError('封存数据不是用当前密钥加密的');
  const tag = sealed.subarray(25, 57);
  const body = sealed.subarray(57);
  const expected = crypto.createHmac('sm3', key.mac).update(head).update(body).digest();
  if (!crypto.timingSafeEqual(tag, expected)) throw new SealError('封存数据已被改动');
  const decipher = crypto.createDecipheriv('sm4-ctr', key.enc, head.subarray(9, 25));
  return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
}
