import { type Challenge, solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import type { ProofIn } from '../contract.js';

/** Solves a proof-of-work challenge as the portal's browser does (tests only; a few milliseconds). */
export async function solve(challenge: Challenge): Promise<ProofIn> {
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error('proof of work not solved');
  return { challenge: challenge as ProofIn['challenge'], solution };
}
