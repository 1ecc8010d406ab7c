// 执法回访 as lists: the page (search, filters, sort, the figure drill-down) and the XLSX export of
// the same filter, every cell in Chinese. An enterprise user sees its own enterprise's only.
import { and, count, eq, type SQL } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { Forbidden } from '../../platform/errors.js';
import { figureRows } from '../../platform/figures/drill.js';
import { assertExportable, inPages, type SheetColumn } from '../../platform/http/sheet.js';
import { daysWithin, orderOf } from '../../platform/lists.js';
import { listBase, orgPathWithin } from '../../platform/orgs/scope.js';
import { org } from '../../platform/orgs/schema.js';
import { enterpriseMatching } from '../registry/queries.js';
import { FOLLOW_UP_LABELS } from './codes.js';
import type { FollowUpOut, ListFollowUpsQuery } from './contract.js';
import { FOLLOW_UP_FIGURE_ROWS } from './figures.js';
import { followUpVisit } from './schema.js';
import { assertCan, type FollowUpActor, followUpsOut, isEnterpriseUser, type Row } from './service.js';

async function selection(app: AppContext, actor: FollowUpActor, q: ListFollowUpsQuery) {
  assertCan(actor, 'followUp.read', '查看执法回访');
  const mine = isEnterpriseUser(actor);
  if (mine && !actor.enterpriseId) throw new Forbidden('该企业用户未关联企业');
  const base = mine ? '/' : await listBase(app.db, actor, q.orgId);
  const where = and(
    mine ? eq(followUpVisit.enterpriseId, actor.enterpriseId as string) : orgPathWithin(base),
    q.state ? eq(followUpVisit.state, q.state) : undefined,
    q.subjectKind ? eq(followUpVisit.subjectKind, q.subjectKind) : undefined,
    q.channel ? eq(followUpVisit.channel, q.channel) : undefined,
    q.q ? enterpriseMatching(followUpVisit.enterpriseId, q.q) : undefined,
    q.figure ? figureRows(FOLLOW_UP_FIGURE_ROWS[q.figure], q, base) : daysWithin(followUpVisit.dueOn, q.from, q.to),
  ) as SQL;
  const order = orderOf(
    { dueOn: followUpVisit.dueOn, subjectOn: followUpVisit.subjectOn, answeredOn: followUpVisit.answeredOn },
    q,
    { sort: 'dueOn', order: 'desc' },
    followUpVisit.id,
  );
  const page = (limit: number, offset: number): Promise<{ f: Row; orgName: string }[]> =>
    app.db
      .select({ f: followUpVisit, orgName: org.name })
      .from(followUpVisit)
      .innerJoin(org, eq(org.id, followUpVisit.orgId))
      .where(where)
      .orderBy(...order)
      .limit(limit)
      .offset(offset);
  const total = async () => (await app.db.select({ total: count() }).from(followUpVisit).innerJoin(org, eq(org.id, followUpVisit.orgId)).where(where))[0].total;
  return { page, total };
}

export async function listFollowUps(app: AppContext, actor: FollowUpActor, q: ListFollowUpsQuery) {
  const s = await selection(app, actor, q);
  const [rows, total] = await Promise.all([s.page(q.pageSize, (q.page - 1) * q.pageSize), s.total()]);
  return { items: await followUpsOut(app.db, rows), total, page: q.page, pageSize: q.pageSize };
}

/** The same filter's every row, a page at a time, once it is known to fit one export. */
export async function followUpsForExport(app: AppContext, actor: FollowUpActor, q: ListFollowUpsQuery): Promise<AsyncIterable<FollowUpOut>> {
  const s = await selection(app, actor, q);
  assertExportable(await s.total());
  return inPages(async (limit, offset) => followUpsOut(app.db, await s.page(limit, offset)));
}

const rating = (r: FollowUpOut['fairness']) => (r ? FOLLOW_UP_LABELS.rating[r] : '');

export const FOLLOW_UP_SHEET: readonly SheetColumn<FollowUpOut>[] = [
  { header: '回访事项', value: (f) => FOLLOW_UP_LABELS.subjectKind[f.subjectKind] },
  { header: '决定或销号事项', width: 36, value: (f) => f.subjectTitle },
  { header: '企业', width: 30, value: (f) => f.enterpriseName },
  { header: '执法机构', width: 22, value: (f) => f.orgName },
  { header: '决定或销号日期', value: (f) => f.subjectOn },
  { header: '回访期限', value: (f) => f.dueOn },
  { header: '状态', value: (f) => FOLLOW_UP_LABELS.state[f.state] },
  { header: '回访方式', value: (f) => (f.channel ? FOLLOW_UP_LABELS.channel[f.channel] : '') },
  { header: '回访日期', value: (f) => f.answeredOn },
  { header: FOLLOW_UP_LABELS.question.fairness, value: (f) => rating(f.fairness) },
  { header: FOLLOW_UP_LABELS.question.conduct, value: (f) => rating(f.conduct) },
  { header: FOLLOW_UP_LABELS.question.satisfaction, value: (f) => rating(f.satisfaction) },
  { header: '反映的问题', width: 40, value: (f) => f.problems },
  { header: '问题处理结果', width: 40, value: (f) => f.resolution },
];
