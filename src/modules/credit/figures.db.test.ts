// Each 严重失信主体名单 figure equals an independent count written here in plain SQL, for random org
// subtrees and periods over listings proposed, listed, withdrawn and removed (term ended or repaired)
// on either side of the period's ends, with repair applications and objections on some of them; and
// each drill-down lists exactly the listings it counts.
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../platform/context.js';
import { addDays } from '../../platform/dates.js';
import { rows } from '../../platform/db/index.js';
import type { FigureScope } from '../../platform/figures/types.js';
import { mulberry32 } from '../../seed/names.js';
import { addUser, createWorld, type TestWorld } from '../../testing/fixture.js';
import { sampleEnterprise } from '../registry/fixture.js';
import { createEnterprise } from '../registry/service.js';
import { CRITERION_CODES } from './codes.js';
import { CREDIT_FIGURE_CODES, listListingsQuery } from './contract.js';
import { creditFigures } from './figures.js';
import { listListings } from './list.js';
import { termEndsOn } from './rules.js';

let w: TestWorld;
let orgs: { id: string; path: string }[];
const day = (offset: number) => addDays('2025-01-01', offset);

beforeAll(async () => {
  w = await createWorld();
  orgs = await rows(w.app.db, sql`select id, path from org order by path`);
  const e = await createEnterprise(w.app, systemActor, sampleEnterprise(91, '421202'));
  const who = await addUser(w, 'fig.officer', orgs[0].id, ['officer']);
  const rand = mulberry32(17);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const listings = Array.from({ length: 400 }, () => {
    const proposedOn = day(Math.floor(rand() * 600));
    const state = pick(['proposed', 'noticed', 'listed', 'listed', 'withdrawn', 'removed'] as const);
    const decidedOn = ['listed', 'withdrawn', 'removed'].includes(state) ? addDays(proposedOn, 5 + Math.floor(rand() * 30)) : null;
    const listedOn = state === 'listed' || state === 'removed' ? decidedOn : null;
    // Removed ones left early in the test's world (a 1-year term), so removals fall inside the periods too.
    const removedOn = state === 'removed' && listedOn ? addDays(termEndsOn(listedOn, 1), 1) : null;
    const removalReason = removedOn ? pick(['termEnded', 'repaired'] as const) : null;
    return {
      removal_reason: removalReason,
      org_id: pick(orgs).id,
      criterion: pick(CRITERION_CODES),
      state,
      proposed_on: proposedOn,
      decided_on: decidedOn,
      listed_on: listedOn,
      removed_on: removedOn,
    };
  });
  await w.app.db.execute(sql`
    insert into credit_listing (case_id, penalty_decision_number, penalty_decided_on, org_id, enterprise_id, criterion, facts, state, proposed_by, proposed_on,
                                decided_on, listed_on, term_ends_on, removed_on, removal_reason, created_at)
    select gen_random_uuid(), '（咸）应急罚〔2025〕1号', v.proposed_on, v.org_id::uuid, ${e.id}::uuid, v.criterion, '测试事实', v.state, ${who.id}::uuid, v.proposed_on,
           v.decided_on, v.listed_on, null, v.removed_on, v.removal_reason, now()
    from json_to_recordset(${JSON.stringify(listings)}::json)
      as v(org_id text, criterion text, state text, proposed_on text, decided_on text, listed_on text, removed_on text, removal_reason text)`);
  // A repair application on most listings that were listed (applied, approved or refused), an objection on about half.
  await w.app.db.execute(sql`
    insert into credit_repair (listing_id, org_id, enterprise_id, channel, applied_by, applied_on, due_on, claims, state, decision, decided_on, created_at)
    select l.id, l.org_id, l.enterprise_id, 'online', l.proposed_by, a.on, a.on, '[]'::jsonb,
           case k.k when 0 then 'approved' when 1 then 'refused' else 'applied' end,
           case k.k when 0 then 'approve' when 1 then 'refuse' end,
           case when k.k < 2 then to_char(a.on::date + 10, 'YYYY-MM-DD') end, now()
    from credit_listing l
    cross join lateral (select abs(hashtext(l.id::text)) % 4 as k) k
    cross join lateral (select to_char(l.listed_on::date + abs(hashtext(l.id::text || 'a')) % 300, 'YYYY-MM-DD') as on) a
    where l.listed_on is not null and k.k < 3`);
  await w.app.db.execute(sql`
    insert into credit_objection (listing_id, org_id, enterprise_id, channel, submitted_by, received_on, due_on, content, state, created_at)
    select l.id, l.org_id, l.enterprise_id, 'online', l.proposed_by, to_char(l.listed_on::date + abs(hashtext(l.id::text || 'o')) % 200, 'YYYY-MM-DD'),
           l.listed_on, '测试异议', 'upheld', now()
    from credit_listing l where l.listed_on is not null and abs(hashtext(l.id::text || 'x')) % 2 = 0`);
}, 60_000);
afterAll(() => w.close());

