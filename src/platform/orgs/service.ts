import crypto from 'node:crypto';
import { asc, eq, inArray, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor, AppContext } from '../context.js';
import type { Executor } from '../db/index.js';
import { ValidationError } from '../errors.js';
import { appendEntry } from '../ledger/service.js';
import type { CreateDelegationIn, CreateOrgIn, OrgLevel, OrgNode, OrgOut } from './contract.js';
import { childLevelOf, childPath, delegationProblem, regionCodeProblem } from './rules.js';
import { delegation, org } from './schema.js';
import { orgInScope, orgPathWithin } from './scope.js';

type OrgRow = typeof org.$inferSelect;

const out = (r: OrgRow): OrgOut => ({
  id: r.id,
  parentId: r.parentId,
  level: r.level as OrgLevel,
  name: r.name,
  shortName: r.shortName,
  regionCode: r.regionCode,
  path: r.path,
});

export async function orgTree(ex: Executor, actor: Actor): Promise<OrgNode[]> {
  const rows = await ex.select().from(org).where(orgPathWithin(actor.orgPath)).orderBy(asc(org.regionCode));
  const nodes = new Map<string, OrgNode>(rows.map((r) => [r.id, { ...out(r), path: undefined, children: [] }]));
  const roots: OrgNode[] = [];
  for (const r of rows) {
    const parent = r.parentId ? nodes.get(r.parentId) : undefined;
    (parent ? parent.children : roots).push(nodes.get(r.id)!);
  }
  return roots;
}

export async function orgDetail(ex: Executor, actor: Actor, id: string) {
  const row = await orgInScope(ex, actor, id, 'id');
  const delegating = alias(org, 'delegating');
  const delegate = alias(org, 'delegate');
  const ds = await ex
    .select({ d: delegation, delegatingOrgName: delegating.name, delegateOrgName: delegate.name })
    .from(delegation)
    .innerJoin(delegating, eq(delegating.id, delegation.delegatingOrgId))
    .innerJoin(delegate, eq(delegate.id, delegation.delegateOrgId))
    .where(or(eq(delegation.delegatingOrgId, id), eq(delegation.delegateOrgId, id)));
  // The path as people read it: the names from the root down, not the ids it is made of.
  const ids = row.path.split('/').filter(Boolean);
  const above = await ex.select({ id: org.id, name: org.name }).from(org).where(inArray(org.id, ids));
  const names = new Map(above.map((o) => [o.id, o.name]));
  return {
    ...out(row),
    pathNames: ids.map((i) => names.get(i) ?? i),
    delegations: ds.map(({ d, delegatingOrgName, delegateOrgName }) => ({
      id: d.id,
      delegatingOrgId: d.delegatingOrgId,
      delegatingOrgName,
      delegateOrgId: d.delegateOrgId,
      delegateOrgName,
      fineCeiling: d.fineCeiling,
      validFrom: d.validFrom,
      validTo: d.validTo,
      legalBasis: d.legalBasis,
    })),
  };
}

/** The top of a tree (the ministry), created once by seeding or the CLI. */
export async function createRootOrg(app: AppContext, actor: Actor, input: { name: string; shortName: string; regionCode: string }) {
  const problem = regionCodeProblem('ministry', input.regionCode, null);
  if (problem) throw new ValidationError(problem, 'regionCode');
  const id = crypto.randomUUID();
  return insertOrg(app, actor, { id, parentId: null, level: 'ministry', path: `/${id}/`, ...input });
}

export async function createOrg(app: AppContext, actor: Actor, input: CreateOrgIn) {
  const parent = await orgInScope(app.db, actor, input.parentId, 'parentId');
  const expected = childLevelOf(parent.level as OrgLevel);
  if (input.level !== expected)
    throw new ValidationError(expected ? `上级为${parent.name}，下级机构层级应为 ${expected}` : '乡镇（街道）下不能再设机构', 'level');
  const problem = regionCodeProblem(input.level, input.regionCode, parent.regionCode);
  if (problem) throw new ValidationError(problem, 'regionCode');
  const id = crypto.randomUUID();
  return insertOrg(app, actor, { ...input, id, parentId: parent.id, path: childPath(parent.path, id) });
}

async function insertOrg(app: AppContext, actor: Actor, values: Omit<OrgRow, 'createdAt' | 'version'>) {
  return app.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(org)
      .values({ ...values, createdAt: app.clock.now() })
      .returning();
    await appendEntry(tx, app, { orgId: row.id, actorId: actor.userId, action: 'org.created', subjectType: 'org', subjectId: row.id, payload: out(row) });
    return out(row);
  });
}

export async function createDelegation(app: AppContext, actor: Actor, delegatingOrgId: string, input: CreateDelegationIn) {
  const delegating = await orgInScope(app.db, actor, delegatingOrgId, 'id');
  const delegate = await orgInScope(app.db, actor, input.delegateOrgId, 'delegateOrgId');
  const problem = delegationProblem(
    { level: delegating.level as OrgLevel, id: delegating.id },
    { level: delegate.level as OrgLevel, parentId: delegate.parentId },
  );
  if (problem) throw new ValidationError(problem, 'delegateOrgId');
  if (input.validTo && input.validTo < input.validFrom) throw new ValidationError('委托截止日期不得早于起始日期', 'validTo');
  return app.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(delegation)
      .values({
        delegatingOrgId,
        delegateOrgId: delegate.id,
        fineCeiling: input.fineCeiling,
        validFrom: input.validFrom,
        validTo: input.validTo ?? null,
        legalBasis: input.legalBasis,
        createdAt: app.clock.now(),
      })
      .returning();
    await appendEntry(tx, app, {
      orgId: delegatingOrgId,
      actorId: actor.userId,
      action: 'delegation.created',
      subjectType: 'delegation',
      subjectId: row.id,
      payload: { ...input, delegatingOrgId },
    });
    return row;
  });
}

export async function findOrgByRegionCode(ex: Executor, regionCode: string) {
  const [row] = await ex.select().from(org).where(eq(org.regionCode, regionCode));
  return row ?? null;
}
