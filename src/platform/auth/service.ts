import crypto from 'node:crypto';
import { and, desc, eq, gt, sql } from 'drizzle-orm';
import type { Actor, AppContext } from '../context.js';
import type { Executor } from '../db/index.js';
import { Locked, TooManyRequests, Unauthenticated, ValidationError } from '../errors.js';
import { appendEntry } from '../ledger/service.js';
import { org } from '../orgs/schema.js';
import { hashPassword, verifyPassword } from './password.js';
import { ADDRESS_WINDOW_MINUTES, afterFailure, isIdleExpired, isLocked, MAX_FAILED_PER_ADDRESS, passwordProblem } from './rules.js';
import { securityEvent, session, userAccount } from './schema.js';
import { orgIdWithin } from '../orgs/scope.js';

/** The signed-in user as every route sees it. */
export interface Principal extends Actor {
  userId: string;
  displayName: string;
  orgId: string;
  orgName: string;
  enterpriseId: string | null;
  mustChangePassword: boolean;
  csrfToken: string;
  tokenHash: string;
}

export type SecurityEventKind =
  | 'signIn'
  | 'signInFailed'
  | 'locked'
  | 'signOut'
  | 'sessionExpired'
  | 'permissionDenied'
  | 'passwordChanged'
  | 'unlocked'
  | 'rolesChanged'
  | 'addressLimited'
  /** A tipster's sealed identity shown to the principal leader (tips module), with the reason. */
  | 'identityRevealed';

export async function recordSecurityEvent(
  ex: Executor,
  app: Pick<AppContext, 'clock'>,
  e: { kind: SecurityEventKind; userId?: string | null; username?: string | null; ip?: string | null; detail?: Record<string, unknown> },
) {
  await ex
    .insert(securityEvent)
    .values({ at: app.clock.now(), kind: e.kind, userId: e.userId ?? null, username: e.username ?? null, ip: e.ip ?? null, detail: e.detail ?? {} });
}

const tokenDigest = (token: string) => crypto.createHash('sha256').update(token).digest('hex');
const shanghaiTime = (d: Date) => d.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
// Verifying against a throwaway hash keeps "unknown user" as slow as "wrong password".
const dummyHash = hashPassword(crypto.randomBytes(12).toString('hex'));

/** Refuses an address with too many failed sign-ins in the window, whatever account it tries next. */
async function assertAddressNotLimited(app: AppContext, username: string, ip: string | null, now: Date) {
  if (!ip) return;
  const since = new Date(now.getTime() - ADDRESS_WINDOW_MINUTES * 60_000);
  const [{ failed }] = await app.db
    .select({ failed: sql<number>`count(*)::int` })
    .from(securityEvent)
    .where(and(eq(securityEvent.kind, 'signInFailed'), eq(securityEvent.ip, ip), gt(securityEvent.at, since)));
  if (failed < MAX_FAILED_PER_ADDRESS) return;
  await recordSecurityEvent(app.db, app, { kind: 'addressLimited', username, ip, detail: { failed, windowMinutes: ADDRESS_WINDOW_MINUTES } });
  throw new TooManyRequests(`该网络地址 ${ADDRESS_WINDOW_MINUTES} 分钟内登录失败已达 ${failed} 次，请稍后再试`, 'username');
}

export async function signIn(app: AppContext, input: { username: string; password: string; ip: string | null }) {
  const now = app.clock.now();
  await assertAddressNotLimited(app, input.username, input.ip, now);
  const [user] = await app.db.select().from(userAccount).where(eq(userAccount.username, input.username));
  if (!user) {
    await verifyPassword(input.password, await dummyHash);
    await recordSecurityEvent(app.db, app, { kind: 'signInFailed', username: input.username, ip: input.ip, detail: { reason: 'unknownUser' } });
    throw new Unauthenticated('用户名或密码错误', 'password');
  }
  const who = { userId: user.id, username: user.username, ip: input.ip };
  if (isLocked(user, now)) {
    await recordSecurityEvent(app.db, app, { kind: 'signInFailed', ...who, detail: { reason: 'locked' } });
    throw new Locked(`账户已锁定，请于 ${shanghaiTime(user.lockedUntil!)} 后再试`, 'username');
  }
  if (user.status !== 'active') {
    await recordSecurityEvent(app.db, app, { kind: 'signInFailed', ...who, detail: { reason: 'disabled' } });
    throw new Unauthenticated('账户已停用，请联系系统管理员', 'username');
  }
  if (!(await verifyPassword(input.password, user.passwordHash))) {
    const next = afterFailure(user, now);
    await app.db.transaction(async (tx) => {
      await tx.update(userAccount).set({ failedAttempts: next.failedAttempts, lockedUntil: next.lockedUntil }).where(eq(userAccount.id, user.id));
      await recordSecurityEvent(tx, app, { kind: 'signInFailed', ...who, detail: { reason: 'wrongPassword', failedAttempts: next.failedAttempts } });
      if (next.justLocked) await recordSecurityEvent(tx, app, { kind: 'locked', ...who, detail: { until: next.lockedUntil!.toISOString() } });
    });
    if (next.justLocked) throw new Locked(`密码连续错误 ${next.failedAttempts} 次，账户已锁定，请于 ${shanghaiTime(next.lockedUntil!)} 后再试`, 'password');
    throw new Unauthenticated(`用户名或密码错误，还可尝试 ${next.remaining} 次`, 'password');
  }
  const token = crypto.randomBytes(32).toString('base64url');
  await app.db.transaction(async (tx) => {
    await tx.update(userAccount).set({ failedAttempts: 0, lockedUntil: null, lastSignInAt: now }).where(eq(userAccount.id, user.id));
    await tx.insert(session).values({
      tokenHash: tokenDigest(token),
      userId: user.id,
      csrfToken: crypto.randomBytes(24).toString('base64url'),
      createdAt: now,
      lastSeenAt: now,
      ip: input.ip,
    });
    await recordSecurityEvent(tx, app, { kind: 'signIn', ...who });
  });
  const principal = await loadPrincipal(app, token, input.ip);
  return { token, principal: principal! };
}

