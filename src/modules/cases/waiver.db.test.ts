// The party's written waiver (行政处罚法 第六十二条、第六十四条): recorded after the notice with
// the signed statement, it lets the decision come the same day; the ledger keeps the statement's
// digest, the case file the statement itself as an instrument.
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Actor } from '../../platform/context.js';
import type { DomainError } from '../../platform/errors.js';
import { hash } from '../../platform/ledger/hash.js';
import { ledgerEntry } from '../../platform/ledger/schema.js';
import { headSeq } from '../../platform/ledger/service.js';
import { pdfText } from '../../platform/testing/pdf-text.js';
import { createWorld, type TestWorld } from '../../testing/fixture.js';
import { sampleEnterprise } from '../registry/fixture.js';
import { createEnterprise } from '../registry/service.js';
import type { EventPayload } from './contract.js';
import { caseInstrument } from './instruments/service.js';
import { getCase } from './service.js';
import { investigatedCase, staff, takeStep } from './testing.js';
import type { CaseEventName } from './workflow/machine.js';

let w: TestWorld;
let inv1: Actor, inv2: Actor, chief: Actor, head: Actor;
let enterpriseId: string;

// A 1×1 PNG, as the signature pad sends it.
const SIGNATURE = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

const on = (date: string) => w.clock.set(new Date(`${date}T02:00:00Z`));
const step = (actor: Actor, id: string, event: CaseEventName, payload: EventPayload = {}) => takeStep(w, actor, id, event, payload);
const failure = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: DomainError) => ({ status: e.status, field: e.field, message: e.message }),
  );

beforeAll(async () => {
  w = await createWorld(new Date('2026-03-02T02:00:00Z'));
  const { county } = w.orgs;
  inv1 = await staff(w, 'w.inv1', county, ['officer']);
  inv2 = await staff(w, 'w.inv2', county, ['officer']);
  chief = await staff(w, 'w.chief', county, ['sectionChief']);
  head = await staff(w, 'w.head', county, ['head']);
  enterpriseId = (await createEnterprise(w.app, systemActor, sampleEnterprise(7, '421202'))).id;
}, 60_000);
afterAll(() => w.close());

describe('a written waiver of statement, defence and hearing', () => {
  it('lets the decision come on the day of the notice, and goes on the case file', async () => {
    on('2026-03-02');
    const c = await investigatedCase(w, w.orgs.county, enterpriseId, { investigators: [inv1, inv2], head });
    await step(chief, c.id, 'completeInternalReview');
    await step(chief, c.id, 'issueNotice');
    expect((await getCase(w.app, inv1, c.id)).availableEvents.map((e) => e.event)).toContain('recordWaiver');
    expect(await failure(step(head, c.id, 'decide'))).toMatchObject({ status: 422, field: 'statementPeriodEndsOn' });
    expect(await failure(caseInstrument(w.app, inv1, c.id, 'waiverStatement', 'pdf'))).toMatchObject({ status: 422, field: 'kind' });

    // Refused waivers write nothing: a leader may not record one, nor may it predate the notice.
    const seq = await headSeq(w.app.db);
    const waiver = { waives: ['statement' as const], waivedOn: '2026-03-02', waiverSigner: '王经理', waiverImage: SIGNATURE };
    expect(await failure(step(head, c.id, 'recordWaiver', waiver))).toMatchObject({ status: 403 });
    expect(await failure(step(inv1, c.id, 'recordWaiver', { ...waiver, waivedOn: '2026-03-01' }))).toMatchObject({ status: 422, field: 'payload.waivedOn' });
    expect(await failure(step(inv1, c.id, 'recordWaiver', { ...waiver, waiverImage: undefined }))).toMatchObject({ status: 400, field: 'payload.waiverImage' });
    expect(await headSeq(w.app.db)).toBe(seq);

    const statement = await step(inv1, c.id, 'recordWaiver', waiver);
    expect(statement.waivers).toEqual([{ waives: ['statement'], waivedOn: '2026-03-02', signer: '王经理', recordedOn: '2026-03-02' }]);
    expect(statement.stateName).toBe('已告知（当事人已放弃陈述申辩，听证申请期）');
    // The hearing right (a 60 000 yuan fine, 第六十三条) is still open: no decision yet.
    expect(await failure(step(head, c.id, 'decide'))).toMatchObject({ status: 422, field: 'hearingRequestEndsOn' });
    const both = await step(inv1, c.id, 'recordWaiver', { ...waiver, waives: ['hearing'] });
    expect(both.stateName).toBe('已告知（当事人已放弃陈述申辩和听证，待作出决定）');
    expect(await failure(step(inv1, c.id, 'requestHearing'))).toMatchObject({ status: 422, field: 'hearingWaived' });

    const decided = await step(head, c.id, 'decide');
    expect(decided).toMatchObject({ state: 'decided', decidedOn: '2026-03-02', statementPeriodEndsOn: '2026-03-05' });

    // The ledger and the event history keep the statement's digest, never the picture.
    const digest = hash(w.app.hashAlg, Buffer.from(SIGNATURE, 'base64')).toString('hex');
    const entries = await w.app.db.select().from(ledgerEntry).where(eq(ledgerEntry.action, 'case.recordWaiver')).orderBy(desc(ledgerEntry.seq));
    expect(entries).toHaveLength(2);
    for (const e of entries) {
      expect(JSON.stringify(e.payload)).not.toContain(SIGNATURE.slice(0, 40));
      expect((e.payload as { payload: { waiverImageDigest: string } }).payload.waiverImageDigest).toBe(digest);
    }
    const stored = decided.events.filter((e) => e.event === 'recordWaiver');
    expect(stored.map((e) => (e.payload as Record<string, unknown>).waiverImage)).toEqual([undefined, undefined]);

    const pdf = pdfText((await caseInstrument(w.app, inv1, c.id, 'waiverStatement', 'pdf')).bytes);
    expect(pdf).toContain('当事人放弃陈述、申辩及听证权利声明');
    expect(pdf).toContain('自愿放弃陈述、申辩的权利');
    expect(pdf).toContain('自愿放弃要求听证的权利');
    expect(pdf).toContain('王经理');
    expect(pdf).toContain(digest);
    expect(pdf).toContain('第六十二条');
  });
});
