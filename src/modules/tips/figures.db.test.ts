// Each 举报投诉 figure equals an independent count written here in plain SQL, for random org subtrees
// and periods over tips received, decided and left undecided on either side of midnight China time;
// and each drill-down lists exactly the tips it counts.
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../seed/names.js';
import { systemActor } from '../../platform/context.js';
import { addDays } from '../../platform/dates.js';
import { rows } from '../../platform/db/index.js';
import type { FigureScope } from '../../platform/figures/types.js';
import { addUser, createWorld, type TestWorld } from '../../testing/fixture.js';
import { COMPLAINT_KINDS, COMPLAINT_OUTCOMES, listTipsQuery, REPORT_KINDS, TIP_CHANNELS, TIP_FIGURE_CODES, TIP_KINDS } from './contract.js';
import { tipFigures } from './figures.js';
import { acceptBy, finishBy } from './rules.js';
import { listTips } from './service.js';

let w: TestWorld;
let orgs: { id: string; path: string }[];

/** The same numbers on both databases (the seed generator's own stream). */
const random = mulberry32;
const day = (offset: number) => addDays('2025-01-01', offset);

beforeAll(async () => {
  w = await createWorld();
  orgs = await rows(w.app.db, sql`select id, path from org order by path`);
  const rand = random(7);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const tips = Array.from({ length: 800 }, (_, i) => {
    const received = day(Math.floor(rand() * 600));
    // Near midnight China time (16:00 UTC) on either side, or in the working day.
    const receivedAt = `${received}${pick(['T15:59:59Z', 'T16:00:00Z', 'T02:00:00Z'])}`;
    const china = receivedAt.endsWith('T16:00:00Z') ? addDays(received, 1) : received;
    const decided = rand() < 0.8;
    const decidedOn = addDays(china, Math.floor(rand() * 25) - 1);
    const decidedAt = decided ? `${decidedOn}${pick(['T15:59:59Z', 'T16:00:00Z', 'T03:00:00Z'])}` : null;
    const state = decided ? pick(['accepted', 'declined', 'assigned', 'verified']) : 'received';
    const acceptedOn = decidedAt?.endsWith('T16:00:00Z') ? addDays(decidedOn, 1) : decidedOn;
    const verified = state === 'verified';
    const verifiedOn = addDays(acceptedOn, Math.floor(rand() * 80));
    return {
      receipt: `JB${String(i).padStart(14, '0')}`,
      org_id: pick(orgs).id,
      kind: pick(TIP_KINDS),
      channel: pick(['portal', 'hotline', 'letter', 'visit']),
      state,
      received_at: receivedAt,
      accept_by: acceptBy(china),
      decided_at: decidedAt,
      finish_by: decided && state !== 'declined' ? finishBy(acceptedOn) : null,
      verification: verified ? pick(['confirmed', 'partly', 'notConfirmed']) : null,
      // Complaints close with an outcome; some verified complaints (before outcomes were kept) without.
      complaint_outcome: verified ? pick([...COMPLAINT_OUTCOMES, null]) : null,
      verified_at: verified ? `${verifiedOn}${pick(['T15:59:59Z', 'T16:00:00Z', 'T03:00:00Z'])}` : null,
      cases: verified && rand() < 0.5 ? 1 : 0,
      // A paid reward on some verified tips, and rewards proposed or rejected that are not paid.
      reward: verified ? pick(['paid', 'paid', 'proposed', 'rejected', null]) : null,
      paid_on: addDays(verifiedOn, Math.floor(rand() * 40)),
      amount: 300_000 + Math.floor(rand() * 1_000_000),
    };
  });
  await w.app.db.execute(sql`
    insert into tip (receipt, secret_digest, org_id, kind, channel, state, subject_name, content, anonymous, matter_key, received_at, accept_by, decided_at,
                     finish_by, verification, verified_at, case_ids, complaint_outcome)
    select t.receipt, 'x', t.org_id::uuid, t.kind, t.channel, t.state, '某公司', '举报内容举报内容举报内容', true, t.kind || ':某公司', t.received_at::timestamptz, t.accept_by, t.decided_at::timestamptz,
           t.finish_by, t.verification, t.verified_at::timestamptz, case when t.cases > 0 then array[gen_random_uuid()] else '{}'::uuid[] end,
           t.complaint_outcome
    from json_to_recordset(${JSON.stringify(tips)}::json) as t(receipt text, org_id text, kind text, channel text, state text, received_at text, accept_by text, decided_at text,
                                                               finish_by text, verification text, verified_at text, cases int, complaint_outcome text)`);
  const someone = await addUser(w, 'fig.proposer', orgs[0].id, ['officer']);
  await w.app.db.execute(sql`
    insert into tip_reward (tip_id, state, amount_fen, outcome, computation, basis, proposed_by, proposed_at, paid_on)
    select tip.id, t.reward, t.amount, '{}'::jsonb, '', '', ${someone.id}::uuid, now(), case when t.reward = 'paid' then t.paid_on end
    from json_to_recordset(${JSON.stringify(tips)}::json) as t(receipt text, reward text, amount bigint, paid_on text)
    join tip on tip.receipt = t.receipt
    where t.reward is not null`);
}, 60_000);
afterAll(() => w.close());

