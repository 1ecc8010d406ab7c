import type { ConsistencyBundle, ProofBundle, PublishedDocument, SignedCheckpoint, Verification } from './contract.js';
import { payloadDigestOf, verifyConsistencyBundle, verifyProofBundle, type ProofCrypto } from './proof.js';
import { sm2Verify } from '../../platform/ledger/sm2.js';
import { sha256, sm3 } from './portal-crypto.js';

// The portal's check of a published disclosure, run in the visitor's browser: proof.ts's steps
// with portal-crypto.ts's SM3 and SHA-256 and sm2.ts's SM2, so what the page says does not rest
// on the server's word.

export const browserProofCrypto: ProofCrypto = {
  hash(alg, ...parts) {
    if (alg === 'sm3') return sm3(...parts);
    if (alg === 'sha256') return sha256(...parts);
    throw new Error(`unsupported hash algorithm: ${alg}`);
  },
  verifySignature: (pem, message, signature, scheme) => sm2Verify(pem, message, signature, scheme),
};

/** Verifies the bundle with `document` (the one shown on the page) in place of the bundle's own. */
export function verifyProof(bundle: ProofBundle, document: PublishedDocument = bundle.document): Promise<Verification> {
  return verifyProofBundle(browserProofCrypto, { ...bundle, document });
}

/**
 * That the ledger was not rewritten after the proof's checkpoint: `later` must start from that
 * very checkpoint (same size and root) and prove the newer signed one extends it (RFC 9162).
 */
export async function stillConsistent(proven: SignedCheckpoint, later: ConsistencyBundle): Promise<boolean> {
  if (later.from.treeSize !== proven.treeSize || later.from.rootHash !== proven.rootHash) return false;
  return (await verifyConsistencyBundle(browserProofCrypto, later)).ok;
}

/**
 * Whether a copy of the decision text is the published one: the copy is put in the published
 * document's place and must hash to the recorded payloadDigest. Line endings and trailing
 * whitespace are forgiven (a copy saved from a browser or an editor gains them); nothing else is.
 */
export function copyMatches(bundle: ProofBundle, copy: string): boolean {
  const norm = (s: string) => s.replace(/\r\n?/g, '\n').trimEnd();
  const original = bundle.document.text;
  const text = norm(copy) === norm(original) ? original : norm(copy);
  try {
    return payloadDigestOf(browserProofCrypto, bundle.entry.alg, { ...bundle.document, text }) === bundle.entry.payloadDigest;
  } catch {
    return false;
  }
}
