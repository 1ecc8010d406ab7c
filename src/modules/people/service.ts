import { and, asc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import { ADMIN_ROLES, roleSetProblem, type Role } from '../../platform/auth/roles.js';
import { hashPassword } from '../../platform/auth/password.js';
import { passwordProblem } from '../../platform/auth/rules.js';
import { userAccount } from '../../platform/auth/schema.js';
import { recordSecurityEvent } from '../../platform/auth/service.js';
import type { Actor, AppContext } from '../../platform/context.js';
import { chinaDate } from '../../platform/dates.js';
import type { Executor } from '../../platform/db/index.js';
import { Conflict, Forbidden, NotFound, RuleViolation, ValidationError } from '../../platform/errors.js';
import { appendEntry } from '../../platform/ledger/service.js';
import { dutyConflict } from '../../platform/duties.js';
import { org } from '../../platform/orgs/schema.js';
import { isInSubtree } from '../../platform/orgs/rules.js';
import type { CreateCredentialIn, CreatePersonIn, ListPeopleQuery, PersonOut } from './contract.js';
import { canEnforce, credentialStatus, officerFigures } from './rules.js';
import { credential } from './schema.js';
import { PEOPLE_FIGURE_ROWS } from './figures.js';
import { figureRows } from '../../platform/figures/drill.js';
import { instantsWithin } from '../../platform/lists.js';
import { assertInSubtree, listBase, orgInScope, orgPathWithin } from '../../platform/orgs/scope.js';

const personColumns = { u: userAccount, orgName: org.name, orgPath: org.path };

async function withCredentials(ex: Executor, rows: { u: typeof userAccount.$inferSelect; orgName: string }[], today: string): Promise<PersonOut[]> {
  const ids = rows.map((r) => r.u.id);
  const creds = ids.length ? await ex.select().from(credential).where(inArray(credential.userId, ids)).orderBy(asc(credential.validTo)) : [];
  return rows.map(({ u, orgName }) => ({
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    orgId: u.orgId,
    orgName,
    roles: u.roles,
    status: u.status,
    lockedUntil: u.lockedUntil,
    mustChangePassword: u.mustChangePassword,
    credentials: creds
      .filter((c) => c.userId === u.id)
      .map((c) => ({
        id: c.id,
        number: c.number,
        issuer: c.issuer,
        scope: c.scope,
        validFrom: c.validFrom,
        validTo: c.validTo,
        status: credentialStatus(c, today),
      })),
  }));
}

export async function listPeople(app: AppContext, actor: Actor, q: ListPeopleQuery) {
  const base = await listBase(app.db, actor, q.orgId);
  const where = and(
    orgPathWithin(base),
    q.q ? or(ilike(userAccount.displayName, `%${q.q}%`), ilike(userAccount.username, `%${q.q}%`)) : undefined,
    q.role ? sql`${q.role} = any(${userAccount.roles})` : undefined,
    q.figure ? figureRows(PEOPLE_FIGURE_ROWS[q.figure], q, base) : instantsWithin(userAccount.createdAt, q.from, q.to),
  );
  const from = () => app.db.select(personColumns).from(userAccount).innerJoin(org, eq(org.id, userAccount.orgId));
  const rows = await from()
    .where(where)
    .orderBy(asc(org.path), asc(userAccount.username))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [{ total }] = await app.db.select({ total: sql<number>`count(*)::int` }).from(userAccount).innerJoin(org, eq(org.id, userAccount.orgId)).where(where);
  return { items: await withCredentials(app.db, rows, chinaDate(app.clock.now())), total };
}

export async function getPerson(app: AppContext, actor: Actor, id: string): Promise<PersonOut> {
  const [row] = await app.db.select(personColumns).from(userAccount).innerJoin(org, eq(org.id, userAccount.orgId)).where(eq(userAccount.id, id));
  if (!row) throw new NotFound('人员不存在', 'id');
  assertInSubtree(actor, row.orgPath, '人员');
  const [person] = await withCredentials(app.db, [row], chinaDate(app.clock.now()));
  return person;
}

export interface NewAccount extends CreatePersonIn {
  roles?: Role[];
  mustChangePassword?: boolean;
  enterpriseId?: string | null;
  /** A precomputed hash, for bulk seeding; the password itself is then not checked here. */
  passwordHash?: string;
}

/** Creates an account. Roles other than none need the securityAdmin, except from seeding and the CLI. */
export async function createPerson(app: AppContext, actor: Actor, input: NewAccount): Promise<PersonOut> {
  await orgInScope(app.db, actor, input.orgId);
  const roles = input.roles ?? [];
  const roleProblem = roleSetProblem(roles);
  if (roleProblem) throw new ValidationError(roleProblem, 'roles');
  let passwordHash = input.passwordHash;
  if (!passwordHash) {
    const problem = passwordProblem(input.initialPassword, input.username);
    if (problem) throw new ValidationError(problem, 'initialPassword');
    passwordHash = await hashPassword(input.initialPassword);
  }
  const [taken] = await app.db.select({ id: userAccount.id }).from(userAccount).where(eq(userAccount.username, input.username));
  if (taken) throw new Conflict(`用户名 ${input.username} 已被使用`, 'username');
  const id = await app.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(userAccount)
      .values({
        username: input.username,
        displayName: input.displayName,
        orgId: input.orgId,
        roles,
        passwordHash,
        mustChangePassword: input.mustChangePassword ?? true,
        enterpriseId: input.enterpriseId ?? null,
        createdAt: app.clock.now(),
      })
      .returning({ id: userAccount.id });
    await appendEntry(tx, app, {
      orgId: input.orgId,
      actorId: actor.userId,
      action: 'account.created',
      subjectType: 'userAccount',
      subjectId: row.id,
      payload: { username: input.username, displayName: input.displayName, roles },
    });
    return row.id;
  });
  return getPerson(app, actor, id);
}