const n = async (q: ReturnType<typeof sql>) => Number((await rows<{ n: number }>(w.app.db, q))[0].n);

/** The figures written without the module's helpers. */
async function independent(s: FigureScope) {
  const tree = sql`l.org_id in (select id from org where path like ${`${s.orgPath}%`})`;
  const count = (where: ReturnType<typeof sql>) => n(sql`select count(*)::int as n from credit_listing l where ${tree} and ${where}`);
  const within = (col: string) => sql`${sql.raw(col)}::date between ${s.from}::date and ${s.to}::date`;
  return {
    'credit.proposed': await count(within('l.proposed_on')),
    'credit.listed': await count(within('l.listed_on')),
    'credit.withdrawn': await count(sql`l.state = 'withdrawn' and ${within('l.decided_on')}`),
    'credit.removed': await count(sql`l.removal_reason = 'termEnded' and ${within('l.removed_on')}`),
    'credit.repairRemoved': await count(sql`l.removal_reason = 'repaired' and ${within('l.removed_on')}`),
    'credit.repairsApplied': await count(sql`exists (select 1 from credit_repair r where r.listing_id = l.id and ${within('r.applied_on')})`),
    'credit.repairsApproved': await count(
      sql`exists (select 1 from credit_repair r where r.listing_id = l.id and r.decision = 'approve' and ${within('r.decided_on')})`,
    ),
    'credit.objections': await count(sql`exists (select 1 from credit_objection o where o.listing_id = l.id and ${within('o.received_on')})`),
    'credit.current': await count(sql`l.listed_on::date <= ${s.to}::date and (l.removed_on is null or l.removed_on::date > ${s.to}::date)`),
  } as Record<string, number>;
}

describe('严重失信主体名单 figures', () => {
  it('equal an independent count for random org subtrees and periods', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({ org: fc.integer({ min: 0, max: 6 }), start: fc.integer({ min: 0, max: 640 }), length: fc.integer({ min: 0, max: 400 }) }),
        async ({ org, start, length }) => {
          const o = orgs[org % orgs.length];
          const s: FigureScope = { orgId: o.id, orgPath: o.path, from: day(start), to: day(start + length) };
          const measured = await creditFigures.measure(w.app.db, s);
          const expected = await independent(s);
          for (const code of CREDIT_FIGURE_CODES) expect(measured[code], code).toEqual({ count: expected[code] });
        },
      ),
      { numRuns: 25 },
    );
  });

  it('drill down to exactly the listings they count', async () => {
    const o = orgs[0];
    const s: FigureScope = { orgId: o.id, orgPath: o.path, from: '2025-06-01', to: '2026-06-30' };
    const measured = await creditFigures.measure(w.app.db, s);
    for (const figure of CREDIT_FIGURE_CODES) {
      const listed = await listListings(w.app, systemActor, listListingsQuery.parse({ figure, orgId: o.id, from: s.from, to: s.to, pageSize: 200 }));
      expect(listed.total, figure).toEqual((measured[figure] as { count: number }).count);
      expect(listed.total, figure).toBeGreaterThan(0);
    }
  });
});
