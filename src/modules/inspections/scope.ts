// Loading what the actor may touch: staff by org subtree, enterprise users by their enterprise.
import { eq } from 'drizzle-orm';
import type { Actor } from '../../platform/context.js';
import type { Executor } from '../../platform/db/index.js';
import { Forbidden, NotFound, RuleViolation } from '../../platform/errors.js';
import { holds } from '../../platform/auth/capabilities.js';
import { inspectionCapabilities } from './capabilities.js';
import { isInSubtree } from '../../platform/orgs/rules.js';
import { org } from '../../platform/orgs/schema.js';
import { hazard, inspectionRecord, inspectionTask } from './schema.js';

/** The signed-in user as inspections need them: enterprise users carry their enterprise. */
export type InspectionActor = Actor & { enterpriseId?: string | null };

export const isEnterpriseUser = (a: InspectionActor) => a.roles.includes('enterpriseUser');

async function orgPath(ex: Executor, orgId: string) {
  const [o] = await ex.select({ path: org.path, name: org.name, shortName: org.shortName }).from(org).where(eq(org.id, orgId));
  if (!o) throw new NotFound('机构不存在', 'orgId');
  return o;
}

export async function taskInScope(ex: Executor, actor: InspectionActor, id: string, field = 'id') {
  const [t] = await ex.select().from(inspectionTask).where(eq(inspectionTask.id, id));
  if (!t) throw new NotFound('检查任务不存在', field);
  if (isEnterpriseUser(actor) || !isInSubtree(actor.orgPath, (await orgPath(ex, t.orgId)).path))
    throw new Forbidden('无权访问本机构及下级以外的检查任务', field);
  return t;
}

export async function recordInScope(ex: Executor, actor: InspectionActor, id: string, field = 'id') {
  const [r] = await ex.select().from(inspectionRecord).where(eq(inspectionRecord.id, id));
  if (!r) throw new NotFound('现场检查记录不存在', field);
  if (isEnterpriseUser(actor) || !isInSubtree(actor.orgPath, (await orgPath(ex, r.orgId)).path))
    throw new Forbidden('无权访问本机构及下级以外的检查记录', field);
  return r;
}

/** A hazard: staff within their subtree, an enterprise user only on their own enterprise's. */
export async function hazardInScope(ex: Executor, actor: InspectionActor, id: string, field = 'id') {
  const [h] = await ex.select().from(hazard).where(eq(hazard.id, id));
  if (!h) throw new NotFound('隐患不存在', field);
  if (isEnterpriseUser(actor)) {
    if (!actor.enterpriseId || actor.enterpriseId !== h.enterpriseId) throw new Forbidden('只能查看和处理本企业的隐患', field);
  } else if (!isInSubtree(actor.orgPath, (await orgPath(ex, h.orgId)).path)) {
    throw new Forbidden('无权访问本机构及下级以外的隐患', field);
  }
  return h;
}

/** Only the task's team (or a leader) fills in its record: the record names who inspected. */
export function assertOnTeam(actor: Actor, officerIds: readonly string[]) {
  if (holds(inspectionCapabilities, actor.roles, 'inspection.oversee')) return;
  if (!actor.userId || !officerIds.includes(actor.userId)) throw new RuleViolation('只有该检查任务指派的执法人员可以填写现场检查记录', 'taskId');
}

/** The officers a task assigned, for the cases module's 立案 from its finding. */
export async function taskTeam(ex: Executor, taskId: string): Promise<string[]> {
  const [t] = await ex.select({ officerIds: inspectionTask.officerIds }).from(inspectionTask).where(eq(inspectionTask.id, taskId));
  return t?.officerIds ?? [];
}

export { orgPath };
