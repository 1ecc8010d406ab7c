import { testApp } from '../../testing/fixture.js';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_EVENTS, CASE_STATE_NAMES, type CaseEventName } from '../../modules/cases/workflow/machine.js';
import { HAZARD_STATUSES, INSPECTION_TASK_STATUSES } from '../../modules/inspections/codes.js';
import { hazardFigures } from '../../modules/inspections/hazards/figures.js';
import type { AppContext } from '../../platform/context.js';
import { rows, type Database } from '../../platform/db/index.js';
import { headSeq, registerKey } from '../../platform/ledger/service.js';
import { verifyLedger } from '../../platform/ledger/verify.js';
import { createTestDatabase } from '../../platform/testing/db.js';
import { copyBatch } from './copy-enterprises.js';
import { generate, type GeneratedWorld } from './index.js';
import { deferIndexes } from './indexes.js';
import { enterpriseBatches, upsertBatch } from './load-enterprises.js';
import { upsertEnterprises } from '../../modules/registry/bulk.js';
import { systemActor } from '../../platform/context.js';

let database: Database;
let app: AppContext;
let world: GeneratedWorld;
const count = async (q: ReturnType<typeof sql>) => Number((await rows<{ n: number }>(app.db, q))[0].n);

beforeAll(async () => {
  database = await createTestDatabase();
  app = testApp(database);
  await registerKey(app);
  world = await generate(app, {
    size: 'demo',
    seed: 7,
    activity: true,
    ledger: true,
    override: { enterprises: 300, inspections: 900, cases: 400, ledgerEntries: 15_000 },
  });
}, 300_000);
afterAll(() => database.close());

describe('generated activity', () => {
  it('has the counts asked for, and a ledger that verifies end to end', async () => {
    expect(world.activity).toMatchObject({ inspections: 900, cases: 400 });
    expect(world.activity!.plans).toBeGreaterThan(0);
    expect(await count(sql`select count(*)::int as n from inspection_task`)).toBe(900);
    expect(await count(sql`select count(*)::int as n from penalty_case`)).toBe(400);
    expect(await count(sql`select count(*)::int as n from hazard`)).toBe(world.activity!.hazards);
    expect(world.activity!.ledgerEntries).toBeGreaterThan(900 * 2 + 400);
    expect(world.counts.ledgerEntries).toBe(15_000);
    expect(await headSeq(app.db)).toBe(15_000);
    expect(await verifyLedger(app.db)).toMatchObject({ ok: true, entriesChecked: 15_000, firstBad: null });
  });

  it('keeps every state legal and every event an edge of the state machine', async () => {
    const tasks = await rows<{ status: string }>(app.db, sql`select distinct status from inspection_task`);
    expect(tasks.every((t) => (INSPECTION_TASK_STATUSES as readonly string[]).includes(t.status))).toBe(true);
    const hazards = await rows<{ status: string }>(app.db, sql`select distinct status from hazard`);
    expect(hazards.every((h) => (HAZARD_STATUSES as readonly string[]).includes(h.status))).toBe(true);
    // Closed exactly when it has a closing date; a record per started task, none for the rest.
    expect(await count(sql`select count(*)::int as n from hazard where (status = 'closed') <> (closed_on is not null)`)).toBe(0);
    expect(
      await count(
        sql`select count(*)::int as n from inspection_task t left join inspection_record r on r.task_id = t.id where (t.status in ('completed','inProgress')) <> (r.id is not null)`,
      ),
    ).toBe(0);
    const states = await rows<{ state: string }>(app.db, sql`select distinct state from penalty_case`);
    expect(states.every((s) => (CASE_STATE_NAMES as readonly string[]).includes(s.state))).toBe(true);
    expect(states.length).toBeGreaterThan(12);
    // Replay every case's events from draft: each leaves the state the case was in, versions run on.
    const events = await rows<{ case_id: string; version: number; event: string; from_state: string; to_state: string; state: string }>(
      app.db,
      sql`select e.case_id, e.version, e.event, e.from_state, e.to_state, c.state from case_event e join penalty_case c on c.id = e.case_id order by e.case_id, e.version`,
    );
    const at = new Map<string, { state: string; version: number }>();
    for (const e of events) {
      const cur = at.get(e.case_id) ?? { state: 'draft', version: 1 };
      expect(e.from_state).toBe(cur.state);
      expect(e.version).toBe(cur.version + 1);
      expect(CASE_EVENTS[e.event as CaseEventName].paths.some(([f, t]) => f === e.from_state && t === e.to_state)).toBe(true);
      at.set(e.case_id, { state: e.to_state, version: e.version });
    }
    for (const e of events) expect(at.get(e.case_id)!.state).toBe(e.state);
    // Each event's ledger entry is the case's, with that event.
    expect(
      await count(
        sql`select count(*)::int as n from case_event e join ledger_entry l on l.seq = e.ledger_seq where l.subject_id <> e.case_id::text or l.action <> 'case.' || e.event`,
      ),
    ).toBe(0);
    // Paid amounts: the fine in fen plus any surcharge, which never exceeds the fine.
    expect(
      await count(
        sql`select count(*)::int as n from penalty_case where paid_fen is not null and (paid_fen <> (penalty->>'fineYuan')::bigint * 100 + coalesce(surcharge_fen, 0) or coalesce(surcharge_fen, 0) > (penalty->>'fineYuan')::bigint * 100)`,
      ),
    ).toBe(0);
    // A decision date exactly when a decision was taken (not for 不予处罚 or transfers).
    expect(
      await count(
        sql`select count(*)::int as n from penalty_case c where exists (select 1 from case_event e where e.case_id = c.id and e.event in ('decide', 'decideOnSite')) <> (c.decided_on is not null)`,
      ),
    ).toBe(0);
  });

  it('rectifies about 95–98 % of the year’s hazards, with some overdue and some major', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const f = await hazardFigures(app, { userId: null, username: 'system', orgId: world.scope.id, orgPath: world.scope.path, roles: ['head'] } as never, {
      from: '2000-01-01',
      to: today,
    });
    expect(f.found).toBe(world.activity!.hazards);
    expect(f.rectificationRate).toBeGreaterThan(90);
    expect(f.rectificationRate).toBeLessThan(99.5);
    expect(f.major).toBeGreaterThan(0);
  });
});

