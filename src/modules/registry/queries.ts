// What other modules read of the registry (监管对象库): enterprises by id, with the org path that
// scopes them. They read through these functions, never the table itself.
import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.js';
import { org } from '../../platform/orgs/schema.js';
import { enterprise } from './schema.js';

export type EnterpriseRow = typeof enterprise.$inferSelect;

/** The enterprises of the ids, by id; an unknown id is simply absent. */
export async function enterprisesByIds(ex: Executor, ids: Iterable<string>): Promise<Map<string, EnterpriseRow>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await ex.select().from(enterprise).where(inArray(enterprise.id, unique));
  return new Map(rows.map((r) => [r.id, r]));
}

export async function enterpriseById(ex: Executor, id: string): Promise<EnterpriseRow | undefined> {
  const [row] = await ex.select().from(enterprise).where(eq(enterprise.id, id));
  return row;
}

/** Each enterprise's supervising org and its path, for subtree checks. */
export async function enterpriseOrgPaths(ex: Executor, ids: readonly string[]): Promise<{ id: string; orgId: string; path: string }[]> {
  if (ids.length === 0) return [];
  return ex
    .select({ id: enterprise.id, orgId: enterprise.orgId, path: org.path })
    .from(enterprise)
    .innerJoin(org, eq(org.id, enterprise.orgId))
    .where(inArray(enterprise.id, [...ids]));
}
