import { and, eq, isNull, sql } from 'drizzle-orm';
import { org } from '../orgs/schema.js';
import type { Actor, AppContext } from '../context.js';
import { chinaDate } from '../dates.js';
import type { Tx } from '../db/index.js';
import { Conflict, NotFound, ValidationError } from '../errors.js';
import { appendEntry } from '../ledger/service.js';
import { formatInstrumentNumber, type InstrumentType } from './numbering.js';
import { instrumentCounter, instrumentNumber } from './schema.js';

export interface NumberFor {
  orgId: string;
  type: InstrumentType;
  subjectType: string;
  subjectId: string;
}

/**
 * Gives the next number of the org's series for this type and (China) year, inside the
 * caller's transaction: the counter row stays locked until it commits, so two issues never
 * share a serial, and a rollback returns the serial, so the series has no gaps.
 */
export async function issueInstrumentNumber(tx: Tx, app: Pick<AppContext, 'clock' | 'hashAlg'>, actor: Actor, input: NumberFor) {
  const [issuer] = await tx.select({ shortName: org.shortName }).from(org).where(eq(org.id, input.orgId));
  if (!issuer) throw new NotFound('机构不存在', 'orgId');
  const now = app.clock.now();
  const year = Number(chinaDate(now).slice(0, 4));
  const [counter] = await tx
    .insert(instrumentCounter)
    .values({ orgId: input.orgId, type: input.type, year, last: 1 })
    .onConflictDoUpdate({
      target: [instrumentCounter.orgId, instrumentCounter.type, instrumentCounter.year],
      set: { last: sql`${instrumentCounter.last} + 1` },
    })
    .returning({ last: instrumentCounter.last });
  const serial = counter.last;
  const number = formatInstrumentNumber(issuer.shortName, input.type, year, serial);
  await tx.insert(instrumentNumber).values({ ...input, year, serial, number, issuedAt: now, issuedBy: actor.userId });
  await appendEntry(tx, app, {
    orgId: input.orgId,
    actorId: actor.userId,
    action: 'instrument.numbered',
    subjectType: input.subjectType,
    subjectId: input.subjectId,
    payload: { number, type: input.type, year, serial },
  });
  return { number, year, serial };
}

/** Voids an issued number with its reason; the number stays taken forever. */
export async function voidInstrumentNumber(tx: Tx, app: Pick<AppContext, 'clock' | 'hashAlg'>, actor: Actor, number: string, reason: string) {
  if ([...reason.trim()].length < 4) throw new ValidationError('作废文书须写明理由（不少于 4 个字）', 'reason');
  const [row] = await tx.select().from(instrumentNumber).where(eq(instrumentNumber.number, number));
  if (!row) throw new NotFound(`文书编号 ${number} 不存在`, 'number');
  const done = await tx
    .update(instrumentNumber)
    .set({ voidedAt: app.clock.now(), voidReason: reason.trim() })
    .where(and(eq(instrumentNumber.id, row.id), isNull(instrumentNumber.voidedAt)))
    .returning({ id: instrumentNumber.id });
  if (done.length === 0) throw new Conflict(`文书编号 ${number} 已作废`, 'number');
  await appendEntry(tx, app, {
    orgId: row.orgId,
    actorId: actor.userId,
    action: 'instrument.voided',
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    payload: { number, reason: reason.trim() },
  });
}
