// What other modules read of the draws module: spot-check matters by code.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.js';
import { org } from '../../platform/orgs/schema.js';
import { spotCheckMatter } from './schema.js';
import { orgPathAbove } from '../../platform/orgs/scope.js';

/** Spot-check matters by code, as an org sees them: its own, else the nearest ancestor's (code → name). */
export async function mattersFor(ex: Executor, orgPath: string, codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const found = await ex
    .select({ code: spotCheckMatter.code, name: spotCheckMatter.name })
    .from(spotCheckMatter)
    .innerJoin(org, eq(org.id, spotCheckMatter.orgId))
    .where(and(inArray(spotCheckMatter.code, codes), orgPathAbove(orgPath)))
    // Nearest org last, so the Map keeps its name for a code an ancestor also defines.
    .orderBy(asc(sql`length(${org.path})`));
  return new Map(found.map((m) => [m.code, m.name]));
}
