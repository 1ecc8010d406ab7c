import { and, not, asc, desc, eq, like, sql, type SQL } from 'drizzle-orm';
import { userAccount } from '../../platform/auth/schema.js';
import type { Actor, AppContext } from '../../platform/context.js';
import type { Executor, Tx } from '../../platform/db/index.js';
import { Conflict, NotFound, ValidationError } from '../../platform/errors.js';
import { appendEntry } from '../../platform/ledger/service.js';
import { org } from '../../platform/orgs/schema.js';
import type { EnterpriseIn, EnterpriseOut, EnterpriseUpdateIn, ListEnterprisesQuery } from './contract.js';
import { changedFields, regionCandidates, type Changes } from './rules.js';
import { nameOrUscc } from './search.js';
import { enterprise, enterpriseRevision } from './schema.js';
import { assertInSubtree, listBase, orgIdWithin, orgInScope, orgPathWithin, subtreeOrgIds } from '../../platform/orgs/scope.js';

type Row = typeof enterprise.$inferSelect;
type OrgRow = typeof org.$inferSelect;

export const toOut = (r: Row, orgName: string): EnterpriseOut => ({
  id: r.id,
  uscc: r.uscc,
  name: r.name,
  legalRepresentative: r.legalRepresentative,
  principalPerson: r.principalPerson,
  address: r.address,
  regionCode: r.regionCode,
  orgId: r.orgId,
  orgName,
  industryCode: r.industryCode,
  size: r.size as EnterpriseOut['size'],
  riskGrade: r.riskGrade as EnterpriseOut['riskGrade'],
  keyCategories: r.keyCategories as EnterpriseOut['keyCategories'],
  standardizationGrade: r.standardizationGrade as EnterpriseOut['standardizationGrade'],
  status: r.status as EnterpriseOut['status'],
  contacts: r.contacts,
  version: r.version,
  updatedAt: r.updatedAt,
});

/** Orgs of the actor's subtree by region code, to give each enterprise its supervising org. */
export async function orgsByRegion(ex: Executor, actor: Actor): Promise<Map<string, OrgRow>> {
  const orgs = await ex.select().from(org).where(orgPathWithin(actor.orgPath));
  return new Map(orgs.map((o) => [o.regionCode, o]));
}

/** The supervising org: the one named, or the most specific org of the enterprise's region. */
export function supervisingOrg(byRegion: Map<string, OrgRow>, regionCode: string): OrgRow | undefined {
  for (const code of regionCandidates(regionCode)) {
    const found = byRegion.get(code);
    if (found) return found;
  }
  return undefined;
}

async function resolveOrg(ex: Executor, actor: Actor, input: Pick<EnterpriseIn, 'orgId' | 'regionCode'>): Promise<OrgRow> {
  if (input.orgId) {
    const named = await orgInScope(ex, actor, input.orgId);
    if (!regionCandidates(input.regionCode).includes(named.regionCode))
      throw new ValidationError(`行政区划代码 ${input.regionCode} 不在${named.name}辖区内`, 'regionCode');
    return named;
  }
  const found = supervisingOrg(await orgsByRegion(ex, actor), input.regionCode);
  if (!found) throw new ValidationError(`行政区划代码 ${input.regionCode} 不在本机构辖区内，无法确定监管机构`, 'regionCode');
  return found;
}

/**
 * The org-subtree condition, written for the plan that serves it at province size (500 000
 * enterprises; docs/performance.md): a scope that holds every org needs none; with a name term,
 * `= any(array(…))` lets PostgreSQL AND the org index with the name's bigram index before reading
 * the table (a city officer's search: 104 → 20 ms); without one, the semi-join reads the subtree
 * through the (org_id, name) index.
 */
async function subtree(ex: Executor, base: string, byName: boolean): Promise<SQL | undefined> {
  const [outside] = await ex
    .select({ id: org.id })
    .from(org)
    .where(not(orgPathWithin(base)))
    .limit(1);
  if (!outside) return undefined;
  return byName ? sql`${enterprise.orgId} = any(array(${subtreeOrgIds(base)}))` : orgIdWithin(enterprise.orgId, base);
}

