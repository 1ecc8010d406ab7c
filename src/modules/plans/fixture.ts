import { systemActor } from '../../platform/context.js';
import type { TestWorld } from '../../platform/testing/world.js';
import type { Executor } from '../../platform/db/index.js';
import { spotCheckMatter } from '../draws/schema.js';
import type { InspectionTaskStatus } from '../inspections/codes.js';
import { inspectionTask } from '../inspections/schema.js';
import { createPlan } from './service.js';

// Rows of other modules' tables that the plan reads, written directly because those modules'
// services do not exist yet. Tests only.

export async function addMatter(ex: Executor, orgId: string, code: string, at: Date) {
  await ex.insert(spotCheckMatter).values({
    orgId,
    code,
    name: `抽查事项${code}`,
    legalBasis: '《中华人民共和国安全生产法》第六十五条',
    checklistCode: 'CL-GEN',
    ratioPermille: 50,
    frequency: 'yearly',
    targetFilter: {},
    strataBy: 'none',
    createdAt: at,
    updatedAt: at,
  });
}

export type TaskSpec = { enterpriseId: string; planId: string | null; matterCode: string | null; status: InspectionTaskStatus; completedOn: string | null };

export async function addTasks(ex: Executor, orgId: string, tasks: TaskSpec[], at: Date) {
  if (tasks.length === 0) return;
  await ex.insert(inspectionTask).values(
    tasks.map((t) => ({
      orgId,
      enterpriseId: t.enterpriseId,
      source: t.matterCode ? ('draw' as const) : ('plan' as const),
      planId: t.planId,
      matterCode: t.matterCode,
      status: t.status,
      plannedOn: t.completedOn ?? '2026-06-01',
      completedOn: t.completedOn,
      createdAt: at,
    })),
  );
}

/** A 2026 plan of the city and of the sibling city, for the permission walk. */
export async function permissionPlans(w: TestWorld) {
  const planFor = (orgId: string) => createPlan(w.app, systemActor, { orgId, year: 2026, title: '权限测试年度计划', items: [] });
  return { own: (await planFor(w.orgs.city.id)).id, other: (await planFor(w.orgs.siblingCity.id)).id };
}
