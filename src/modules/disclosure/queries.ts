// Staff reads: the list, the on-time dashboard and the leader's overdue card, all scoped to the
// caller's org subtree. Counting is done in SQL (one scan of the org-and-due index).
import { and, asc, desc, eq, gte, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { Actor, AppContext } from '../../platform/context.js';
import { chinaDate } from '../../platform/dates.js';
import { org } from '../../platform/orgs/schema.js';
import type { Dashboard, DashboardQuery, DisclosureKind, StaffItem, StaffListQuery } from './contract.js';
import { DISCLOSURE_KINDS } from './contract.js';
import { daysLate, onTimeRate, timeliness } from './rules.js';
import { disclosure, type DisclosureRow } from './schema.js';
import { listBase, orgInScope, orgPathWithin } from '../../platform/orgs/scope.js';

// The China date of publication, as chinaDate() gives it in JS.
const publishedOn = sql`(${disclosure.publishedAt} at time zone 'Asia/Shanghai')::date`;

function toItem(d: DisclosureRow, orgName: string, today: string): StaffItem {
  const pOn = d.publishedAt ? chinaDate(d.publishedAt) : null;
  const t = timeliness({ status: d.status as StaffItem['status'], dueOn: d.dueOn, publishedOn: pOn }, today);
  return {
    id: d.id,
    kind: d.kind as DisclosureKind,
    status: d.status as StaffItem['status'],
    orgId: d.orgId,
    orgName,
    sourceType: d.sourceType,
    sourceId: d.sourceId,
    enterpriseName: d.enterpriseName,
    uscc: d.uscc,
    title: d.title,
    decidedOn: d.decidedOn,
    dueOn: d.dueOn,
    publishedAt: d.publishedAt?.toISOString() ?? null,
    late: t === 'late' || t === 'pendingOverdue',
    termEndsOn: d.termEndsOn,
    withdrawnAt: d.withdrawnAt?.toISOString() ?? null,
    withdrawalReason: (d.withdrawalReason as StaffItem['withdrawalReason']) ?? null,
    withdrawalNote: d.withdrawalNote,
    actSeq: d.actSeq,
    publishSeq: d.publishSeq,
    withdrawSeq: d.withdrawSeq,
  };
}

async function listWhere(app: AppContext, where: SQL | undefined, order: SQL[], limit: number, offset: number) {
  const today = chinaDate(app.clock.now());
  const rows = await app.db
    .select({ d: disclosure, orgName: org.name })
    .from(disclosure)
    .innerJoin(org, eq(org.id, disclosure.orgId))
    .where(where)
    .orderBy(...order)
    .limit(limit)
    .offset(offset);
  const [{ total }] = await app.db.select({ total: sql<number>`count(*)::int` }).from(disclosure).innerJoin(org, eq(org.id, disclosure.orgId)).where(where);
  return { items: rows.map(({ d, orgName }) => toItem(d, orgName, today)), total, today };
}

export async function listDisclosures(app: AppContext, actor: Actor, q: StaffListQuery) {
  const path = await listBase(app.db, actor, q.orgId);
  const today = chinaDate(app.clock.now());
  const where = and(
    orgPathWithin(path),
    q.status ? eq(disclosure.status, q.status) : undefined,
    q.overdue ? and(eq(disclosure.status, 'pending'), lt(disclosure.dueOn, today)) : undefined,
  );
  const { items, total } = await listWhere(
    app,
    where,
    [asc(disclosure.dueOn), desc(disclosure.createdAt), asc(disclosure.id)],
    q.pageSize,
    (q.page - 1) * q.pageSize,
  );
  return { items, total };
}

/** The leader's workbench: pending items past their last day, oldest first. */
export async function overdueDisclosures(app: AppContext, actor: Actor, q: { orgId?: string }) {
  const path = await listBase(app.db, actor, q.orgId);
  const today = chinaDate(app.clock.now());
  const where = and(orgPathWithin(path), eq(disclosure.status, 'pending'), lt(disclosure.dueOn, today));
  const { items, total } = await listWhere(app, where, [asc(disclosure.dueOn), asc(disclosure.id)], 200, 0);
  return { items: items.map((i) => ({ ...i, daysLate: daysLate(i.dueOn, today) })), total };
}

/** Items due in [from, to] in the org's subtree, classified as rules.ts timeliness() does. */
export async function dashboardOf(app: AppContext, actor: Actor, q: DashboardQuery): Promise<Dashboard> {
  const o = q.orgId ? await orgInScope(app.db, actor, q.orgId) : null;
  const path = o?.path ?? actor.orgPath;
  const orgId = o?.id ?? actor.orgId;
  const today = chinaDate(app.clock.now());
  const rows = await app.db
    .select({
      kind: disclosure.kind,
      due: sql<number>`count(*)::int`,
      onTime: sql<number>`count(*) filter (where ${disclosure.publishedAt} is not null and ${publishedOn} <= ${disclosure.dueOn})::int`,
      late: sql<number>`count(*) filter (where ${disclosure.publishedAt} is not null and ${publishedOn} > ${disclosure.dueOn})::int`,
      overdue: sql<number>`count(*) filter (where ${disclosure.status} = 'pending' and ${disclosure.dueOn} < ${today})::int`,
      notYet: sql<number>`count(*) filter (where ${disclosure.status} = 'pending' and ${disclosure.dueOn} >= ${today})::int`,
    })
    .from(disclosure)
    .innerJoin(org, eq(org.id, disclosure.orgId))
    .where(and(orgPathWithin(path), gte(disclosure.dueOn, q.from), lte(disclosure.dueOn, q.to)))
    .groupBy(disclosure.kind);
  const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + f(r), 0);
  const counts = { publishedOnTime: sum((r) => r.onTime), publishedLate: sum((r) => r.late), pendingOverdue: sum((r) => r.overdue) };
  return {
    orgId: orgId ?? '',
    from: q.from,
    to: q.to,
    due: sum((r) => r.due),
    ...counts,
    pendingNotYetDue: sum((r) => r.notYet),
    onTimeRate: onTimeRate(counts),
    byKind: DISCLOSURE_KINDS.flatMap((kind) => {
      const r = rows.find((x) => x.kind === kind);
      return r ? [{ kind, due: r.due, publishedOnTime: r.onTime, late: r.late + r.overdue }] : [];
    }),
  };
}
