import { and, eq, inArray } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Actor } from '../../../platform/context.js';
import { ledgerEntry } from '../../../platform/ledger/schema.js';
import { createWorld, signIn, type TestWorld } from '../../../testing/fixture.js';
import { scheduledJobRun } from '../../../platform/jobs/schema.js';
import { sampleEnterprise } from '../../registry/fixture.js';
import { createEnterprise } from '../../registry/service.js';
import { caseAgenda } from './service.js';
import { dueThisWeekAndLate } from './rules.js';
import { addCalendarDays } from '../../../platform/workdays/calendar.js';
import { REMINDER_JOB, remindCaseDeadlines } from './reminders.js';
import type { Preservation } from '../collection/rules.js';
import { caseReminder, penaltyCase } from '../schema.js';
import { draftCase, staff } from '../testing.js';
import type { CaseState } from '../workflow/machine.js';

let w: TestWorld;
let inv1: Actor, inv2: Actor, dual: Actor, reviewer: Actor, chief: Actor, twChief: Actor;
const cases: Record<string, string> = {};
const on = (date: string) => w.clock.set(new Date(`${date}T02:00:00Z`)); // 10:00 in China

/** Puts a case where the test needs it: the workflow that gets it there is tested in service.db.test.ts. */
async function place(id: string, state: CaseState, decisionDueOn: string, investigators?: Actor[]) {
  await w.app.db
    .update(penaltyCase)
    .set({ state, decisionDueOn, ...(investigators ? { investigatorIds: investigators.map((a) => a.userId!) } : {}) })
    .where(eq(penaltyCase.id, id));
}

const names = (items: { caseId: string }[]) => items.map((i) => Object.entries(cases).find(([, id]) => id === i.caseId)?.[0] ?? i.caseId);

beforeAll(async () => {
  w = await createWorld(new Date('2026-03-10T02:00:00Z')); // Tue 10 Mar 2026
  const { county, township } = w.orgs;
  inv1 = await staff(w, 'ag.inv1', county, ['officer']);
  inv2 = await staff(w, 'ag.inv2', county, ['officer']);
  dual = await staff(w, 'ag.dual', county, ['officer', 'legalReviewer']);
  reviewer = await staff(w, 'ag.reviewer', county, ['legalReviewer']);
  chief = await staff(w, 'ag.chief', county, ['sectionChief']);
  const twInv = [await staff(w, 'ag.tw.inv1', township, ['officer']), await staff(w, 'ag.tw.inv2', township, ['officer'])];
  twChief = await staff(w, 'ag.tw.chief', township, ['sectionChief']);
  const ent = (await createEnterprise(w.app, systemActor, sampleEnterprise(1, '421202'))).id;
  const twEnt = (await createEnterprise(w.app, systemActor, sampleEnterprise(2, '421202001', { orgId: township.id }))).id;
  const open = async (name: string, state: CaseState, due: string, who: Actor[], org = county, e = ent) => {
    cases[name] = (await draftCase(w, systemActor, org, e, who)).id;
    await place(cases[name], state, due);
  };
  await open('A', 'investigating', '2026-03-12', [inv1, inv2]); // this week
  await open('B', 'legalReview', '2026-03-05', [inv1, inv2]); // late
  await open('C', 'legalReview', '2026-03-13', [inv2, dual]); // this week, awaiting review
  await open('D', 'investigating', '2026-03-20', [inv1, inv2]); // next week
  await open('E', 'investigating', '2026-03-11', twInv, township, twEnt); // township, this week
  await open('F', 'closed', '2026-03-01', [inv1, inv2]); // finished: never listed
});
afterAll(() => w?.close());

