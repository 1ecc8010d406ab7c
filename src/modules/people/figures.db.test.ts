// Each 执法队伍 figure equals an independent count written here in plain SQL, for random org
// subtrees and periods over the generated staff and more accounts added here (opened on either side
// of midnight China time, disabled, with credentials starting or ending on any day); 持证 agrees
// with rules.ts canEnforce(); and each drill-down lists exactly the counted accounts.
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
import { listPeopleQuery } from './contract.js';
import { PEOPLE_FIGURES, peopleFigureSet } from './figures.js';
import { canEnforce, credentialStatus } from './rules.js';
import { listPeople } from './service.js';

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
  // The demo staff were all opened today and all are in use: add accounts opened over three years,
  // some disabled, holding 0–3 credentials whose validity starts and ends on any day.
  const rand = random(23);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const roleSets = [['officer'], ['officer'], ['officer'], ['sectionChief', 'officer'], ['legalReviewer'], ['legalReviewer', 'officer'], ['head'], []];
  const people = Array.from({ length: 600 }, (_, i) => ({
    username: `fig.${i}`,
    org_id: pick(orgs).id,
    roles: pick(roleSets),
    status: rand() < 0.12 ? 'disabled' : 'active',
    created_at: `${day(Math.floor(rand() * 1000) - 200)}${pick(['T15:59:59Z', 'T16:00:00Z', 'T02:00:00Z'])}`,
  }));
  await app.db.execute(
    sql`insert into user_account (username, display_name, org_id, roles, password_hash, status, created_at)
        select x.username, '统计测试人员', x.org_id, array(select jsonb_array_elements_text(x.roles)), 'x', x.status, x.created_at
        from jsonb_to_recordset(${JSON.stringify(people)}::jsonb) as x(username text, org_id uuid, roles jsonb, status text, created_at timestamptz)`,
  );
  const credentials = people.flatMap((p, i) =>
    Array.from({ length: Math.floor(rand() * 4) }, (_, k) => {
      const validFrom = day(Math.floor(rand() * 1200) - 400);
      return { username: p.username, number: `FIG-${i}-${k}`, valid_from: validFrom, valid_to: addDays(validFrom, Math.floor(rand() * 1000)) };
    }),
  );
  await app.db.execute(
    sql`insert into credential (user_id, number, issuer, scope, valid_from, valid_to, created_at)
        select u.id, x.number, '湖北省人民政府', '安全生产行政执法', x.valid_from, x.valid_to, now()
        from jsonb_to_recordset(${JSON.stringify(credentials)}::jsonb) as x(username text, number text, valid_from date, valid_to date)
        join user_account u on u.username = x.username`,
  );
}, 300_000);
afterAll(() => database.close());

const n = async (q: ReturnType<typeof sql>) => Number((await rows<{ n: string | number }>(app.db, q))[0].n);

/** The accounts each figure counts, written without the module's helpers. */
const serving = (s: FigureScope, role: string) =>
  sql`u.org_id in (select id from org where path like ${`${s.orgPath}%`}) and ${role} = any(u.roles) and u.status = 'active'
      and (u.created_at at time zone 'Asia/Shanghai')::date <= ${s.to}`;
const WHERE: Record<string, (s: FigureScope) => ReturnType<typeof sql>> = {
  'people.officers': (s) => serving(s, 'officer'),
  'people.certified': (s) =>
    sql`${serving(s, 'officer')} and exists (select 1 from credential c where c.user_id = u.id and ${s.to}::date between c.valid_from and c.valid_to)`,
  'people.legalReviewers': (s) => serving(s, 'legalReviewer'),
};

async function independently(s: FigureScope): Promise<Record<string, Measure>> {
  const c: Record<string, number> = {};
  for (const [code, where] of Object.entries(WHERE)) c[code] = await n(sql`select count(*) as n from user_account u where ${where(s)}`);
  return {
    'people.officers': { count: c['people.officers'] },
    'people.certified': { count: c['people.certified'] },
    'people.certifiedRate': { part: c['people.certified'], whole: c['people.officers'] },
    'people.legalReviewers': { count: c['people.legalReviewers'] },
    'people.legalReviewerShare': { part: c['people.legalReviewers'], whole: c['people.officers'] },
  };
}