export async function setRoles(app: AppContext, actor: Actor, userId: string, roles: Role[]): Promise<PersonOut> {
  const before = await getPerson(app, actor, userId);
  const conflict = dutyConflict('account.roles', actor.userId, { subject: [userId] });
  if (conflict) throw new Forbidden(conflict.problem, 'id');
  const touchesAdmin = [...before.roles, ...roles].some((r) => (ADMIN_ROLES as readonly string[]).includes(r));
  if (touchesAdmin) throw new RuleViolation('三员账户的角色只能在部署时通过命令行设置，不能在线授予或撤销', 'roles', 'GB/T 22239-2019 8.1.4.2');
  const problem = roleSetProblem(roles);
  if (problem) throw new ValidationError(problem, 'roles');
  await app.db.transaction(async (tx) => {
    await tx
      .update(userAccount)
      .set({ roles, version: sql`${userAccount.version} + 1` })
      .where(eq(userAccount.id, userId));
    await recordSecurityEvent(tx, app, {
      kind: 'rolesChanged',
      userId,
      username: before.username,
      detail: { by: actor.username, from: before.roles, to: roles },
    });
    await appendEntry(tx, app, {
      orgId: before.orgId,
      actorId: actor.userId,
      action: 'account.rolesChanged',
      subjectType: 'userAccount',
      subjectId: userId,
      payload: { from: before.roles, to: roles },
    });
  });
  return getPerson(app, actor, userId);
}

export async function unlockAccount(app: AppContext, actor: Actor, userId: string): Promise<PersonOut> {
  const person = await getPerson(app, actor, userId);
  const conflict = dutyConflict('account.roles', actor.userId, { subject: [userId] });
  if (conflict) throw new Forbidden(conflict.problem, 'id');
  await app.db.transaction(async (tx) => {
    await tx.update(userAccount).set({ failedAttempts: 0, lockedUntil: null }).where(eq(userAccount.id, userId));
    await recordSecurityEvent(tx, app, { kind: 'unlocked', userId, username: person.username, detail: { by: actor.username } });
    await appendEntry(tx, app, {
      orgId: person.orgId,
      actorId: actor.userId,
      action: 'account.unlocked',
      subjectType: 'userAccount',
      subjectId: userId,
      payload: {},
    });
  });
  return getPerson(app, actor, userId);
}

