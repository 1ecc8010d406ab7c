// The two primitives proof.ts needs, for the CLI and server tests: Node's (OpenSSL's) SM3 and
// SHA-256, and the ledger's own SM2 check.
import { hash, type HashAlg } from '../../platform/ledger/hash.js';
import { verifySignature } from '../../platform/ledger/keys.js';
import type { ProofCrypto } from './proof.js';

export const nodeProofCrypto: ProofCrypto = {
  hash: (alg, ...parts) => hash(alg as HashAlg, ...parts),
  verifySignature,
};
