// 严重失信主体名单 as lists: the staff page (search, filters, sort, the figure drill-down), the XLSX
// export of the same filter with every cell in Chinese, and the public list of current listings.
import { and, count, eq, type SQL } from 'drizzle-orm';
import type { Actor, AppContext } from '../../platform/context.js';
import { chinaDate } from '../../platform/dates.js';
import { figureRows } from '../../platform/figures/drill.js';
import { assertExportable, inPages, type SheetColumn } from '../../platform/http/sheet.js';
import { daysWithin, orderOf } from '../../platform/lists.js';
import { listBase, orgInScope, orgPathWithin } from '../../platform/orgs/scope.js';
import { org } from '../../platform/orgs/schema.js';
import { enterpriseMatching } from '../registry/queries.js';
import { CREDIT_LABELS } from './codes.js';
import {
  CREDIT_EXPORT_FIELDS,
  CREDIT_EXPORT_FORMAT,
  CREDIT_EXPORT_VERSION,
  type CreditExportOut,
  type CreditExportQuery,
  type CreditExportRecord,
  type ListingOut,
  type ListListingsQuery,
  type PublicListingOut,
} from './contract.js';
import { CREDIT_FIGURE_ROWS } from './figures.js';
import { creditListing } from './schema.js';
import { assertCan, listingsOut, type Row } from './service.js';

async function selection(app: AppContext, actor: Actor, q: ListListingsQuery) {
  assertCan(actor, 'credit.read', '查看严重失信主体名单');
  const base = await listBase(app.db, actor, q.orgId);
  const where = and(
    orgPathWithin(base),
    q.state ? eq(creditListing.state, q.state) : undefined,
    q.criterion ? eq(creditListing.criterion, q.criterion) : undefined,
    q.q ? enterpriseMatching(creditListing.enterpriseId, q.q) : undefined,
    q.figure ? figureRows(CREDIT_FIGURE_ROWS[q.figure], q, base) : daysWithin(creditListing.proposedOn, q.from, q.to),
  ) as SQL;
  const order = orderOf(
    { proposedOn: creditListing.proposedOn, listedOn: creditListing.listedOn, termEndsOn: creditListing.termEndsOn },
    q,
    { sort: 'proposedOn', order: 'desc' },
    creditListing.id,
  );
  const page = (limit: number, offset: number): Promise<{ l: Row; orgName: string }[]> =>
    app.db
      .select({ l: creditListing, orgName: org.name })
      .from(creditListing)
      .innerJoin(org, eq(org.id, creditListing.orgId))
      .where(where)
      .orderBy(...order)
      .limit(limit)
      .offset(offset);
  const total = async () => (await app.db.select({ total: count() }).from(creditListing).innerJoin(org, eq(org.id, creditListing.orgId)).where(where))[0].total;
  return { page, total };
}

export async function listListings(app: AppContext, actor: Actor, q: ListListingsQuery) {
  const s = await selection(app, actor, q);
  const [rows, total] = await Promise.all([s.page(q.pageSize, (q.page - 1) * q.pageSize), s.total()]);
  return { items: await listingsOut(app.db, rows), total, page: q.page, pageSize: q.pageSize };
}

/** The same filter's every row, a page at a time, once it is known to fit one export. */
export async function listingsForExport(app: AppContext, actor: Actor, q: ListListingsQuery): Promise<AsyncIterable<ListingOut>> {
  const s = await selection(app, actor, q);
  assertExportable(await s.total());
  return inPages(async (limit, offset) => listingsOut(app.db, await s.page(limit, offset)));
}

export const LISTING_SHEET: readonly SheetColumn<ListingOut>[] = [
  { header: '企业名称', width: 30, value: (l) => l.enterpriseName },
  { header: '统一社会信用代码', width: 22, value: (l) => l.uscc },
  { header: '列入情形', width: 40, value: (l) => l.criterionLabel },
  { header: '列入依据', width: 40, value: (l) => l.basis },
  { header: '行政处罚决定书文号', width: 26, value: (l) => l.penaltyDecisionNumber },
  { header: '决定机关', width: 22, value: (l) => l.orgName },
  { header: '状态', value: (l) => CREDIT_LABELS.state[l.state] },
  { header: '提出日期', value: (l) => l.proposedOn },
  { header: '告知书文号', width: 26, value: (l) => l.noticeNumber },
  { header: '告知书送达日期', value: (l) => l.noticeServedOn },
  { header: '陈述申辩期限', value: (l) => l.statementDueOn },
  { header: '列入决定书文号', width: 26, value: (l) => l.decisionNumber },
  { header: '决定日期', value: (l) => l.decidedOn },
  { header: '列入日期', value: (l) => l.listedOn },
  { header: '管理期限至', value: (l) => l.termEndsOn },
  { header: '移出日期', value: (l) => l.removedOn },
];

