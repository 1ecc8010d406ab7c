import { sql } from 'drizzle-orm';
import { MODULES } from '../../src/modules/index.js';
import { figureCatalogue, figuresFor } from '../../src/modules/report/service.js';
import type { Actor } from '../../src/platform/context.js';
import { rows } from '../../src/platform/db/index.js';
import type { Measure } from '../../src/platform/figures/types.js';
import { bareStatements } from './report-figures-bare.js';
import { percentile, seconds, type Measurement, type Scenario } from './types.js';

// The province-year report's figures (issue 17, last "Done when"): figuresFor — every module's
// manifest figures, one module after another, as GET /api/report/figures and the yearly report
// call it — for the province (the whole tree) over the calendar year holding most of the generated
// activity, against bare SQL written here without the modules' helpers: one statement per module,
// each joining org by path prefix. Every figure's count, fen, part and whole must agree, or the
// scenario fails. The limits are the issue's: ≤ 3 s and ≤ 1.5× the bare SQL.
//
// The generator writes no disclosures and no legal-review opinions, so before measuring this
// scenario adds what the services would have: a 行政处罚决定 disclosure per decided case (most
// published on time, some late, some pending or withdrawn) and an opinion per passed review (as
// the report's property test does). It runs after disclosure-search, whose rows it leaves alone.
// Nor does it write licence applications: licensing's statement runs and is compared all the same,
// its figures zero but the guides, until the generator makes some.

const REPEAT = 11;
const LIMIT_SECONDS = 3;
const LIMIT_RATIO = 1.5;

const KEYS = ['count', 'fen', 'part', 'whole'] as const;
const measureOf = (x: object) => Object.fromEntries(KEYS.filter((k) => k in x).map((k) => [k, (x as Record<string, unknown>)[k]]));

