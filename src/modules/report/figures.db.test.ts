// Each figure equals an independent count written here in plain SQL, for random org subtrees and
// periods over generated data; and a figure's drill-down lists exactly the records it counts.
import { testApp } from '../../testing/fixture.js';
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCasesQuery } from '../cases/contract.js';
import { caseFigures, CASE_FIGURES } from '../cases/figures.js';
import { listCases } from '../cases/list.js';
import { listHazardsQuery, listTasksQuery } from '../inspections/contract.js';
import { inspectionFigures, INSPECTION_FIGURES } from '../inspections/figures.js';
import { listHazards } from '../inspections/hazards/list.js';
import { listTasks } from '../inspections/tasks/list.js';
import { MODULES } from '../index.js';
import { systemActor, type AppContext } from '../../platform/context.js';
import { rows, type Database } from '../../platform/db/index.js';
import type { FigureScope, Measure } from '../../platform/figures/types.js';
import { registerKey } from '../../platform/ledger/service.js';
import { createTestDatabase } from '../../platform/testing/db.js';
import { generate } from '../../seed/generator/index.js';
import { figureCatalogue, figuresFor } from './service.js';

let database: Database;
let app: AppContext;
let orgs: { id: string; path: string; name: string }[];

beforeAll(async () => {
  database = await createTestDatabase();
  app = testApp(database);
  await registerKey(app);
  await generate(app, { size: 'demo', seed: 11, activity: true, ledger: false, override: { enterprises: 300, inspections: 600, cases: 500 } });
  // The generator decides fines and warnings only, and records a passed review as its event: some
  // decisions get the other measures, and each passed review its opinion, so every figure has rows.
  const decided = sql`select id from penalty_case where decided_on is not null and penalty is not null order by id`;
  for (const [measure, offset, limit] of [
    ['confiscation', 0, 40],
    ['suspendProduction', 40, 30],
    ['revokeLicence', 70, 10],
  ] as const)
    await app.db.execute(
      sql`update penalty_case set penalty = jsonb_set(penalty, '{measures}', (penalty -> 'measures') || ${JSON.stringify([measure])}::jsonb)
          where id in (${decided} offset ${offset} limit ${limit})`,
    );
  await app.db.execute(
    sql`insert into legal_review (case_id, stage, reviewer_id, checklist, outcome, opinion, at, ledger_seq)
        select case_id, 'legalReview', actor_id, '[]'::jsonb, 'pass', '同意', at, ledger_seq from case_event
        where event = 'passLegalReview' and actor_id is not null`,
  );
  orgs = await rows(app.db, sql`select id, path, name from org order by path`);
}, 300_000);
afterAll(() => database.close());

const n = async (q: ReturnType<typeof sql>) => Number((await rows<{ n: string | number }>(app.db, q))[0].n);

/** The cases of the subtree, written without the module's helpers. */
const inTree = (s: FigureScope) => sql`pc.org_id in (select id from org where path like ${`${s.orgPath}%`})`;
const decided = (s: FigureScope) => sql`${inTree(s)} and pc.decided_on between ${s.from} and ${s.to} and pc.state <> 'notPunished'`;
const hasMeasure = (m: string) => sql`(pc.penalty -> 'measures') @> ${JSON.stringify([m])}::jsonb`;
const casesWithEvent = (s: FigureScope, event: string) =>
  n(sql`select count(distinct ce.case_id) as n from case_event ce join penalty_case pc on pc.id = ce.case_id
        where ${inTree(s)} and ce.event = ${event} and (ce.at at time zone 'Asia/Shanghai')::date between ${s.from} and ${s.to}`);

