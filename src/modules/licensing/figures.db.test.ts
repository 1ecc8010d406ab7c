// Each 行政许可 figure equals an independent count written here in plain SQL, for random org subtrees
// and periods over applications submitted on either side of midnight China time, sent back for
// 补正, accepted (some by law), refused, withdrawn, paused, extended and decided on working days and
// weekends; whether a decision was in time is counted here from the holiday data itself (working
// days strictly before the decision, less the paused ones, fewer than the period), not by the
// module's clock; a certificate in time likewise (fewer than 10 working days strictly between the
// decision and the day of issue, 第四十四条). Each drill-down lists exactly the applications it counts.
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../seed/names.js';
import { systemActor } from '../../platform/context.js';
import { addDays } from '../../platform/dates.js';
import { rows } from '../../platform/db/index.js';
import { bareStatements } from '../../../bench/scenarios/report-figures-bare.js';
import type { FigureScope } from '../../platform/figures/types.js';
import { SHIPPED_YEARS } from '../../platform/workdays/calendar-data.js';
import { createWorld, type TestWorld } from '../../testing/fixture.js';
import { sampleEnterprise } from '../registry/fixture.js';
import { createEnterprise } from '../registry/service.js';
import { listApplications } from './list.js';
import { LICENSE_MATTER_CODES } from './codes.js';
import { LICENSE_FIGURE_CODES, listApplicationsQuery } from './contract.js';
import { LICENSE_FIGURES, licensingFigures } from './figures.js';
import { decisionInput } from './clock.js';
import { SERVICE_GUIDES } from './matters.js';
import { decisionClock } from './rules.js';
import type { ReviewPause } from './schema.js';

let w: TestWorld;
let orgs: { id: string; path: string }[];

const random = mulberry32;
const day = (offset: number) => addDays('2025-01-01', offset);
type Sql = ReturnType<typeof sql>;

beforeAll(async () => {
  w = await createWorld();
  orgs = await rows(w.app.db, sql`select id, path from org order by path`);
  const enterpriseId = (await createEnterprise(w.app, systemActor, sampleEnterprise(51, '421202'))).id;
  const rand = random(19);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const within = (n: number) => Math.floor(rand() * n);
  const applications = Array.from({ length: 900 }, (_, i) => {
    const created = day(within(600));
    const matterCode = pick(LICENSE_MATTER_CODES);
    const draft = rand() < 0.08;
    // Near midnight China time (16:00 UTC) on either side, or in the working day.
    const submitted = addDays(created, within(3));
    const submittedAt = draft ? null : `${submitted}${pick(['T15:59:59Z', 'T16:00:00Z', 'T02:00:00Z'])}`;
    const firstOn = submittedAt?.endsWith('T16:00:00Z') ? addDays(submitted, 1) : submitted;
    // A 补正 round moves receivedOn to the day the material came back.
    const receivedOn = draft ? null : rand() < 0.3 ? addDays(firstOn, 3 + within(20)) : firstOn;
    const fate = draft
      ? 'draft'
      : pick(['submitted', 'supplementRequested', 'refusedToAccept', 'withdrawn', 'accepted', 'granted', 'granted', 'denied', 'issued']);
    const accepted = ['accepted', 'granted', 'denied', 'issued'].includes(fate) || (fate === 'withdrawn' && rand() < 0.5);
    const deemed = accepted && rand() < 0.2;
    const acceptedOn = accepted && receivedOn ? (deemed ? receivedOn : addDays(receivedOn, within(8))) : null;
    const decided = ['granted', 'denied', 'issued'].includes(fate);
    // Closed pauses after acceptance (an open one on some under review), one after another.
    const pauses: { kind: string; from: string; to: string | null; note: string; by: string }[] = [];
    if (acceptedOn) {
      let from = addDays(acceptedOn, within(10));
      for (let k = within(3); k > 0; k--) {
        const to = addDays(from, within(12));
        pauses.push({ kind: pick(['onSiteCheck', 'expertReview', 'hearing']), from, to, note: '核查', by: 'x' });
        from = addDays(to, 1 + within(6));
      }
      if (fate === 'accepted' && rand() < 0.3) pauses.push({ kind: 'onSiteCheck', from, to: null, note: '核查', by: 'x' });
    }
    const extensionDays = acceptedOn && rand() < 0.25 ? 10 : 0;
    // Decided at random, or about the last day (the day before, on it, and the days after, weekends among them).
    let decidedOn: string | null = null;
    if (decided && acceptedOn) {
      const dueOn = decisionClock(decisionInput({ matterCode, acceptedOn, pauses: pauses as ReviewPause[], extensionDays }), acceptedOn).dueOn as string;
      decidedOn = rand() < 0.5 ? addDays(acceptedOn, within(65)) : addDays(dueOn, within(5) - 1);
      // Every pause has ended by the decision.
      const lastTo = pauses.at(-1)?.to;
      if (lastTo && decidedOn < lastTo) decidedOn = lastTo;
    }
    const closedOn =
      fate === 'refusedToAccept' && receivedOn
        ? addDays(receivedOn, within(8))
        : fate === 'withdrawn' && receivedOn
          ? addDays(acceptedOn ?? receivedOn, within(20))
          : fate === 'denied'
            ? decidedOn
            : // Issued the day of the decision or up to four weeks on, about the 10 working days of 第四十四条.
              fate === 'issued' && decidedOn
              ? addDays(decidedOn, within(28))
              : null;
    return {
      no: `XK${String(i).padStart(14, '0')}`,
      matter: matterCode,
      org_id: pick(orgs).id,
      channel: pick(['online', 'counter']),
      state: fate,
      created_at: `${created}T01:00:00Z`,
      submitted_at: submittedAt,
      received_on: receivedOn,
      accepted_on: acceptedOn,
      deemed,
      pauses: JSON.stringify(pauses),
      extension_days: extensionDays,
      decided_on: decidedOn,
      closed_on: closedOn,
    };
  });
  await w.app.db.execute(sql`
    insert into license_application (application_no, matter_code, org_id, enterprise_id, channel, state, scope, contact_name, contact_phone, created_at, submitted_at,
                                     received_on, accepted_on, deemed_accepted, pauses, extension_days, decided_on, closed_on)
    select a.no, a.matter, a.org_id::uuid, ${enterpriseId}::uuid, a.channel, a.state, '汽油、柴油', '周立新', '13972000003', a.created_at::timestamptz, a.submitted_at::timestamptz,
           a.received_on, a.accepted_on, a.deemed, a.pauses::jsonb, a.extension_days, a.decided_on, a.closed_on
    from json_to_recordset(${JSON.stringify(applications)}::json) as a(no text, matter text, org_id text, channel text, state text, created_at text, submitted_at text,
                                                                       received_on text, accepted_on text, deemed boolean, pauses text, extension_days int, decided_on text, closed_on text)`);
}, 60_000);
afterAll(() => w.close());

