// Sign-in rules of 等保2.0 level 3 (GB/T 22239-2019 §8.1.4.1 身份鉴别): complex passwords,
// lock-out after repeated failures, and ending idle sessions. Pure: time comes in as a value.

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_FAILED_ATTEMPTS = 5;
export const LOCK_MINUTES = 30;
export const IDLE_MINUTES = 30;
// On top of the per-account lock: one address guessing across many accounts is stopped too.
export const MAX_FAILED_PER_ADDRESS = 30;
export const ADDRESS_WINDOW_MINUTES = 15;

const CLASSES: [RegExp, string][] = [
  [/[A-Z]/, '大写字母'],
  [/[a-z]/, '小写字母'],
  [/[0-9]/, '数字'],
  [/[^A-Za-z0-9]/, '符号'],
];

/** Why a password is too weak, or null: ≥ 8 characters with at least 3 of 4 character classes. */
export function passwordProblem(password: string, username?: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `密码长度不得少于 ${MIN_PASSWORD_LENGTH} 位`;
  if (password.length > 128) return '密码长度不得超过 128 位';
  const present = CLASSES.filter(([re]) => re.test(password)).length;
  if (present < 3) return '密码须包含大写字母、小写字母、数字、符号中的至少三类';
  if (username && password.toLowerCase().includes(username.toLowerCase())) return '密码不得包含用户名';
  return null;
}

export interface LockState {
  failedAttempts: number;
  lockedUntil: Date | null;
}

export function isLocked(s: LockState, now: Date): boolean {
  return s.lockedUntil !== null && s.lockedUntil.getTime() > now.getTime();
}

/** The state after one more failed attempt; the fifth in a row locks the account for 30 minutes. */
export function afterFailure(s: LockState, now: Date): LockState & { justLocked: boolean; remaining: number } {
  // A lock that has run out starts a fresh count.
  const base = s.lockedUntil && s.lockedUntil.getTime() <= now.getTime() ? 0 : s.failedAttempts;
  const failedAttempts = base + 1;
  if (failedAttempts >= MAX_FAILED_ATTEMPTS) {
    return { failedAttempts, lockedUntil: new Date(now.getTime() + LOCK_MINUTES * 60_000), justLocked: true, remaining: 0 };
  }
  return { failedAttempts, lockedUntil: null, justLocked: false, remaining: MAX_FAILED_ATTEMPTS - failedAttempts };
}

export function isIdleExpired(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() > IDLE_MINUTES * 60_000;
}
