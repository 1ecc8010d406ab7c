import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../context.js';
import { rows } from '../db/index.js';
import { headSeq } from '../ledger/service.js';
import { verifyLedger } from '../ledger/verify.js';
import { createWorld, type TestWorld } from '../../testing/fixture.js';
import { issueInstrumentNumber, voidInstrumentNumber } from './service.js';
import { instrumentNumber } from './schema.js';

let w: TestWorld;
beforeAll(async () => {
  w = await createWorld(new Date('2026-12-31T10:00:00Z'));
}, 60_000);
afterAll(() => w.close());

const issue = (orgId: string, subjectId = 'case-1') =>
  w.app.db.transaction((tx) => issueInstrumentNumber(tx, w.app, systemActor, { orgId, type: 'penaltyDecision', subjectType: 'penaltyCase', subjectId }));

describe('instrument numbering', () => {
  it('numbers per org, type and year without gaps, even when an issue rolls back', async () => {
    expect((await issue(w.orgs.city.id)).number).toBe('（咸）应急罚〔2026〕1号');
    expect((await issue(w.orgs.county.id)).number).toBe('（咸安）应急罚〔2026〕1号');
    await expect(
      w.app.db.transaction(async (tx) => {
        await issueInstrumentNumber(tx, w.app, systemActor, { orgId: w.orgs.city.id, type: 'penaltyDecision', subjectType: 'penaltyCase', subjectId: 'lost' });
        throw new Error('the decision could not be saved');
      }),
    ).rejects.toThrow('could not be saved');
    expect((await issue(w.orgs.city.id)).number).toBe('（咸）应急罚〔2026〕2号');
    const other = await w.app.db.transaction((tx) =>
      issueInstrumentNumber(tx, w.app, systemActor, { orgId: w.orgs.city.id, type: 'penaltyNotice', subjectType: 'penaltyCase', subjectId: 'case-1' }),
    );
    expect(other.number).toBe('（咸）应急告〔2026〕1号');
  });

  it('gives concurrent issues distinct consecutive serials', async () => {
    const got = await Promise.all(Array.from({ length: 8 }, (_, i) => issue(w.orgs.township.id, `c${i}`)));
    expect(got.map((g) => g.serial).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('starts a new series in the new year (China time)', async () => {
    w.clock.set(new Date('2026-12-31T16:00:00Z')); // 2027-01-01 00:00 in Beijing
    expect((await issue(w.orgs.city.id)).number).toBe('（咸）应急罚〔2027〕1号');
  });

  it('voids with a reason and never gives the number again', async () => {
    const seq = await headSeq(w.app.db);
    await expect(w.app.db.transaction((tx) => voidInstrumentNumber(tx, w.app, systemActor, '（咸）应急罚〔2027〕1号', '无'))).rejects.toThrow('理由');
    await w.app.db.transaction((tx) => voidInstrumentNumber(tx, w.app, systemActor, '（咸）应急罚〔2027〕1号', '当事人名称有误，重新制作'));
    expect(await headSeq(w.app.db)).toBe(seq + 1);
    await expect(w.app.db.transaction((tx) => voidInstrumentNumber(tx, w.app, systemActor, '（咸）应急罚〔2027〕1号', '再次作废试试'))).rejects.toThrow(
      '已作废',
    );
    expect((await issue(w.orgs.city.id)).number).toBe('（咸）应急罚〔2027〕2号');
    const [voided] = await w.app.db.select().from(instrumentNumber).where(eq(instrumentNumber.number, '（咸）应急罚〔2027〕1号'));
    expect(voided.voidReason).toBe('当事人名称有误，重新制作');
    const [{ n }] = await rows<{ n: number }>(w.app.db, sql`select count(*)::int as n from ledger_entry where action = 'instrument.numbered'`);
    expect(n).toBe(14);
    expect((await verifyLedger(w.app.db)).ok).toBe(true);
  });
});