const n = async (q: Sql) => Number((await rows<{ n: number }>(w.app.db, q))[0].n);

/** The holiday schedules as plain days off and 调休 working days. */
const daysOff = SHIPPED_YEARS.flatMap((y) =>
  y.holidays.flatMap((h) => {
    const out: string[] = [];
    for (let d = h.from; d <= h.to; d = addDays(d, 1)) out.push(d);
    return out;
  }),
);
const daysOn = SHIPPED_YEARS.flatMap((y) => y.workingWeekendDays);
const dates = (ds: string[]) => sql`array(select jsonb_array_elements_text(${JSON.stringify(ds)}::jsonb)::date)`;
const workday = (x: Sql) => sql`(${x} = any(${dates(daysOn)}) or (extract(isodow from ${x}) < 6 and not ${x} = any(${dates(daysOff)})))`;
const unpaused = (x: Sql) =>
  sql`not exists (select 1 from jsonb_array_elements(a.pauses) p where ${x} between (p ->> 'from')::date and coalesce((p ->> 'to')::date, 'infinity'::date))`;
/** Counted working days after acceptance, up to `last` (a date expression). */
const counted = (last: Sql) =>
  sql`(select count(*) from generate_series(a.accepted_on::date + 1, ${last}, interval '1 day') g(t) where ${workday(sql`g.t::date`)} and ${unpaused(sql`g.t::date`)})`;
const period = sql`(case a.matter_code ${sql.join(
  LICENSE_MATTER_CODES.map((m) => sql`when ${m} then ${SERVICE_GUIDES[m].statutory.days}::int`),
  sql` `,
)} end + case when a.extension_days = 10 then 10 else 0 end)`;

/** The figures written without the module's helpers. */
async function independent(s: FigureScope) {
  const tree = sql`a.org_id in (select id from org where path like ${`${s.orgPath}%`})`;
  const count = (where: Sql) => n(sql`select count(*)::int as n from license_application a where ${tree} and ${where}`);
  const received = sql`a.submitted_at is not null and (a.submitted_at at time zone 'Asia/Shanghai')::date between ${s.from} and ${s.to}`;
  const decided = sql`a.state in ('granted', 'denied', 'issued') and a.decided_on between ${s.from} and ${s.to}`;
  const issued = sql`a.state = 'issued' and a.closed_on between ${s.from} and ${s.to}`;
  return {
    'licensing.received': await count(received),
    'licensing.online': await count(sql`${received} and a.channel = 'online'`),
    'licensing.accepted': await count(sql`a.accepted_on between ${s.from} and ${s.to}`),
    'licensing.refusedToAccept': await count(sql`a.state = 'refusedToAccept' and a.closed_on between ${s.from} and ${s.to}`),
    'licensing.decided': await count(decided),
    'licensing.granted': await count(sql`${decided} and a.state in ('granted', 'issued')`),
    'licensing.denied': await count(sql`${decided} and a.state = 'denied'`),
    // In time: fewer counted working days before the decision day than the period holds.
    'licensing.decidedOnTime': await count(sql`${decided} and ${counted(sql`a.decided_on::date - 1`)} < ${period}`),
    workdays: await n(sql`select coalesce(sum(${counted(sql`a.decided_on::date`)}), 0)::int as n from license_application a where ${tree} and ${decided}`),
    'licensing.issued': await count(issued),
    // In time: fewer than 10 working days strictly between the decision and the day of issue.
    'licensing.issuedOnTime': await count(
      sql`${issued} and (select count(*) from generate_series(a.decided_on::date + 1, a.closed_on::date - 1, interval '1 day') g(t) where ${workday(sql`g.t::date`)}) < 10`,
    ),
  };
}

