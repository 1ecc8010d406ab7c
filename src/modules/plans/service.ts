import { and, asc, desc, eq } from 'drizzle-orm';
import { holds } from '../../platform/auth/capabilities.js';
import type { Actor, AppContext } from '../../platform/context.js';
import { chinaDate } from '../../platform/dates.js';
import type { Executor } from '../../platform/db/index.js';
import { Conflict, Forbidden, NotFound, ValidationError } from '../../platform/errors.js';
import { appendEntry } from '../../platform/ledger/service.js';
import { dutyConflict } from '../../platform/duties.js';
import { doneCounts } from '../inspections/tasks/plan-tasks.js';
import { mattersFor } from '../draws/queries.js';
import { isInSubtree } from '../../platform/orgs/rules.js';
import { org } from '../../platform/orgs/schema.js';
import { enterpriseOrgPaths, enterprisesByIds } from '../registry/queries.js';
import type { ListPlansQuery, PlanAction, PlanIn, PlanItemIn, PlanOut, PlanSummaryOut, PlanUpdateIn, ProgressOut, TransitionIn } from './contract.js';
import { ACTION_ZH, itemsProblem, monthlyTargets, monthsElapsed, nextStatus, planProgress } from './rules.js';
import { planCapabilities } from './capabilities.js';
import { annualPlan, type StoredPlanItem } from './schema.js';
import { assertInSubtree, listBase, orgInScope, orgPathWithin } from '../../platform/orgs/scope.js';

type Row = typeof annualPlan.$inferSelect;
type PlanCapability = keyof typeof planCapabilities;
const ACTION_CAPABILITY: Record<PlanAction, PlanCapability> = { submit: 'plan.edit', approve: 'plan.approve', return: 'plan.approve', publish: 'plan.approve' };

// Services check roles again behind the route (defence in depth); the system actor seeds and migrates.
function assertRole(actor: Actor, capability: PlanCapability, what: string) {
  if (actor.userId !== null && !holds(planCapabilities, actor.roles, capability)) throw new Forbidden(`当前角色无权${what}年度监督检查计划`);
}

const toOut = (r: Row, orgName: string, matters: Map<string, string>, names: Map<string, string>): PlanOut => ({
  id: r.id,
  orgId: r.orgId,
  orgName,
  year: r.year,
  title: r.title,
  status: r.status,
  items: r.items.map((i) => ({
    ...i,
    matterName: i.matterCode ? (matters.get(i.matterCode) ?? null) : null,
    enterpriseNames: i.enterpriseIds.map((id) => names.get(id) ?? id),
  })),
  version: r.version,
  draftedBy: r.draftedBy,
  editorIds: r.editorIds,
  submittedBy: r.submittedBy,
  approvedBy: r.approvedBy,
  returnReason: r.returnReason,
  approvedAt: r.approvedAt,
  publishedAt: r.publishedAt,
  updatedAt: r.updatedAt,
});

export async function planInScope(ex: Executor, actor: Actor, id: string) {
  const [row] = await ex
    .select({ p: annualPlan, orgName: org.name, orgPath: org.path })
    .from(annualPlan)
    .innerJoin(org, eq(org.id, annualPlan.orgId))
    .where(eq(annualPlan.id, id));
  if (!row) throw new NotFound('年度监督检查计划不存在', 'id');
  assertInSubtree(actor, row.orgPath, '计划');
  return row;
}

async function detailed(ex: Executor, row: { p: Row; orgName: string; orgPath: string }) {
  const codes = row.p.items.flatMap((i) => (i.matterCode ? [i.matterCode] : []));
  const ids = row.p.items.flatMap((i) => i.enterpriseIds);
  const names = await enterprisesByIds(ex, ids);
  return toOut(row.p, row.orgName, await mattersFor(ex, row.orgPath, codes), new Map([...names.values()].map((n) => [n.id, n.name])));
}

export async function getPlan(app: AppContext, actor: Actor, id: string): Promise<PlanOut> {
  return detailed(app.db, await planInScope(app.db, actor, id));
}

export async function listPlans(app: AppContext, actor: Actor, q: ListPlansQuery): Promise<PlanSummaryOut[]> {
  const base = await listBase(app.db, actor, q.orgId);
  const found = await app.db
    .select({ p: annualPlan, orgName: org.name })
    .from(annualPlan)
    .innerJoin(org, eq(org.id, annualPlan.orgId))
    .where(and(orgPathWithin(base), q.year ? eq(annualPlan.year, q.year) : undefined, q.status ? eq(annualPlan.status, q.status) : undefined))
    .orderBy(desc(annualPlan.year), asc(org.path))
    .limit(500);
  return found.map(({ p, orgName }) => {
    const { items, ...rest } = toOut(p, orgName, new Map(), new Map());
    return { ...rest, itemCount: items.length };
  });
}

