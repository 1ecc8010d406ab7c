// 行刑衔接 as a list: the org's subtree, by state, by case, a date range on the day the transfer was
// approved, a search on the party's name, sorted and a page at a time; the same filter exported.
import { and, asc, count, eq, ilike, inArray, type SQL } from 'drizzle-orm';
import type { Actor, AppContext } from '../../platform/context.js';
import { chinaDate } from '../../platform/dates.js';
import { assertExportable, inPages, type SheetColumn } from '../../platform/http/sheet.js';
import { daysWithin, orderOf } from '../../platform/lists.js';
import { org } from '../../platform/orgs/schema.js';
import { listBase, orgPathWithin } from '../../platform/orgs/scope.js';
import { TRANSFER_LABELS } from './codes.js';
import type { ListTransfersQuery, TransferOut } from './contract.js';
import { criminalTransfer as t } from './schema.js';
import { assertCan, transferOut } from './service.js';

async function selection(app: AppContext, actor: Actor, q: ListTransfersQuery) {
  assertCan(actor, 'criminalTransfer.read', '查看移送记录');
  const base = await listBase(app.db, actor, q.orgId);
  const where = and(
    orgPathWithin(base),
    q.state ? eq(t.state, q.state) : undefined,
    q.caseId ? eq(t.caseId, q.caseId) : undefined,
    q.q ? ilike(t.partyName, `%${q.q.replace(/[\\%_]/g, '\\$&')}%`) : undefined,
    daysWithin(t.approvedOn, q.from, q.to),
  ) as SQL;
  const order = orderOf({ approvedOn: t.approvedOn, updatedAt: t.updatedAt, partyName: t.partyName }, q, { sort: 'approvedOn', order: 'desc' }, t.id);
  const on = chinaDate(app.clock.now());
  const page = async (limit: number, offset: number) =>
    (
      await app.db
        .select({ t, orgName: org.name })
        .from(t)
        .innerJoin(org, eq(org.id, t.orgId))
        .where(where)
        .orderBy(...order)
        .limit(limit)
        .offset(offset)
    ).map((r) => transferOut(r.t, r.orgName, on));
  const total = async () => (await app.db.select({ total: count() }).from(t).innerJoin(org, eq(org.id, t.orgId)).where(where))[0].total;
  return { page, total };
}

export async function listTransfers(app: AppContext, actor: Actor, q: ListTransfersQuery) {
  const s = await selection(app, actor, q);
  const [items, total] = await Promise.all([s.page(q.pageSize, (q.page - 1) * q.pageSize), s.total()]);
  return { items, total, page: q.page, pageSize: q.pageSize };
}

export async function transfersForExport(app: AppContext, actor: Actor, q: ListTransfersQuery): Promise<AsyncIterable<TransferOut>> {
  const s = await selection(app, actor, q);
  assertExportable(await s.total());
  return inPages(s.page);
}

export const TRANSFER_SHEET: readonly SheetColumn<TransferOut>[] = [
  { header: '当事人', width: 30, value: (r) => r.partyName },
  { header: '移送机关', width: 22, value: (r) => r.orgName },
  { header: '涉嫌犯罪', width: 40, value: (r) => r.suspectedCrime },
  { header: '移送书文号', width: 26, value: (r) => r.letterNumber },
  { header: '批准移送日期', value: (r) => r.approvedOn },
  { header: '接收公安机关', width: 24, value: (r) => r.policeAuthority },
  { header: '涉案人数', value: (r) => r.persons.length },
  { header: '状态', value: (r) => TRANSFER_LABELS.state[r.state] },
  { header: '接收日期', value: (r) => r.receivedOn },
  { header: '公安机关决定', value: (r) => (r.policeDecision ? TRANSFER_LABELS.policeDecision[r.policeDecision] : '') },
  { header: '决定日期', value: (r) => r.policeDecidedOn },
  { header: '不予立案理由', width: 40, value: (r) => r.policeReasons },
  { header: '提请立案监督日期', value: (r) => r.supervisionRequestedOn },
  { header: '监督结果', width: 30, value: (r) => (r.supervisionResult ? TRANSFER_LABELS.supervisionResult[r.supervisionResult] : '') },
  { header: '移回日期', value: (r) => r.returnedOn },
  { header: '罚款折抵', width: 40, value: (r) => r.fineCreditText },
];

/** The workbench's transfers with a period running (移送, 立案审查, 提请监督, 移交), the earliest due first. */
export async function transferAgenda(app: AppContext, actor: Actor) {
  assertCan(actor, 'criminalTransfer.read', '查看行刑衔接期限');
  const on = chinaDate(app.clock.now());
  const open = await app.db
    .select({ t, orgName: org.name })
    .from(t)
    .innerJoin(org, eq(org.id, t.orgId))
    .where(and(orgPathWithin(actor.orgPath), inArray(t.state, ['awaitingReceipt', 'received', 'refused', 'filed'])))
    .orderBy(asc(t.approvedOn))
    .limit(500);
  const items = open
    .map((r) => transferOut(r.t, r.orgName, on))
    .filter((x) => x.period !== null)
    .sort((a, b) => a.period!.dueOn.localeCompare(b.period!.dueOn))
    .slice(0, 20);
  return { items };
}
