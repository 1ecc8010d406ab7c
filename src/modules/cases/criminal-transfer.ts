// 行刑衔接 (the transfers module): when the police do not file the case, or withdraw it, and the
// case comes back for administrative penalty, the case leaves 已移送公安机关 for 调查取证 in the
// transfers module's transaction, as the one who recorded the return, citing the transfer record.
import { eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/index.js';
import type { DomainEvents, EventContext } from '../../platform/events.js';
import { applyEvent } from './apply-event.js';
import { penaltyCase } from './schema.js';

export async function caseOnCriminalTransferReturned(e: DomainEvents['criminalTransfer.returned'], { tx, actor }: EventContext, app: AppContext) {
  const within: AppContext = { ...app, db: tx as unknown as Db };
  const [c] = await tx.select({ version: penaltyCase.version }).from(penaltyCase).where(eq(penaltyCase.id, e.caseId));
  await applyEvent(
    within,
    actor,
    e.caseId,
    { event: 'resumeAfterPolice', version: c.version, payload: { opinion: e.opinion } },
    {
      record: {
        criminalTransfer: { transferId: e.transferId, returnKind: e.returnKind, fineDeductionYuan: e.fineDeductionYuan, noFurtherFine: e.noFurtherFine },
      },
      // The credit stays on the case for the decision (workflow/fine-credit.ts): the fine to pay is
      // the fine less what was already paid (行政处罚法 第二十九条、第三十五条第二款).
      afterWrite: async (w) => {
        const fineCredit =
          e.fineDeductionYuan > 0 || e.noFurtherFine
            ? { transferId: e.transferId, deductedYuan: e.fineDeductionYuan, noFurtherFine: e.noFurtherFine, text: e.fineCreditText }
            : null;
        await w.update(penaltyCase).set({ fineCredit }).where(eq(penaltyCase.id, e.caseId));
      },
    },
  );
}