/** Checks the items against the rules and the database; returns them as stored (monthly targets). */
async function checkedItems(ex: Executor, orgPath: string, items: PlanItemIn[]): Promise<StoredPlanItem[]> {
  const problem = itemsProblem(items);
  if (problem) throw new ValidationError(problem.message, problem.field);
  const codes = items.flatMap((i) => (i.matterCode ? [i.matterCode] : []));
  const matters = await mattersFor(ex, orgPath, codes);
  for (const [i, item] of items.entries()) {
    if (item.matterCode && !matters.has(item.matterCode))
      throw new ValidationError(`第 ${i + 1} 项的抽查事项 ${item.matterCode} 不在本机构或上级的抽查事项清单中`, `items.${i}.matterCode`);
  }
  const ids = items.flatMap((i) => i.enterpriseIds);
  if (ids.length > 0) {
    const known = await enterpriseOrgPaths(ex, ids);
    const inScope = new Set(known.filter((k) => isInSubtree(orgPath, k.path)).map((k) => k.id));
    for (const [i, item] of items.entries()) {
      const missing = item.enterpriseIds.find((id) => !inScope.has(id));
      if (missing) throw new ValidationError(`第 ${i + 1} 项列出的企业 ${missing} 不存在或不在本机构辖区内`, `items.${i}.enterpriseIds`);
    }
  }
  return items.map((i) => ({
    kind: i.kind,
    name: i.name,
    matterCode: i.matterCode,
    enterpriseIds: i.enterpriseIds,
    cadence: i.cadence,
    targets: monthlyTargets(i.cadence, i.targets),
  }));
}

export async function createPlan(app: AppContext, actor: Actor, input: PlanIn): Promise<PlanOut> {
  assertRole(actor, 'plan.edit', '编制');
  const owner = await orgInScope(app.db, actor, input.orgId);
  const items = await checkedItems(app.db, owner.path, input.items);
  const [taken] = await app.db
    .select({ id: annualPlan.id })
    .from(annualPlan)
    .where(and(eq(annualPlan.orgId, owner.id), eq(annualPlan.year, input.year)));
  if (taken) throw new Conflict(`${owner.name}已有 ${input.year} 年度监督检查计划`, 'year');
  const now = app.clock.now();
  const id = await app.db.transaction(async (tx) => {
    const editorIds = actor.userId ? [actor.userId] : [];
    const [row] = await tx
      .insert(annualPlan)
      .values({ orgId: owner.id, year: input.year, title: input.title, items, draftedBy: actor.userId, editorIds, createdAt: now, updatedAt: now })
      .onConflictDoNothing()
      .returning({ id: annualPlan.id });
    // A concurrent create for the same org and year lost the race on the unique index.
    if (!row) throw new Conflict(`${owner.name}已有 ${input.year} 年度监督检查计划`, 'year');
    await appendEntry(tx, app, {
      orgId: owner.id,
      actorId: actor.userId,
      action: 'annualPlan.created',
      subjectType: 'annualPlan',
      subjectId: row.id,
      payload: { year: input.year, title: input.title, items },
    });
    return row.id;
  });
  return getPlan(app, actor, id);
}

const stale = (current: number) => new Conflict(`该计划已被他人修改（当前版本 ${current}），请刷新后重试`, 'version');

export async function updatePlan(app: AppContext, actor: Actor, id: string, input: PlanUpdateIn): Promise<PlanOut> {
  assertRole(actor, 'plan.edit', '编制');
  const { p, orgPath } = await planInScope(app.db, actor, id);
  if (p.version !== input.version) throw stale(p.version);
  if (p.status !== 'draft') throw new Conflict('只有草稿状态的计划可以修改，已提交的计划须先退回', 'status');
  const items = await checkedItems(app.db, orgPath, input.items);
  const now = app.clock.now();
  await app.db.transaction(async (tx) => {
    const editorIds = actor.userId && !p.editorIds.includes(actor.userId) ? [...p.editorIds, actor.userId] : p.editorIds;
    // Version and status are checked again in the UPDATE so two concurrent edits cannot both win.
    const done = await tx
      .update(annualPlan)
      .set({ title: input.title, items, editorIds, version: p.version + 1, updatedAt: now })
      .where(and(eq(annualPlan.id, id), eq(annualPlan.version, p.version), eq(annualPlan.status, 'draft')))
      .returning({ id: annualPlan.id });
    if (done.length === 0) throw stale(p.version);
    await appendEntry(tx, app, {
      orgId: p.orgId,
      actorId: actor.userId,
      action: 'annualPlan.updated',
      subjectType: 'annualPlan',
      subjectId: id,
      payload: { version: p.version + 1, title: input.title, items },
    });
  });
  return getPlan(app, actor, id);
}