export const reportFiguresScenario: Scenario = {
  name: 'report-figures',
  summary: 'figuresFor (every module’s report figures) for the province over its busiest year vs bare SQL per module; limits ≤ 3 s, ≤ 1.5×',
  needsActivity: true,
  async run({ app, world, log }) {
    // What the services would have written and the generator does not (see the note at the top).
    const added = await seconds(async () => {
      await app.db.execute(sql`
        insert into legal_review (case_id, stage, reviewer_id, checklist, outcome, opinion, at, ledger_seq)
        select ce.case_id, 'legalReview', ce.actor_id, '[]'::jsonb, 'pass', '同意', ce.at, ce.ledger_seq from case_event ce
        where ce.event = 'passLegalReview' and ce.actor_id is not null
          and not exists (select 1 from legal_review lr where lr.case_id = ce.case_id and lr.at = ce.at)`);
      // hashtext spreads the outcomes: 80 % on time, 12 % late, 5 % pending, 2 % withdrawn after
      // publication, 1 % withdrawn before it.
      await app.db.execute(sql`
        insert into disclosure (kind, source_type, source_id, org_id, enterprise_id, enterprise_name, title, fields, body, decided_on, due_on, status, published_at, publish_seq, act_seq, created_at)
        select x.kind, 'penaltyCase', x.id::text, x.org_id, x.enterprise_id, coalesce(x.party_name, '当事人'), coalesce(x.party_name, '当事人') || '行政处罚决定', '[]'::jsonb, '基准测试正文', x.decided_on, x.due_on,
               case when x.h < 92 then 'published' when x.h < 97 then 'pending' else 'withdrawn' end,
               case when x.h < 80 then (x.decided_on + x.h % 7)::timestamp at time zone 'Asia/Shanghai' + interval '10 hours'
                    when x.h < 92 or x.h between 97 and 98 then (x.due_on + 1 + x.h % 10)::timestamp at time zone 'Asia/Shanghai' + interval '10 hours' end,
               case when x.h < 92 then 0 end, 0, x.decided_on::timestamp at time zone 'Asia/Shanghai' + interval '9 hours'
        from (select pc.id, pc.org_id, pc.enterprise_id, pc.party_name, pc.decided_on::date as decided_on,
                     coalesce(pc.disclosure_due_on::date, pc.decided_on::date + 9) as due_on,
                     case when pc.procedure = 'summary' then 'summaryDecision' else 'penaltyDecision' end as kind,
                     abs(hashtext(pc.id::text)) % 100 as h
              from penalty_case pc where pc.decided_on is not null and pc.state <> 'notPunished') x
        on conflict (source_type, source_id, kind) do nothing`);
      await app.db.execute(sql`analyze legal_review`);
      await app.db.execute(sql`analyze disclosure`);
    });
    const [size] = await rows<{
      enterprises: number;
      tasks: number;
      hazards: number;
      cases: number;
      events: number;
      reviews: number;
      disclosures: number;
      people: number;
    }>(
      app.db,
      sql`select (select count(*) from enterprise)::int as enterprises, (select count(*) from inspection_task)::int as tasks, (select count(*) from hazard)::int as hazards,
                 (select count(*) from penalty_case)::int as cases, (select count(*) from case_event)::int as events, (select count(*) from legal_review)::int as reviews,
                 (select count(*) from disclosure)::int as disclosures, (select count(*) from user_account)::int as people`,
    );
    log(`report-figures: data ${JSON.stringify(size)} (review opinions and case disclosures added in ${added.toFixed(1)} s)`);

    // The calendar year with the most completed inspections and filed cases.
    const [{ year }] = await rows<{ year: string }>(
      app.db,
      sql`select y as year from (select left(completed_on::text, 4) as y from inspection_task where status = 'completed'
                                 union all select left(filed_on::text, 4) from penalty_case where filed_on is not null) a
          where y is not null group by y order by count(*) desc, y desc limit 1`,
    );
    const from = `${year}-01-01`;
    const to = `${year}-12-31`;
    const [province] = await rows<{ id: string; path: string; name: string }>(
      app.db,
      sql`select id, path, name from org where level = 'province' and ${world.scope.path} like path || '%'`,
    );
    if (!province) throw new Error(`no province above ${world.scope.path}`);
    const actor: Actor = { userId: null, username: 'bench', orgId: province.id, orgPath: province.path, roles: ['head'] };
    const catalogue = figureCatalogue(MODULES);
    const q = { orgId: province.id, from, to };
    const statements = bareStatements(province.path, from, to);
    const bare = async () => {
      const out: Record<string, Measure> = {};
      for (const s of statements) Object.assign(out, s.read((await rows<Record<string, unknown>>(app.db, s.query))[0]));
      return out;
    };

    // Every figure must agree, and every figure must have its bare counterpart.
    const report = await figuresFor(app, actor, catalogue, q);
    const expected = await bare();
    const figures = report.sections.flatMap((s) => s.figures);
    const wrong: string[] = [];
    for (const f of figures) {
      const b = expected[f.code];
      if (!b) wrong.push(`${f.code} (${f.module}): no bare SQL for it — add it to bareStatements`);
      else if (JSON.stringify(measureOf(f)) !== JSON.stringify(measureOf(b)))
        wrong.push(`${f.code}: figuresFor ${JSON.stringify(measureOf(f))}, bare ${JSON.stringify(measureOf(b))}`);
    }
    for (const code of Object.keys(expected)) if (!figures.some((f) => f.code === code)) wrong.push(`${code}: in the bare SQL but not in figuresFor`);
    if (wrong.length) throw new Error(`report-figures: figuresFor and the bare SQL disagree for ${province.name} ${from}…${to}:\n  ${wrong.join('\n  ')}`);
    log(
      `report-figures: ${figures.length} figures agree for ${province.name} ${from}…${to}: ${figures
        .filter((f) => ['inspections.total', 'hazards.found', 'cases.penalties', 'cases.fines', 'disclosure.penaltyDue', 'people.officers'].includes(f.code))
        .map((f) => `${f.code} ${f.text}`)
        .join(', ')}`,
    );

    // Interleaved, so that both see the same cache.
    const value: number[] = [];
    const baseline: number[] = [];
    for (let i = 0; i < REPEAT; i++) {
      value.push((await seconds(() => figuresFor(app, actor, catalogue, q))) * 1000);
      baseline.push((await seconds(bare)) * 1000);
    }
    value.sort((a, b) => a - b);
    baseline.sort((a, b) => a - b);
    const perModule: Record<string, number> = {};
    for (const s of statements) {
      const t: number[] = [];
      for (let i = 0; i < 3; i++) t.push((await seconds(() => rows(app.db, s.query))) * 1000);
      perModule[`bare ${s.module} ms`] = Math.round(t.sort((a, b) => a - b)[1] * 10) / 10;
    }
    for (const m of catalogue.modules) {
      const scope = { orgId: province.id, orgPath: province.path, from, to };
      const t: number[] = [];
      for (let i = 0; i < 3; i++) t.push((await seconds(() => m.figures!.measure(app.db, scope))) * 1000);
      perModule[`${m.name} measure ms`] = Math.round(t.sort((a, b) => a - b)[1] * 10) / 10;
    }
    const p50 = percentile(value, 50);
    const p95 = percentile(value, 95);
    const b50 = percentile(baseline, 50);
    const b95 = percentile(baseline, 95);
    const met = p50 <= LIMIT_SECONDS * 1000 && p50 / b50 <= LIMIT_RATIO;
    const verdict = `limits ≤ ${LIMIT_SECONDS} s and ≤ ${LIMIT_RATIO}× bare (issue 17): ${met ? 'met' : 'NOT MET'} — median ${(p50 / 1000).toFixed(2)} s, ${(p50 / b50).toFixed(2)}×`;
    log(
      `report-figures: figuresFor median ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms; bare median ${b50.toFixed(1)} ms, p95 ${b95.toFixed(1)} ms; ${verdict}; ${JSON.stringify(perModule)}`,
    );
    const detail = {
      org: province.name,
      from,
      to,
      figures: figures.length,
      data: size,
      limitSeconds: LIMIT_SECONDS,
      limitRatio: LIMIT_RATIO,
      met,
      ...perModule,
    };
    const out: Measurement[] = [
      {
        metric: `province ${year} median`,
        unit: 'ms',
        value: p50,
        baseline: b50,
        note: `figuresFor for ${province.name} ${from}…${to}, ${figures.length} figures from ${catalogue.modules.length} modules (median and p95 of ${REPEAT}); baseline: one bare SQL statement per module written in the scenario, every figure checked equal; ${verdict}`,
        detail,
      },
      { metric: `province ${year} p95`, unit: 'ms', value: p95, baseline: b95 },
    ];
    return out;
  },
};