/** The public list: listings in force now, newest first; the facts and the statement stay inside (they may name people). */
export async function publicListings(app: AppContext, q: { q?: string; page: number; pageSize: number }) {
  const where = and(eq(creditListing.state, 'listed'), q.q ? enterpriseMatching(creditListing.enterpriseId, q.q) : undefined) as SQL;
  const [rows, [{ total }]] = await Promise.all([
    app.db
      .select({ l: creditListing, orgName: org.name })
      .from(creditListing)
      .innerJoin(org, eq(org.id, creditListing.orgId))
      .where(where)
      .orderBy(...orderOf({ listedOn: creditListing.listedOn }, {}, { sort: 'listedOn', order: 'desc' }, creditListing.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    app.db.select({ total: count() }).from(creditListing).where(where),
  ]);
  const items: PublicListingOut[] = (await listingsOut(app.db, rows)).map((l) => ({
    id: l.id,
    enterpriseName: l.enterpriseName,
    uscc: l.uscc,
    criterion: l.criterion,
    criterionLabel: l.criterionLabel,
    basis: l.basis,
    decisionNumber: l.decisionNumber as string,
    orgName: l.orgName,
    listedOn: l.listedOn as string,
    termEndsOn: l.termEndsOn as string,
  }));
  return { items, total, page: q.page, pageSize: q.pageSize };
}

/**
 * The export for the 全国信用信息共享平台 (docs/credit-export.md): every listing in force (已列入) whose
 * deciding bureau is in the reader's subtree (or the chosen bureau's), oldest listed first.
 */
export async function creditExport(app: AppContext, actor: Actor, q: CreditExportQuery): Promise<CreditExportOut> {
  assertCan(actor, 'credit.read', '导出严重失信主体名单');
  const base = await listBase(app.db, actor, q.orgId);
  const scope = q.orgId ? (await orgInScope(app.db, actor, q.orgId)).name : await orgNameAt(app, base);
  const where = and(orgPathWithin(base), eq(creditListing.state, 'listed')) as SQL;
  const [{ total }] = await app.db.select({ total: count() }).from(creditListing).innerJoin(org, eq(org.id, creditListing.orgId)).where(where);
  assertExportable(total);
  const rows = await app.db
    .select({ l: creditListing, orgName: org.name })
    .from(creditListing)
    .innerJoin(org, eq(org.id, creditListing.orgId))
    .where(where)
    .orderBy(...orderOf({ listedOn: creditListing.listedOn }, {}, { sort: 'listedOn', order: 'asc' }, creditListing.id));
  const records: CreditExportRecord[] = (await listingsOut(app.db, rows)).map((l) => ({
    name: l.enterpriseName,
    uscc: l.uscc,
    decisionNumber: l.decisionNumber as string,
    reason: l.criterionLabel,
    penaltyDecisionNumber: l.penaltyDecisionNumber,
    basis: l.basis,
    authority: l.orgName,
    listedOn: l.listedOn as string,
    validUntil: l.termEndsOn as string,
    state: 'listed',
    stateLabel: CREDIT_LABELS.state.listed,
  }));
  const now = app.clock.now();
  return { format: CREDIT_EXPORT_FORMAT, version: CREDIT_EXPORT_VERSION, generatedAt: now.toISOString(), asOf: chinaDate(now), scope, total, records };
}

async function orgNameAt(app: AppContext, path: string) {
  const [row] = await app.db.select({ name: org.name }).from(org).where(eq(org.path, path));
  return row?.name ?? '全部';
}

/** The XLSX of the export: the same records, a column per field with its Chinese name. */
export const CREDIT_EXPORT_SHEET: readonly SheetColumn<CreditExportRecord>[] = CREDIT_EXPORT_FIELDS.map(([key, header]) => ({
  header,
  width: key === 'reason' || key === 'basis' ? 40 : key === 'name' ? 30 : 24,
  value: (r: CreditExportRecord) => r[key],
}));
