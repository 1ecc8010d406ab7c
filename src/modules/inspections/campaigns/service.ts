// 专项整治: create, list, view, close — each change one transaction with its ledger entry — and
// its figures, computed from the tasks, records and hazards (口径: rules.ts CAMPAIGN_FIGURES).
import { and, desc, eq, inArray, isNotNull, isNull, lte, gt, ne, or, sql, type SQL } from 'drizzle-orm';
import { userAccount } from '../../../platform/auth/schema.js';
import type { AppContext } from '../../../platform/context.js';
import { addDays, chinaDate } from '../../../platform/dates.js';
import type { Executor } from '../../../platform/db/index.js';
import { Conflict, Forbidden, NotFound, RuleViolation, ValidationError } from '../../../platform/errors.js';
import { appendEntry } from '../../../platform/ledger/service.js';
import { isInSubtree } from '../../../platform/orgs/rules.js';
import { org } from '../../../platform/orgs/schema.js';
import { assertInSubtree, listBase, orgIdWithin, orgInScope, orgPathAbove } from '../../../platform/orgs/scope.js';
import { enterpriseIdsInScope } from '../../registry/queries.js';
import { campaign, hazard, inspectionRecord, inspectionTask } from '../schema.js';
import { isEnterpriseUser, type InspectionActor } from '../scope.js';
import { toOut } from '../tasks/service.js';
import type { TaskOut } from '../contract.js';
import type { CampaignFiguresOut, CampaignIn, CampaignOut, CloseCampaignIn, ListCampaignsQuery } from './contract.js';
import { campaignStatus, closeCampaignProblem, newCampaignProblem } from './rules.js';

type CampaignRow = typeof campaign.$inferSelect;
export type CampaignWithPath = CampaignRow & { orgPath: string };

const selectWithPath = (ex: Executor) =>
  ex.select({ c: campaign, orgPath: org.path, orgName: org.name }).from(campaign).innerJoin(org, eq(org.id, campaign.orgId));

/**
 * A campaign the actor may see: one of their subtree, or one an org above them runs over it (a
 * county's officers work a city's campaign). Another county's is refused.
 */
export async function campaignInScope(ex: Executor, actor: InspectionActor, id: string, field = 'id'): Promise<CampaignWithPath> {
  const [row] = await selectWithPath(ex).where(eq(campaign.id, id));
  if (!row) throw new NotFound('专项整治不存在', field);
  if (isEnterpriseUser(actor) || !(isInSubtree(actor.orgPath, row.orgPath) || isInSubtree(row.orgPath, actor.orgPath)))
    throw new Forbidden('无权访问本机构及下级以外的专项整治', field);
  return { ...row.c, orgPath: row.orgPath };
}

async function toCampaignOut(ex: Executor, rows: { c: CampaignRow; orgName: string }[], today: string): Promise<CampaignOut[]> {
  const ids = [...new Set(rows.map((r) => r.c.createdBy).filter((x): x is string => !!x))];
  const people = ids.length ? await ex.select({ id: userAccount.id, name: userAccount.displayName }).from(userAccount).where(inArray(userAccount.id, ids)) : [];
  return rows.map(({ c, orgName }) => ({
    id: c.id,
    orgId: c.orgId,
    orgName,
    name: c.name,
    basis: c.basis,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    industryCodes: c.industryCodes,
    keyCategories: c.keyCategories,
    goal: c.goal,
    status: campaignStatus(c, today),
    closedOn: c.closedOn,
    closingNote: c.closingNote,
    createdBy: c.createdBy,
    createdByName: people.find((p) => p.id === c.createdBy)?.name ?? null,
    version: c.version,
  }));
}

export async function getCampaign(app: AppContext, actor: InspectionActor, id: string): Promise<CampaignOut> {
  await campaignInScope(app.db, actor, id);
  const rows = await selectWithPath(app.db).where(eq(campaign.id, id));
  return (await toCampaignOut(app.db, rows, chinaDate(app.clock.now())))[0];
}

/** The campaigns of the chosen subtree and those the orgs above the actor run, the latest first. */
export async function listCampaigns(app: AppContext, actor: InspectionActor, q: ListCampaignsQuery): Promise<CampaignOut[]> {
  const base = await listBase(app.db, actor, q.orgId);
  const today = chinaDate(app.clock.now());
  const byStatus: Record<string, SQL | undefined> = {
    planned: and(isNull(campaign.closedOn), gt(campaign.startsOn, today)),
    active: and(isNull(campaign.closedOn), lte(campaign.startsOn, today)),
    closed: isNotNull(campaign.closedOn),
  };
  const rows = await selectWithPath(app.db)
    .where(and(or(orgIdWithin(campaign.orgId, base), orgPathAbove(actor.orgPath)), q.status ? byStatus[q.status] : undefined))
    .orderBy(desc(campaign.startsOn), desc(campaign.createdAt))
    .limit(200);
  return toCampaignOut(app.db, rows, today);
}

