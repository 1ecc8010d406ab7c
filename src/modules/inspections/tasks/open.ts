// Opening a task by hand, of a kind (tasks/kinds.ts): 日常检查, 举报核查, 联合执法, 暗查暗访, 专项检查.
// Every kind: an enterprise of the org's subtree, a reason, officers of the subtree holding valid
// credentials on the planned day (行政处罚法 第四十二条); each kind adds its own fields.
import type { AppContext } from '../../../platform/context.js';
import type { Tx } from '../../../platform/db/index.js';
import { chinaDate } from '../../../platform/dates.js';
import { Forbidden, RuleViolation, ValidationError } from '../../../platform/errors.js';
import { appendEntry } from '../../../platform/ledger/service.js';
import { isInSubtree } from '../../../platform/orgs/rules.js';
import { orgInScope } from '../../../platform/orgs/scope.js';
import { assertCanEnforce } from '../../people/service.js';
import { enterpriseOrgPaths, enterprisesByIds } from '../../registry/queries.js';
import { campaignInScope } from '../campaigns/service.js';
import { campaignTaskProblem } from '../campaigns/rules.js';
import type { OpenTaskIn, TaskOut } from '../contract.js';
import { inspectionTask } from '../schema.js';
import type { InspectionActor } from '../scope.js';
import { kindFields, taskKindProblem } from './kinds.js';
import { toOut } from './service.js';

/** A task checked and ready to insert: what `insertTask` writes. */
export type PreparedTask = Awaited<ReturnType<typeof prepareTask>>;

/**
 * Checks a task to open (enterprise in the org's subtree, the kind's fields, credentialed officers)
 * without writing: the tips module opens its 举报核查 task in its own transaction with `insertTask`.
 */
export async function prepareTask(app: AppContext, actor: InspectionActor, input: OpenTaskIn) {
  const kind = input.source ?? 'routine';
  const o = await orgInScope(app.db, actor, input.orgId);
  const [e] = await enterpriseOrgPaths(app.db, [input.enterpriseId]);
  if (!e) throw new ValidationError('企业不存在', 'enterpriseId');
  if (!isInSubtree(o.path, e.path)) throw new Forbidden('该企业不在本机构辖区内', 'enterpriseId');
  const problem = taskKindProblem(kind, input);
  // Too few officers breaks 第四十二条 (422); a kind's missing field is an incomplete form (400).
  if (problem) throw new (problem.field === 'officerIds' ? RuleViolation : ValidationError)(problem.problem, problem.field, problem.article);
  const own = kindFields(kind, input);
  const officerIds = [...new Set(input.officerIds)];
  const today = chinaDate(app.clock.now());
  if (input.plannedOn < today) throw new ValidationError('计划检查日期不能早于今天', 'plannedOn');
  if (own.campaignId) {
    const c = await campaignInScope(app.db, actor, own.campaignId, 'campaignId');
    if (!isInSubtree(c.orgPath, e.path)) throw new RuleViolation('该企业不在本专项整治的机构范围内', 'enterpriseId');
    const enterprise = (await enterprisesByIds(app.db, [e.id])).get(e.id)!;
    const outside = campaignTaskProblem(c, enterprise, input.plannedOn);
    if (outside) throw new RuleViolation(outside.problem, outside.field);
  }
  await assertCanEnforce(app.db, officerIds, input.plannedOn, 'officerIds', o.path);
  return { orgId: o.id, enterpriseId: e.id, source: kind, reason: input.reason, ...own, officerIds, plannedOn: input.plannedOn };
}

/** Writes a prepared task and its ledger entry in the caller's transaction. */
export async function insertTask(tx: Tx, app: AppContext, actor: InspectionActor, p: PreparedTask) {
  const [t] = await tx
    .insert(inspectionTask)
    .values({ ...p, createdAt: app.clock.now(), createdBy: actor.userId })
    .returning();
  const { orgId, ...payload } = p;
  await appendEntry(tx, app, {
    orgId,
    actorId: actor.userId,
    action: 'inspectionTask.opened',
    subjectType: 'inspectionTask',
    subjectId: t.id,
    payload,
  });
  return t;
}

export async function openTask(app: AppContext, actor: InspectionActor, input: OpenTaskIn): Promise<TaskOut> {
  const prepared = await prepareTask(app, actor, input);
  const row = await app.db.transaction((tx) => insertTask(tx, app, actor, prepared));
  return (await toOut(app.db, [row], chinaDate(app.clock.now())))[0];
}
