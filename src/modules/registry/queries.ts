// What other modules read of the registry (监管对象库): enterprises by id, with the org path that
// scopes them. They read through these functions, never the table itself.
import { and, arrayOverlaps, eq, inArray, like, ne, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.js';
import { org } from '../../platform/orgs/schema.js';
import { orgPathWithin } from '../../platform/orgs/scope.js';
import { enterprise } from './schema.js';
import { nameOrUscc } from './search.js';

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

/**
 * The ids of the enterprises an org subtree supervises, not closed, narrowed to industries (a
 * GB/T 4754 section letter or a code's prefix) and key categories (any one), each list empty for
 * all: a 专项整治's scope. A query, to count or to use as a subquery.
 */
export function enterpriseIdsInScope(ex: Executor, scope: { orgPath: string; industryCodes: readonly string[]; keyCategories: readonly string[] }) {
  return ex
    .select({ id: enterprise.id })
    .from(enterprise)
    .innerJoin(org, eq(org.id, enterprise.orgId))
    .where(
      and(
        orgPathWithin(scope.orgPath),
        ne(enterprise.status, 'closed'),
        scope.industryCodes.length ? or(...scope.industryCodes.map((c) => like(enterprise.industryCode, `${c}%`))) : undefined,
        scope.keyCategories.length ? arrayOverlaps(enterprise.keyCategories, [...scope.keyCategories]) : undefined,
      ),
    );
}

/**
 * `column`, an enterprise id, names an enterprise whose name contains `term` or whose 统一社会信用代码
 * starts with it (the registry's own search): for the lists of other modules that search by enterprise.
 */
export function enterpriseMatching(column: AnyColumn, term: string): SQL {
  return sql`${column} in (select ${enterprise.id} from ${enterprise} where ${nameOrUscc(enterprise.name, enterprise.nameBigrams, enterprise.uscc, term)})`;
}

/** The name of the enterprise `column` names, to sort another module's list by it. */
export function enterpriseNameOf(column: AnyColumn): SQL<string> {
  return sql<string>`(select ${enterprise.name} from ${enterprise} where ${enterprise.id} = ${column})`;
}
