import { testApp } from '../testing/fixture.js';
import { and, asc, count, eq, gt, isNotNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../platform/clock.js';
import type { AppContext } from '../platform/context.js';
import { ledgerEntry } from '../platform/ledger/schema.js';
import { verifyLedger } from '../platform/ledger/verify.js';
import { ledgerLabelsOf } from '../platform/ledger/labels.js';
import { userAccount } from '../platform/auth/schema.js';
import { createTestDatabase } from '../platform/testing/db.js';
import { caseFile, penaltyCase } from '../modules/cases/schema.js';
import { disclosure } from '../modules/disclosure/schema.js';
import { draw } from '../modules/draws/schema.js';
import { hazard, inspectionRecord, inspectionTask } from '../modules/inspections/schema.js';
import { annualPlan } from '../modules/plans/schema.js';
import { enterprise } from '../modules/registry/schema.js';
import { MODULES } from '../modules/index.js';
import { seedDemo } from './demo.js';
import { rows } from '../platform/db/index.js';

// The demo's year of work, seeded on a smaller registry, as `npm start` seeds it: every module's
// part through its services, on the timeline, ending at the seed's now.
const NOW = new Date('2026-12-07T04:00:00Z');
let app: AppContext;
let close: () => Promise<void>;
let seconds = 0;

const tally = async <T extends string>(rows: Promise<{ k: T; n: number }[]>) => Object.fromEntries((await rows).map((r) => [r.k, Number(r.n)]));

beforeAll(async () => {
  const database = await createTestDatabase();
  close = database.close;
  app = testApp(database, new FixedClock(NOW));
  const t = performance.now();
  await seedDemo(app, { enterprises: 3000 });
  seconds = (performance.now() - t) / 1000;
}, 240_000);
afterAll(() => close());

describe('the demo seed', () => {
  it('records a year of work in a ledger that verifies and reads in time order', async () => {
    const report = await verifyLedger(app.db);
    expect(report).toMatchObject({ ok: true, firstBad: null });
    const [{ backwards }] = await app.db
      .select({ backwards: sql<number>`count(*) filter (where at < prev)::int` })
      .from(sql`(select ${ledgerEntry.at} as at, lag(${ledgerEntry.at}) over (order by ${ledgerEntry.seq}) as prev from ${ledgerEntry}) x`);
    expect(backwards).toBe(0);
    const [first] = await app.db.select({ at: ledgerEntry.at }).from(ledgerEntry).orderBy(asc(ledgerEntry.seq)).limit(1);
    expect(NOW.getTime() - first.at.getTime()).toBeGreaterThan(360 * 86_400_000);
    console.log(`demo seed on 3 000 enterprises: ${seconds.toFixed(1)} s`);
  });

  it('names every action and subject of its ledger in Chinese', async () => {
    const labels = ledgerLabelsOf(MODULES);
    const seen = await app.db.selectDistinct({ action: ledgerEntry.action, subject: ledgerEntry.subjectType }).from(ledgerEntry);
    expect(seen.length).toBeGreaterThan(30);
    expect(seen.filter((e) => !labels.actions[e.action]).map((e) => e.action)).toEqual([]);
    expect([...new Set(seen.filter((e) => !labels.subjects[e.subject]).map((e) => e.subject))]).toEqual([]);
  });

  it('has the plans, the draws, and tasks of every source carried out', async () => {
    expect(await tally(app.db.select({ k: annualPlan.status, n: count() }).from(annualPlan).groupBy(annualPlan.status))).toEqual({ published: 1, approved: 1 });
    expect(await app.db.$count(draw, eq(draw.status, 'drawn'))).toBe(3);
    const bySource = await tally(
      app.db.select({ k: inspectionTask.source, n: count() }).from(inspectionTask).where(eq(inspectionTask.status, 'completed')).groupBy(inspectionTask.source),
    );
    expect(Object.keys(bySource).sort()).toEqual(['campaign', 'draw', 'joint', 'plan', 'routine', 'tip', 'unannounced']);
    expect(await app.db.$count(inspectionTask, eq(inspectionTask.status, 'assigned'))).toBeGreaterThan(0);
    expect(await app.db.$count(inspectionRecord, eq(inspectionRecord.status, 'completed'))).toBeGreaterThanOrEqual(30);
  });

  it('has hazards general and major in every state', async () => {
    const grades = await tally(app.db.select({ k: hazard.grade, n: count() }).from(hazard).groupBy(hazard.grade));
    expect(grades.general).toBeGreaterThan(20);
    expect(grades.major).toBeGreaterThan(0);
    const states = await tally(app.db.select({ k: hazard.status, n: count() }).from(hazard).groupBy(hazard.status));
    for (const s of ['open', 'overdue', 'closed', 'escalated', 'extensionRequested']) expect(states[s], s).toBeGreaterThan(0);
  });

  it('has cases in every procedure and ending, and the decisions disclosed on time, late or still due', async () => {
    const states = await tally(app.db.select({ k: penaltyCase.state, n: count() }).from(penaltyCase).groupBy(penaltyCase.state));
    for (const s of ['draft', 'archived', 'paid', 'transferred', 'transferredToPolice', 'notPunished', 'summaryDecided'])
      expect(states[s], s).toBeGreaterThan(0);
    expect(await app.db.$count(penaltyCase, eq(penaltyCase.procedure, 'summary'))).toBeGreaterThan(0);
    expect(await app.db.$count(penaltyCase, isNotNull(penaltyCase.hearingOn))).toBeGreaterThan(0);
    expect(await app.db.$count(penaltyCase, gt(penaltyCase.surchargeFen, 0))).toBeGreaterThan(0);
    expect(await app.db.$count(penaltyCase, isNotNull(penaltyCase.sourceHazardId))).toBeGreaterThan(0);
    // Every archived case has its 卷宗, assembled after 归档 (its ledger entry recording the manifest's SM3).
    expect(await app.db.$count(caseFile, eq(caseFile.status, 'assembled'))).toBe(states.archived);
    const today = '2026-12-07';
    const [d] = await app.db
      .select({
        onTime: sql<number>`count(*) filter (where ${disclosure.status} = 'published' and (${disclosure.publishedAt} at time zone 'Asia/Shanghai')::date <= ${disclosure.dueOn}::date)::int`,
        late: sql<number>`count(*) filter (where (${disclosure.status} = 'published' and (${disclosure.publishedAt} at time zone 'Asia/Shanghai')::date > ${disclosure.dueOn}::date) or (${disclosure.status} = 'pending' and ${disclosure.dueOn} < ${today}))::int`,
        due: sql<number>`count(*) filter (where ${disclosure.status} = 'pending' and ${disclosure.dueOn} >= ${today})::int`,
      })
      .from(disclosure);
    expect(d.onTime).toBeGreaterThan(20);
    expect(d.late).toBeGreaterThan(0);
    expect(d.due).toBeGreaterThan(0);
  });

  it('gives qy.demo an operating enterprise with a hazard awaiting its rectification and a case', async () => {
    const [u] = await app.db.select({ enterpriseId: userAccount.enterpriseId }).from(userAccount).where(eq(userAccount.username, 'qy.demo'));
    const [e] = await app.db.select({ status: enterprise.status }).from(enterprise).where(eq(enterprise.id, u.enterpriseId!));
    expect(e.status).toBe('operating');
    expect(await app.db.$count(hazard, and(eq(hazard.enterpriseId, u.enterpriseId!), eq(hazard.status, 'open')))).toBeGreaterThan(0);
    expect(await app.db.$count(hazard, and(eq(hazard.enterpriseId, u.enterpriseId!), eq(hazard.status, 'closed')))).toBeGreaterThan(0);
    expect(await app.db.$count(penaltyCase, eq(penaltyCase.enterpriseId, u.enterpriseId!))).toBe(1);
  });

  it('follows up decisions and closed hazards: visited, called, unreachable, one problem settled and one with the legal office, the rest due', async () => {
    const states = await tally(rows<{ k: string; n: number }>(app.db, sql`select state as k, count(*)::int as n from follow_up_visit group by state`));
    expect(states.done).toBeGreaterThanOrEqual(8);
    expect(states.due).toBeGreaterThan(0);
    expect(states.unreachable).toBe(1);
    expect(states.resolved).toBe(1);
    expect(states.attention).toBe(1);
    const [problem] = await rows<{ channel: string; problem: boolean }>(app.db, sql`select channel, problem from follow_up_visit where state = 'attention'`);
    expect(problem).toEqual({ channel: 'phone', problem: true });
    // Every decision against an enterprise has its follow-up.
    const [missing] = await rows<{ n: number }>(
      app.db,
      sql`select count(*)::int as n from penalty_case c where c.decided_on is not null and c.enterprise_id is not null
            and not exists (select 1 from follow_up_visit f where f.subject_kind = 'case' and f.subject_id = c.id)`,
    );
    expect(missing.n).toBe(0);
    // qy.demo has one to answer online.
    const mine = await rows<{ state: string; kind: string }>(
      app.db,
      sql`select f.state, f.subject_kind as kind from follow_up_visit f join user_account u on u.enterprise_id = f.enterprise_id where u.username = 'qy.demo'`,
    );
    expect(mine.filter((f) => f.state === 'due').length).toBeGreaterThan(0);
  });

  it('has tips in every state, one rewarded and paid, and a complaint partly upheld', async () => {
    const states = await rows<{ state: string }>(app.db, sql`select distinct state from tip order by state`);
    expect(states.map((s) => s.state)).toEqual(['accepted', 'assigned', 'declined', 'received', 'verified']);
    const [paid] = await rows<{ n: number; fen: number }>(
      app.db,
      sql`select count(*)::int as n, sum(amount_fen)::int as fen from tip_reward where state = 'paid'`,
    );
    expect(paid).toEqual({ n: 1, fen: 3_000_000 });
    const [concluded] = await rows<{ outcome: string }>(app.db, sql`select complaint_outcome as outcome from tip where complaint_outcome is not null`);
    expect(concluded).toEqual({ outcome: 'partly' });
  });

  it('has licence applications issued, granted, awaiting acceptance and under an on-site check', async () => {
    const states = await rows<{ state: string; paused: boolean }>(
      app.db,
      sql`select state, exists (select 1 from jsonb_array_elements(pauses) p where p->>'to' is null) as paused from license_application order by state`,
    );
    expect(states).toEqual([
      { state: 'accepted', paused: true },
      { state: 'granted', paused: false },
      { state: 'issued', paused: false },
      { state: 'submitted', paused: false },
    ]);
    const [filed] = await rows<{ state: string; no: string }>(app.db, sql`select state, licence_no as no from licence`);
    expect(filed.state).toBe('valid');
    expect(filed.no).toMatch(/易制毒备字〔\d{4}〕000001号$/);
  });

  it('keeps the licences the enterprises hold from elsewhere in the licence register (外部登记), unsigned and without an issuer on record', async () => {
    const [held] = await rows<{ n: number; enterprises: number; no_issuer: number }>(
      app.db,
      sql`select count(*)::int as n, count(distinct enterprise_id)::int as enterprises,
                 count(*) filter (where origin = 'recorded' and issuer is null)::int as no_issuer
          from recorded_licence`,
    );
    expect(held.n).toBeGreaterThan(100);
    expect(held.enterprises).toBe(held.n);
    expect(held.no_issuer).toBe(held.n);
  });

  it('has one enterprise on the 严重失信主体名单 and one not listed after its statement', async () => {
    const states = await rows<{ state: string }>(app.db, sql`select state from credit_listing order by state`);
    expect(states.map((s) => s.state)).toEqual(['listed', 'withdrawn']);
    // Its objection to the published facts, answered: upheld, the facts unchanged.
    const objections = await rows<{ state: string; channel: string; listing: string }>(
      app.db,
      sql`select o.state, o.channel, l.state as listing from credit_objection o join credit_listing l on l.id = o.listing_id`,
    );
    expect(objections).toEqual([{ state: 'upheld', channel: 'counter', listing: 'listed' }]);
    // No credit repair within the demo's year: an application needs 12 months on the list.
    expect(await rows(app.db, sql`select id from credit_repair`)).toEqual([]);
  });

  it('publishes an exposure, a typical case and a circular, and summons the demo enterprise and a county government', async () => {
    const published = await rows<{ kind: string; state: string; redacted: boolean }>(
      app.db,
      sql`select kind, state, (document ->> 'text') not like '%李建华%' as redacted from exposure order by kind`,
    );
    expect(published).toEqual([
      { kind: 'circular', state: 'published', redacted: true },
      { kind: 'exposure', state: 'published', redacted: true },
      { kind: 'typicalCase', state: 'published', redacted: true },
    ]);
    const summonses = await rows<{ target_kind: string; state: string }>(app.db, sql`select target_kind, state from summons order by target_kind`);
    // The enterprise's follow-up done; the county's due within the agenda's week.
    expect(summonses).toEqual([
      { target_kind: 'enterprise', state: 'followedUp' },
      { target_kind: 'locality', state: 'recorded' },
    ]);
  });

  it("takes the year's transfers to the police on: one filed, one refused, supervised and returned to 调查取证; a joint meeting held", async () => {
    const transfers = await rows<{ state: string; persons: number; supervision: string | null; case_state: string }>(
      app.db,
      sql`select t.state, jsonb_array_length(t.persons)::int as persons, t.supervision_result as supervision, c.state as case_state
          from criminal_transfer t join penalty_case c on c.id = t.case_id order by t.approved_on`,
    );
    const police = await rows<{ n: number }>(app.db, sql`select count(*)::int as n from case_event where event = 'transferToPolice'`);
    expect(transfers.length, 'every case transferred to the police has its record').toBe(police[0].n);
    expect(transfers.length).toBeGreaterThan(0);
    if (transfers.length === 1) {
      // A lone transfer is refused and awaits the procuratorate, so the year keeps a case 已移送公安机关.
      expect(transfers[0]).toEqual({ state: 'supervising', persons: 2, supervision: null, case_state: 'transferredToPolice' });
    } else {
      expect(transfers.filter((t) => t.state === 'filed')).toHaveLength(1);
      const returned = transfers.filter((t) => t.state === 'returned');
      expect(returned).toEqual([{ state: 'returned', persons: 2, supervision: 'upheld', case_state: 'investigating' }]);
    }
    for (const t of transfers.filter((x) => x.state !== 'returned')) expect(t.case_state).toBe('transferredToPolice');
    const meetings = await rows<{ n: number }>(app.db, sql`select count(*)::int as n from joint_meeting`);
    expect(meetings[0].n).toBe(1);
  });

  it('holds one 集体讨论 meeting, closed, whose case has its deliberation recorded and goes on; another case awaits one', async () => {
    const meetings = await rows<{ state: string; minutes: string; case_state: string; done: boolean; conclusion: string }>(
      app.db,
      sql`select m.state, m.minutes_number as minutes, c.state as case_state, c.collective_deliberation_done as done, i.conclusion
          from deliberation_meeting m join deliberation_item i on i.meeting_id = m.id join penalty_case c on c.id = i.case_id`,
    );
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({ state: 'closed', minutes: expect.stringMatching(/应急集讨〔\d{4}〕1号$/), done: true, conclusion: 'penalty' });
    expect(['noticed', 'decided', 'served']).toContain(meetings[0].case_state);
    const awaiting = await rows<{ n: number }>(app.db, sql`select count(*)::int as n from penalty_case where state = 'collectiveDeliberation'`);
    expect(awaiting[0].n, 'a case awaits its meeting').toBe(1);
  });

  it('holds one 案卷评查 round, closed: up to two files a county drawn, scored by evaluators outside the case, notified, defects answered, 优秀案卷 chosen', async () => {
    const rounds = await rows<{ state: string; files: number; expected: number }>(
      app.db,
      sql`select r.state, (select count(*)::int from evaluation_file f where f.round_id = r.id) as files,
                 (select sum(least(2, jsonb_array_length(o -> 'caseIds')))::int from jsonb_array_elements(r.pool -> 'orgs') o) as expected
          from evaluation_round r`,
    );
    expect(rounds).toHaveLength(1);
    expect(rounds[0].state).toBe('closed');
    expect(rounds[0].files).toBeGreaterThan(0);
    expect(rounds[0].files, 'two files of each county, or all it has').toBe(rounds[0].expected);
    const files = await rows<{ state: string; defects: number; notice: string | null; excellent: boolean; own: boolean }>(
      app.db,
      sql`select f.state, f.defect_count as defects, f.notice_number as notice, f.excellent,
                 u.org_id = f.org_id or f.evaluator_id::text in (select jsonb_array_elements_text(v) from jsonb_each(f.handlers) h(k, v)) as own
          from evaluation_file f join user_account u on u.id = f.evaluator_id`,
    );
    expect(files).toHaveLength(rounds[0].files);
    for (const f of files) {
      expect(f.own, 'no evaluator handled the case or works for its org').toBe(false);
      expect(f.notice).toMatch(/应急评查〔\d{4}〕\d+号$/);
      expect(f.state).toBe(f.defects > 0 ? 'answered' : 'notified');
    }
    expect(files.some((f) => f.defects > 0)).toBe(true);
    expect(files.some((f) => f.excellent)).toBe(true);
  });
});
