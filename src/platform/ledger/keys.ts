import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { SIG_SCHEME, type SigScheme, publicPointOf, sm2Sign, sm2Verify, spkiPoint } from './sm2.js';

// Checkpoints are signed with SM2 (GB/T 32918) over SM3, per GB/T 35276 (sm2.ts). The private key
// lives in the data directory; its public half is stored in the database so anyone can verify.
export interface SigningKey {
  keyId: string;
  alg: 'SM2-SM3';
  privateKey: crypto.KeyObject;
  publicKeyPem: string;
  /** The private scalar d and the public point 04 ‖ x ‖ y, hex, for sm2.ts. */
  raw: { d: string; point: string };
}

export function generateSigningKey(): SigningKey {
  const { privateKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'SM2' });
  // A freshly generated key is typed plain EC (ECDSA to OpenSSL); reloaded from PEM it is typed SM2,
  // as when read back from the data directory. Always reload, so a key is the same from its first use.
  return fromPrivateKey(crypto.createPrivateKey(privateKey.export({ type: 'pkcs8', format: 'pem' })));
}

function fromPrivateKey(privateKey: crypto.KeyObject): SigningKey {
  const publicKey = crypto.createPublicKey(privateKey);
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const raw = { d: privateScalar(privateKey), point: spkiPoint(publicKeyPem) };
  if (publicPointOf(raw.d) !== raw.point) throw new Error('签名密钥的私钥与公钥不符');
  return {
    keyId: crypto.createHash('sm3').update(der).digest('hex').slice(0, 16),
    alg: 'SM2-SM3',
    privateKey,
    publicKeyPem,
    raw,
  };
}

// PKCS#8 wraps an RFC 5915 ECPrivateKey: INTEGER 1, then the key as a 32-byte OCTET STRING.
const EC_PRIVATE_KEY_START = Buffer.from([0x02, 0x01, 0x01, 0x04, 0x20]);

function privateScalar(privateKey: crypto.KeyObject): string {
  const pkcs8 = privateKey.export({ type: 'pkcs8', format: 'der' });
  const at = pkcs8.indexOf(EC_PRIVATE_KEY_START);
  if (at < 0) throw new Error('签名密钥不是 SM2 私钥（PKCS#8）');
  return pkcs8.subarray(at + EC_PRIVATE_KEY_START.length, at + EC_PRIVATE_KEY_START.length + 32).toString('hex');
}

/** Loads the server's key from `<dataDir>/keys`, creating it (mode 0600) on first start. */
export function loadOrCreateSigningKey(dataDir: string): SigningKey {
  const dir = path.join(dataDir, 'keys');
  const file = path.join(dir, 'ledger-sm2.pem');
  if (fs.existsSync(file)) return fromPrivateKey(crypto.createPrivateKey(fs.readFileSync(file)));
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const key = generateSigningKey();
  fs.writeFileSync(file, key.privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  return key;
}

export function checkpointMessage(c: { alg: string; treeSize: number; rootHash: string; at: string }): Buffer {
  return Buffer.from(`zhifa-ledger-checkpoint\n${c.alg}\n${c.treeSize}\n${c.rootHash}\n${c.at}`, 'utf8');
}

/** Signs with the current scheme, SIG_SCHEME, which the checkpoint must record. */
export function sign(key: SigningKey, message: Buffer): string {
  return sm2Sign(key.raw.d, key.raw.point, message, SIG_SCHEME);
}

export function verifySignature(publicKeyPem: string, message: Uint8Array, signature: string, scheme: SigScheme): boolean {
  return sm2Verify(publicKeyPem, message, signature, scheme);
}
