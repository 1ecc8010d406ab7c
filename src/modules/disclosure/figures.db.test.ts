// Each 行政执法公示 figure equals an independent count written here in plain SQL, for random org
// subtrees and periods over generated orgs and disclosures; the on-time rate agrees with rules.ts
// timeliness() taken at the end of the period; and each drill-down lists exactly the counted items.
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../seed/names.js';
import { systemActor, type AppContext } from '../../platform/context.js';
import { addDays } from '../../platform/dates.js';
import { rows, type Database } from '../../platform/db/index.js';
import { percentText } from '../../platform/figures/arithmetic.js';
import type { FigureScope, Measure } from '../../platform/figures/types.js';
import { registerKey } from '../../platform/ledger/service.js';
import { createTestDatabase } from '../../platform/testing/db.js';
import { generate } from '../../seed/generator/index.js';
import { testApp } from '../../testing/fixture.js';
import { figureCatalogue, figuresFor } from '../report/service.js';
import { MODULES } from '../index.js';
import { DISCLOSURE_KINDS, staffListQuery, type DisclosureStatus } from './contract.js';
import { DISCLOSURE_FIGURES, disclosureFigures } from './figures.js';
import { listDisclosures } from './queries.js';
import { timeliness } from './rules.js';

let database: Database;
let app: AppContext;
let orgs: { id: string; path: string; name: string }[];

/** The same numbers on both databases (the seed generator's own stream). */
const random = mulberry32;

const day = (offset: number) => new Date(Date.UTC(2025, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  database = await createTestDatabase();
  app = testApp(database);
  await registerKey(app);
  await generate(app, { size: 'demo', seed: 11, activity: false, ledger: false, override: { enterprises: 50 } });
  orgs = await rows(app.db, sql`select id, path, name from org order by path`);
  // The generator makes no disclosures: 1 500 items over two years, of every kind and state, with
  // publications on either side of midnight (China time) of the last day.
  const rand = random(17);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const items = Array.from({ length: 1500 }, (_, i) => {
    const decidedOn = day(Math.floor(rand() * 730) - 30);
    const dueOn = addDays(decidedOn, 9 + Math.floor(rand() * 4));
    const r = rand();
    // published: on the last day just before or just after midnight, well before, or well after it.
    const status: DisclosureStatus = r < 0.7 ? 'published' : r < 0.85 ? 'pending' : 'withdrawn';
    const publishedOnce = status === 'published' || (status === 'withdrawn' && rand() < 0.5);
    const at = pick(['T15:59:59Z', 'T16:00:00Z', 'T03:00:00Z']);
    const publishedAt = publishedOnce ? `${addDays(dueOn, pick([0, 0, -1, -5, 1, 3]))}${at}` : null;
    return {
      kind: pick(DISCLOSURE_KINDS),
      source_id: `figures-${i}`,
      org_id: pick(orgs).id,
      decided_on: decidedOn,
      due_on: dueOn,
      status,
      published_at: publishedAt,
      publish_seq: publishedAt ? i + 1 : null,
      withdrawn_at: status === 'withdrawn' ? `${addDays(dueOn, 20)}T02:00:00Z` : null,
    };
  });
  await app.db.execute(
    sql`insert into disclosure (kind, source_type, source_id, org_id, enterprise_name, title, fields, body, decided_on, due_on, status, published_at, publish_seq, withdrawn_at, withdrawal_reason, created_at)
        select x.kind, 'penaltyCase', x.source_id, x.org_id, '统计测试企业', '统计测试公示', '[]'::jsonb, '正文', x.decided_on, x.due_on, x.status, x.published_at, x.publish_seq,
               x.withdrawn_at, case when x.status = 'withdrawn' then 'decisionRevoked' end, x.decided_on::timestamptz
        from jsonb_to_recordset(${JSON.stringify(items)}::jsonb) as x(kind text, source_id text, org_id uuid, decided_on date, due_on date, status text,
             published_at timestamptz, publish_seq bigint, withdrawn_at timestamptz)`,
  );
}, 300_000);
afterAll(() => database.close());

const n = async (q: ReturnType<typeof sql>) => Number((await rows<{ n: string | number }>(app.db, q))[0].n);

/** The items of the subtree and what each figure counts, written without the module's helpers. */
const inTree = (s: FigureScope) => sql`d.org_id in (select id from org where path like ${`${s.orgPath}%`})`;
const pubDay = sql`(d.published_at at time zone 'Asia/Shanghai')::date`;
const WHERE: Record<string, (s: FigureScope) => ReturnType<typeof sql>> = {
  'disclosure.published': (s) => sql`${inTree(s)} and d.published_at is not null and ${pubDay} between ${s.from} and ${s.to}`,
  'disclosure.penaltyDue': (s) =>
    sql`${inTree(s)} and d.kind in ('penaltyDecision', 'summaryDecision') and d.due_on between ${s.from} and ${s.to}
        and not (d.status = 'withdrawn' and d.published_at is null)`,
  'disclosure.penaltyOnTime': (s) =>
    sql`${inTree(s)} and d.kind in ('penaltyDecision', 'summaryDecision') and d.due_on between ${s.from} and ${s.to} and ${pubDay} <= d.due_on`,
};