const scopes = () => fc.record({ org: fc.integer({ min: 0, max: 6 }), start: fc.integer({ min: 0, max: 620 }), length: fc.integer({ min: 0, max: 400 }) });

describe('行政许可 figures', () => {
  it('equal an independent count for random org subtrees and periods, the rates and the average their quotients', async () => {
    await fc.assert(
      fc.asyncProperty(scopes(), async ({ org, start, length }) => {
        const o = orgs[org % orgs.length];
        const s: FigureScope = { orgId: o.id, orgPath: o.path, from: day(start), to: day(start + length) };
        const measured = await licensingFigures.measure(w.app.db, s);
        const expected = await independent(s);
        for (const code of LICENSE_FIGURE_CODES) expect(measured[code], code).toEqual({ count: expected[code] });
        expect(measured['licensing.onlineShare']).toEqual({ part: expected['licensing.online'], whole: expected['licensing.received'] });
        expect(measured['licensing.onTimeRate']).toEqual({ part: expected['licensing.decidedOnTime'], whole: expected['licensing.decided'] });
        expect(measured['licensing.averageWorkdays']).toEqual({ part: expected.workdays, whole: expected['licensing.decided'] });
        expect(measured['licensing.guides']).toEqual({ count: LICENSE_MATTER_CODES.length });
        expect(Object.keys(measured).sort()).toEqual(LICENSE_FIGURES.map((d) => d.code).sort());
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('equal it over the whole data, decisions in time and late among them', async () => {
    const s: FigureScope = { orgId: orgs[0].id, orgPath: orgs[0].path, from: '2000-01-01', to: '2100-12-31' };
    const measured = await licensingFigures.measure(w.app.db, s);
    const expected = await independent(s);
    for (const code of LICENSE_FIGURE_CODES) expect(measured[code], code).toEqual({ count: expected[code] });
    expect(measured['licensing.averageWorkdays']).toEqual({ part: expected.workdays, whole: expected['licensing.decided'] });
    const m = measured['licensing.onTimeRate'] as { part: number; whole: number };
    expect(m.part).toBeGreaterThan(0);
    expect(m.part).toBeLessThan(m.whole);
    // Certificates issued within 10 working days (第四十四条), and late ones too.
    const issuedOnTime = (measured['licensing.issuedOnTime'] as { count: number }).count;
    expect(issuedOnTime).toBeGreaterThan(0);
    expect(issuedOnTime).toBeLessThan((measured['licensing.issued'] as { count: number }).count);
    // The benchmark's bare statement (bench/scenarios/report-figures-bare.ts) answers the same, figure by figure.
    for (const o of [orgs[0], orgs[2]]) {
      const scope: FigureScope = { orgId: o.id, orgPath: o.path, from: '2025-03-01', to: '2025-12-31' };
      const bare = bareStatements(scope.orgPath, scope.from, scope.to).find((b) => b.module === 'licensing')!;
      const [row] = await rows<Record<string, unknown>>(w.app.db, bare.query);
      expect(bare.read(row)).toEqual(await licensingFigures.measure(w.app.db, scope));
    }
  });

  it('drill down to exactly the applications they count', async () => {
    const o = orgs[2];
    const s: FigureScope = { orgId: o.id, orgPath: o.path, from: '2025-03-01', to: '2025-12-31' };
    const measured = await licensingFigures.measure(w.app.db, s);
    for (const d of LICENSE_FIGURES.filter((f) => f.drill)) {
      const url = new URL(d.drill!(s), 'http://x');
      expect(url.pathname).toBe('/licensing');
      const listed = await listApplications(w.app, systemActor, listApplicationsQuery.parse({ ...Object.fromEntries(url.searchParams), pageSize: 200 }));
      expect(listed.total, d.code).toEqual((measured[d.code] as { count: number }).count);
      expect(listed.total, d.code).toBeGreaterThan(0);
    }
    const onTime = await listApplications(
      w.app,
      systemActor,
      listApplicationsQuery.parse({ figure: 'licensing.decidedOnTime', orgId: o.id, from: s.from, to: s.to, pageSize: 200 }),
    );
    expect(onTime.items.every((a) => a.decidedOn !== null && a.decidedOn >= s.from && a.decidedOn <= s.to)).toBe(true);
  });

  it('asks for both ends of the period to drill down', async () => {
    await expect(listApplications(w.app, systemActor, listApplicationsQuery.parse({ figure: 'licensing.decidedOnTime', from: '2025-01-01' }))).rejects.toThrow(
      '统计期间',
    );
  });
});
