// The dashboard's trends and ranking are the report's figures asked per month and per org below,
// so they add up to the report's own figures; the XLSX export prints the very texts the report does.
import { PassThrough } from 'node:stream';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODULES } from '../index.js';
import { systemActor, type AppContext } from '../../platform/context.js';
import { rows, type Database } from '../../platform/db/index.js';
import { writeSheet } from '../../platform/http/sheet.js';
import { registerKey } from '../../platform/ledger/service.js';
import { createTestDatabase } from '../../platform/testing/db.js';
import { testApp } from '../../testing/fixture.js';
import { generate } from '../../seed/generator/index.js';
import type { FigureOut } from './contract.js';
import { figureCatalogue, figuresFor } from './service.js';
import { FIGURE_SHEET, figureRanking, figureTrends, monthsOf } from './trends.js';
import type { FigureValue } from './trends-contract.js';

let database: Database;
let app: AppContext;
let year: number;
let parents: { id: string; path: string; name: string }[];
const head = { ...systemActor, roles: ['head'] };
const catalogue = figureCatalogue(MODULES);

/**
 * Counted once per enterprise over the whole period: an enterprise inspected in March and in May
 * is one in the year and one in each month, so its months (and its orgs) may add up to more. The
 * service guides are one set every org publishes, the same in each.
 */
const DISTINCT = new Set(['inspections.enterprises', 'licensing.guides']);

/** What adds up across orgs: counts of records and money in fen (rates do not). */
const additive = (f: FigureValue | FigureOut): number | undefined => (DISTINCT.has(f.code) ? undefined : (f.count ?? f.fen));

/**
 * A figure whose 口径 takes the state at the period's end (期间末日: officers serving, hazards
 * closed by then) is a stock, not a flow: its months need not add up to its year.
 */
const flow = (d: { definition: string }) => !d.definition.includes('期间末日');

beforeAll(async () => {
  database = await createTestDatabase();
  app = testApp(database);
  await registerKey(app);
  await generate(app, { size: 'demo', seed: 7, activity: true, ledger: false, override: { enterprises: 200, inspections: 400, cases: 300 } });
  const [busiest] = await rows<{ y: number }>(
    app.db,
    sql`select extract(year from decided_on)::int as y from penalty_case where decided_on is not null group by 1 order by count(*) desc limit 1`,
  );
  year = busiest.y;
  // Orgs with orgs below them, the top first.
  parents = await rows(
    app.db,
    sql`select o.id, o.path, o.name from org o where exists (select 1 from org c where c.parent_id = o.id) order by length(o.path), o.path`,
  );
}, 300_000);
afterAll(() => database.close());

const byCode = (fs: readonly (FigureValue | FigureOut)[]) => new Map(fs.map((f) => [f.code, f]));
const flat = async (orgId: string, from: string, to: string) =>
  (await figuresFor(app, head, catalogue, { orgId, from, to })).sections.flatMap((s) => s.figures);

describe('monthly trends', () => {
  it('has twelve months, first to last day', () => {
    const ms = monthsOf(2024);
    expect(ms.map((m) => [m.from, m.to])).toContainEqual(['2024-02-01', '2024-02-29']);
    expect(ms[0].from).toBe('2024-01-01');
    expect(ms[11].to).toBe('2024-12-31');
  });

  it("the months of each count and sum add up to the year's figure", async () => {
    for (const o of parents.slice(0, 2)) {
      const trends = await figureTrends(app, head, catalogue, { orgId: o.id, year });
      expect(trends.orgName).toBe(o.name);
      expect(trends.months).toHaveLength(12);
      const whole = await flat(o.id, `${year}-01-01`, `${year}-12-31`);
      expect(trends.definitions.map((d) => d.code)).toEqual(whole.map((f) => f.code));
      let checked = 0;
      for (const f of whole) {
        const total = additive(f);
        if (total === undefined || !flow(f)) continue;
        const months = trends.months.map((m) => additive(byCode(m.figures).get(f.code)!)!);
        expect(
          months.reduce((a, b) => a + b, 0),
          `${o.name} ${f.code}`,
        ).toBe(total);
        checked += 1;
      }
      expect(checked).toBeGreaterThan(15);
      // Something to add: equality of zeros would prove nothing.
      expect(additive(whole.find((f) => f.code === 'cases.penalties')!)).toBeGreaterThan(0);
    }
  }, 120_000);
});

describe('ranking of the orgs below', () => {
  it("the orgs below add up to the parent's figure less the parent's own records", async () => {
    const from = `${year}-01-01`;
    const to = `${year}-12-31`;
    for (const o of parents.slice(0, 3)) {
      const ranking = await figureRanking(app, head, catalogue, { orgId: o.id, from, to });
      const children = await rows<{ id: string }>(app.db, sql`select id from org where parent_id = ${o.id} order by region_code`);
      expect(ranking.children.map((c) => c.orgId)).toEqual(children.map((c) => c.id));
      const parent = byCode(await flat(o.id, from, to));
      // The parent's own decisions, counted here without the modules' helpers: in the parent only.
      const [own] = await rows<{ n: number }>(
        app.db,
        sql`select count(*)::int as n from penalty_case where org_id = ${o.id} and decided_on between ${from} and ${to} and state <> 'notPunished'`,
      );
      const below = (code: string) => ranking.children.reduce((sum, c) => sum + additive(byCode(c.figures).get(code)!)!, 0);
      expect(below('cases.penalties') + own.n, o.name).toBe(parent.get('cases.penalties')!.count);
      for (const [code, f] of parent) {
        const total = additive(f);
        if (total !== undefined) expect(below(code), `${o.name} ${code}`).toBeLessThanOrEqual(total);
      }
    }
  }, 120_000);

  it('an org with no records of its own is exactly the sum of the orgs below', async () => {
    const [quiet] = await rows<{ id: string }>(
      app.db,
      sql`select o.id from org o where exists (select 1 from org c where c.parent_id = o.id)
          and not exists (select 1 from penalty_case pc where pc.org_id = o.id) and not exists (select 1 from inspection_task t where t.org_id = o.id)
          and not exists (select 1 from hazard h where h.org_id = o.id) order by o.path limit 1`,
    );
    expect(quiet, 'an org above others with no records of its own (the ministry, a province)').toBeDefined();
    const ranking = await figureRanking(app, head, catalogue, { orgId: quiet.id, from: `${year}-01-01`, to: `${year}-12-31` });
    for (const f of await flat(quiet.id, `${year}-01-01`, `${year}-12-31`)) {
      const total = additive(f);
      if (total === undefined) continue;
      expect(
        ranking.children.reduce((sum, c) => sum + additive(byCode(c.figures).get(f.code)!)!, 0),
        f.code,
      ).toBe(total);
    }
  });
});

describe('XLSX export', () => {
  it('parses back to the texts the report prints', async () => {
    const figures = await flat(parents[0].id, `${year}-01-01`, `${year}-12-31`);
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    await writeSheet(out, '统计数据', FIGURE_SHEET, figures);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const cells = (r: number) => [1, 2, 3, 4, 5].map((k) => sheet.getRow(r).getCell(k).text);
    expect(cells(1)).toEqual(['编号', '统计项', '数值', '单位', '统计口径']);
    expect(sheet.rowCount).toBe(figures.length + 1);
    figures.forEach((f, i) => {
      expect(cells(i + 2)).toEqual([f.code, f.name, f.text, f.text === '—' ? '' : f.unitName, f.definition]);
    });
  });
});
