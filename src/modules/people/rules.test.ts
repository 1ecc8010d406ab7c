import { describe, expect, it } from 'vitest';
import type { CredentialStatus } from './contract.js';
import { canEnforce, credentialStatus, EXPIRY_WARNING_DAYS, officerFigures } from './rules.js';

describe('credential status', () => {
  const c = { validFrom: '2024-01-01', validTo: '2026-12-31' };
  it.each([
    ['2023-12-31', 'notYetValid'],
    ['2024-01-01', 'valid'],
    ['2026-11-30', 'valid'],
    ['2026-12-01', 'expiring'],
    ['2026-12-31', 'expiring'],
    ['2027-01-01', 'expired'],
  ] as const)('on %s is %s', (today, status) => {
    expect(credentialStatus(c, today)).toBe(status);
  });
  it(`warns exactly ${EXPIRY_WARNING_DAYS} days ahead, across a leap day`, () => {
    expect(credentialStatus({ validFrom: '2020-01-01', validTo: '2028-03-01' }, '2028-01-30')).toBe('valid');
    expect(credentialStatus({ validFrom: '2020-01-01', validTo: '2028-03-01' }, '2028-01-31')).toBe('expiring');
  });
  it('lets only a credential in force enforce', () => {
    expect(['notYetValid', 'valid', 'expiring', 'expired'].map((s) => canEnforce(s as never))).toEqual([false, true, true, false]);
  });
});

describe('officerFigures', () => {
  const officer = (...statuses: CredentialStatus[]) => ({ roles: ['officer'], statuses });
  it('counts certified officers by a credential in force, and reviewers against the 5% line', () => {
    const people = [
      ...Array.from({ length: 19 }, () => officer('valid')),
      officer('expired'),
      officer('expired', 'expiring'),
      { roles: ['legalReviewer'], statuses: [] },
    ];
    const f = officerFigures(people);
    expect(f).toMatchObject({ officers: 21, certified: 20, legalReviewers: 1, reviewerShareMet: false });
    expect(f.certifiedShare).toBeCloseTo(20 / 21);
    expect(officerFigures(people.slice(1)).reviewerShareMet).toBe(true); // 1 of 20 is exactly 5%
  });
  it('is zero, and not a warning, for an org without officers', () => {
    expect(officerFigures([])).toEqual({ officers: 0, certified: 0, certifiedShare: 0, legalReviewers: 0, legalReviewerShare: 0, reviewerShareMet: true });
  });
});