async function independently(s: FigureScope): Promise<Record<string, Measure>> {
  const count = async (where: ReturnType<typeof sql>) => ({ count: await n(sql`select count(*) as n from penalty_case pc where ${where}`) });
  return {
    'cases.filed': await count(sql`${inTree(s)} and pc.procedure = 'general' and pc.filed_on between ${s.from} and ${s.to}`),
    'cases.penalties': await count(decided(s)),
    'cases.summaryPenalties': await count(sql`${decided(s)} and pc.procedure = 'summary'`),
    'cases.fines': {
      fen: await n(
        sql`select coalesce(sum(round((pc.penalty ->> 'fineYuan')::numeric * 100)), 0) as n from penalty_case pc where ${decided(s)} and ${hasMeasure('fine')}`,
      ),
    },
    'cases.confiscations': await count(sql`${decided(s)} and ${hasMeasure('confiscation')}`),
    'cases.suspensions': await count(sql`${decided(s)} and ${hasMeasure('suspendProduction')}`),
    'cases.revocations': await count(sql`${decided(s)} and ${hasMeasure('revokeLicence')}`),
    'cases.notPunished': { count: await casesWithEvent(s, 'notPunish') },
    'cases.transferredToPolice': { count: await casesWithEvent(s, 'transferToPolice') },
    'cases.hearings': { count: await casesWithEvent(s, 'recordHearing') },
    'cases.deliberations': { count: await casesWithEvent(s, 'recordDeliberation') },
    'cases.legalReviews': {
      count: await n(sql`select count(distinct lr.case_id) as n from legal_review lr join penalty_case pc on pc.id = lr.case_id
        where ${inTree(s)} and (lr.at at time zone 'Asia/Shanghai')::date between ${s.from} and ${s.to}`),
    },
  };
}

