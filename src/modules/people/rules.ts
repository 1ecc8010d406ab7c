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
