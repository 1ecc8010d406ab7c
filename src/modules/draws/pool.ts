import { and, eq, inArray, like, sql, type SQL } from 'drizzle-orm';
import { userAccount } from '../../platform/auth/schema.js';
import { rows, type Executor } from '../../platform/db/index.js';
import { inspectionTask } from '../inspections/schema.js';
import { org } from '../../platform/orgs/schema.js';
import { credential } from '../people/schema.js';
import { enterprise } from '../registry/schema.js';
import { monthsBefore } from './params.js';
import type { StrataBy, TargetFilter } from './schema.js';
import type { PoolEnterprise, PoolOfficer } from './snapshot.js';
import { orgIdWithin, orgPathWithin } from '../../platform/orgs/scope.js';

// The 一单两库 read from the registry: the target pool is the matter's saved filter over the
// enterprises of the org's subtree; the inspector pool is the officers of the same subtree.

function stratumSql(by: StrataBy): SQL<string> {
  switch (by) {
    case 'region': // county level: the first six digits of the region code
      return sql<string>`substr(${enterprise.regionCode}, 1, 6)`;
    case 'riskGrade':
      return sql<string>`${enterprise.riskGrade}`;
    case 'industry': // GB/T 4754 section letter
      return sql<string>`substr(${enterprise.industryCode}, 1, 1)`;
    case 'none':
      return sql<string>`'全部'`;
  }
}

export function targetWhere(orgPath: string, f: TargetFilter): SQL | undefined {
  return and(
    orgIdWithin(enterprise.orgId, orgPath),
    f.regionPrefix ? like(enterprise.regionCode, `${f.regionPrefix}%`) : undefined,
    f.industryPrefix ? like(enterprise.industryCode, `${f.industryPrefix}%`) : undefined,
    f.riskGrades?.length ? inArray(enterprise.riskGrade, f.riskGrades) : undefined,
    f.keyCategories?.length
      ? sql`${enterprise.keyCategories} && array[${sql.join(
          f.keyCategories.map((c) => sql`${c}`),
          sql`, `,
        )}]::text[]`
      : undefined,
  );
}

/** Pool sizes of several matters in one scan of the registry, one count per saved filter. */
export async function poolSizes(ex: Executor, pools: { orgPath: string; filter: TargetFilter }[]): Promise<number[]> {
  if (pools.length === 0) return [];
  const counts = pools.map((p, i) => sql`count(*) filter (where ${targetWhere(p.orgPath, p.filter) ?? sql`true`})::int`.as(`n${i}`));
  const [row] = await ex.select(Object.fromEntries(counts.map((c, i) => [`n${i}`, c]))).from(enterprise);
  return pools.map((_, i) => Number(row[`n${i}`]));
}

export async function targetPool(ex: Executor, orgPath: string, f: TargetFilter, by: StrataBy): Promise<PoolEnterprise[]> {
  // Raw rows, already in the snapshot's shape: at 500 000 enterprises drizzle's row mapping and a
  // second pass to fill nulls cost a second of the announcement, most of it garbage collection.
  // Ordered by id (uuid order is the code-unit order of their text): the server sorts while Node
  // waits, and canonicalSnapshot then only checks the order.
  return rows<PoolEnterprise>(
    ex,
    sql`select ${enterprise.id} as "id", ${enterprise.uscc} as "uscc", ${stratumSql(by)} as "stratum", ${enterprise.status} as "status",
          last.last_on as "lastInspectedOn"
        from ${enterprise}
        -- The last completed inspection, for the "inspected within N months" exclusion.
        left join (select ${inspectionTask.enterpriseId} as enterprise_id, max(${inspectionTask.completedOn}) as last_on
                   from ${inspectionTask} where ${inspectionTask.status} = 'completed' group by 1) last on last.enterprise_id = ${enterprise.id}
        where ${targetWhere(orgPath, f) ?? sql`true`}
        order by ${enterprise.id}`,
  );
}

/** The enterprises of the target pool whose 安全风险等级 is 重大风险 or 较大风险 (the `highRisk` weight tag). */
export async function highRiskIds(ex: Executor, orgPath: string, f: TargetFilter): Promise<Set<string>> {
  const found = await ex
    .select({ id: enterprise.id })
    .from(enterprise)
    .where(and(targetWhere(orgPath, f), inArray(enterprise.riskGrade, ['major', 'high'])));
  return new Set(found.map((r) => r.id));
}

/** Active officers of the subtree, each with the credential in force on the date (else their latest). */
export async function inspectorPool(ex: Executor, orgPath: string, onDate: string): Promise<PoolOfficer[]> {
  const rows = await ex
    .select({ id: userAccount.id, orgId: userAccount.orgId, from: credential.validFrom, to: credential.validTo })
    .from(userAccount)
    .innerJoin(org, eq(org.id, userAccount.orgId))
    .leftJoin(credential, eq(credential.userId, userAccount.id))
    .where(and(orgPathWithin(orgPath), eq(userAccount.status, 'active'), sql`'officer' = any(${userAccount.roles})`));
  const best = new Map<string, PoolOfficer>();
  const covers = (o: PoolOfficer) => o.credentialValidFrom !== null && o.credentialValidFrom <= onDate && onDate <= o.credentialValidTo!;
  for (const r of rows) {
    const cand: PoolOfficer = { id: r.id, orgId: r.orgId, credentialValidFrom: r.from, credentialValidTo: r.to };
    const cur = best.get(r.id);
    if (!cur || (!covers(cur) && (covers(cand) || (cand.credentialValidTo ?? '') > (cur.credentialValidTo ?? '')))) best.set(r.id, cand);
  }
  return [...best.values()];
}

/** Past assignments within the recusal window, for the officers and enterprises of the pool. */
export async function assignmentHistory(ex: Executor, orgPath: string, drawDate: string, months: number) {
  const after = monthsBefore(drawDate, months);
  const rows = await ex
    .select({ officerId: sql<string>`unnest(${inspectionTask.officerIds})::text`, enterpriseId: inspectionTask.enterpriseId, on: inspectionTask.plannedOn })
    .from(inspectionTask)
    .innerJoin(org, eq(org.id, inspectionTask.orgId))
    .where(
      and(
        orgPathWithin(orgPath),
        sql`${inspectionTask.status} <> 'cancelled'`,
        sql`${inspectionTask.plannedOn} > ${after}`,
        sql`${inspectionTask.plannedOn} <= ${drawDate}`,
      ),
    );
  return rows;
}