const n = async (q: ReturnType<typeof sql>) => Number((await rows<{ n: number }>(w.app.db, q))[0].n);
const complaints = sql.raw(`(${COMPLAINT_KINDS.map((k) => `'${k}'`).join(', ')})`);

/** The figures written without the module's helpers. */
async function independent(s: FigureScope) {
  const tree = sql`t.org_id in (select id from org where path like ${`${s.orgPath}%`})`;
  const received = sql`(t.received_at at time zone 'Asia/Shanghai')::date between ${s.from} and ${s.to}`;
  const due = sql`t.accept_by between ${s.from} and ${s.to}`;
  const verified = sql`(t.verified_at at time zone 'Asia/Shanghai')::date between ${s.from} and ${s.to}`;
  const finish = sql`t.kind not in ${complaints} and t.finish_by between ${s.from} and ${s.to}`;
  const count = (where: ReturnType<typeof sql>) => n(sql`select count(*)::int as n from tip t where ${tree} and ${where}`);
  const concluded = sql`t.kind in ${complaints} and t.complaint_outcome is not null and ${verified}`;
  const breakdown = async <T extends string>(values: readonly T[], prefix: string, where: (v: T) => ReturnType<typeof sql>) =>
    Object.fromEntries(await Promise.all(values.map(async (v) => [`${prefix}${v}`, await count(where(v))] as const)));
  return {
    ...(await breakdown(TIP_CHANNELS, 'tips.channel.', (c) => sql`t.kind not in ${complaints} and ${received} and t.channel = ${c}`)),
    ...(await breakdown(REPORT_KINDS, 'tips.kind.', (k) => sql`${received} and t.kind = ${k}`)),
    'tips.complaintsConcluded': await count(concluded),
    ...(await breakdown(COMPLAINT_OUTCOMES, 'tips.complaint.', (o) => sql`${concluded} and t.complaint_outcome = ${o}`)),
    'tips.received': await count(sql`t.kind not in ${complaints} and ${received}`),
    'tips.accepted': await count(
      sql`t.kind not in ${complaints} and t.state not in ('received', 'declined') and (t.decided_at at time zone 'Asia/Shanghai')::date between ${s.from} and ${s.to}`,
    ),
    'tips.acceptDue': await count(due),
    'tips.acceptOnTime': await count(sql`${due} and t.decided_at is not null and (t.decided_at at time zone 'Asia/Shanghai')::date <= t.accept_by::date`),
    'tips.complaints': await count(sql`t.kind in ${complaints} and ${received}`),
    'tips.verified': await count(sql`t.kind not in ${complaints} and ${verified} and t.verification in ('confirmed', 'partly')`),
    'tips.ledToCases': await count(sql`t.kind not in ${complaints} and ${verified} and cardinality(t.case_ids) > 0`),
    'tips.finishDue': await count(finish),
    'tips.finishOnTime': await count(sql`${finish} and t.verified_at is not null and (t.verified_at at time zone 'Asia/Shanghai')::date <= t.finish_by::date`),
    'tips.rewarded': await count(
      sql`exists (select 1 from tip_reward r where r.tip_id = t.id and r.state = 'paid' and r.paid_on between ${s.from} and ${s.to})`,
    ),
    fen: await n(
      sql`select coalesce(sum(r.amount_fen), 0)::bigint as n from tip_reward r join tip t on t.id = r.tip_id where ${tree} and r.state = 'paid' and r.paid_on between ${s.from} and ${s.to}`,
    ),
  };
}

const scopes = () => fc.record({ org: fc.integer({ min: 0, max: 6 }), start: fc.integer({ min: 0, max: 620 }), length: fc.integer({ min: 0, max: 400 }) });

describe('举报投诉 figures', () => {
  it('equal an independent count for random org subtrees and periods, and the rate is their quotient', async () => {
    await fc.assert(
      fc.asyncProperty(scopes(), async ({ org, start, length }) => {
        const o = orgs[org % orgs.length];
        const s: FigureScope = { orgId: o.id, orgPath: o.path, from: day(start), to: day(start + length) };
        const measured = await tipFigures.measure(w.app.db, s);
        const expected = await independent(s);
        for (const code of TIP_FIGURE_CODES) expect(measured[code], code).toEqual({ count: (expected as Record<string, number>)[code] });
        expect(measured['tips.acceptOnTimeRate']).toEqual({ part: expected['tips.acceptOnTime'], whole: expected['tips.acceptDue'] });
        expect(measured['tips.finishOnTimeRate']).toEqual({ part: expected['tips.finishOnTime'], whole: expected['tips.finishDue'] });
        expect(measured['tips.rewardAmount']).toEqual({ fen: expected.fen });
      }),
      { numRuns: 25 },
    );
  });

  it('drill down to exactly the tips they count', async () => {
    const o = orgs[2];
    const s: FigureScope = { orgId: o.id, orgPath: o.path, from: '2025-03-01', to: '2025-12-31' };
    const measured = await tipFigures.measure(w.app.db, s);
    for (const figure of TIP_FIGURE_CODES) {
      const listed = await listTips(w.app, systemActor, listTipsQuery.parse({ figure, orgId: o.id, from: s.from, to: s.to, pageSize: 200 }));
      expect(listed.total, figure).toEqual((measured[figure] as { count: number }).count);
      expect(listed.total, figure).toBeGreaterThan(0);
    }
  });
});