const day = (offset: number) => new Date(Date.UTC(2025, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
const scopes = () =>
  fc
    .tuple(fc.nat({ max: orgs.length - 1 }), fc.nat({ max: 730 }), fc.nat({ max: 400 }))
    .map(([o, start, length]) => ({ orgId: orgs[o].id, orgPath: orgs[o].path, from: day(start), to: day(start + length) }));

describe('行政处罚 figures', () => {
  it('the generated year has something to count, so equality below means something', async () => {
    const whole = await caseFigures.measure(app.db, { orgId: orgs[0].id, orgPath: orgs[0].path, from: '2000-01-01', to: '2100-12-31' });
    for (const d of CASE_FIGURES) {
      const m = whole[d.code];
      expect('count' in m ? m.count : 'fen' in m ? m.fen : 0, d.code).toBeGreaterThan(0);
    }
  });

  it('each equals an independent SQL count for random org subtrees and periods', async () => {
    await fc.assert(
      fc.asyncProperty(scopes(), async (s) => {
        expect(await caseFigures.measure(app.db, s)).toEqual(await independently(s));
      }),
      { numRuns: 12 },
    );
  }, 120_000);

  it('drills down to exactly the cases a figure counts', async () => {
    const s: FigureScope = { orgId: orgs[0].id, orgPath: orgs[0].path, from: '2025-01-01', to: '2026-12-31' };
    const measured = await caseFigures.measure(app.db, s);
    for (const d of CASE_FIGURES) {
      const url = new URL(d.drill!(s), 'http://x');
      expect(url.pathname).toBe('/cases');
      const q = listCasesQuery.parse(Object.fromEntries(url.searchParams));
      const listed = await listCases(app, systemActor, q);
      const m = measured[d.code];
      // Money drills to the decisions whose fines it sums.
      const expected = 'count' in m ? m.count : await n(sql`select count(*) as n from penalty_case pc where ${decided(s)} and ${hasMeasure('fine')}`);
      expect(listed.total, d.code).toBe(expected);
    }
  });

  it('the report arranges them in sections, printed with their unit and rounding', async () => {
    const out = await figuresFor(app, { ...systemActor, roles: ['head'] }, figureCatalogue(MODULES), {
      orgId: orgs[0].id,
      from: '2025-01-01',
      to: '2026-12-31',
    });
    expect(out.orgName).toBe(orgs[0].name);
    const penalty = out.sections.find((x) => x.section === 'penalty')!;
    const fines = penalty.figures.find((f) => f.code === 'cases.fines')!;
    expect(fines).toMatchObject({ unitName: '万元', module: 'cases' });
    expect(fines.text).toMatch(/^\d+\.\d{2}$/);
    expect(Number(fines.text)).toBeCloseTo(fines.fen! / 1_000_000, 2);
    expect(penalty.figures.every((f) => f.definition.length > 10 && f.drill?.startsWith('/cases?figure='))).toBe(true);
  });
});

const tasksIn = (s: FigureScope) =>
  sql`t.org_id in (select id from org where path like ${`${s.orgPath}%`}) and t.status = 'completed' and t.completed_on between ${s.from} and ${s.to}`;
const hazardsIn = (s: FigureScope) => sql`h.org_id in (select id from org where path like ${`${s.orgPath}%`}) and h.found_on between ${s.from} and ${s.to}`;

async function inspectionsIndependently(s: FigureScope): Promise<Record<string, Measure>> {
  const tasks = async (also = sql`true`) => ({ count: await n(sql`select count(*) as n from inspection_task t where ${tasksIn(s)} and ${also}`) });
  const hazards = async (also = sql`true`) => n(sql`select count(*) as n from hazard h where ${hazardsIn(s)} and ${also}`);
  const closed = sql`h.status = 'closed' and h.closed_on <= ${s.to}`;
  const found = await hazards();
  const fixed = await hazards(closed);
  const major = await hazards(sql`h.grade = 'major'`);
  const majorFixed = await hazards(sql`h.grade = 'major' and ${closed}`);
  const out: Record<string, Measure> = {
    'inspections.total': await tasks(),
    'inspections.enterprises': { count: await n(sql`select count(distinct t.enterprise_id) as n from inspection_task t where ${tasksIn(s)}`) },
    'hazards.found': { count: found },
    'hazards.rectified': { count: fixed },
    'hazards.rectificationRate': { part: fixed, whole: found },
    'hazards.majorFound': { count: major },
    'hazards.majorRectified': { count: majorFixed },
    'hazards.majorRectificationRate': { part: majorFixed, whole: major },
  };
  for (const source of ['draw', 'plan', 'campaign', 'tip', 'joint', 'unannounced', 'routine'])
    out[`inspections.${source}`] = await tasks(sql`t.source = ${source}`);
  return out;
}

describe('监督检查 and 隐患 figures', () => {
  const head = { ...systemActor, roles: ['head'] };

  it('the generated year has inspections and hazards to count', async () => {
    const whole = await inspectionFigures.measure(app.db, { orgId: orgs[0].id, orgPath: orgs[0].path, from: '2000-01-01', to: '2100-12-31' });
    for (const code of ['inspections.total', 'inspections.enterprises', 'hazards.found', 'hazards.rectified', 'hazards.majorFound'])
      expect((whole[code] as { count: number }).count, code).toBeGreaterThan(0);
  });

  it('each equals an independent SQL count for random org subtrees and periods', async () => {
    await fc.assert(
      fc.asyncProperty(scopes(), async (s) => {
        expect(await inspectionFigures.measure(app.db, s)).toEqual(await inspectionsIndependently(s));
      }),
      { numRuns: 12 },
    );
  }, 120_000);

  it('drills down to exactly the tasks or hazards a figure counts', async () => {
    const s: FigureScope = { orgId: orgs[0].id, orgPath: orgs[0].path, from: '2025-01-01', to: '2026-12-31' };
    const measured = await inspectionFigures.measure(app.db, s);
    for (const d of INSPECTION_FIGURES.filter((f) => f.drill)) {
      const url = new URL(d.drill!(s), 'http://x');
      const q = Object.fromEntries(url.searchParams);
      const listed =
        url.pathname === '/inspections/tasks' ? await listTasks(app, head, listTasksQuery.parse(q)) : await listHazards(app, head, listHazardsQuery.parse(q));
      expect(listed.total, d.code).toBe((measured[d.code] as { count: number }).count);
    }
  });
});

describe('the report', () => {
  it('offers a drill-down only to those its list shows every counted row to', async () => {
    const q = { orgId: orgs[0].id, from: '2025-01-01', to: '2026-12-31' };
    const drillOf = async (roles: string[]) =>
      (await figuresFor(app, { ...systemActor, roles }, figureCatalogue(MODULES), q)).sections
        .flatMap((s) => s.figures)
        .find((f) => f.code === 'inspections.total')!.drill;
    expect(await drillOf(['head'])).toMatch(/^\/inspections\/tasks\?figure=inspections\.total/);
    // A legal reviewer's task list holds only their own tasks: no drill that would show fewer rows.
    expect(await drillOf(['legalReviewer'])).toBeNull();
  });
});
