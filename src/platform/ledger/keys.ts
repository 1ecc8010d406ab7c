import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

// Checkpoints are signed with SM2 (GB/T 32918) over SM3, through Node's OpenSSL. The private key
// lives in the data directory; its public half is stored in the database so anyone can verify.
export interface SigningKey {
  keyId: string;
  alg: 'SM2-SM3';
  privateKey: crypto.KeyObject;
  publicKeyPem: string;
}

export function generateSigningKey(): SigningKey {
  const { privateKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'SM2' });
  // A freshly generated key is typed plain EC and would sign ECDSA-with-SM3; reloaded from PEM,
  // OpenSSL types it SM2 and signs per GB/T 32918 — the form every verifier loads. Always reload.
  return fromPrivateKey(crypto.createPrivateKey(privateKey.export({ type: 'pkcs8', format: 'pem' })));
}

function fromPrivateKey(privateKey: crypto.KeyObject): SigningKey {
  const publicKey = crypto.createPublicKey(privateKey);
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return {
    keyId: crypto.createHash('sm3').update(der).digest('hex').slice(0, 16),
    alg: 'SM2-SM3',
    privateKey,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
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

export function sign(key: SigningKey, message: Buffer): string {
  return crypto.sign('sm3', message, key.privateKey).toString('base64');
}

export function verifySignature(publicKeyPem: string, message: Buffer, signature: string): boolean {
  try {
    return crypto.verify('sm3', message, crypto.createPublicKey(publicKeyPem), Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}