export async function addCredential(app: AppContext, actor: Actor, userId: string, input: CreateCredentialIn) {
  const person = await getPerson(app, actor, userId);
  if (input.validTo < input.validFrom) throw new ValidationError('有效期截止日期不得早于起始日期', 'validTo');
  const [taken] = await app.db.select({ id: credential.id }).from(credential).where(eq(credential.number, input.number));
  if (taken) throw new Conflict(`执法证号 ${input.number} 已登记`, 'number');
  return app.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(credential)
      .values({ userId, ...input, createdAt: app.clock.now() })
      .returning();
    await appendEntry(tx, app, {
      orgId: person.orgId,
      actorId: actor.userId,
      action: 'credential.added',
      subjectType: 'credential',
      subjectId: row.id,
      payload: { userId, ...input },
    });
    return {
      id: row.id,
      number: row.number,
      issuer: row.issuer,
      scope: row.scope,
      validFrom: row.validFrom,
      validTo: row.validTo,
      status: credentialStatus(row, chinaDate(app.clock.now())),
    };
  });
}

/** 执法人员 figures for an org's subtree, with the credentials that need attention. */
export async function peopleFigures(app: AppContext, actor: Actor, orgId?: string) {
  const target = orgId ?? actor.orgId;
  if (!target) throw new ValidationError('请指定机构', 'orgId');
  const scope = await orgInScope(app.db, actor, target);
  const today = chinaDate(app.clock.now());
  const people = await app.db
    .select({ id: userAccount.id, displayName: userAccount.displayName, roles: userAccount.roles })
    .from(userAccount)
    .innerJoin(org, eq(org.id, userAccount.orgId))
    .where(and(orgPathWithin(scope.path), eq(userAccount.status, 'active')));
  const creds = people.length
    ? await app.db
        .select()
        .from(credential)
        .where(
          inArray(
            credential.userId,
            people.map((p) => p.id),
          ),
        )
    : [];
  const statuses = (userId: string) => creds.filter((c) => c.userId === userId).map((c) => credentialStatus(c, today));
  const figures = officerFigures(people.map((p) => ({ roles: p.roles, statuses: statuses(p.id) })));
  const names = new Map(people.map((p) => [p.id, p.displayName]));
  const listed = (status: 'expiring' | 'expired') =>
    creds
      .filter((c) => credentialStatus(c, today) === status)
      .sort((a, b) => a.validTo.localeCompare(b.validTo))
      .map((c) => ({ userId: c.userId, displayName: names.get(c.userId)!, number: c.number, validTo: c.validTo }));
  return { orgId: scope.id, orgName: scope.name, ...figures, expiringSoon: listed('expiring'), expired: listed('expired') };
}

/**
 * Refuses to assign anyone without a credential in force on the given day (行政处罚法 第四十二条:
 * penalties are enforced by officers holding enforcement credentials). Inspections and cases call this.
 */
export async function assertCanEnforce(ex: Executor, userIds: string[], onDate: string, field = 'officerIds', withinOrgPath?: string) {
  const people = userIds.length
    ? await ex
        .select({ id: userAccount.id, displayName: userAccount.displayName, orgPath: org.path })
        .from(userAccount)
        .innerJoin(org, eq(org.id, userAccount.orgId))
        .where(inArray(userAccount.id, userIds))
    : [];
  if (people.length !== new Set(userIds).size) throw new ValidationError('执法人员不存在', field);
  // A task's team comes from the org that owns it or its subordinate orgs, as the draw's inspector pool does.
  const outside = withinOrgPath === undefined ? [] : people.filter((p) => !isInSubtree(withinOrgPath, p.orgPath));
  if (outside.length) throw new Forbidden(`${outside.map((p) => p.displayName).join('、')} 不属于本机构及下级机构，不得指派`, field);
  const creds = await ex.select().from(credential).where(inArray(credential.userId, userIds));
  const lacking = people.filter((p) => !creds.some((c) => c.userId === p.id && canEnforce(credentialStatus(c, onDate))));
  if (lacking.length)
    throw new RuleViolation(`${lacking.map((p) => p.displayName).join('、')} 无有效行政执法证（已过期或未登记），不得指派执法`, field, '行政处罚法 第四十二条');
}
