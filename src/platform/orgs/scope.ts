// The org subtree, the one scope every officer works in: an officer sees and acts on the records
// of their org and the orgs below it (docs/permissions.md). Every module writes its scope
// conditions with these helpers so the rule lives here once.
//
// Paths are "/rootId/…/id/" built from UUIDs, so they hold no LIKE wildcards and a prefix match
// `path like 'base%'` is the subtree; org_path_idx serves it.

import { type AnyColumn, eq, like, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../context.js';
import type { Executor } from '../db/index.js';
import { Forbidden, NotFound } from '../errors.js';
import { isInSubtree } from './rules.js';
import { org } from './schema.js';

/** `org.path` lies in the subtree at `base`: for queries that join `org`. */
export function orgPathWithin(base: string): SQL {
  return like(org.path, `${base}%`);
}

/** `org` is the org at `path` or one of its ancestors: for what an org inherits from above (matters, benchmarks). */
export function orgPathAbove(path: string): SQL {
  return sql`${path} like ${org.path} || '%'`;
}

/** The ids of the orgs in the subtree at `base`, as a subquery (`select id from org where …`). */
export function subtreeOrgIds(base: string): SQL {
  return sql`select ${org.id} from ${org} where ${orgPathWithin(base)}`;
}

/** `column`, an org id, names an org of the subtree at `base`: for tables that carry org_id and do not join `org`. */
export function orgIdWithin(column: AnyColumn | SQL, base: string): SQL {
  return sql`${column} in (${subtreeOrgIds(base)})`;
}

/** Refuses, rather than hides, a record whose org lies outside the actor's subtree; `what` names the record. */
export function assertInSubtree(actor: Pick<Actor, 'orgPath'>, path: string, what: string, field = 'id'): void {
  if (!isInSubtree(actor.orgPath, path)) throw new Forbidden(`无权访问本机构及下级以外的${what}`, field);
}

type OrgRow = typeof org.$inferSelect;

/** Loads an org the actor may see; outside their subtree is refused, not hidden. */
export async function orgInScope(ex: Executor, actor: Actor, id: string, field = 'orgId'): Promise<OrgRow> {
  const [row] = await ex.select().from(org).where(eq(org.id, id));
  if (!row) throw new NotFound('机构不存在', field);
  assertInSubtree(actor, row.path, '数据', field);
  return row;
}

/** The subtree a list covers: the chosen org's, checked to be in the actor's scope, or else the actor's own. */
export async function listBase(ex: Executor, actor: Actor, orgId?: string): Promise<string> {
  return orgId ? (await orgInScope(ex, actor, orgId)).path : actor.orgPath;
}