describe('case agenda', () => {
  it('gives each role the cases it answers for, due this week and late, with days left', async () => {
    const view = async (a: Actor) => {
      const r = await caseAgenda(w.app, a);
      return { week: names(r.dueThisWeek), late: names(r.late) };
    };
    expect(await view(inv1)).toEqual({ week: ['A'], late: ['B'] });
    expect(await view(inv2)).toEqual({ week: ['A', 'C'], late: ['B'] });
    // The dual officer-reviewer sees C as its investigator and B as a reviewer.
    expect(await view(dual)).toEqual({ week: ['C'], late: ['B'] });
    expect(await view(reviewer)).toEqual({ week: ['C'], late: ['B'] });
    expect(await view(chief)).toEqual({ week: ['E', 'A', 'C'], late: ['B'] });
    expect(await view(twChief)).toEqual({ week: ['E'], late: [] });
    const r = await caseAgenda(w.app, chief);
    expect(r).toMatchObject({ today: '2026-03-10', weekEndsOn: '2026-03-15' });
    expect(r.late[0].deadline).toMatchObject({ kind: 'decision', dueOn: '2026-03-05', daysLeft: -5, workdaysLeft: -3, overdue: true });
    expect(r.dueThisWeek[0]).toMatchObject({ orgName: '温泉街道', stateName: '调查取证', deadline: { daysLeft: 1, workdaysLeft: 1 } });
  });

  it('never gives a reviewer a case they investigated', async () => {
    await place(cases.C, 'legalReview', '2026-03-13', [inv2, reviewer]);
    expect(names((await caseAgenda(w.app, reviewer)).dueThisWeek)).toEqual([]);
    await place(cases.C, 'legalReview', '2026-03-13', [inv2, dual]);
    expect(names((await caseAgenda(w.app, reviewer)).dueThisWeek)).toEqual(['C']);
  });

  it('is served at GET /api/cases/agenda', async () => {
    const client = await signIn(w, 'ag.inv1');
    const res = await client.get('/api/cases/agenda');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      weekEndsOn: '2026-03-15',
      dueThisWeek: [{ caseId: cases.A, deadline: { dueOn: '2026-03-12' } }],
      late: [{ caseId: cases.B }],
    });
  });
});

describe('deadline reminders', () => {
  const reminders = () => w.app.db.select().from(caseReminder);
  const entries = () => w.app.db.select().from(ledgerEntry).where(eq(ledgerEntry.action, 'case.deadlinesReminded')).orderBy(ledgerEntry.seq);

  it('writes a reminder once per deadline within 3 working days or late, and a ledger entry per run that wrote', async () => {
    on('2026-03-10');
    const first = await remindCaseDeadlines(w.app);
    expect(first.ran).toBe(true);
    expect(first.reminded.map((r) => names([{ caseId: r.caseId }])[0]).sort()).toEqual(['A', 'B', 'C', 'E']);
    expect(await remindCaseDeadlines(w.app)).toEqual({ runKey: '2026-03-10', ran: false, reminded: [] });
    expect(await reminders()).toHaveLength(4);
    expect((await reminders()).find((r) => r.caseId === cases.B)).toMatchObject({
      kind: 'decision',
      dueOn: '2026-03-05',
      late: true,
      remindedOn: '2026-03-10',
    });
    expect(await entries()).toHaveLength(1);

    // Mon 16 Mar: D (due Fri 20) is still 4 working days away.
    on('2026-03-16');
    expect(await remindCaseDeadlines(w.app)).toEqual({ runKey: '2026-03-16', ran: true, reminded: [] });
    expect(await entries()).toHaveLength(1);

    on('2026-03-17');
    const later = await remindCaseDeadlines(w.app);
    expect(later.reminded).toEqual([{ caseId: cases.D, kind: 'decision', dueOn: '2026-03-20' }]);
    expect(await reminders()).toHaveLength(5);
    const ledger = await entries();
    expect(ledger).toHaveLength(2);
    expect(ledger.at(-1)!.payload).toMatchObject({ runKey: '2026-03-17', reminders: [{ caseId: cases.D }] });
    const runs = await w.app.db
      .select()
      .from(scheduledJobRun)
      .where(and(eq(scheduledJobRun.job, REMINDER_JOB)))
      .orderBy(scheduledJobRun.runKey);
    expect(runs.map((r) => [r.runKey, r.result])).toEqual([
      ['2026-03-10', { reminded: 4 }],
      ['2026-03-16', { reminded: 0 }],
      ['2026-03-17', { reminded: 1 }],
    ]);
  });

  it('reminds again when a due date moves', async () => {
    await place(cases.D, 'investigating', '2026-03-19');
    on('2026-03-18');
    expect((await remindCaseDeadlines(w.app)).reminded).toEqual([{ caseId: cases.D, kind: 'decision', dueOn: '2026-03-19' }]);
  });

  it('reminds of the 先行登记保存 awaiting a 处理决定 (one reminder per due date) and lists each in the agenda', async () => {
    const held = (status: Preservation['status'], decisionDueOn: string | null, n: number): Preservation => ({
      items: [{ name: `物品${n}`, specification: '', quantity: 1, unit: '件', storagePlace: '证据保管室' }],
      reason: '可能被转移',
      officerIds: [inv1.userId!, inv2.userId!],
      status,
      requestedBy: inv1.userId!,
      requestedAt: '2026-03-13T02:00:00.000Z',
      approval: null,
      noticeNumber: decisionDueOn ? `（测）应急先保〔2026〕${n}号` : null,
      approvedOn: decisionDueOn ? '2026-03-13' : null,
      decisionDueOn,
      decision: null,
    });
    // Approved Fri 13 Mar: due Tue 24 Mar; a request and a refusal wait for nothing.
    await w.app.db
      .update(penaltyCase)
      .set({ preservations: [held('approved', '2026-03-24', 1), held('approved', '2026-03-24', 2), held('requested', null, 3), held('refused', null, 4)] })
      .where(eq(penaltyCase.id, cases.D));
    on('2026-03-18'); // Wed: four working days left, not yet
    expect((await remindCaseDeadlines(w.app)).reminded).toEqual([]);
    on('2026-03-19');
    expect((await remindCaseDeadlines(w.app)).reminded).toEqual([{ caseId: cases.D, kind: 'preservationDecision', dueOn: '2026-03-24' }]);
    on('2026-03-23');
    const agenda = await caseAgenda(w.app, chief);
    expect(
      agenda.dueThisWeek
        .filter((i) => i.deadline.kind === 'preservationDecision')
        .map((i) => [names([i])[0], i.deadline.dueOn, i.deadline.workdaysLeft, i.deadline.name]),
    ).toEqual([
      ['D', '2026-03-24', 1, '对先行登记保存的证据作出处理决定（（测）应急先保〔2026〕1号）'],
      ['D', '2026-03-24', 1, '对先行登记保存的证据作出处理决定（（测）应急先保〔2026〕2号）'],
    ]);
    expect((await caseAgenda(w.app, inv1)).dueThisWeek.some((i) => i.caseId === cases.D && i.deadline.kind === 'preservationDecision')).toBe(true);
  });
});

