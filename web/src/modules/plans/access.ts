// Who may do what with a plan, as declared in src/modules/plans/routes.ts (PLAN_EDITORS,
// PLAN_APPROVERS). The server decides; this only chooses which buttons to show.
import type { Plan } from './api';

const EDITORS: readonly string[] = ['officer', 'sectionChief', 'deputyHead', 'head'];
const APPROVERS: readonly string[] = ['deputyHead', 'head'];

export const mayEditPlans = (roles: readonly string[]) => roles.some((r) => EDITORS.includes(r));
export const mayLeadPlans = (roles: readonly string[]) => roles.some((r) => APPROVERS.includes(r));

/** 职责分离: the server refuses an approval by anyone who wrote or submitted the plan. */
export const wroteOrSubmitted = (plan: Plan, userId: string) => plan.editorIds.includes(userId) || plan.submittedBy === userId;