export async function transitionPlan(app: AppContext, actor: Actor, id: string, action: PlanAction, input: TransitionIn): Promise<PlanOut> {
  assertRole(actor, ACTION_CAPABILITY[action], ACTION_ZH[action]);
  const { p } = await planInScope(app.db, actor, id);
  if (p.version !== input.version) throw stale(p.version);
  const next = nextStatus(p.status, action);
  if ('problem' in next) throw new Conflict(next.problem, 'status');
  // 职责分离: whoever wrote or submitted the plan does not approve it.
  const conflict = action === 'approve' ? dutyConflict('plan.approve', actor.userId, { drafter: [...p.editorIds, p.submittedBy] }) : null;
  if (conflict) throw new Forbidden(conflict.problem, 'id');
  const reason = input.reason?.trim() || null;
  if (action === 'return' && !reason) throw new ValidationError('退回计划须说明理由', 'reason');
  if (action === 'submit' && p.items.length === 0) throw new ValidationError('计划没有任何检查项目，不能提交', 'items');
  const now = app.clock.now();
  const changes: Partial<Row> = {
    submit: { submittedBy: actor.userId, returnReason: null },
    approve: { approvedBy: actor.userId, approvedAt: now },
    return: { returnReason: reason, submittedBy: null, approvedBy: null, approvedAt: null },
    publish: { publishedBy: actor.userId, publishedAt: now },
  }[action];
  await app.db.transaction(async (tx) => {
    const done = await tx
      .update(annualPlan)
      .set({ ...changes, status: next.to, version: p.version + 1, updatedAt: now })
      .where(and(eq(annualPlan.id, id), eq(annualPlan.version, p.version)))
      .returning({ id: annualPlan.id });
    if (done.length === 0) throw stale(p.version);
    const past = { submit: 'submitted', approve: 'approved', return: 'returned', publish: 'published' }[action];
    await appendEntry(tx, app, {
      orgId: p.orgId,
      actorId: actor.userId,
      action: `annualPlan.${past}`,
      subjectType: 'annualPlan',
      subjectId: id,
      payload: { year: p.year, from: p.status, to: next.to, version: p.version + 1, ...(reason ? { reason } : {}) },
    });
  });
  return getPlan(app, actor, id);
}

export async function progressOf(app: AppContext, actor: Actor, id: string): Promise<ProgressOut> {
  const { p } = await planInScope(app.db, actor, id);
  const throughMonth = monthsElapsed(p.year, chinaDate(app.clock.now()));
  const items = planProgress(p.items, await doneCounts(app.db, p.id, p.year), throughMonth);
  return { planId: p.id, year: p.year, throughMonth, items, behindCount: items.filter((i) => i.behind).length };
}

/** Published plans, for anyone: the key lists' enterprises are counted, not named. */
export async function publicPlans(app: AppContext, q: { orgId?: string; year?: number }) {
  const found = await app.db
    .select({ p: annualPlan, orgName: org.name, orgPath: org.path })
    .from(annualPlan)
    .innerJoin(org, eq(org.id, annualPlan.orgId))
    .where(and(eq(annualPlan.status, 'published'), q.orgId ? eq(annualPlan.orgId, q.orgId) : undefined, q.year ? eq(annualPlan.year, q.year) : undefined))
    .orderBy(desc(annualPlan.year), asc(org.path))
    .limit(200);
  return Promise.all(
    found.map(async (row) => {
      const plan = await detailed(app.db, row);
      return {
        id: plan.id,
        orgId: plan.orgId,
        orgName: plan.orgName,
        year: plan.year,
        title: plan.title,
        publishedAt: plan.publishedAt,
        items: plan.items.map((i) => ({
          kind: i.kind,
          name: i.name,
          matterCode: i.matterCode,
          matterName: i.matterName,
          enterpriseCount: i.enterpriseIds.length,
          targets: i.targets,
        })),
      };
    }),
  );
}

/**
 * The key-list enterprises a plan schedules for a month (key items with a target that month), for
 * issuing 计划检查 tasks. Only an approved or published plan binds the org, so only those are read.
 */
export async function keyListForMonth(ex: Executor, actor: Actor, id: string, month: number) {
  const { p, orgPath } = await planInScope(ex, actor, id);
  if (p.status !== 'approved' && p.status !== 'published') throw new Conflict('计划尚未批准，不能据此下达检查任务', 'planId');
  const enterpriseIds = [...new Set(p.items.filter((i) => i.kind === 'key' && (i.targets[month - 1] ?? 0) > 0).flatMap((i) => i.enterpriseIds))];
  return { plan: { id: p.id, orgId: p.orgId, orgPath, year: p.year }, enterpriseIds };
}