export async function createCampaign(app: AppContext, actor: InspectionActor, input: CampaignIn): Promise<CampaignOut> {
  const o = await orgInScope(app.db, actor, input.orgId);
  const today = chinaDate(app.clock.now());
  const facts = { ...input, industryCodes: [...new Set(input.industryCodes ?? [])], keyCategories: [...new Set(input.keyCategories ?? [])] };
  const problem = newCampaignProblem(facts, today);
  if (problem) throw new ValidationError(problem.problem, problem.field);
  const row = await app.db.transaction(async (tx) => {
    const [c] = await tx
      .insert(campaign)
      .values({
        orgId: o.id,
        name: input.name,
        basis: input.basis,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        industryCodes: facts.industryCodes,
        keyCategories: facts.keyCategories,
        goal: input.goal ?? '',
        createdAt: app.clock.now(),
        createdBy: actor.userId,
      })
      .returning();
    await appendEntry(tx, app, {
      orgId: o.id,
      actorId: actor.userId,
      action: 'campaign.created',
      subjectType: 'campaign',
      subjectId: c.id,
      payload: { name: c.name, basis: c.basis, startsOn: c.startsOn, endsOn: c.endsOn, industryCodes: c.industryCodes, keyCategories: c.keyCategories },
    });
    return c;
  });
  return (await toCampaignOut(app.db, [{ c: row, orgName: o.name }], today))[0];
}

/** 结束专项整治: a leader of its org or above, with a summary; the figures at closing go in the entry. */
export async function closeCampaign(app: AppContext, actor: InspectionActor, id: string, input: CloseCampaignIn): Promise<CampaignOut> {
  const c = await campaignInScope(app.db, actor, id);
  assertInSubtree(actor, c.orgPath, '专项整治');
  const today = chinaDate(app.clock.now());
  const problem = closeCampaignProblem(c, today);
  if (problem) throw new RuleViolation(problem.problem, problem.field);
  await app.db.transaction(async (tx) => {
    const [done] = await tx
      .update(campaign)
      .set({ closedOn: today, closedBy: actor.userId, closingNote: input.note, version: c.version + 1 })
      .where(and(eq(campaign.id, id), eq(campaign.version, input.version), isNull(campaign.closedOn)))
      .returning();
    if (!done) throw new Conflict(`该专项整治已被他人修改（当前版本 ${c.version}），请刷新后重试`, 'version');
    const figures = await figuresOf(tx, { ...done, orgPath: c.orgPath }, today);
    await appendEntry(tx, app, {
      orgId: c.orgId,
      actorId: actor.userId,
      action: 'campaign.closed',
      subjectType: 'campaign',
      subjectId: id,
      payload: { closedOn: today, note: input.note, figures },
    });
  });
  return getCampaign(app, actor, id);
}

/** Its tasks the actor's subtree holds (a county sees its own share of a city's campaign). */
export async function campaignTasks(app: AppContext, actor: InspectionActor, id: string): Promise<TaskOut[]> {
  await campaignInScope(app.db, actor, id);
  const rows = await app.db
    .select()
    .from(inspectionTask)
    .where(and(eq(inspectionTask.campaignId, id), orgIdWithin(inspectionTask.orgId, actor.orgPath)))
    .orderBy(desc(inspectionTask.plannedOn))
    .limit(500);
  return toOut(app.db, rows, chinaDate(app.clock.now()));
}

export async function campaignFigures(app: AppContext, actor: InspectionActor, id: string): Promise<CampaignFiguresOut> {
  const c = await campaignInScope(app.db, actor, id);
  return figuresOf(app.db, c, chinaDate(app.clock.now()));
}

const count = (where?: SQL) => (where ? sql<number>`count(*) filter (where ${where})::int` : sql<number>`count(*)::int`);

/** Open on day `d`: found by then and not closed by then. */
const openOn = (d: string) => sql`${hazard.foundOn} <= ${d} and (${hazard.closedOn} is null or ${hazard.closedOn} > ${d})`;

async function figuresOf(ex: Executor, c: CampaignWithPath, today: string): Promise<CampaignFiguresOut> {
  const asOf = c.closedOn ?? today;
  const dayBefore = addDays(c.startsOn, -1);
  const scope = enterpriseIdsInScope(ex, { orgPath: c.orgPath, industryCodes: c.industryCodes, keyCategories: c.keyCategories });
  // One after another: inside the closing transaction they share one connection.
  const [inScope] = await ex.select({ n: count() }).from(scope.as('s'));
  const [tasks] = await ex
    .select({
      tasks: count(),
      tasksCompleted: count(eq(inspectionTask.status, 'completed')),
      enterprisesInspected: sql<number>`count(distinct ${inspectionTask.enterpriseId}) filter (where ${inspectionTask.status} = 'completed')::int`,
    })
    .from(inspectionTask)
    .where(and(eq(inspectionTask.campaignId, c.id), ne(inspectionTask.status, 'cancelled')));
  const [found] = await ex
    .select({
      hazardsFound: count(),
      hazardsRectified: count(eq(hazard.status, 'closed')),
      majorFound: count(eq(hazard.grade, 'major')),
      majorRectified: count(and(eq(hazard.grade, 'major'), eq(hazard.status, 'closed'))),
    })
    .from(hazard)
    .innerJoin(inspectionRecord, eq(inspectionRecord.id, hazard.recordId))
    .innerJoin(inspectionTask, eq(inspectionTask.id, inspectionRecord.taskId))
    .where(eq(inspectionTask.campaignId, c.id));
  const [beforeAfter] = await ex
    .select({
      openAtStart: count(openOn(dayBefore)),
      openAtEnd: count(openOn(asOf)),
      majorOpenAtStart: count(and(eq(hazard.grade, 'major'), openOn(dayBefore))),
      majorOpenAtEnd: count(and(eq(hazard.grade, 'major'), openOn(asOf))),
    })
    .from(hazard)
    .where(inArray(hazard.enterpriseId, scope));
  return {
    asOf,
    enterprisesInScope: inScope.n,
    ...tasks,
    ...found,
    hazardsOpen: found.hazardsFound - found.hazardsRectified,
    majorOpen: found.majorFound - found.majorRectified,
    ...beforeAfter,
  };
}
