import { type Challenge, solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/web/sha';
import type { ProofIn } from '../../../src/platform/contract';
import { api } from './api';

/**
 * Fetches a proof-of-work challenge and solves it in the browser (WebCrypto, about a second): what
 * a form sent without signing in carries instead of a third party's captcha.
 */
export async function solveProof(challengeUrl: string): Promise<ProofIn> {
  const challenge = await api<Challenge>(challengeUrl);
  const solution = await solveChallenge({ challenge, deriveKey, timeout: 60_000 });
  if (!solution) throw new Error('人机验证超时，请重新提交');
  return { challenge: challenge as ProofIn['challenge'], solution };
}
