// What each ledger subject IS, for the people who read the ledger: 账户 “张三（zhangsan）”, not a
// uuid. Each module names its own subjects from its own tables (`ledger.names` in its manifest);
// the platform names its own here. The page asks once per subject type, never once per entry.
import { eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { userAccount } from '../auth/schema.js';
import type { Executor } from '../db/index.js';
import { scheduledJobRun } from '../jobs/schema.js';
import type { SubjectNamer } from '../modules.js';
import { delegation, org } from '../orgs/schema.js';

/** The name of each row, keyed by its id: what a namer returns. */
export function namesById<R extends { id: string }>(rows: readonly R[], name: (row: R) => string): Map<string, string> {
  return new Map(rows.map((r) => [r.id, name(r)]));
}

const delegating = alias(org, 'delegating_org');
const delegate = alias(org, 'delegate_org');

export const PLATFORM_SUBJECT_NAMES: Record<string, SubjectNamer> = {
  userAccount: async (ex, ids) =>
    namesById(
      await ex
        .select({ id: userAccount.id, displayName: userAccount.displayName, username: userAccount.username })
        .from(userAccount)
        .where(inArray(userAccount.id, ids)),
      (u) => `${u.displayName}（${u.username}）`,
    ),
  org: async (ex, ids) => namesById(await ex.select({ id: org.id, name: org.name }).from(org).where(inArray(org.id, ids)), (o) => o.name),
  delegation: async (ex, ids) =>
    namesById(
      await ex
        .select({ id: delegation.id, from: delegating.name, to: delegate.name })
        .from(delegation)
        .innerJoin(delegating, eq(delegating.id, delegation.delegatingOrgId))
        .innerJoin(delegate, eq(delegate.id, delegation.delegateOrgId))
        .where(inArray(delegation.id, ids)),
      (d) => `${d.from}委托${d.to}`,
    ),
  // A run has no name of its own; the entry's action already says which job it was, so the day it ran for.
  scheduledJobRun: async (ex, ids) =>
    namesById(
      await ex.select({ id: scheduledJobRun.id, runKey: scheduledJobRun.runKey }).from(scheduledJobRun).where(inArray(scheduledJobRun.id, ids)),
      (r) => r.runKey,
    ),
};

// Every subject table keys by uuid, and PostgreSQL refuses a whole `in (…)` over a uuid column for
// one malformed id (a generator's synthetic subject): such an id is left unnamed instead.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Looks up the names of the entries' subjects, one query per subject type on the page, and answers
 * each entry's (null when nothing names its type or its row is gone).
 */
export async function subjectNames(
  ex: Executor,
  names: Record<string, SubjectNamer>,
  entries: readonly { subjectType: string; subjectId: string }[],
): Promise<(entry: { subjectType: string; subjectId: string }) => string | null> {
  const idsByType = new Map<string, Set<string>>();
  for (const e of entries) {
    if (!names[e.subjectType] || !UUID.test(e.subjectId)) continue;
    const ids = idsByType.get(e.subjectType) ?? new Set<string>();
    idsByType.set(e.subjectType, ids.add(e.subjectId));
  }
  const named = await Promise.all([...idsByType].map(async ([type, ids]) => [type, await names[type](ex, [...ids])] as const));
  const byType = new Map(named);
  return (e) => byType.get(e.subjectType)?.get(e.subjectId) ?? null;
}
