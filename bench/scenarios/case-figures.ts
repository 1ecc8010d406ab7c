import { sql } from 'drizzle-orm';
import { caseAgenda } from '../../src/modules/cases/agenda/service.js';
import { NO_DEADLINE_STATES } from '../../src/modules/cases/workflow/machine.js';
import { listCases } from '../../src/modules/cases/list.js';
import { rows } from '../../src/platform/db/index.js';
import { leaderOf, scopes } from './hazard-figures.js';
import { seconds, type Measurement, type Scenario } from './types.js';

// Cases for a leader (issue 8): src/modules/cases has no figures function, so this measures what
// a city head opens every morning — the workbench agenda (every open case of the subtree, its
// next deadline computed in JS) and the first page of the case list with its total — against
// bare SQL that reads the same rows (the open cases' deadline columns; the page and count).

const REPEAT = 3;

async function median(f: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < REPEAT; i++) times.push(await seconds(f));
  return times.sort((a, b) => a - b)[Math.floor(REPEAT / 2)];
}

export const caseFiguresScenario: Scenario = {
  name: 'case-figures',
  summary: 'case agenda and case list for a city head vs bare SQL over the same rows',
  needsActivity: true,
  async run({ app, world, log }) {
    const out: Measurement[] = [];
    const finished = sql.join(
      NO_DEADLINE_STATES.map((s) => sql`${s}`),
      sql`, `,
    );
    for (const [label, o] of scopes(world)) {
      const actor = leaderOf(o);
      const prefix = `${o.path}%`;
      const agenda = await caseAgenda(app, actor);
      const bareAgenda = () =>
        rows(app.db, sql`select c.*, o.name from penalty_case c join org o on o.id = c.org_id where o.path like ${prefix} and c.state not in (${finished})`);
      const open = (await bareAgenda()).length;
      const value = await median(() => caseAgenda(app, actor));
      const baseline = await median(bareAgenda);
      log(
        `case-figures ${label} agenda: ${open} open cases, ${agenda.late.length} late, ${agenda.dueThisWeek.length} due this week; ${(value * 1000).toFixed(0)} ms vs ${(baseline * 1000).toFixed(0)} ms`,
      );
      out.push({
        metric: `${label} agenda`,
        unit: 'ms',
        value: value * 1000,
        baseline: baseline * 1000,
        note: `caseAgenda for a head (median of ${REPEAT}); baseline: select of the same open cases with org name`,
        detail: { open, late: agenda.late.length, dueThisWeek: agenda.dueThisWeek.length },
      });

      const page = await listCases(app, actor, { page: 1, pageSize: 50 });
      const barePage = async () => {
        await rows(
          app.db,
          sql`select c.*, o.name from penalty_case c join org o on o.id = c.org_id where o.path like ${prefix} order by c.updated_at desc, c.id limit 50`,
        );
        return rows(app.db, sql`select count(*)::int as n from penalty_case c join org o on o.id = c.org_id where o.path like ${prefix}`);
      };
      const [{ n }] = (await barePage()) as { n: number }[];
      if (n !== page.total) throw new Error(`case list total ${page.total} differs from bare count ${n} for ${label}`);
      const listValue = await median(() => listCases(app, actor, { page: 1, pageSize: 50 }));
      const listBaseline = await median(barePage);
      out.push({
        metric: `${label} list page`,
        unit: 'ms',
        value: listValue * 1000,
        baseline: listBaseline * 1000,
        note: `listCases first 50 by updatedAt with total (median of ${REPEAT}); baseline: the same page and count in bare SQL`,
        detail: { total: n },
      });
    }
    return out;
  },
};
