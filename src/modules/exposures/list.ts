// 警示曝光, 典型案例, 通报 and 约谈 as lists: the staff pages (search, filters, sort, page, the figure
// drill-down), the XLSX export of the same filter with every cell in Chinese, the portal's published
// documents, and one enterprise's exposures and summons (its credit page).
import { and, count, desc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { Actor, AppContext } from '../../platform/context.js';
import { Forbidden, NotFound } from '../../platform/errors.js';
import { figureRows } from '../../platform/figures/drill.js';
import { assertExportable, inPages, type SheetColumn } from '../../platform/http/sheet.js';
import { daysWithin, orderOf } from '../../platform/lists.js';
import { isInSubtree } from '../../platform/orgs/rules.js';
import { listBase, orgPathWithin } from '../../platform/orgs/scope.js';
import { org } from '../../platform/orgs/schema.js';
import { enterpriseById, enterpriseMatching, enterpriseOrgPaths } from '../registry/queries.js';
import { EXPOSURE_LABELS } from './codes.js';
import type { EnterpriseExposuresOut, ExposureOut, ListExposuresQuery, ListSummonsQuery, PublicDocumentOut, SummonsOut } from './contract.js';
import { PUBLICATION_FIGURE_ROWS, SUMMONS_FIGURE_ROWS } from './figures.js';
import { exposure, summons } from './schema.js';
import { assertCan, type ExposureActor, exposuresOut } from './service.js';
import { summonsesOut } from './summons.js';

const like = (term: string) => `%${term.replace(/[\\%_]/g, '\\$&')}%`;

async function exposureSelection(app: AppContext, actor: Actor, q: ListExposuresQuery) {
  assertCan(actor, 'exposure.read', '查看警示曝光、典型案例和通报');
  const base = await listBase(app.db, actor, q.orgId);
  const where = and(
    orgPathWithin(base),
    q.kind ? eq(exposure.kind, q.kind) : undefined,
    q.state ? eq(exposure.state, q.state) : undefined,
    q.q ? or(ilike(exposure.title, like(q.q)), enterpriseMatching(exposure.enterpriseId, q.q)) : undefined,
    q.figure ? figureRows(PUBLICATION_FIGURE_ROWS[q.figure], q, base) : daysWithin(exposure.draftedOn, q.from, q.to),
  ) as SQL;
  const order = orderOf({ draftedOn: exposure.draftedOn, publishedOn: exposure.publishedOn }, q, { sort: 'draftedOn', order: 'desc' }, exposure.id);
  const page = (limit: number, offset: number) =>
    app.db
      .select({ e: exposure, orgName: org.name })
      .from(exposure)
      .innerJoin(org, eq(org.id, exposure.orgId))
      .where(where)
      .orderBy(...order)
      .limit(limit)
      .offset(offset)
      .then((rows) => exposuresOut(app.db, rows));
  const total = async () => (await app.db.select({ total: count() }).from(exposure).innerJoin(org, eq(org.id, exposure.orgId)).where(where))[0].total;
  return { page, total };
}

export async function listExposures(app: AppContext, actor: Actor, q: ListExposuresQuery) {
  const s = await exposureSelection(app, actor, q);
  const [items, total] = await Promise.all([s.page(q.pageSize, (q.page - 1) * q.pageSize), s.total()]);
  return { items, total, page: q.page, pageSize: q.pageSize };
}

export async function exposuresForExport(app: AppContext, actor: Actor, q: ListExposuresQuery): Promise<AsyncIterable<ExposureOut>> {
  const s = await exposureSelection(app, actor, q);
  assertExportable(await s.total());
  return inPages(s.page);
}

export const EXPOSURE_SHEET: readonly SheetColumn<ExposureOut>[] = [
  { header: '类别', value: (e) => EXPOSURE_LABELS.kind[e.kind] },
  { header: '标题', width: 40, value: (e) => e.title },
  { header: '发布机关', width: 22, value: (e) => e.orgName },
  { header: '涉及企业', width: 30, value: (e) => e.enterpriseName },
  { header: '行政处罚决定书文号', width: 26, value: (e) => e.penaltyDecisionNumber },
  { header: '通报文号', width: 22, value: (e) => e.number },
  { header: '通报范围', width: 30, value: (e) => e.scope },
  { header: '发布渠道', width: 30, value: (e) => e.channels.map((c) => EXPOSURE_LABELS.channel[c]).join('、') },
  { header: '状态', value: (e) => EXPOSURE_LABELS.state[e.state] },
  { header: '起草人', value: (e) => e.draftedByName },
  { header: '起草日期', value: (e) => e.draftedOn },
  { header: '批准人', value: (e) => e.approvedByName },
  { header: '发布日期', value: (e) => e.publishedOn },
  { header: '撤回日期', value: (e) => e.withdrawnOn },
  { header: '撤回理由', width: 30, value: (e) => e.withdrawalReason },
];

async function summonsSelection(app: AppContext, actor: Actor, q: ListSummonsQuery) {
  assertCan(actor, 'exposure.read', '查看约谈记录');
  const base = await listBase(app.db, actor, q.orgId);
  const where = and(
    orgPathWithin(base),
    q.targetKind ? eq(summons.targetKind, q.targetKind) : undefined,
    q.state ? eq(summons.state, q.state) : undefined,
    q.q ? or(ilike(summons.targetName, like(q.q)), ilike(summons.matters, like(q.q))) : undefined,
    q.figure ? figureRows(SUMMONS_FIGURE_ROWS[q.figure], q, base) : daysWithin(summons.heldOn, q.from, q.to),
  ) as SQL;
  const order = orderOf({ heldOn: summons.heldOn, followUpOn: summons.followUpOn }, q, { sort: 'heldOn', order: 'desc' }, summons.id);
  const page = (limit: number, offset: number) =>
    app.db
      .select({ s: summons, orgName: org.name })
      .from(summons)
      .innerJoin(org, eq(org.id, summons.orgId))
      .where(where)
      .orderBy(...order)
      .limit(limit)
      .offset(offset)
      .then((rows) => summonsesOut(app.db, rows));
  const total = async () => (await app.db.select({ total: count() }).from(summons).innerJoin(org, eq(org.id, summons.orgId)).where(where))[0].total;
  return { page, total };
}

export async function listSummons(app: AppContext, actor: Actor, q: ListSummonsQuery) {
  const s = await summonsSelection(app, actor, q);
  const [items, total] = await Promise.all([s.page(q.pageSize, (q.page - 1) * q.pageSize), s.total()]);
  return { items, total, page: q.page, pageSize: q.pageSize };
}

export async function summonsForExport(app: AppContext, actor: Actor, q: ListSummonsQuery): Promise<AsyncIterable<SummonsOut>> {
  const s = await summonsSelection(app, actor, q);
  assertExportable(await s.total());
  return inPages(s.page);
}

export const SUMMONS_SHEET: readonly SheetColumn<SummonsOut>[] = [
  { header: '约谈机关', width: 22, value: (s) => s.orgName },
  { header: '被约谈对象类别', value: (s) => EXPOSURE_LABELS.target[s.targetKind] },
  { header: '被约谈单位', width: 30, value: (s) => s.targetName },
  { header: '约谈日期', value: (s) => s.heldOn },
  { header: '约谈地点', width: 20, value: (s) => s.place },
  { header: '约谈人', width: 24, value: (s) => s.summoners },
  { header: '被约谈人', width: 24, value: (s) => s.summoned },
  { header: '约谈事项', width: 40, value: (s) => s.matters },
  { header: '整改承诺', width: 40, value: (s) => s.commitments },
  { header: '整改跟踪日期', value: (s) => s.followUpOn },
  { header: '状态', value: (s) => EXPOSURE_LABELS.summonsState[s.state] },
  { header: '跟踪日期', value: (s) => s.followedUpOn },
  { header: '跟踪情况', width: 40, value: (s) => s.followUpResult },
];

/** The portal: published documents only, as fixed at approval (already redacted), newest first. */
export async function publicExposures(app: AppContext, q: { kind?: ExposureOut['kind']; q?: string; page: number; pageSize: number }) {
  const where = and(
    eq(exposure.state, 'published'),
    q.kind ? eq(exposure.kind, q.kind) : undefined,
    q.q ? sql`${exposure.document} ->> 'title' ilike ${like(q.q)}` : undefined,
  ) as SQL;
  const [rows, [{ total }]] = await Promise.all([
    app.db
      .select({ d: exposure.document })
      .from(exposure)
      .where(where)
      .orderBy(desc(exposure.publishedOn), desc(exposure.publishSeq))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    app.db.select({ total: count() }).from(exposure).where(where),
  ]);
  return { items: rows.map((r) => r.d as PublicDocumentOut), total, page: q.page, pageSize: q.pageSize };
}

/**
 * One enterprise's exposures and summons for its credit page: staff see those of the bureaus of their
 * subtree, drafts included; the enterprise user sees what was published about it and its summonses.
 */
export async function enterpriseExposures(app: AppContext, actor: ExposureActor, enterpriseId: string): Promise<EnterpriseExposuresOut> {
  assertCan(actor, 'exposure.view', '查看企业的警示曝光和约谈');
  const own = actor.roles.includes('enterpriseUser');
  const ent = await enterpriseById(app.db, enterpriseId);
  if (!ent) throw new NotFound('企业不存在', 'enterpriseId');
  if (own ? actor.enterpriseId !== enterpriseId : !isInSubtree(actor.orgPath, (await enterpriseOrgPaths(app.db, [enterpriseId]))[0].path))
    throw new Forbidden('无权查看该企业的信息', 'enterpriseId');
  const visible = (path: string) => own || isInSubtree(actor.orgPath, path);
  const exposureRows = (
    await app.db
      .select({ e: exposure, orgName: org.name, orgPath: org.path })
      .from(exposure)
      .innerJoin(org, eq(org.id, exposure.orgId))
      .where(and(eq(exposure.enterpriseId, enterpriseId), own ? eq(exposure.state, 'published') : undefined))
      .orderBy(desc(exposure.draftedOn), desc(exposure.id))
  ).filter((r) => visible(r.orgPath));
  const summonsRows = (
    await app.db
      .select({ s: summons, orgName: org.name, orgPath: org.path })
      .from(summons)
      .innerJoin(org, eq(org.id, summons.orgId))
      .where(eq(summons.enterpriseId, enterpriseId))
      .orderBy(desc(summons.heldOn), desc(summons.id))
  ).filter((r) => visible(r.orgPath));
  return { exposures: await exposuresOut(app.db, exposureRows), summons: await summonsesOut(app.db, summonsRows) };
}
