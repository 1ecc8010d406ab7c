// Staff reads: the list, the on-time dashboard and the leader's overdue card, all scoped to the
// caller's org subtree. Counting is done in SQL (one scan of the org-and-due index).
import { and, asc, eq, gte, lt, lte, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Actor, AppContext } from '../../platform/context.js';
import { chinaDate } from '../../platform/dates.js';
import { org } from '../../platform/orgs/schema.js';
import type { Dashboard, DashboardQuery, DisclosureKind, DisclosureSort, DisclosureStatus, StaffItem, StaffListQuery, WithdrawalReason } from './contract.js';
import { assertExportable, inPages, sheetDate, type SheetColumn } from '../../platform/http/sheet.js';
import { daysWithin, orderOf } from '../../platform/lists.js';
import { nameOrUscc } from '../registry/search.js';
import { DISCLOSURE_KINDS } from './contract.js';
import { daysLate, onTimeRate, timeliness } from './rules.js';
import { disclosure, type DisclosureRow } from './schema.js';
import { DISCLOSURE_FIGURE_ROWS, publishedOn } from './figures.js';
import { figureRows } from '../../platform/figures/drill.js';
import { listBase, orgInScope, orgPathWithin } from '../../platform/orgs/scope.js';

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

const SORTS: Record<DisclosureSort, AnyColumn> = {
  dueOn: disclosure.dueOn,
  decidedOn: disclosure.decidedOn,
  publishedAt: disclosure.publishedAt,
  enterpriseName: disclosure.enterpriseName,
  status: disclosure.status,
  kind: disclosure.kind,
};
const order = (q: StaffListQuery) => orderOf(SORTS, q, { sort: 'dueOn', order: 'asc' }, disclosure.id);

/** The staff list's conditions: the org subtree (or the chosen org's), then each filter given. */
async function staffFilters(app: AppContext, actor: Actor, q: StaffListQuery): Promise<SQL | undefined> {
  const path = await listBase(app.db, actor, q.orgId);
  const today = chinaDate(app.clock.now());
  const term = q.q?.trim();
  return and(
    orgPathWithin(path),
    term ? nameOrUscc(disclosure.enterpriseName, disclosure.enterpriseNameBigrams, disclosure.uscc, term) : undefined,
    q.status ? eq(disclosure.status, q.status) : undefined,
    q.kind ? eq(disclosure.kind, q.kind) : undefined,
    q.overdue ? and(eq(disclosure.status, 'pending'), lt(disclosure.dueOn, today)) : undefined,
    q.figure ? figureRows(DISCLOSURE_FIGURE_ROWS[q.figure], q, path) : daysWithin(disclosure.decidedOn, q.from, q.to),
  );
}

export async function listDisclosures(app: AppContext, actor: Actor, q: StaffListQuery) {
  const { items, total } = await listWhere(app, await staffFilters(app, actor, q), order(q), q.pageSize, (q.page - 1) * q.pageSize);
  return { items, total };
}

/** Every item of the filter, in the list's order; the scope and the cap are checked before the first row. */
export async function disclosuresForExport(app: AppContext, actor: Actor, q: StaffListQuery): Promise<AsyncIterable<StaffItem>> {
  const where = await staffFilters(app, actor, q);
  const [{ total }] = await app.db.select({ total: sql<number>`count(*)::int` }).from(disclosure).innerJoin(org, eq(org.id, disclosure.orgId)).where(where);
  assertExportable(total);
  return inPages(async (limit, offset) => (await listWhere(app, where, order(q), limit, offset)).items);
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

const KINDS: Record<DisclosureKind, string> = {
  penaltyDecision: '行政处罚决定',
  summaryDecision: '当场处罚决定',
  notPunished: '不予处罚决定',
  inspectionResult: '检查结果',
  drawResult: '抽查结果',
  licenceDecision: '行政许可决定',
};
const STATUSES: Record<DisclosureStatus, string> = { pending: '待公示', published: '已公示', withdrawn: '已撤下' };
const REASONS: Record<WithdrawalReason, string> = { termEnded: '公示期满', creditRepair: '信用修复', decisionRevoked: '决定被撤销或变更' };

export const DISCLOSURE_SHEET: readonly SheetColumn<StaffItem>[] = [
  { header: '公示类别', width: 14, value: (d) => KINDS[d.kind] },
  { header: '标题', width: 40, value: (d) => d.title },
  { header: '企业（当事人）名称', width: 30, value: (d) => d.enterpriseName },
  { header: '统一社会信用代码', width: 22, value: (d) => d.uscc },
  { header: '作出日期', width: 12, value: (d) => d.decidedOn },
  { header: '应公示日期', width: 12, value: (d) => d.dueOn },
  { header: '公示状态', width: 10, value: (d) => STATUSES[d.status] },
  { header: '是否逾期', width: 10, value: (d) => (d.late ? '逾期' : '') },
  { header: '公示日期', width: 12, value: (d) => sheetDate(d.publishedAt) },
  { header: '公示期满日期', width: 14, value: (d) => d.termEndsOn },
  { header: '撤下日期', width: 12, value: (d) => sheetDate(d.withdrawnAt) },
  { header: '撤下原因', width: 18, value: (d) => (d.withdrawalReason ? REASONS[d.withdrawalReason] : '') },
  { header: '公示机构', width: 24, value: (d) => d.orgName },
];
