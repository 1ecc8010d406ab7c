import { sql } from 'drizzle-orm';
import { systemActor } from '../../src/platform/context.js';
import { rows } from '../../src/platform/db/index.js';
import { chinaDate } from '../../src/platform/dates.js';
import { createMatter } from '../../src/modules/draws/matters.js';
import { beijingIso } from '../../src/modules/draws/beacon.js';
import { announceDraw, makeDraw } from '../../src/modules/draws/service.js';
import { seconds, type Scenario } from './types.js';

// Issue 4: draw 5% of the whole pool with officer pairing, end to end through the service
// (pool snapshot, digests, gzip, ledger, the DRBG draw, matching, one task per enterprise),
// against the bare `ORDER BY random() LIMIT n` a naive system would run on the same table.

export const drawScenario: Scenario = {
  name: 'draw',
  summary: 'announce + draw 5% of the pool with pairing (service, ledger, tasks) vs a bare ORDER BY random() LIMIT n',
  async run({ app, world, log }) {
    const today = chinaDate(app.clock.now());
    const matter = await createMatter(app, systemActor, {
      orgId: world.scope.id,
      code: `BENCH-${Date.now()}`,
      name: '基准测试抽查事项',
      legalBasis: '《中华人民共和国安全生产法》第六十五条',
      checklistCode: 'CL-GEN',
      ratioPermille: 50,
      frequency: '每年一次',
      targetFilter: {},
      strataBy: 'region',
      active: true,
    });
    // The beacon is published an hour after now (a province announcement takes ~25 s); the draw
    // then acts two hours on, after the beacon, as the rule (draws/beacon.ts) requires.
    const beacon = { source: '基准测试', expectedAt: beijingIso(new Date(app.clock.now().getTime() + 3_600_000)), format: '十进制数字' };
    const later = { ...app, clock: { now: () => new Date(app.clock.now().getTime() + 7_200_000) } };
    let announced: Awaited<ReturnType<typeof announceDraw>> | null = null;
    const announceSeconds = await seconds(async () => {
      announced = await announceDraw(app, systemActor, {
        matterId: matter.id,
        name: '基准测试抽取',
        drawDate: today,
        excludeInspectedWithinMonths: 12,
        excludeEnterprises: [],
        perEnterprise: 2,
        conflicts: [],
        repeatRecusalMonths: 12,
        teamDistinctOrgs: false,
        beacon,
      });
    });
    const a = announced!;
    let drawn: Awaited<ReturnType<typeof makeDraw>> | null = null;
    const drawSeconds = await seconds(async () => {
      drawn = await makeDraw(later, systemActor, a.id, { beacon: '20261124', version: a.version });
    });
    const d = drawn!;
    if (d.enterprises.length !== a.total || d.enterprises.some((e) => e.officers.length < 2 && !d.failures.some((f) => f.enterpriseId === e.enterpriseId))) {
      throw new Error(`draw incomplete: ${d.enterprises.length} of ${a.total}, ${d.failures.length} failures`);
    }
    log(
      `draw: pool ${a.enterpriseCount} enterprises / ${a.officerCount} officers, drew ${d.enterprises.length} (${d.failures.length} without a full team) in ${announceSeconds.toFixed(1)} + ${drawSeconds.toFixed(1)} s`,
    );
    const bareSeconds = await seconds(() => rows(app.db, sql`select id from enterprise order by random() limit ${a.total}`));
    const total = announceSeconds + drawSeconds;
    return [
      {
        metric: 'draw time',
        unit: 's',
        value: total,
        baseline: bareSeconds,
        note: `pool ${a.enterpriseCount} enterprises, ${a.officerCount} officers; ${d.enterprises.length} drawn with 2 officers each; baseline: select id from enterprise order by random() limit ${a.total} (no strata, exclusions, pairing, record or proof)`,
        detail: {
          announceSeconds,
          drawSeconds,
          baselineSeconds: bareSeconds,
          pool: a.enterpriseCount,
          officers: a.officerCount,
          drawn: d.enterprises.length,
          failures: d.failures.length,
        },
      },
    ];
  },
};