describe('the agenda reads only the cases that can fall due by Sunday', () => {
  const STATES = ['investigating', 'legalReview', 'noticed', 'hearingScheduled', 'decided', 'served', 'overdue'] as const satisfies CaseState[];
  const DATES = ['decisionDueOn', 'statementPeriodEndsOn', 'hearingRequestEndsOn', 'hearingNoticeBy', 'hearingOn', 'serviceDueOn', 'paymentDueOn'] as const;

  it('lists exactly what the rules pick over every open case, whatever the dates (property)', async () => {
    on('2026-04-15'); // Wed: Sunday is 04-19
    const ids = [...Object.values(cases)];
    const ent = (await createEnterprise(w.app, systemActor, sampleEnterprise(9, '421202'))).id;
    for (let i = 0; i < 12; i++) ids.push((await draftCase(w, systemActor, w.orgs.county, ent, [inv1, inv2])).id);
    // Half the dates unset and many after Sunday, so that a case whose only near date is a
    // preservation's (or none at all) is common.
    const day = fc.integer({ min: -12, max: 25 }).map((n) => addCalendarDays('2026-04-15', n));
    const caseArb = fc.record({
      state: fc.constantFrom(...STATES),
      dates: fc.record(
        Object.fromEntries(DATES.map((k) => [k, fc.option(day, { nil: null, freq: 2 })])) as Record<(typeof DATES)[number], fc.Arbitrary<string | null>>,
      ),
      preservations: fc.array(fc.record({ status: fc.constantFrom('approved', 'requested', 'decided'), decisionDueOn: fc.option(day, { nil: null }) }), {
        maxLength: 2,
      }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(caseArb, { minLength: ids.length, maxLength: ids.length }), async (drawn) => {
        for (const [i, d] of drawn.entries()) {
          const preservations = d.preservations.map((p, n) => ({ ...p, noticeNumber: `（测）应急先保〔2026〕${n}号` })) as unknown as Preservation[];
          await w.app.db
            .update(penaltyCase)
            .set({ state: d.state, ...d.dates, preservations })
            .where(eq(penaltyCase.id, ids[i]));
        }
        const all = await w.app.db.select().from(penaltyCase).where(inArray(penaltyCase.id, ids));
        const expected = dueThisWeekAndLate(
          all.map((c) => ({ ...c, state: c.state as CaseState })),
          '2026-04-15',
        );
        const got = await caseAgenda(w.app, chief);
        const key = (i: { caseId?: string; case?: { id: string }; deadline: { kind: string; dueOn: string } }) =>
          `${i.caseId ?? i.case!.id}/${i.deadline.kind}/${i.deadline.dueOn}`;
        expect(got.dueThisWeek.map(key).sort()).toEqual(expected.dueThisWeek.map(key).sort());
        expect(got.late.map(key).sort()).toEqual(expected.late.map(key).sort());
      }),
      { numRuns: 15 },
    );
  });
});
