// 吊销 by a penalty decision: when a case is decided with 吊销有关许可证件 and names the licences
// (the penalty's licenceNumbers), each is revoked in the decision's own transaction, so the QR
// page shows it revoked the moment the decision stands. A number that is not the party's valid
// licence stops the decision with the field named: nothing is half done.
import { and, eq } from 'drizzle-orm';
import { ValidationError } from '../../platform/errors.js';
import type { Subscriber } from '../../platform/events.js';
import { LICENSING_LABELS } from './codes.js';
import { licenceEntry } from './licences.js';
import { licence } from './schema.js';

const FIELD = 'payload.penalty.licenceNumbers';

export const revokeOnDecision: Subscriber<'case.decided'> = async (event, { tx, actor, actSeq }, app) => {
  const numbers = event.penalty?.licenceNumbers ?? [];
  if (numbers.length === 0) return;
  for (const no of new Set(numbers)) {
    const [l] = await tx.select().from(licence).where(eq(licence.licenceNo, no));
    if (!l || l.enterpriseId !== event.enterpriseId) throw new ValidationError(`许可证编号 ${no} 不是当事人在本平台登记的许可证`, FIELD);
    if (l.state !== 'valid') throw new ValidationError(`许可证 ${no} ${LICENSING_LABELS.license[l.state]}，不能再吊销`, FIELD);
    const [written] = await tx
      .update(licence)
      .set({
        state: 'revoked',
        endedOn: event.decidedOn,
        endReason: '行政处罚决定吊销许可证件',
        endedByCaseId: event.id,
        endDecisionNo: event.decisionNumber,
        version: l.version + 1,
      })
      .where(and(eq(licence.id, l.id), eq(licence.version, l.version)))
      .returning();
    await licenceEntry(tx, app, actor, written, 'licence.revoked', { caseId: event.id, decisionNumber: event.decisionNumber, actSeq });
  }
};
