import { describe, expect, it } from 'vitest';
import { ADMIN_ROLES, ROLES, roleSetProblem } from './roles.js';
import { IDLE_MINUTES, LOCK_MINUTES, MAX_FAILED_ATTEMPTS, afterFailure, isIdleExpired, isLocked, passwordProblem } from './rules.js';

const t0 = new Date('2026-05-01T08:00:00Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

describe('password complexity (≥ 8 characters, 3 of 4 classes)', () => {
  const samples = { upper: 'ABCD', lower: 'abcd', digit: '1234', symbol: '#$%&' } as const;
  const keys = Object.keys(samples) as (keyof typeof samples)[];
  // Every combination of classes, each padded to 8 characters.
  for (let mask = 1; mask < 16; mask++) {
    const chosen = keys.filter((_, i) => mask & (1 << i));
    const pw = chosen
      .map((k) => samples[k])
      .join('')
      .padEnd(8, samples[chosen[0]][0]);
    it(`${chosen.join('+')} is ${chosen.length >= 3 ? 'accepted' : 'refused'}`, () => {
      expect(passwordProblem(pw) === null).toBe(chosen.length >= 3);
    });
  }
  it('refuses 7 characters even with all four classes, accepts 8', () => {
    expect(passwordProblem('Ab1#xyz')).toMatch(/不得少于 8 位/);
    expect(passwordProblem('Ab1#xyzw')).toBeNull();
  });
  it('refuses a password containing the username', () => {
    expect(passwordProblem('Xn.Head#2026', 'xn.head')).toMatch(/用户名/);
  });
});

describe('lock-out after 5 failures for 30 minutes', () => {
  it('counts failures and locks on the fifth', () => {
    let s = { failedAttempts: 0, lockedUntil: null as Date | null };
    for (let i = 1; i < MAX_FAILED_ATTEMPTS; i++) {
      const n = afterFailure(s, t0);
      expect(n).toMatchObject({ failedAttempts: i, justLocked: false, remaining: MAX_FAILED_ATTEMPTS - i, lockedUntil: null });
      s = n;
    }
    const locked = afterFailure(s, t0);
    expect(locked.justLocked).toBe(true);
    expect(locked.lockedUntil).toEqual(at(LOCK_MINUTES));
  });
  it('is locked until exactly 30 minutes later', () => {
    const s = { failedAttempts: 5, lockedUntil: at(LOCK_MINUTES) };
    expect(isLocked(s, at(LOCK_MINUTES - 0.001))).toBe(true);
    expect(isLocked(s, at(LOCK_MINUTES))).toBe(false);
    expect(isLocked({ failedAttempts: 3, lockedUntil: null }, t0)).toBe(false);
  });
  it('starts a fresh count once a lock has run out', () => {
    const n = afterFailure({ failedAttempts: 5, lockedUntil: at(30) }, at(31));
    expect(n).toMatchObject({ failedAttempts: 1, justLocked: false });
  });
});

describe('idle sessions end after 30 minutes', () => {
  it('keeps a session seen 30 minutes ago and ends one seen earlier', () => {
    expect(isIdleExpired(t0, at(IDLE_MINUTES))).toBe(false);
    expect(isIdleExpired(t0, at(IDLE_MINUTES + 0.001))).toBe(true);
  });
});

describe('三员分立: role sets', () => {
  it('lets an admin role stand only alone', () => {
    for (const admin of ADMIN_ROLES) {
      expect(roleSetProblem([admin])).toBeNull();
      for (const other of ROLES.filter((r) => r !== admin)) expect(roleSetProblem([admin, other])).toMatch(/三员分立/);
    }
  });
  it('keeps enterprise users out of bureau roles', () => {
    for (const other of ROLES.filter((r) => r !== 'enterpriseUser' && !(ADMIN_ROLES as readonly string[]).includes(r))) {
      expect(roleSetProblem(['enterpriseUser', other])).toMatch(/企业用户/);
    }
  });
  it('allows business roles together, refuses duplicates', () => {
    expect(roleSetProblem(['sectionChief', 'officer'])).toBeNull();
    expect(roleSetProblem(['officer', 'officer'])).toMatch(/重复/);
  });
});
