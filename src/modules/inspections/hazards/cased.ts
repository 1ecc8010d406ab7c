// 立案率: the cases module tells which finding a case was opened from; the hazard keeps it.
import { eq } from 'drizzle-orm';
import type { DomainEvents, EventContext } from '../../../platform/events.js';
import { hazard } from '../schema.js';

export async function markCased(e: DomainEvents['case.openedFromFinding'], { tx }: EventContext) {
  await tx.update(hazard).set({ caseId: e.caseId }).where(eq(hazard.id, e.hazardId));
}
