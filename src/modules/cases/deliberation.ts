// 集体讨论 held as a meeting (the deliberations module): when the meeting closes, each case on its
// agenda has its deliberation recorded (记录集体讨论) in the meeting's transaction, as the one who
// closed it, citing the meeting and its minutes in the case's history and ledger entry.
import { eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/index.js';
import type { DomainEvents, EventContext } from '../../platform/events.js';
import { applyEvent } from './apply-event.js';
import { penaltyCase } from './schema.js';

export async function caseOnDeliberationClosed(e: DomainEvents['deliberation.closed'], { tx, actor }: EventContext, app: AppContext) {
  // The case's own event, taken inside the meeting's transaction (its transaction is a savepoint of it).
  const within: AppContext = { ...app, db: tx as unknown as Db };
  for (const item of e.items) {
    const [c] = await tx.select({ version: penaltyCase.version }).from(penaltyCase).where(eq(penaltyCase.id, item.caseId));
    await applyEvent(
      within,
      actor,
      item.caseId,
      { event: 'recordDeliberation', version: c.version, payload: { opinion: item.opinion } },
      {
        record: { deliberation: { meetingId: e.meetingId, minutesNumber: e.minutesNumber, conclusion: item.conclusion } },
        afterWrite: async () => {},
      },
    );
  }
}