async function independently(s: FigureScope): Promise<Record<string, Measure>> {
  const out: Record<string, Measure> = {};
  for (const [code, where] of Object.entries(WHERE)) out[code] = { count: await n(sql`select count(*) as n from disclosure d where ${where(s)}`) };
  out['disclosure.penaltyOnTimeRate'] = {
    part: (out['disclosure.penaltyOnTime'] as { count: number }).count,
    whole: (out['disclosure.penaltyDue'] as { count: number }).count,
  };
  return out;
}

const scopes = () =>
  fc
    .tuple(fc.nat({ max: orgs.length - 1 }), fc.nat({ max: 730 }), fc.nat({ max: 400 }))
    .map(([o, start, length]) => ({ orgId: orgs[o].id, orgPath: orgs[o].path, from: day(start), to: day(start + length) }));

describe('行政执法公示 figures', () => {
  it('the generated years have something to count, so equality below means something', async () => {
    const whole = await disclosureFigures.measure(app.db, { orgId: orgs[0].id, orgPath: orgs[0].path, from: '2000-01-01', to: '2100-12-31' });
    for (const code of ['disclosure.published', 'disclosure.penaltyDue', 'disclosure.penaltyOnTime'])
      expect((whole[code] as { count: number }).count, code).toBeGreaterThan(0);
    const rate = whole['disclosure.penaltyOnTimeRate'] as { part: number; whole: number };
    expect(rate.part).toBeLessThan(rate.whole);
  });

  it('each equals an independent SQL count for random org subtrees and periods', async () => {
    await fc.assert(
      fc.asyncProperty(scopes(), async (s) => {
        expect(await disclosureFigures.measure(app.db, s)).toEqual(await independently(s));
      }),
      { numRuns: 20 },
    );
  }, 120_000);

  it('counts on time exactly as rules.ts timeliness() does at the end of the period', async () => {
    await fc.assert(
      fc.asyncProperty(scopes(), async (s) => {
        const items = await rows<{ status: DisclosureStatus; due_on: string; published_on: string | null }>(
          app.db,
          sql`select d.status, d.due_on::text, ${pubDay}::text as published_on from disclosure d
              where ${inTree(s)} and d.kind in ('penaltyDecision', 'summaryDecision') and d.due_on between ${s.from} and ${s.to}`,
        );
        const today = addDays(s.to, 1);
        const t = items.map((i) => timeliness({ status: i.status, dueOn: i.due_on, publishedOn: i.published_on }, today));
        const onTime = t.filter((x) => x === 'onTime').length;
        expect(t).not.toContain('pendingNotYetDue');
        expect((await disclosureFigures.measure(app.db, s))['disclosure.penaltyOnTimeRate']).toEqual({
          part: onTime,
          whole: onTime + t.filter((x) => x === 'late' || x === 'pendingOverdue').length,
        });
      }),
      { numRuns: 10 },
    );
  }, 120_000);

  it('drills down to exactly the items a figure counts', async () => {
    for (const o of [orgs[0], orgs[orgs.length - 1]]) {
      const s: FigureScope = { orgId: o.id, orgPath: o.path, from: '2025-03-01', to: '2026-02-28' };
      const measured = await disclosureFigures.measure(app.db, s);
      for (const d of DISCLOSURE_FIGURES.filter((f) => f.drill)) {
        const url = new URL(d.drill!(s), 'http://x');
        expect(url.pathname).toBe('/disclosures');
        const q = staffListQuery.parse({ ...Object.fromEntries(url.searchParams), pageSize: '200' });
        const listed: string[] = [];
        for (let page = 1; ; page++) {
          const { items, total } = await listDisclosures(app, systemActor, { ...q, page });
          listed.push(...items.map((i) => i.id));
          expect(total, d.code).toBe((measured[d.code] as { count: number }).count);
          if (listed.length >= total) break;
        }
        const counted = await rows<{ id: string }>(app.db, sql`select d.id from disclosure d where ${WHERE[d.code](s)}`);
        expect(listed.sort(), d.code).toEqual(counted.map((r) => r.id).sort());
      }
    }
  });

  it('the report places them in 执法程序与三项制度 with the rate to two decimals', async () => {
    const q = { orgId: orgs[0].id, from: '2025-01-01', to: '2025-12-31' };
    const out = await figuresFor(app, { ...systemActor, roles: ['head'] }, figureCatalogue(MODULES), q);
    const procedure = out.sections.find((x) => x.section === 'procedure')!;
    const rate = procedure.figures.find((f) => f.code === 'disclosure.penaltyOnTimeRate')!;
    expect(rate).toMatchObject({ unitName: '%', module: 'disclosure', drill: null });
    expect(rate.text).toBe(percentText(rate.part!, rate.whole!));
    const published = procedure.figures.find((f) => f.code === 'disclosure.published')!;
    expect(published.drill).toMatch(/^\/disclosures\?figure=disclosure\.published&/);
    // Without disclosure.read the list would refuse: no drill-down is offered.
    const admin = await figuresFor(app, { ...systemActor, roles: ['systemAdmin'] }, figureCatalogue(MODULES), q);
    expect(admin.sections.flatMap((x) => x.figures).find((f) => f.code === 'disclosure.published')!.drill).toBeNull();
  });
});
