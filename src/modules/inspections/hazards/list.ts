// 隐患 list: search by enterprise, filters, sort and page, and the same filter exported as XLSX.
import { and, eq, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import { Forbidden } from '../../../platform/errors.js';
import { assertExportable, inPages, type SheetColumn } from '../../../platform/http/sheet.js';
import { daysWithin, orderOf } from '../../../platform/lists.js';
import { org } from '../../../platform/orgs/schema.js';
import { listBase, orgIdWithin } from '../../../platform/orgs/scope.js';
import { enterpriseMatching, enterpriseNameOf, enterprisesByIds } from '../../registry/queries.js';
import type { HazardGrade } from '../codes.js';
import type { HazardOut, HazardSort, ListHazardsQuery } from '../contract.js';
import { hazard } from '../schema.js';
import { isEnterpriseUser, type InspectionActor } from '../scope.js';
import { HAZARD_ORIGIN_ZH, HAZARD_STATUS_ZH } from './rules.js';
import { toOut } from './service.js';

const SORTS: Record<HazardSort, AnyColumn | SQL> = {
  foundOn: hazard.foundOn,
  deadline: hazard.deadline,
  status: hazard.status,
  grade: hazard.grade,
  enterpriseName: enterpriseNameOf(hazard.enterpriseId),
};
const order = (q: ListHazardsQuery) => orderOf(SORTS, q, { sort: 'foundOn', order: 'desc' }, hazard.id);

/** Staff: the org subtree's hazards. Enterprise users: their enterprise's, whatever org they sit in. Then each filter given. */ import { figureRows } from '../../../platform/figures/drill.js';
import { HAZARD_FIGURE_ROWS } from '../figures.js';

async function filters(app: AppContext, actor: InspectionActor, q: ListHazardsQuery): Promise<SQL | undefined> {
  const base = await listBase(app.db, actor, q.orgId);
  let scope = orgIdWithin(hazard.orgId, base);
  if (isEnterpriseUser(actor)) {
    if (!actor.enterpriseId) throw new Forbidden('该企业用户未关联企业', 'enterpriseId');
    // An enterprise's hazards are its own wherever it is supervised from; orgId only narrows.
    scope = q.orgId ? and(scope, eq(hazard.enterpriseId, actor.enterpriseId))! : eq(hazard.enterpriseId, actor.enterpriseId);
  }
  const term = q.q?.trim();
  return and(
    scope,
    term ? enterpriseMatching(hazard.enterpriseId, term) : undefined,
    q.status ? eq(hazard.status, q.status) : undefined,
    q.grade ? eq(hazard.grade, q.grade) : undefined,
    q.origin ? eq(hazard.origin, q.origin) : undefined,
    q.recordId ? eq(hazard.recordId, q.recordId) : undefined,
    q.enterpriseId ? eq(hazard.enterpriseId, q.enterpriseId) : undefined,
    q.figure ? figureRows(HAZARD_FIGURE_ROWS[q.figure], q, base) : daysWithin(hazard.foundOn, q.from, q.to),
  );
}

export async function listHazards(app: AppContext, actor: InspectionActor, q: ListHazardsQuery): Promise<{ items: HazardOut[]; total: number }> {
  const where = await filters(app, actor, q);
  const rows = await app.db
    .select()
    .from(hazard)
    .where(where)
    .orderBy(...order(q))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [{ total }] = await app.db.select({ total: sql<number>`count(*)::int` }).from(hazard).where(where);
  return { items: await toOut(app.db, rows), total };
}

type ExportRow = HazardOut & { uscc: string; orgName: string };

/** Every hazard of the filter, in the list's order; the scope and the cap are checked before the first row. */
export async function hazardsForExport(app: AppContext, actor: InspectionActor, q: ListHazardsQuery): Promise<AsyncIterable<ExportRow>> {
  const where = await filters(app, actor, q);
  const [{ total }] = await app.db.select({ total: sql<number>`count(*)::int` }).from(hazard).where(where);
  assertExportable(total);
  return inPages(async (limit, offset) => {
    const rows = await app.db
      .select({ h: hazard, orgName: org.name })
      .from(hazard)
      .innerJoin(org, eq(org.id, hazard.orgId))
      .where(where)
      .orderBy(...order(q))
      .limit(limit)
      .offset(offset);
    const enterprises = await enterprisesByIds(
      app.db,
      rows.map((r) => r.h.enterpriseId),
    );
    const hazards = await toOut(
      app.db,
      rows.map((r) => r.h),
      enterprises,
    );
    return hazards.map((h, i) => ({ ...h, uscc: enterprises.get(h.enterpriseId)?.uscc ?? '', orgName: rows[i].orgName }));
  });
}

const GRADES: Record<HazardGrade, string> = { general: '一般隐患', major: '重大事故隐患' };

export const HAZARD_SHEET: readonly SheetColumn<ExportRow>[] = [
  { header: '企业名称', width: 30, value: (h) => h.enterpriseName },
  { header: '统一社会信用代码', width: 22, value: (h) => h.uscc },
  { header: '隐患描述', width: 40, value: (h) => h.description },
  { header: '隐患部位', width: 20, value: (h) => h.location },
  { header: '隐患等级', width: 14, value: (h) => GRADES[h.grade] ?? h.grade },
  { header: '来源', width: 10, value: (h) => HAZARD_ORIGIN_ZH[h.origin] ?? h.origin },
  { header: '整改措施', width: 40, value: (h) => h.measures },
  { header: '整改责任人', width: 12, value: (h) => h.responsiblePerson },
  { header: '发现日期', width: 12, value: (h) => h.foundOn },
  { header: '整改期限', width: 12, value: (h) => h.deadline },
  { header: '整改状态', width: 12, value: (h) => HAZARD_STATUS_ZH[h.status] ?? h.status },
  { header: '销号日期', width: 12, value: (h) => h.closedOn },
  { header: '检查机构', width: 24, value: (h) => h.orgName },
];