async function filters(ex: Executor, base: string, q: ListEnterprisesQuery): Promise<SQL | undefined> {
  const term = q.q?.trim();
  return and(
    await subtree(ex, base, Boolean(term)),
    term ? nameOrUscc(enterprise.name, enterprise.nameBigrams, enterprise.uscc, term) : undefined,
    q.regionCode ? like(enterprise.regionCode, `${q.regionCode}%`) : undefined,
    q.industry ? like(enterprise.industryCode, `${q.industry}%`) : undefined,
    q.riskGrade ? eq(enterprise.riskGrade, q.riskGrade) : undefined,
    q.keyCategory ? sql`${enterprise.keyCategories} @> array[${q.keyCategory}]::text[]` : undefined,
    q.status ? eq(enterprise.status, q.status) : undefined,
    q.size ? eq(enterprise.size, q.size) : undefined,
  );
}

export async function listEnterprises(app: AppContext, actor: Actor, q: ListEnterprisesQuery) {
  const where = await filters(app.db, await listBase(app.db, actor, q.orgId), q);
  const rows = await app.db
    .select({ e: enterprise, orgName: org.name })
    .from(enterprise)
    .innerJoin(org, eq(org.id, enterprise.orgId))
    .where(where)
    .orderBy(asc(enterprise.name), asc(enterprise.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [{ total }] = await app.db.select({ total: sql<number>`count(*)::int` }).from(enterprise).where(where);
  return { items: rows.map((r) => toOut(r.e, r.orgName)), total };
}

/**
 * Every enterprise matching a filter, read in pages, for export. The scope is checked before
 * the first row, so a refusal is still an HTTP error and not a broken download.
 */
export async function allEnterprises(app: AppContext, actor: Actor, q: ListEnterprisesQuery): Promise<AsyncGenerator<EnterpriseOut>> {
  return pages(app, await filters(app.db, await listBase(app.db, actor, q.orgId), q));
}

async function* pages(app: AppContext, where: SQL | undefined): AsyncGenerator<EnterpriseOut> {
  let after = '';
  for (;;) {
    const rows = await app.db
      .select({ e: enterprise, orgName: org.name })
      .from(enterprise)
      .innerJoin(org, eq(org.id, enterprise.orgId))
      .where(and(where, sql`${enterprise.uscc} > ${after}`))
      .orderBy(asc(enterprise.uscc))
      .limit(2000);
    for (const r of rows) yield toOut(r.e, r.orgName);
    if (rows.length < 2000) return;
    after = rows[rows.length - 1].e.uscc;
  }
}

export async function enterpriseInScope(ex: Executor, actor: Actor, id: string) {
  const [row] = await ex
    .select({ e: enterprise, orgName: org.name, orgPath: org.path })
    .from(enterprise)
    .innerJoin(org, eq(org.id, enterprise.orgId))
    .where(eq(enterprise.id, id));
  if (!row) throw new NotFound('企业不存在', 'id');
  assertInSubtree(actor, row.orgPath, '企业');
  return row;
}

export async function getEnterprise(app: AppContext, actor: Actor, id: string): Promise<EnterpriseOut> {
  const row = await enterpriseInScope(app.db, actor, id);
  return toOut(row.e, row.orgName);
}

/** An enterprise user's company, named in the header instead of the org that registered it. */
export async function enterpriseAffiliation(app: AppContext, p: { enterpriseId: string | null }): Promise<string | null> {
  if (!p.enterpriseId) return null;
  const [row] = await app.db.select({ name: enterprise.name }).from(enterprise).where(eq(enterprise.id, p.enterpriseId));
  return row?.name ?? null;
}

export async function enterpriseHistory(app: AppContext, actor: Actor, id: string) {
  await enterpriseInScope(app.db, actor, id);
  const revs = await app.db
    .select({ r: enterpriseRevision, actorName: userAccount.displayName })
    .from(enterpriseRevision)
    .leftJoin(userAccount, eq(userAccount.id, enterpriseRevision.actorId))
    .where(eq(enterpriseRevision.enterpriseId, id))
    .orderBy(desc(enterpriseRevision.version));
  return revs.map(({ r, actorName }) => ({
    version: r.version,
    at: r.at,
    source: r.source,
    actorName,
    changes: r.changes as Record<string, { from: unknown; to: unknown }>,
  }));
}

const values = (input: Omit<EnterpriseIn, 'orgId' | 'uscc'>, orgId: string) => ({
  name: input.name,
  legalRepresentative: input.legalRepresentative,
  principalPerson: input.principalPerson,
  address: input.address,
  regionCode: input.regionCode,
  orgId,
  industryCode: input.industryCode,
  size: input.size,
  riskGrade: input.riskGrade,
  keyCategories: input.keyCategories,
  standardizationGrade: input.standardizationGrade,
  status: input.status,
  contacts: input.contacts,
});

export async function recordRevision(tx: Tx, enterpriseId: string, version: number, at: Date, actor: Actor, source: string, changes: Changes) {
  await tx.insert(enterpriseRevision).values({ enterpriseId, version, at, actorId: actor.userId, source, changes });
}

export async function createEnterprise(app: AppContext, actor: Actor, input: EnterpriseIn): Promise<EnterpriseOut> {
  const owner = await resolveOrg(app.db, actor, input);
  const [taken] = await app.db.select({ id: enterprise.id }).from(enterprise).where(eq(enterprise.uscc, input.uscc));
  if (taken) throw new Conflict(`统一社会信用代码 ${input.uscc} 已登记`, 'uscc');
  const now = app.clock.now();
  const id = await app.db.transaction(async (tx) => {
    const v = values(input, owner.id);
    const [row] = await tx
      .insert(enterprise)
      .values({ uscc: input.uscc, ...v, createdAt: now, updatedAt: now })
      .returning({ id: enterprise.id });
    const changes = changedFields(null, v);
    await recordRevision(tx, row.id, 1, now, actor, 'manual', changes);
    await appendEntry(tx, app, {
      orgId: owner.id,
      actorId: actor.userId,
      action: 'enterprise.created',
      subjectType: 'enterprise',
      subjectId: row.id,
      payload: { uscc: input.uscc, ...v },
    });
    return row.id;
  });
  return getEnterprise(app, actor, id);
}

export async function updateEnterprise(app: AppContext, actor: Actor, id: string, input: EnterpriseUpdateIn): Promise<EnterpriseOut> {
  const { e } = await enterpriseInScope(app.db, actor, id);
  if (e.version !== input.version) throw new Conflict(`该企业信息已被他人修改（当前版本 ${e.version}），请刷新后重试`, 'version');
  const owner = await resolveOrg(
    app.db,
    actor,
    input.orgId ? input : { regionCode: input.regionCode, orgId: input.regionCode === e.regionCode ? e.orgId : undefined },
  );
  const v = values(input, owner.id);
  const changes = changedFields(e, v);
  if (Object.keys(changes).length === 0) return getEnterprise(app, actor, id);
  const now = app.clock.now();
  await app.db.transaction(async (tx) => {
    // The version check is repeated in the UPDATE so two concurrent edits cannot both win.
    const done = await tx
      .update(enterprise)
      .set({ ...v, version: e.version + 1, updatedAt: now })
      .where(and(eq(enterprise.id, id), eq(enterprise.version, e.version)))
      .returning({ id: enterprise.id });
    if (done.length === 0) throw new Conflict('该企业信息已被他人修改，请刷新后重试', 'version');
    await recordRevision(tx, id, e.version + 1, now, actor, 'manual', changes);
    await appendEntry(tx, app, {
      orgId: owner.id,
      actorId: actor.userId,
      action: 'enterprise.updated',
      subjectType: 'enterprise',
      subjectId: id,
      payload: { uscc: e.uscc, version: e.version + 1, changes },
    });
  });
  return getEnterprise(app, actor, id);
}
