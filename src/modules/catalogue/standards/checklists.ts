import { GENERAL_CHECKLIST } from './checklists-general.js';
import { HAZARDOUS_CHEMICALS_CHECKLIST, METALLURGY_CHECKLIST } from './checklists-industry.js';
import { AMMONIA_REFRIGERATION_CHECKLIST, COMBUSTIBLE_DUST_CHECKLIST, CONFINED_SPACE_CHECKLIST } from './checklists-special.js';
import type { ChecklistScope, Checklist } from './types.js';

// 检查表 by scope. Sources of each basis are in the header of the file that defines the checklist:
// checklists-general.ts, checklists-industry.ts, checklists-special.ts.
export const CHECKLISTS: readonly Checklist[] = [
  GENERAL_CHECKLIST,
  HAZARDOUS_CHEMICALS_CHECKLIST,
  COMBUSTIBLE_DUST_CHECKLIST,
  CONFINED_SPACE_CHECKLIST,
  AMMONIA_REFRIGERATION_CHECKLIST,
  METALLURGY_CHECKLIST,
];

/** The checklists an inspection of an enterprise with these key categories uses: the general one first. */
export function checklistsFor(scopes: readonly ChecklistScope[]): Checklist[] {
  return CHECKLISTS.filter((c) => c.scope === 'general' || scopes.includes(c.scope));
}