/** The principal behind a session cookie, or null when there is no live session. */
export async function loadPrincipal(app: AppContext, token: string, ip: string | null): Promise<Principal | null> {
  const tokenHash = tokenDigest(token);
  const [r] = await app.db
    .select({ s: session, u: userAccount, o: { name: org.name, path: org.path } })
    .from(session)
    .innerJoin(userAccount, eq(userAccount.id, session.userId))
    .innerJoin(org, eq(org.id, userAccount.orgId))
    .where(and(eq(session.tokenHash, tokenHash), sql`${session.endedAt} is null`));
  if (!r) return null;
  const now = app.clock.now();
  if (isIdleExpired(r.s.lastSeenAt, now) || r.u.status !== 'active' || isLocked(r.u, now)) {
    const reason = isIdleExpired(r.s.lastSeenAt, now) ? 'idle' : 'accountUnavailable';
    await app.db.transaction(async (tx) => {
      await tx.update(session).set({ endedAt: now, endReason: reason }).where(eq(session.tokenHash, tokenHash));
      await recordSecurityEvent(tx, app, { kind: 'sessionExpired', userId: r.u.id, username: r.u.username, ip, detail: { reason } });
    });
    throw new Unauthenticated(reason === 'idle' ? '会话已超时（30 分钟无操作），请重新登录' : '账户不可用，请重新登录');
  }
  // Touch at most once a minute: idle detection needs minutes, not every request's write.
  if (now.getTime() - r.s.lastSeenAt.getTime() > 60_000) {
    await app.db.update(session).set({ lastSeenAt: now }).where(eq(session.tokenHash, tokenHash));
  }
  return {
    userId: r.u.id,
    username: r.u.username,
    displayName: r.u.displayName,
    orgId: r.u.orgId,
    orgName: r.o.name,
    orgPath: r.o.path,
    roles: r.u.roles,
    enterpriseId: r.u.enterpriseId,
    mustChangePassword: r.u.mustChangePassword,
    csrfToken: r.s.csrfToken,
    tokenHash,
  };
}

export async function signOut(app: AppContext, p: Principal, ip: string | null) {
  await app.db.transaction(async (tx) => {
    await tx.update(session).set({ endedAt: app.clock.now(), endReason: 'signOut' }).where(eq(session.tokenHash, p.tokenHash));
    await recordSecurityEvent(tx, app, { kind: 'signOut', userId: p.userId, username: p.username, ip });
  });
}

export async function changePassword(app: AppContext, p: Principal, input: { currentPassword: string; newPassword: string }, ip: string | null) {
  const [user] = await app.db.select().from(userAccount).where(eq(userAccount.id, p.userId));
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) throw new ValidationError('当前密码不正确', 'currentPassword');
  const problem = passwordProblem(input.newPassword, user.username);
  if (problem) throw new ValidationError(problem, 'newPassword');
  if (input.newPassword === input.currentPassword) throw new ValidationError('新密码不得与当前密码相同', 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  await app.db.transaction(async (tx) => {
    await tx
      .update(userAccount)
      .set({ passwordHash, mustChangePassword: false, version: sql`${userAccount.version} + 1` })
      .where(eq(userAccount.id, user.id));
    await recordSecurityEvent(tx, app, { kind: 'passwordChanged', userId: user.id, username: user.username, ip });
    await appendEntry(tx, app, {
      orgId: user.orgId,
      actorId: p.userId,
      action: 'account.passwordChanged',
      subjectType: 'userAccount',
      subjectId: user.id,
      payload: {},
    });
  });
}

/** Events of accounts in the auditor's subtree, and attempts on unknown usernames. */
export async function listSecurityEvents(ex: Executor, q: { orgPath: string; kind?: string; page: number; pageSize: number }) {
  const inSubtree = sql`(${securityEvent.userId} is null or ${securityEvent.userId} in (select u.id from user_account u where ${orgIdWithin(sql`u.org_id`, q.orgPath)}))`;
  const where = and(inSubtree, q.kind ? eq(securityEvent.kind, q.kind) : undefined);
  const [items, [{ total }]] = await Promise.all([
    ex
      .select()
      .from(securityEvent)
      .where(where)
      .orderBy(desc(securityEvent.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    ex.select({ total: sql<number>`count(*)::int` }).from(securityEvent).where(where),
  ]);
  return { items, total };
}