describe('enterprises by COPY', () => {
  it('writes what the bulk path writes: rows, revisions, and a batch ledger entry with the same digest', async () => {
    const batches = [];
    for await (const b of enterpriseBatches(app, world.scope, { count: 50, seed: 7, firstSerial: 900_000 })) batches.push(b);
    const [batch] = batches;
    // The bulk path's digest for the same records, in a transaction rolled back afterwards.
    let bulkDigest = '';
    await app.db
      .transaction(async (tx) => {
        bulkDigest = (
          await upsertEnterprises(tx, app, systemActor, batch, {
            orgId: world.scope.id,
            source: 'test',
            subjectType: 'org',
            subjectId: world.scope.id,
            payload: { records: batch.length },
          })
        ).changesDigest;
        tx.rollback();
      })
      .catch(() => undefined);
    expect(bulkDigest).toMatch(/^[0-9a-f]{64}$/);
    const before = await headSeq(app.db);
    const copied = await copyBatch(app, world.scope, batch, 'test');
    expect(copied).toEqual({ created: 50, changesDigest: bulkDigest });
    // The batch's entry, then its licences' (recorded in the licence register, 外部登记).
    const licences = batch.flatMap((r) => r.licences ?? []);
    expect(licences.length).toBeGreaterThan(0);
    expect(await headSeq(app.db)).toBe(before + 2);
    const usccs = JSON.stringify(batch.map((r) => r.uscc));
    expect(
      await count(
        sql`select count(*)::int as n from recorded_licence r join enterprise e on e.id = r.enterprise_id where e.uscc in (select jsonb_array_elements_text(${usccs}::jsonb))`,
      ),
    ).toBe(licences.length);
    const [entry] = await rows<{ payload: Record<string, unknown> }>(app.db, sql`select payload from ledger_entry where seq = ${before + 1}`);
    expect(entry.payload).toEqual({ source: 'test', created: 50, updated: 0, unchanged: 0, changesDigest: bulkDigest, records: 50 });
    // Revisions as the bulk path writes them: version 1, the whole record as changes.
    expect(await count(sql`select count(*)::int as n from enterprise_revision where source = 'test' and version = 1 and changes ? 'name'`)).toBe(50);
    // Re-importing the same file through the domain path finds them all unchanged.
    const again = await upsertBatch(app, world.scope, batch, 'test');
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 50 });
    expect(await verifyLedger(app.db)).toMatchObject({ ok: true });
  });
});

describe('deferIndexes', () => {
  it('drops only secondary indexes and rebuilds exactly the same definitions', async () => {
    const defs = () =>
      rows<{ name: string; def: string }>(
        app.db,
        sql`select indexname as name, indexdef as def from pg_indexes where tablename in ('enterprise', 'hazard') order by indexname`,
      );
    const before = await defs();
    const rebuild = await deferIndexes(app, ['enterprise', 'hazard']);
    const during = await defs();
    // Keys and unique indexes stay, so constraints are still checked while loading.
    expect(during.map((d) => d.name)).toEqual(before.filter((d) => d.def.startsWith('CREATE UNIQUE')).map((d) => d.name));
    expect(during.some((d) => d.name === 'enterprise_uscc_idx')).toBe(true);
    await rebuild();
    expect(await defs()).toEqual(before);
  });
});
