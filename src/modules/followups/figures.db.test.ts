// Each 执法回访 figure equals an independent count written here in plain SQL, for random org
// subtrees and periods over follow-ups due, answered, unreachable and resolved on either side of
// the period's ends; and each drill-down lists exactly the follow-ups it counts.
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../platform/context.js';
import { addDays } from '../../platform/dates.js';
import { rows } from '../../platform/db/index.js';
import type { FigureScope } from '../../platform/figures/types.js';
import { mulberry32 } from '../../seed/names.js';
import { createWorld, type TestWorld } from '../../testing/fixture.js';
import { sampleEnterprise } from '../registry/fixture.js';
import { createEnterprise } from '../registry/service.js';
import { FOLLOW_UP_CHANNELS, RATINGS, SUBJECT_KINDS } from './codes.js';
import { FOLLOW_UP_FIGURE_CODES, listFollowUpsQuery } from './contract.js';
import { followUpFigures } from './figures.js';
import { listFollowUps } from './list.js';

let w: TestWorld;
let orgs: { id: string; path: string }[];
const day = (offset: number) => addDays('2025-01-01', offset);

beforeAll(async () => {
  w = await createWorld();
  orgs = await rows(w.app.db, sql`select id, path from org order by path`);
  const e = await createEnterprise(w.app, systemActor, sampleEnterprise(81, '421202'));
  const rand = mulberry32(11);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const visits = Array.from({ length: 600 }, () => {
    const subjectOn = day(Math.floor(rand() * 600));
    const dueOn = addDays(subjectOn, 28);
    const state = pick(['due', 'done', 'done', 'attention', 'resolved', 'unreachable', 'declined'] as const);
    const answered = ['done', 'attention', 'resolved'].includes(state);
    const answeredOn = answered ? addDays(subjectOn, Math.floor(rand() * 45)) : null;
    const problem = state === 'attention' || state === 'resolved';
    return {
      subject_kind: pick(SUBJECT_KINDS),
      org_id: pick(orgs).id,
      subject_on: subjectOn,
      due_on: dueOn,
      state,
      channel: answered ? pick(FOLLOW_UP_CHANNELS) : state === 'due' ? null : 'phone',
      satisfaction: answered ? (problem ? pick(RATINGS) : pick(['satisfied', 'basicallySatisfied'])) : null,
      problem,
      answered_on: answeredOn,
      resolved_on: state === 'resolved' && answeredOn ? addDays(answeredOn, Math.floor(rand() * 20)) : null,
    };
  });
  await w.app.db.execute(sql`
    insert into follow_up_visit (subject_kind, subject_id, subject_title, org_id, enterprise_id, rule_key, basis, subject_on, due_on, state, channel,
                                 satisfaction, problem, answered_on, resolved_on, created_at)
    select v.subject_kind, gen_random_uuid(), '某事项', v.org_id::uuid, ${e.id}::uuid, 'case.general', '待核', v.subject_on, v.due_on, v.state, v.channel,
           v.satisfaction, v.problem, v.answered_on, v.resolved_on, now()
    from json_to_recordset(${JSON.stringify(visits)}::json) as v(subject_kind text, org_id text, subject_on text, due_on text, state text, channel text,
                                                                 satisfaction text, problem boolean, answered_on text, resolved_on text)`);
}, 60_000);
afterAll(() => w.close());

const n = async (q: ReturnType<typeof sql>) => Number((await rows<{ n: number }>(w.app.db, q))[0].n);

/** The figures written without the module's helpers. */
async function independent(s: FigureScope) {
  const tree = sql`v.org_id in (select id from org where path like ${`${s.orgPath}%`})`;
  const count = (where: ReturnType<typeof sql>) => n(sql`select count(*)::int as n from follow_up_visit v where ${tree} and ${where}`);
  const due = sql`v.due_on::date between ${s.from}::date and ${s.to}::date`;
  const answered = sql`v.answered_on::date between ${s.from}::date and ${s.to}::date`;
  return {
    'followUps.due': await count(due),
    'followUps.visited': await count(sql`${due} and v.answered_on::date <= ${s.to}::date`),
    'followUps.answered': await count(answered),
    ...Object.fromEntries(
      await Promise.all(FOLLOW_UP_CHANNELS.map(async (c) => [`followUps.channel.${c}`, await count(sql`${answered} and v.channel = ${c}`)] as const)),
    ),
    'followUps.satisfied': await count(sql`${answered} and v.satisfaction in ('satisfied', 'basicallySatisfied')`),
    'followUps.problems': await count(sql`${answered} and v.state in ('attention', 'resolved')`),
    'followUps.resolved': await count(sql`v.resolved_on::date between ${s.from}::date and ${s.to}::date`),
  } as Record<string, number>;
}

const scopes = () => fc.record({ org: fc.integer({ min: 0, max: 6 }), start: fc.integer({ min: 0, max: 640 }), length: fc.integer({ min: 0, max: 400 }) });

describe('执法回访 figures', () => {
  it('equal an independent count for random org subtrees and periods, and the rates are their quotients', async () => {
    await fc.assert(
      fc.asyncProperty(scopes(), async ({ org, start, length }) => {
        const o = orgs[org % orgs.length];
        const s: FigureScope = { orgId: o.id, orgPath: o.path, from: day(start), to: day(start + length) };
        const measured = await followUpFigures.measure(w.app.db, s);
        const expected = await independent(s);
        for (const code of FOLLOW_UP_FIGURE_CODES) expect(measured[code], code).toEqual({ count: expected[code] });
        expect(measured['followUps.rate']).toEqual({ part: expected['followUps.visited'], whole: expected['followUps.due'] });
        expect(measured['followUps.satisfactionRate']).toEqual({ part: expected['followUps.satisfied'], whole: expected['followUps.answered'] });
      }),
      { numRuns: 25 },
    );
  });

  it('drill down to exactly the follow-ups they count', async () => {
    const o = orgs[0];
    const s: FigureScope = { orgId: o.id, orgPath: o.path, from: '2025-03-01', to: '2025-12-31' };
    const measured = await followUpFigures.measure(w.app.db, s);
    for (const figure of FOLLOW_UP_FIGURE_CODES) {
      const listed = await listFollowUps(w.app, systemActor, listFollowUpsQuery.parse({ figure, orgId: o.id, from: s.from, to: s.to, pageSize: 200 }));
      expect(listed.total, figure).toEqual((measured[figure] as { count: number }).count);
      expect(listed.total, figure).toBeGreaterThan(0);
    }
  });
});
