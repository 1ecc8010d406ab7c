// Node's implementations of the two primitives proof.ts needs (CLI and server tests).
import { hash, type HashAlg } from '../../platform/ledger/hash.js';
import { verifySignature } from '../../platform/ledger/keys.js';
import type { ProofCrypto } from './proof.js';

export const nodeProofCrypto: ProofCrypto = {
  hash: (alg, ...parts) => hash(alg as HashAlg, ...parts),
  verifySignature: (pem, message, sig) => verifySignature(pem, Buffer.from(message), sig),
};
