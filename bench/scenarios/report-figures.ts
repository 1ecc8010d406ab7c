import { sql, type SQL } from 'drizzle-orm';
import { MODULES } from '../../src/modules/index.js';
import { figureCatalogue, figuresFor } from '../../src/modules/report/service.js';
import type { Actor } from '../../src/platform/context.js';
import { rows } from '../../src/platform/db/index.js';
import type { Measure } from '../../src/platform/figures/types.js';
import { SHIPPED_YEARS } from '../../src/platform/workdays/calendar-data.js';
import { LICENSE_MATTER_CODES } from '../../src/modules/licensing/codes.js';
import { SERVICE_GUIDES } from '../../src/modules/licensing/matters.js';
import { seconds, type Measurement, type Scenario } from './types.js';

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

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** China-day instants: [from 00:00, to + 1 day 00:00) in Asia/Shanghai. */
const dayStart = (d: string, plus = 0) => sql`((${d}::date + ${plus}::int)::timestamp at time zone 'Asia/Shanghai')`;

/** A licence decision's counted working days after acceptance up to `last`: the holiday data as days off and 调休 days, paused days left out. */
function licenceWorkdays(last: SQL) {
  const days = (ds: string[]) => sql`array(select jsonb_array_elements_text(${JSON.stringify(ds)}::jsonb)::date)`;
  const off = days(
    SHIPPED_YEARS.flatMap((y) =>
      y.holidays.flatMap((h) => {
        const out: string[] = [];
        for (let t = Date.parse(h.from); t <= Date.parse(h.to); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
        return out;
      }),
    ),
  );
  const on = days(SHIPPED_YEARS.flatMap((y) => [...y.workingWeekendDays]));
  return sql`(select count(*) from generate_series(la.accepted_on::date + 1, ${last}, interval '1 day') g(t)
              where (g.t::date = any(${on}) or (extract(isodow from g.t) < 6 and not g.t::date = any(${off})))
                and not exists (select 1 from jsonb_array_elements(la.pauses) p where g.t::date between (p ->> 'from')::date and coalesce((p ->> 'to')::date, 'infinity'::date)))`;
}

/** The bare statements, one per module, each answering its figure codes. */
function bareStatements(
  path: string,
  from: string,
  to: string,
): { module: string; query: SQL; read: (r: Record<string, unknown>) => Record<string, Measure> }[] {
  const tree = `${path}%`;
  const start = dayStart(from);
  const end = dayStart(to, 1);
  const decided = sql`pc.decided_on between ${from} and ${to} and pc.state <> 'notPunished'`;
  const measure = (m: string) => sql`(pc.penalty -> 'measures') @> ${JSON.stringify([m])}::jsonb`;
  const events = ['notPunish', 'transferToPolice', 'recordHearing', 'recordDeliberation'] as const;
  const sources = ['draw', 'plan', 'campaign', 'tip', 'joint', 'unannounced', 'routine'] as const;
  const done = sql`t.status = 'completed' and t.completed_on between ${from} and ${to}`;
  const due = sql`d.kind in ('penaltyDecision', 'summaryDecision') and d.due_on between ${from} and ${to} and not (d.status = 'withdrawn' and d.published_at is null)`;
  const serving = (role: string) => sql`${role} = any(u.roles) and u.status = 'active' and u.created_at < ${end}`;
  const n = (r: Record<string, unknown>, k: string) => Number(r[k]);
  const complaint = sql`tp.kind in ('complaintConduct', 'complaintDecision')`;
  const TIP_REPORT_KINDS = ['majorHazard', 'illegalProduction', 'concealedAccident', 'otherViolation'];
  const licenceDecided = sql`la.state in ('granted', 'denied', 'issued') and la.decided_on between ${from} and ${to}`;
  const licencePeriod = sql`(case la.matter_code ${sql.join(
    LICENSE_MATTER_CODES.map((m) => sql`when ${m} then ${SERVICE_GUIDES[m].statutory.days}::int`),
    sql` `,
  )} end + case when la.extension_days = 10 then 10 else 0 end)`;
  return [
    {
      module: 'cases',
      query: sql`
        select a.*, e.*, l.*
        from (select count(*) filter (where pc.procedure = 'general' and pc.filed_on between ${from} and ${to}) as filed,
                     count(*) filter (where ${decided}) as penalties,
                     count(*) filter (where ${decided} and pc.procedure = 'summary') as summary,
                     coalesce(sum(round((pc.penalty ->> 'fineYuan')::numeric * 100)) filter (where ${decided} and ${measure('fine')}), 0) as fen,
                     count(*) filter (where ${decided} and ${measure('confiscation')}) as confiscations,
                     count(*) filter (where ${decided} and ${measure('suspendProduction')}) as suspensions,
                     count(*) filter (where ${decided} and ${measure('revokeLicence')}) as revocations
              from penalty_case pc join org o on o.id = pc.org_id where o.path like ${tree}) a,
             (select ${sql.join(
               events.map((ev) => sql`count(distinct ce.case_id) filter (where ce.event = ${ev}) as ${sql.identifier(ev)}`),
               sql`, `,
             )}
              from case_event ce join penalty_case pc on pc.id = ce.case_id join org o on o.id = pc.org_id
              where o.path like ${tree} and ce.event in (${sql.join(
                events.map((ev) => sql`${ev}`),
                sql`, `,
              )}) and ce.at >= ${start} and ce.at < ${end}) e,
             (select count(distinct lr.case_id) as reviews
              from legal_review lr join penalty_case pc on pc.id = lr.case_id join org o on o.id = pc.org_id
              where o.path like ${tree} and lr.at >= ${start} and lr.at < ${end}) l`,
      read: (r) => ({
        'cases.filed': { count: n(r, 'filed') },
        'cases.penalties': { count: n(r, 'penalties') },
        'cases.summaryPenalties': { count: n(r, 'summary') },
        'cases.fines': { fen: n(r, 'fen') },
        'cases.confiscations': { count: n(r, 'confiscations') },
        'cases.suspensions': { count: n(r, 'suspensions') },
        'cases.revocations': { count: n(r, 'revocations') },
        'cases.notPunished': { count: n(r, 'notPunish') },
        'cases.transferredToPolice': { count: n(r, 'transferToPolice') },
        'cases.hearings': { count: n(r, 'recordHearing') },
        'cases.deliberations': { count: n(r, 'recordDeliberation') },
        'cases.legalReviews': { count: n(r, 'reviews') },
      }),
    },
    {
      module: 'inspections',
      query: sql`
        select t.*, h.*
        from (select count(*) filter (where ${done}) as total,
                     ${sql.join(
                       sources.map((s) => sql`count(*) filter (where ${done} and t.source = ${s}) as ${sql.identifier(s)}`),
                       sql`, `,
                     )},
                     count(distinct t.enterprise_id) filter (where ${done}) as enterprises
              from inspection_task t join org o on o.id = t.org_id where o.path like ${tree}) t,
             (select count(*) as found,
                     count(*) filter (where h.status = 'closed' and h.closed_on <= ${to}) as rectified,
                     count(*) filter (where h.grade = 'major') as major,
                     count(*) filter (where h.grade = 'major' and h.status = 'closed' and h.closed_on <= ${to}) as major_rectified
              from hazard h join org o on o.id = h.org_id where o.path like ${tree} and h.found_on between ${from} and ${to}) h`,
      read: (r) => ({
        'inspections.total': { count: n(r, 'total') },
        ...Object.fromEntries(sources.map((s) => [`inspections.${s}`, { count: n(r, s) }])),
        'inspections.enterprises': { count: n(r, 'enterprises') },
        'hazards.found': { count: n(r, 'found') },
        'hazards.rectified': { count: n(r, 'rectified') },
        'hazards.rectificationRate': { part: n(r, 'rectified'), whole: n(r, 'found') },
        'hazards.majorFound': { count: n(r, 'major') },
        'hazards.majorRectified': { count: n(r, 'major_rectified') },
        'hazards.majorRectificationRate': { part: n(r, 'major_rectified'), whole: n(r, 'major') },
      }),
    },
    {
      module: 'disclosure',
      query: sql`
        select count(*) filter (where d.published_at >= ${start} and d.published_at < ${end}) as published,
               count(*) filter (where ${due}) as due,
               count(*) filter (where ${due} and (d.published_at at time zone 'Asia/Shanghai')::date <= d.due_on) as on_time
        from disclosure d join org o on o.id = d.org_id where o.path like ${tree}`,
      read: (r) => ({
        'disclosure.published': { count: n(r, 'published') },
        'disclosure.penaltyDue': { count: n(r, 'due') },
        'disclosure.penaltyOnTime': { count: n(r, 'on_time') },
        'disclosure.penaltyOnTimeRate': { part: n(r, 'on_time'), whole: n(r, 'due') },
      }),
    },
    {
      module: 'people',
      query: sql`
        select count(*) filter (where ${serving('officer')}) as officers,
               count(*) filter (where ${serving('officer')} and exists (select 1 from credential c where c.user_id = u.id and c.valid_from <= ${to} and c.valid_to >= ${to})) as certified,
               count(*) filter (where ${serving('legalReviewer')}) as reviewers
        from user_account u join org o on o.id = u.org_id where o.path like ${tree}`,
      read: (r) => ({
        'people.officers': { count: n(r, 'officers') },
        'people.certified': { count: n(r, 'certified') },
        'people.certifiedRate': { part: n(r, 'certified'), whole: n(r, 'officers') },
        'people.legalReviewers': { count: n(r, 'reviewers') },
        'people.legalReviewerShare': { part: n(r, 'reviewers'), whole: n(r, 'officers') },
      }),
    },
    {
      module: 'licensing',
      // In time: fewer counted working days before the decision day than the matter's period (+10 when extended).
      query: sql`
        select count(*) filter (where la.submitted_at >= ${start} and la.submitted_at < ${end}) as received,
               count(*) filter (where la.submitted_at >= ${start} and la.submitted_at < ${end} and la.channel = 'online') as online,
               count(*) filter (where la.accepted_on between ${from} and ${to}) as accepted,
               count(*) filter (where la.state = 'refusedToAccept' and la.closed_on between ${from} and ${to}) as refused,
               count(*) filter (where ${licenceDecided}) as decided,
               count(*) filter (where ${licenceDecided} and la.state in ('granted', 'issued')) as granted,
               count(*) filter (where ${licenceDecided} and la.state = 'denied') as denied,
               count(*) filter (where ${licenceDecided} and ${licenceWorkdays(sql`la.decided_on::date - 1`)} < ${licencePeriod}) as on_time,
               coalesce(sum(${licenceWorkdays(sql`la.decided_on::date`)}) filter (where ${licenceDecided}), 0) as workdays
        from license_application la join org o on o.id = la.org_id where o.path like ${tree}`,
      read: (r) => ({
        'licensing.received': { count: n(r, 'received') },
        'licensing.online': { count: n(r, 'online') },
        'licensing.onlineShare': { part: n(r, 'online'), whole: n(r, 'received') },
        'licensing.accepted': { count: n(r, 'accepted') },
        'licensing.refusedToAccept': { count: n(r, 'refused') },
        'licensing.decided': { count: n(r, 'decided') },
        'licensing.granted': { count: n(r, 'granted') },
        'licensing.denied': { count: n(r, 'denied') },
        'licensing.decidedOnTime': { count: n(r, 'on_time') },
        'licensing.onTimeRate': { part: n(r, 'on_time'), whole: n(r, 'decided') },
        'licensing.averageWorkdays': { part: n(r, 'workdays'), whole: n(r, 'decided') },
        'licensing.guides': { count: LICENSE_MATTER_CODES.length },
      }),
    },
    {
      module: 'tips',
      query: sql`
        select count(*) filter (where not ${complaint} and tp.received_at >= ${start} and tp.received_at < ${end}) as received,
               count(*) filter (where not ${complaint} and tp.state not in ('received', 'declined') and tp.decided_at >= ${start} and tp.decided_at < ${end}) as accepted,
               count(*) filter (where tp.accept_by between ${from} and ${to}) as due,
               count(*) filter (where tp.accept_by between ${from} and ${to} and (tp.decided_at at time zone 'Asia/Shanghai')::date <= tp.accept_by::date) as on_time,
               count(*) filter (where ${complaint} and tp.received_at >= ${start} and tp.received_at < ${end}) as complaints,
               count(*) filter (where not ${complaint} and tp.verified_at >= ${start} and tp.verified_at < ${end} and tp.verification in ('confirmed', 'partly')) as verified,
               count(*) filter (where not ${complaint} and tp.verified_at >= ${start} and tp.verified_at < ${end} and cardinality(tp.case_ids) > 0) as led,
               count(*) filter (where not ${complaint} and tp.finish_by between ${from} and ${to}) as finish_due,
               count(*) filter (where not ${complaint} and tp.finish_by between ${from} and ${to} and (tp.verified_at at time zone 'Asia/Shanghai')::date <= tp.finish_by::date) as finish_on_time,
               count(*) filter (where exists (select 1 from tip_reward r where r.tip_id = tp.id and r.state = 'paid' and r.paid_on between ${from} and ${to})) as rewarded,
               ${sql.join(
                 ['portal', 'hotline', 'letter', 'visit'].map(
                   (c) =>
                     sql`count(*) filter (where not ${complaint} and tp.received_at >= ${start} and tp.received_at < ${end} and tp.channel = ${c}) as ${sql.identifier(`ch_${c}`)},`,
                 ),
               )}
               ${sql.join(
                 TIP_REPORT_KINDS.map(
                   (k) =>
                     sql`count(*) filter (where tp.received_at >= ${start} and tp.received_at < ${end} and tp.kind = ${k}) as ${sql.identifier(`k_${k}`)},`,
                 ),
               )}
               ${sql.join(
                 ['upheld', 'partly', 'rejected'].map(
                   (o) =>
                     sql`count(*) filter (where ${complaint} and tp.verified_at >= ${start} and tp.verified_at < ${end} and tp.complaint_outcome = ${o}) as ${sql.identifier(`o_${o}`)},`,
                 ),
               )}
               count(*) filter (where ${complaint} and tp.verified_at >= ${start} and tp.verified_at < ${end} and tp.complaint_outcome is not null) as concluded,
               (select coalesce(sum(r.amount_fen), 0) from tip_reward r join tip t2 on t2.id = r.tip_id join org o2 on o2.id = t2.org_id
                 where o2.path like ${tree} and r.state = 'paid' and r.paid_on between ${from} and ${to}) as reward_fen
        from tip tp join org o on o.id = tp.org_id where o.path like ${tree}`,
      read: (r) => ({
        'tips.received': { count: n(r, 'received') },
        'tips.accepted': { count: n(r, 'accepted') },
        'tips.acceptDue': { count: n(r, 'due') },
        'tips.acceptOnTime': { count: n(r, 'on_time') },
        'tips.acceptOnTimeRate': { part: n(r, 'on_time'), whole: n(r, 'due') },
        'tips.complaints': { count: n(r, 'complaints') },
        'tips.verified': { count: n(r, 'verified') },
        'tips.ledToCases': { count: n(r, 'led') },
        'tips.finishDue': { count: n(r, 'finish_due') },
        'tips.finishOnTime': { count: n(r, 'finish_on_time') },
        'tips.finishOnTimeRate': { part: n(r, 'finish_on_time'), whole: n(r, 'finish_due') },
        'tips.rewarded': { count: n(r, 'rewarded') },
        'tips.rewardAmount': { fen: n(r, 'reward_fen') },
        ...Object.fromEntries(['portal', 'hotline', 'letter', 'visit'].map((c) => [`tips.channel.${c}`, { count: n(r, `ch_${c}`) }])),
        ...Object.fromEntries(TIP_REPORT_KINDS.map((k) => [`tips.kind.${k}`, { count: n(r, `k_${k}`) }])),
        'tips.complaintsConcluded': { count: n(r, 'concluded') },
        ...Object.fromEntries(['upheld', 'partly', 'rejected'].map((o) => [`tips.complaint.${o}`, { count: n(r, `o_${o}`) }])),
      }),
    },
  ];
}

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
