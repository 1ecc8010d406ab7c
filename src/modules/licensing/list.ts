// 行政许可申请 as lists: the page (search, filters, sort, the figure drill-down) and the XLSX export
// of the same filter, every cell in Chinese.
import { and, count, eq, or, sql, type SQL } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { Forbidden } from '../../platform/errors.js';
import { assertExportable, inPages, type SheetColumn } from '../../platform/http/sheet.js';
import { daysWithin, orderOf } from '../../platform/lists.js';
import { listBase, orgPathWithin } from '../../platform/orgs/scope.js';
import { org } from '../../platform/orgs/schema.js';
import { enterpriseMatching } from '../registry/queries.js';
import { type ApplicationRow, applicationsOut, assertCan, isEnterpriseUser, type LicensingActor } from './applications.js';
import { LICENSING_LABELS } from './codes.js';
import type { ApplicationOut, ListApplicationsQuery } from './contract.js';
import { licenseFigureRows } from './figures.js';
import { licenseApplication } from './schema.js';

/** The rows a list or an export shows, and their order. */
async function selection(app: AppContext, actor: LicensingActor, q: ListApplicationsQuery) {
  assertCan(actor, 'license.read', '查看许可申请');
  const mine = isEnterpriseUser(actor);
  if (mine && !actor.enterpriseId) throw new Forbidden('该企业用户未关联企业');
  const base = mine ? '/' : await listBase(app.db, actor, q.orgId);
  const where = and(
    mine ? eq(licenseApplication.enterpriseId, actor.enterpriseId as string) : orgPathWithin(base),
    // Staff see a draft only when it was begun at their counter: an online draft is the enterprise's own.
    mine ? undefined : or(eq(licenseApplication.channel, 'counter'), sql`${licenseApplication.state} <> 'draft'`),
    q.state ? eq(licenseApplication.state, q.state) : undefined,
    q.matterCode ? eq(licenseApplication.matterCode, q.matterCode) : undefined,
    q.channel ? eq(licenseApplication.channel, q.channel) : undefined,
    q.q
      ? or(
          enterpriseMatching(licenseApplication.enterpriseId, q.q),
          sql`${licenseApplication.applicationNo} ilike ${`%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`,
        )
      : undefined,
    q.figure ? await licenseFigureRows(app.db, q.figure, q, base) : daysWithin(licenseApplication.receivedOn, q.from, q.to),
  ) as SQL;
  const order = orderOf(
    { createdAt: licenseApplication.createdAt, receivedOn: licenseApplication.receivedOn, applicationNo: licenseApplication.applicationNo },
    q,
    { sort: 'createdAt', order: 'desc' },
    licenseApplication.id,
  );
  const page = (limit: number, offset: number): Promise<{ a: ApplicationRow; orgName: string }[]> =>
    app.db
      .select({ a: licenseApplication, orgName: org.name })
      .from(licenseApplication)
      .innerJoin(org, eq(org.id, licenseApplication.orgId))
      .where(where)
      .orderBy(...order)
      .limit(limit)
      .offset(offset);
  const total = async () =>
    (await app.db.select({ total: count() }).from(licenseApplication).innerJoin(org, eq(org.id, licenseApplication.orgId)).where(where))[0].total;
  return { page, total };
}

export async function listApplications(app: AppContext, actor: LicensingActor, q: ListApplicationsQuery) {
  const s = await selection(app, actor, q);
  const [rows, total] = await Promise.all([s.page(q.pageSize, (q.page - 1) * q.pageSize), s.total()]);
  return { items: await applicationsOut(app, rows), total, page: q.page, pageSize: q.pageSize };
}

/** The same filter's every row, a page at a time, once it is known to fit one export. */
export async function applicationsForExport(app: AppContext, actor: LicensingActor, q: ListApplicationsQuery): Promise<AsyncIterable<ApplicationOut>> {
  const s = await selection(app, actor, q);
  assertExportable(await s.total());
  return inPages(async (limit, offset) => applicationsOut(app, await s.page(limit, offset)));
}

const clockText = (c: ApplicationOut['clock']) =>
  !c
    ? ''
    : c.paused
      ? `${c.label}：暂停计时`
      : `${c.label}：${c.dueOn ?? ''}${c.workdaysLeft !== null && c.workdaysLeft < 0 ? `（已逾期 ${-c.workdaysLeft} 个工作日）` : ''}`;

export const APPLICATION_SHEET: readonly SheetColumn<ApplicationOut>[] = [
  { header: '申请编号', width: 20, value: (a) => a.applicationNo },
  { header: '许可事项', width: 30, value: (a) => a.matterName },
  { header: '申请企业', width: 30, value: (a) => a.enterpriseName },
  { header: '发证机关', width: 22, value: (a) => a.orgName },
  { header: '渠道', value: (a) => LICENSING_LABELS.channel[a.channel] },
  { header: '状态', value: (a) => LICENSING_LABELS.state[a.state] },
  { header: '收到日期', value: (a) => a.receivedOn },
  { header: '受理日期', value: (a) => (a.acceptedOn ? `${a.acceptedOn}${a.deemedAccepted ? '（视为受理）' : ''}` : '') },
  { header: '决定日期', value: (a) => a.decidedOn },
  { header: '当前期限', width: 30, value: (a) => clockText(a.clock) },
];
