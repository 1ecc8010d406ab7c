import { addDays } from '../../platform/dates.js';
import type { CredentialStatus } from './contract.js';

/** Warnings start this many days before a credential runs out. */
export const EXPIRY_WARNING_DAYS = 30;

/** A credential's standing on `today` (dates are YYYY-MM-DD, both ends inclusive). */
export function credentialStatus(c: { validFrom: string; validTo: string }, today: string): CredentialStatus {
  if (today < c.validFrom) return 'notYetValid';
  if (today > c.validTo) return 'expired';
  if (addDays(today, EXPIRY_WARNING_DAYS) >= c.validTo) return 'expiring';
  return 'valid';
}

/** Only a credential in force lets an officer inspect or handle a case (行政处罚法 第四十二条). */
export function canEnforce(status: CredentialStatus): boolean {
  return status === 'valid' || status === 'expiring';
}

/** Legal reviewers should be at least this share of enforcement officers (国办发〔2018〕118号 三、(十一)). */
export const MIN_REVIEWER_SHARE = 0.05;

export interface OfficerFigures {
  officers: number;
  certified: number;
  certifiedShare: number;
  legalReviewers: number;
  legalReviewerShare: number;
  reviewerShareMet: boolean;
}

/**
 * Figures for the 执法人员名录库: officers are accounts with the officer role; certified are
 * those holding a credential in force today (持证率); shares are 0 when there are no officers.
 */
export function officerFigures(people: { roles: readonly string[]; statuses: CredentialStatus[] }[]): OfficerFigures {
  const officers = people.filter((p) => p.roles.includes('officer'));
  const certified = officers.filter((p) => p.statuses.some(canEnforce)).length;
  const legalReviewers = people.filter((p) => p.roles.includes('legalReviewer')).length;
  const share = (n: number) => (officers.length === 0 ? 0 : n / officers.length);
  return {
    officers: officers.length,
    certified,
    certifiedShare: share(certified),
    legalReviewers,
    legalReviewerShare: share(legalReviewers),
    reviewerShareMet: officers.length === 0 || legalReviewers / officers.length >= MIN_REVIEWER_SHARE,
  };
}
