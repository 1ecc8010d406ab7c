// The licence register as a list (search, filters, sort, paging) and its XLSX export.
import { and, count, eq, gte, lt, or, sql, type SQL } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { chinaDate } from '../../platform/dates.js';
import { Forbidden } from '../../platform/errors.js';
import { assertExportable, inPages, type SheetColumn } from '../../platform/http/sheet.js';
import { daysWithin, orderOf } from '../../platform/lists.js';
import { listBase, orgPathWithin } from '../../platform/orgs/scope.js';
import { org } from '../../platform/orgs/schema.js';
import { assertCan, isEnterpriseUser, type LicensingActor } from './applications.js';
import { LICENSING_LABELS } from './codes.js';
import type { ListLicencesQuery, LicenceOut } from './licence-contract.js';
import { licenceOut } from './licences.js';
import { licence } from './schema.js';

const like = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

async function selection(app: AppContext, actor: LicensingActor, q: ListLicencesQuery) {
  assertCan(actor, 'license.read', '查看许可证件');
  const mine = isEnterpriseUser(actor);
  if (mine && !actor.enterpriseId) throw new Forbidden('该企业用户未关联企业');
  const base = mine ? '/' : await listBase(app.db, actor, q.orgId);
  const today = chinaDate(app.clock.now());
  // 已过期 is not stored: a valid licence past its last day has expired (rules.ts licenseStateOn).
  const state =
    q.state === 'expired'
      ? and(eq(licence.state, 'valid'), lt(licence.validTo, today))
      : q.state === 'valid'
        ? and(eq(licence.state, 'valid'), gte(licence.validTo, today))
        : q.state
          ? eq(licence.state, q.state)
          : undefined;
  const where = and(
    mine ? eq(licence.enterpriseId, actor.enterpriseId as string) : orgPathWithin(base),
    q.enterpriseId ? eq(licence.enterpriseId, q.enterpriseId) : undefined,
    q.matterCode ? eq(licence.matterCode, q.matterCode) : undefined,
    state,
    q.q ? or(sql`${licence.licenceNo} ilike ${like(q.q)}`, sql`${licence.content}->>'holder' ilike ${like(q.q)}`) : undefined,
    daysWithin(licence.issuedOn, q.from, q.to),
  ) as SQL;
  const order = orderOf(
    { issuedOn: licence.issuedOn, validTo: licence.validTo, licenceNo: licence.licenceNo },
    q,
    { sort: 'issuedOn', order: 'desc' },
    licence.id,
  );
  const page = async (limit: number, offset: number) =>
    (
      await app.db
        .select({ l: licence })
        .from(licence)
        .innerJoin(org, eq(org.id, licence.orgId))
        .where(where)
        .orderBy(...order)
        .limit(limit)
        .offset(offset)
    ).map(({ l }) => licenceOut(l, today));
  const total = async () => (await app.db.select({ total: count() }).from(licence).innerJoin(org, eq(org.id, licence.orgId)).where(where))[0].total;
  return { page, total };
}

export async function listLicences(app: AppContext, actor: LicensingActor, q: ListLicencesQuery) {
  const s = await selection(app, actor, q);
  const [items, total] = await Promise.all([s.page(q.pageSize, (q.page - 1) * q.pageSize), s.total()]);
  return { items, total, page: q.page, pageSize: q.pageSize };
}

export async function licencesForExport(app: AppContext, actor: LicensingActor, q: ListLicencesQuery): Promise<AsyncIterable<LicenceOut>> {
  const s = await selection(app, actor, q);
  assertExportable(await s.total());
  return inPages(s.page);
}

export const LICENCE_SHEET: readonly SheetColumn<LicenceOut>[] = [
  { header: '证照编号', width: 28, value: (l) => l.licenceNo },
  { header: '证照名称', width: 28, value: (l) => l.content.matterName },
  { header: '持证单位', width: 30, value: (l) => l.content.holder },
  { header: '统一社会信用代码', width: 22, value: (l) => l.content.uscc },
  { header: '许可范围', width: 40, value: (l) => l.content.scope },
  { header: '有效期起', value: (l) => l.validFrom },
  { header: '有效期至', value: (l) => l.validTo },
  { header: '状态', value: (l) => LICENSING_LABELS.license[l.state] },
  { header: '发证机关', width: 22, value: (l) => l.content.issuer },
  { header: '发证日期', value: (l) => l.issuedOn },
  { header: '吊销或注销', width: 30, value: (l) => (l.endedOn ? `${l.endedOn} ${l.endReason ?? ''}${l.endDecisionNo ? `（${l.endDecisionNo}）` : ''}` : '') },
];
