// A small proof of work for forms anyone may send without signing in (the portal's 举报): the
// browser spends about a second finding a counter, a script sending thousands pays thousands of
// seconds. No third party is asked (altcha-lib, MIT). The challenge is signed with a key derived
// from the seal key, expires after CHALLENGE_MINUTES, and serves once: the caller stores its digest
// under a unique index, which `proofDigest` gives.
import crypto from 'node:crypto';
import { type Challenge, createChallenge, randomInt, verifySolution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import type { ProofIn } from '../contract.js';
import type { SealKey } from '../crypto/seal.js';
import { ValidationError } from '../errors.js';

export const CHALLENGE_MINUTES = 10;
/**
 * SHA-256 rounds per attempt and the range the hidden counter is drawn from: about 20 000 hashes
 * on average, ~0.5–1 s of WebCrypto in a phone's browser, a few milliseconds to verify.
 */
export const POW = { algorithm: 'SHA-256', cost: 4, counter: [2_000, 8_000] as const };

const secretOf = (key: SealKey) => crypto.createHmac('sm3', key.mac).update('zhifa:proof-of-work').digest('hex');

/** The expiry is on the machine's real clock, not the app's (a test's may stand in March): altcha checks it against Date.now(). */
export function issueChallenge(key: SealKey): Promise<Challenge> {
  const secret = secretOf(key);
  return createChallenge({
    algorithm: POW.algorithm,
    cost: POW.cost,
    counter: randomInt(POW.counter[0], POW.counter[1]),
    deriveKey,
    expiresAt: new Date(Date.now() + CHALLENGE_MINUTES * 60_000),
    hmacSignatureSecret: secret,
    hmacKeySignatureSecret: secret,
  });
}

/** Checks a proof and returns the digest that marks its challenge used; throws a 422 on `field`. */
export async function checkProof(key: SealKey, proof: ProofIn | undefined, field = 'proof'): Promise<string> {
  if (!proof) throw new ValidationError('缺少人机验证，请刷新页面后重新提交', field);
  if (proof.challenge.parameters.algorithm !== POW.algorithm) throw new ValidationError('人机验证无效，请刷新页面后重新提交', field);
  const secret = secretOf(key);
  const r = await verifySolution({
    challenge: proof.challenge,
    solution: proof.solution,
    deriveKey,
    hmacSignatureSecret: secret,
    hmacKeySignatureSecret: secret,
  });
  if (r.expired) throw new ValidationError(`人机验证已超过 ${CHALLENGE_MINUTES} 分钟，请重新提交`, field);
  if (!r.verified) throw new ValidationError('人机验证未通过，请刷新页面后重新提交', field);
  return proofDigest(proof);
}

export const proofDigest = (proof: ProofIn) =>
  crypto.createHash('sm3').update(`${proof.challenge.parameters.nonce}:${proof.challenge.parameters.salt}`).digest('hex');
