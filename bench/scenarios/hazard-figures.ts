import { sql } from 'drizzle-orm';
import { hazardFigures } from '../../src/modules/inspections/hazards/figures.js';
import type { Actor } from '../../src/platform/context.js';
import { rows } from '../../src/platform/db/index.js';
import { addDays, chinaDate } from '../../src/platform/dates.js';
import type { ScopeOrg } from '../../src/seed/generator/index.js';
import { seconds, type Measurement, type Scenario } from './types.js';

// 隐患 figures for a year of generated activity (issue 8): hazardFigures, as the figures API
// calls it, for the whole province and for one city, against the same four counts as bare SQL
// over the same rows. The difference is the scope check, drizzle, and how the org subtree is
// joined; the counts must agree.

const REPEAT = 5;

export const leaderOf = (o: ScopeOrg): Actor => ({ userId: null, username: 'bench', orgId: o.id, orgPath: o.path, roles: ['head'] });

/** The province and one of its cities; at demo size the world is one city. */
export const scopes = (w: { scope: ScopeOrg; city: ScopeOrg }): [string, ScopeOrg][] =>
  w.scope.id === w.city.id
    ? [['city', w.city]]
    : [
        ['province', w.scope],
        ['city', w.city],
      ];

async function median(f: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < REPEAT; i++) times.push(await seconds(f));
  return times.sort((a, b) => a - b)[Math.floor(REPEAT / 2)];
}

export const hazardFiguresScenario: Scenario = {
  name: 'hazard-figures',
  summary: 'hazardFigures for a province-year (province and one city) vs the same counts in bare SQL',
  needsActivity: true,
  async run({ app, world, log }) {
    const to = chinaDate(app.clock.now());
    const from = addDays(to, -364);
    const out: Measurement[] = [];
    for (const [label, o] of scopes(world)) {
      const figures = await hazardFigures(app, leaderOf(o), { orgId: o.id, from, to });
      const bare = () =>
        rows<{ found: number; rectified: number; major: number; overdue: number; major_cased: number }>(
          app.db,
          sql`select count(*)::int as found, count(*) filter (where h.status = 'closed' and h.closed_on <= ${to})::int as rectified, count(*) filter (where h.grade = 'major')::int as major, count(*) filter (where h.status = 'overdue')::int as overdue, count(*) filter (where h.grade = 'major' and exists (select 1 from penalty_case c where c.source_hazard_id = h.id))::int as major_cased from hazard h join org o on o.id = h.org_id where o.path like ${`${o.path}%`} and h.found_on between ${from} and ${to}`,
        );
      const [b] = await bare();
      if (b.found !== figures.found || b.rectified !== figures.rectified)
        throw new Error(`hazard figures disagree with bare SQL for ${label}: ${JSON.stringify(figures)} vs ${JSON.stringify(b)}`);
      const value = await median(() => hazardFigures(app, leaderOf(o), { orgId: o.id, from, to }));
      const baseline = await median(bare);
      log(
        `hazard-figures ${label}: ${figures.found} found, ${figures.rectificationRate} % rectified, ${figures.overdue} overdue, ${figures.major} major; ${(value * 1000).toFixed(1)} ms vs ${(baseline * 1000).toFixed(1)} ms`,
      );
      out.push({
        metric: `${label} year`,
        unit: 'ms',
        value: value * 1000,
        baseline: baseline * 1000,
        note: `median of ${REPEAT}; baseline: the same counts (found, rectified, major, overdue, major with a case) in one bare SQL query joining org by path prefix`,
        detail: { ...figures, from, to },
      });
    }
    return out;
  },
};
