import { and, eq, inArray } from 'drizzle-orm';
import { userAccount } from '../../platform/auth/schema.js';
import type { Executor, Tx } from '../../platform/db/index.js';
import { org } from '../../platform/orgs/schema.js';
import type { ChecklistScope, PowerKind } from './standards/types.js';
import {
  BUILT_IN_CHECKLISTS,
  BUILT_IN_POWER_ITEMS,
  checklistProblems,
  powerItemProblems,
  type BuiltInEntry,
  type ChecklistContent,
  type PowerItemContent,
  type Problem,
  type StoredEntry,
} from './lists.js';
import { orgChecklist, orgChecklistRevision, orgPowerItem, orgPowerItemRevision } from './schema.js';

// The two org lists differ only in their content columns; each store maps its table to one shape so
// that lists-service.ts runs the same use cases (scope, rules, version, revision, ledger) on both.

export type StoredRow<C> = StoredEntry<C> & { id: string; orgName: string; updatedAt: Date };
export interface RowState<C> {
  content: C;
  withdrawn: boolean;
  withdrawnReason: string | null;
  updatedBy: string | null;
  updatedAt: Date;
}
export interface RevisionIn<C> {
  version: number;
  at: Date;
  actorId: string | null;
  action: 'saved' | 'withdrawn';
  withdrawn: boolean;
  reason: string | null;
  content: C;
}
export type RevisionRow<C> = RevisionIn<C> & { entryId: string; actorName: string | null };

export interface ListStore<C> {
  /** Ledger subject type, also the prefix of its actions. */
  kind: 'orgChecklist' | 'orgPowerItem';
  label: string;
  builtIn: readonly BuiltInEntry<C>[];
  problems(content: C): Problem[];
  rows(ex: Executor, orgIds: string[], code?: string): Promise<StoredRow<C>[]>;
  /** Null when another request created the org's row first. */
  insert(tx: Tx, orgId: string, code: string, state: RowState<C>): Promise<string | null>;
  /** False when the row is no longer at `fromVersion`. */
  update(tx: Tx, id: string, fromVersion: number, state: RowState<C>): Promise<boolean>;
  addRevision(tx: Tx, entryId: string, rev: RevisionIn<C>): Promise<void>;
  revisions(ex: Executor, entryIds: string[]): Promise<RevisionRow<C>[]>;
}

const common = <C>(s: RowState<C>) => ({ withdrawn: s.withdrawn, withdrawnReason: s.withdrawnReason, updatedBy: s.updatedBy, updatedAt: s.updatedAt });
const revisionOf = <C>(
  r: { version: number; at: Date; actorId: string | null; action: string; withdrawn: boolean; reason: string | null; content: C },
  entryId: string,
  actorName: string | null,
): RevisionRow<C> => ({
  ...r,
  action: r.action as RevisionIn<C>['action'],
  entryId,
  actorName,
});

export const checklistStore: ListStore<ChecklistContent> = {
  kind: 'orgChecklist',
  label: '检查表',
  builtIn: BUILT_IN_CHECKLISTS,
  problems: checklistProblems,
  async rows(ex, orgIds, code) {
    if (orgIds.length === 0) return [];
    const rows = await ex
      .select({ r: orgChecklist, orgName: org.name })
      .from(orgChecklist)
      .innerJoin(org, eq(org.id, orgChecklist.orgId))
      .where(and(inArray(orgChecklist.orgId, orgIds), code === undefined ? undefined : eq(orgChecklist.code, code)));
    return rows.map(({ r, orgName }) => ({ ...r, orgName, content: { title: r.title, scope: r.scope as ChecklistScope, items: r.items } }));
  },
  async insert(tx, orgId, code, s) {
    const [row] = await tx
      .insert(orgChecklist)
      .values({ orgId, code, ...common(s), ...s.content, version: 1 })
      .onConflictDoNothing()
      .returning({ id: orgChecklist.id });
    return row?.id ?? null;
  },
  async update(tx, id, fromVersion, s) {
    const done = await tx
      .update(orgChecklist)
      .set({ ...common(s), ...s.content, version: fromVersion + 1 })
      .where(and(eq(orgChecklist.id, id), eq(orgChecklist.version, fromVersion)))
      .returning({ id: orgChecklist.id });
    return done.length === 1;
  },
  async addRevision(tx, checklistId, rev) {
    await tx.insert(orgChecklistRevision).values({ checklistId, ...rev });
  },
  async revisions(ex, ids) {
    if (ids.length === 0) return [];
    const rows = await ex
      .select({ r: orgChecklistRevision, actorName: userAccount.displayName })
      .from(orgChecklistRevision)
      .leftJoin(userAccount, eq(userAccount.id, orgChecklistRevision.actorId))
      .where(inArray(orgChecklistRevision.checklistId, ids));
    return rows.map(({ r, actorName }) => revisionOf(r, r.checklistId, actorName));
  },
};

const powerColumns = (c: PowerItemContent) => ({
  kind: c.kind,
  name: c.name,
  basis: c.basis,
  subject: c.subject,
  responsibilities: c.responsibilities ?? null,
  accountability: c.accountability ?? null,
  matters: c.matters,
});

export const powerItemStore: ListStore<PowerItemContent> = {
  kind: 'orgPowerItem',
  label: '权责清单事项',
  builtIn: BUILT_IN_POWER_ITEMS,
  problems: powerItemProblems,
  async rows(ex, orgIds, code) {
    if (orgIds.length === 0) return [];
    const rows = await ex
      .select({ r: orgPowerItem, orgName: org.name })
      .from(orgPowerItem)
      .innerJoin(org, eq(org.id, orgPowerItem.orgId))
      .where(and(inArray(orgPowerItem.orgId, orgIds), code === undefined ? undefined : eq(orgPowerItem.code, code)));
    return rows.map(({ r, orgName }) => ({
      ...r,
      orgName,
      content: {
        kind: r.kind as PowerKind,
        name: r.name,
        basis: r.basis,
        subject: r.subject,
        ...(r.responsibilities === null ? {} : { responsibilities: r.responsibilities }),
        ...(r.accountability === null ? {} : { accountability: r.accountability }),
        matters: r.matters,
      },
    }));
  },
  async insert(tx, orgId, code, s) {
    const [row] = await tx
      .insert(orgPowerItem)
      .values({ orgId, code, ...common(s), ...powerColumns(s.content), version: 1 })
      .onConflictDoNothing()
      .returning({ id: orgPowerItem.id });
    return row?.id ?? null;
  },
  async update(tx, id, fromVersion, s) {
    const done = await tx
      .update(orgPowerItem)
      .set({ ...common(s), ...powerColumns(s.content), version: fromVersion + 1 })
      .where(and(eq(orgPowerItem.id, id), eq(orgPowerItem.version, fromVersion)))
      .returning({ id: orgPowerItem.id });
    return done.length === 1;
  },
  async addRevision(tx, powerItemId, rev) {
    await tx.insert(orgPowerItemRevision).values({ powerItemId, ...rev });
  },
  async revisions(ex, ids) {
    if (ids.length === 0) return [];
    const rows = await ex
      .select({ r: orgPowerItemRevision, actorName: userAccount.displayName })
      .from(orgPowerItemRevision)
      .leftJoin(userAccount, eq(userAccount.id, orgPowerItemRevision.actorId))
      .where(inArray(orgPowerItemRevision.powerItemId, ids));
    return rows.map(({ r, actorName }) => revisionOf(r, r.powerItemId, actorName));
  },
};
