// 行政处罚案件 list: search, filters, sort and page, and the same filter exported as XLSX.
import { and, eq, ilike, like, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Actor, AppContext } from '../../platform/context.js';
import { assertExportable, inPages, sheetDate, type SheetColumn } from '../../platform/http/sheet.js';
import { instantsWithin, orderOf } from '../../platform/lists.js';
import { org } from '../../platform/orgs/schema.js';
import { listBase, orgPathWithin } from '../../platform/orgs/scope.js';
import { VIOLATION_TYPES } from '../catalogue/law/work-safety-law.js';
import type { CaseSort, ListCasesQuery } from './contract.js';
import { CASE_FIGURE_ROWS } from './figures.js';
import { penaltyCase } from './schema.js';
import { figureRows } from '../../platform/figures/drill.js';
import { listWhere } from './service.js';
import type { CaseRow } from './workflow/particulars.js';
import { CASE_STATES, type CaseState } from './workflow/machine.js';

// LIKE wildcards typed by a user are searched for literally.
const literal = (term: string) => term.replace(/[\\%_]/g, '\\$&');

const SORTS: Record<CaseSort, AnyColumn> = {
  updatedAt: penaltyCase.updatedAt,
  createdAt: penaltyCase.createdAt,
  partyName: penaltyCase.partyName,
  state: penaltyCase.state,
  violationDate: penaltyCase.violationDate,
  filedOn: penaltyCase.filedOn,
};
const order = (q: ListCasesQuery) => orderOf(SORTS, q, { sort: 'updatedAt', order: 'desc' }, penaltyCase.id);

/** The list's conditions: the org subtree (or the chosen org's), then each filter given. */
async function filters(app: AppContext, actor: Actor, q: ListCasesQuery): Promise<SQL | undefined> {
  const base = await listBase(app.db, actor, q.orgId);
  const term = q.q?.trim();
  return and(
    orgPathWithin(base),
    // The party's name anywhere, or the start of its 统一社会信用代码 (an organisation) or ID number (a citizen).
    term ? or(ilike(penaltyCase.partyName, `%${literal(term)}%`), like(penaltyCase.partyIdNumber, `${literal(term.toUpperCase())}%`)) : undefined,
    q.state ? eq(penaltyCase.state, q.state) : undefined,
    q.procedure ? eq(penaltyCase.procedure, q.procedure) : undefined,
    q.enterpriseId ? eq(penaltyCase.enterpriseId, q.enterpriseId) : undefined,
    q.figure ? figureRows(CASE_FIGURE_ROWS[q.figure], q, base) : instantsWithin(penaltyCase.createdAt, q.from, q.to),
  );
}

export async function listCases(app: AppContext, actor: Actor, q: ListCasesQuery) {
  return listWhere(app, await filters(app, actor, q), order(q), { limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
}

type ExportRow = { c: CaseRow; orgName: string };

/**
 * Every case of the filter, in the list's order, for the export. The scope and the cap are checked
 * before the first row, so a refusal is still an HTTP error and not a broken download.
 */
export async function casesForExport(app: AppContext, actor: Actor, q: ListCasesQuery): Promise<AsyncIterable<ExportRow>> {
  const where = await filters(app, actor, q);
  const from = () => app.db.select({ c: penaltyCase, orgName: org.name }).from(penaltyCase).innerJoin(org, eq(org.id, penaltyCase.orgId));
  const [{ total }] = await app.db.select({ total: sql<number>`count(*)::int` }).from(penaltyCase).innerJoin(org, eq(org.id, penaltyCase.orgId)).where(where);
  assertExportable(total);
  return inPages((limit, offset) =>
    from()
      .where(where)
      .orderBy(...order(q))
      .limit(limit)
      .offset(offset),
  );
}

const PARTY_KINDS = { organisation: '单位', citizen: '公民' } as const;
const PROCEDURES = { general: '一般程序', summary: '简易程序' } as const;

export const CASE_SHEET: readonly SheetColumn<ExportRow>[] = [
  { header: '当事人', width: 30, value: ({ c }) => c.partyName },
  { header: '当事人类型', width: 10, value: ({ c }) => PARTY_KINDS[c.partyKind as keyof typeof PARTY_KINDS] ?? c.partyKind },
  // A citizen's ID number stays out of a file that may travel: only an organisation's code is listed.
  { header: '统一社会信用代码', width: 22, value: ({ c }) => (c.partyKind === 'organisation' ? c.partyIdNumber : '') },
  { header: '违法行为', width: 40, value: ({ c }) => VIOLATION_TYPES.find((v) => v.code === c.violationTypeCode)?.title ?? c.violationTypeCode },
  { header: '违法行为发生日期', width: 16, value: ({ c }) => c.violationDate },
  { header: '程序', width: 10, value: ({ c }) => PROCEDURES[c.procedure as keyof typeof PROCEDURES] ?? c.procedure },
  { header: '办理状态', width: 16, value: ({ c }) => CASE_STATES[c.state as CaseState] ?? c.state },
  { header: '立案日期', width: 12, value: ({ c }) => c.filedOn },
  { header: '决定日期', width: 12, value: ({ c }) => c.decidedOn },
  { header: '决定书文号', width: 26, value: ({ c }) => c.decisionNumber },
  { header: '罚款金额（元）', width: 14, value: ({ c }) => c.penalty?.fineYuan ?? null },
  { header: '办案机构', width: 24, value: ({ orgName }) => orgName },
  { header: '登记日期', width: 12, value: ({ c }) => sheetDate(c.createdAt) },
  { header: '更新日期', width: 12, value: ({ c }) => sheetDate(c.updatedAt) },
];