const scopes = () =>
  fc
    .tuple(fc.nat({ max: orgs.length - 1 }), fc.nat({ max: 730 }), fc.nat({ max: 400 }))
    .map(([o, start, length]) => ({ orgId: orgs[o].id, orgPath: orgs[o].path, from: day(start), to: day(start + length) }));

describe('执法队伍 figures', () => {
  it('the generated staff have something to count, so equality below means something', async () => {
    const s = { orgId: orgs[0].id, orgPath: orgs[0].path, from: '2025-01-01', to: '2025-12-31' };
    const m = await peopleFigureSet.measure(app.db, s);
    for (const code of ['people.officers', 'people.certified', 'people.legalReviewers']) expect((m[code] as { count: number }).count, code).toBeGreaterThan(0);
    const rate = m['people.certifiedRate'] as { part: number; whole: number };
    expect(rate.part).toBeLessThan(rate.whole);
  });

  it('each equals an independent SQL count for random org subtrees and periods', async () => {
    await fc.assert(
      fc.asyncProperty(scopes(), async (s) => {
        expect(await peopleFigureSet.measure(app.db, s)).toEqual(await independently(s));
      }),
      { numRuns: 20 },
    );
  }, 120_000);

  it('counts an officer as certified exactly when rules.ts canEnforce() says so on the last day', async () => {
    await fc.assert(
      fc.asyncProperty(scopes(), async (s) => {
        const officers = await rows<{ id: string }>(app.db, sql`select u.id from user_account u where ${serving(s, 'officer')}`);
        const creds = await rows<{ user_id: string; valid_from: string; valid_to: string }>(
          app.db,
          sql`select c.user_id, c.valid_from::text, c.valid_to::text from credential c join user_account u on u.id = c.user_id where ${serving(s, 'officer')}`,
        );
        const certified = officers.filter((o) =>
          creds.some((c) => c.user_id === o.id && canEnforce(credentialStatus({ validFrom: c.valid_from, validTo: c.valid_to }, s.to))),
        ).length;
        expect((await peopleFigureSet.measure(app.db, s))['people.certifiedRate']).toEqual({ part: certified, whole: officers.length });
      }),
      { numRuns: 10 },
    );
  }, 120_000);

  it('drills down to exactly the accounts a figure counts', async () => {
    for (const o of [orgs[0], orgs[orgs.length - 1]]) {
      const s: FigureScope = { orgId: o.id, orgPath: o.path, from: '2025-01-01', to: '2025-12-31' };
      const measured = await peopleFigureSet.measure(app.db, s);
      for (const d of PEOPLE_FIGURES.filter((f) => f.drill)) {
        const url = new URL(d.drill!(s), 'http://x');
        expect(url.pathname).toBe('/people');
        const q = listPeopleQuery.parse({ ...Object.fromEntries(url.searchParams), pageSize: '200' });
        const listed: string[] = [];
        for (let page = 1; ; page++) {
          const { items, total } = await listPeople(app, systemActor, { ...q, page });
          listed.push(...items.map((i) => i.id));
          expect(total, d.code).toBe((measured[d.code] as { count: number }).count);
          if (listed.length >= total) break;
        }
        const counted = await rows<{ id: string }>(app.db, sql`select u.id from user_account u where ${WHERE[d.code](s)}`);
        expect(listed.sort(), d.code).toEqual(counted.map((r) => r.id).sort());
      }
    }
  });

  it('the report places them in 执法队伍 with the shares to two decimals', async () => {
    const q = { orgId: orgs[0].id, from: '2025-01-01', to: '2025-12-31' };
    const out = await figuresFor(app, { ...systemActor, roles: ['head'] }, figureCatalogue(MODULES), q);
    const people = out.sections.find((x) => x.section === 'people')!;
    expect(people.name).toBe('执法队伍');
    for (const code of ['people.certifiedRate', 'people.legalReviewerShare']) {
      const f = people.figures.find((x) => x.code === code)!;
      expect(f).toMatchObject({ unitName: '%', module: 'people', drill: null });
      expect(f.text).toBe(percentText(f.part!, f.whole!));
    }
    expect(people.figures.find((x) => x.code === 'people.officers')!.drill).toMatch(/^\/people\?figure=people\.officers&/);
    expect(people.figures.find((x) => x.code === 'people.legalReviewerShare')!.definition).toContain('国办发〔2018〕118号');
  });
});
