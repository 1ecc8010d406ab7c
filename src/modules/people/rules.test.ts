import { describe, expect, it } from 'vitest';
import { canEnforce, credentialStatus, EXPIRY_WARNING_DAYS } from './rules.js';

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
