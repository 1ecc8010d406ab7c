// The bare statements of the report-figures scenario (report-figures.ts): for each module, one
// plain SQL statement written here without the module's helpers, joining org by path prefix and
// answering every figure code of that module, to compare figuresFor against and to time it by.
import { sql, type SQL } from 'drizzle-orm';
import type { Measure } from '../../src/platform/figures/types.js';
import { SHIPPED_YEARS } from '../../src/platform/workdays/calendar-data.js';
import { LICENSE_MATTER_CODES } from '../../src/modules/licensing/codes.js';
import { SERVICE_GUIDES } from '../../src/modules/licensing/matters.js';

/** China-day instants: [from 00:00, to + 1 day 00:00) in Asia/Shanghai. */
const dayStart = (d: string, plus = 0) => sql`((${d}::date + ${plus}::int)::timestamp at time zone 'Asia/Shanghai')`;

/** A licence decision's counted working days after acceptance up to `last`: the holiday data as days off and 调休 days, paused days left out. */
function licenceWorkdays(last: SQL) {
  return workdaysBetween(sql`la.accepted_on::date + 1`, last, true);
}

/** Working days from `first` to `last` by the holiday data (days off and 调休 days), optionally leaving out the application's paused days. */
function workdaysBetween(first: SQL, last: SQL, skipPauses = false) {
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
  const paused = sql`exists (select 1 from jsonb_array_elements(la.pauses) p where g.t::date between (p ->> 'from')::date and coalesce((p ->> 'to')::date, 'infinity'::date))`;
  return sql`(select count(*) from generate_series(${first}, ${last}, interval '1 day') g(t)
              where (g.t::date = any(${on}) or (extract(isodow from g.t) < 6 and not g.t::date = any(${off})))
                and not ${skipPauses ? paused : sql`false`})`;
}

/** Working days strictly between the licence decision and the day of issue: issued in time (第四十四条) while fewer than 10. */
function certificateWorkdays() {
  return workdaysBetween(sql`la.decided_on::date + 1`, sql`la.closed_on::date - 1`);
}

/** The bare statements, one per module, each answering its figure codes. */
export function bareStatements(
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
  const licenceIssued = sql`la.state = 'issued' and la.closed_on between ${from} and ${to}`;
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
               coalesce(sum(${licenceWorkdays(sql`la.decided_on::date`)}) filter (where ${licenceDecided}), 0) as workdays,
               count(*) filter (where ${licenceIssued}) as issued,
               count(*) filter (where ${licenceIssued} and ${certificateWorkdays()} < 10) as issued_on_time
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
        'licensing.issued': { count: n(r, 'issued') },
        'licensing.issuedOnTime': { count: n(r, 'issued_on_time') },
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
    {
      module: 'followups',
      query: sql`
        select count(*) filter (where fu.due_on between ${from} and ${to}) as due,
               count(*) filter (where fu.due_on between ${from} and ${to} and fu.answered_on <= ${to}) as visited,
               count(*) filter (where fu.answered_on between ${from} and ${to}) as answered,
               ${sql.join(
                 ['visit', 'phone', 'online'].map(
                   (c) => sql`count(*) filter (where fu.answered_on between ${from} and ${to} and fu.channel = ${c}) as ${sql.identifier(`ch_${c}`)},`,
                 ),
               )}
               count(*) filter (where fu.answered_on between ${from} and ${to} and fu.satisfaction in ('satisfied', 'basicallySatisfied')) as satisfied,
               count(*) filter (where fu.answered_on between ${from} and ${to} and fu.problem) as problems,
               count(*) filter (where fu.resolved_on between ${from} and ${to}) as resolved
        from follow_up_visit fu join org o on o.id = fu.org_id where o.path like ${tree}`,
      read: (r) => ({
        'followUps.due': { count: n(r, 'due') },
        'followUps.visited': { count: n(r, 'visited') },
        'followUps.rate': { part: n(r, 'visited'), whole: n(r, 'due') },
        'followUps.answered': { count: n(r, 'answered') },
        ...Object.fromEntries(['visit', 'phone', 'online'].map((c) => [`followUps.channel.${c}`, { count: n(r, `ch_${c}`) }])),
        'followUps.satisfied': { count: n(r, 'satisfied') },
        'followUps.satisfactionRate': { part: n(r, 'satisfied'), whole: n(r, 'answered') },
        'followUps.problems': { count: n(r, 'problems') },
        'followUps.resolved': { count: n(r, 'resolved') },
      }),
    },
    {
      module: 'credit',
      query: sql`
        select count(*) filter (where cl.proposed_on between ${from} and ${to}) as proposed,
               count(*) filter (where cl.listed_on between ${from} and ${to}) as listed,
               count(*) filter (where cl.state = 'withdrawn' and cl.decided_on between ${from} and ${to}) as withdrawn,
               count(*) filter (where cl.removal_reason = 'termEnded' and cl.removed_on between ${from} and ${to}) as removed,
               count(*) filter (where cl.removal_reason = 'repaired' and cl.removed_on between ${from} and ${to}) as "repairRemoved",
               count(*) filter (where cl.listed_on <= ${to} and (cl.removed_on is null or cl.removed_on > ${to})) as current,
               count(*) filter (where exists (select 1 from credit_repair r where r.listing_id = cl.id and r.applied_on between ${from} and ${to})) as "repairsApplied",
               count(*) filter (where exists (select 1 from credit_repair r where r.listing_id = cl.id and r.decision = 'approve'
                                                and r.decided_on between ${from} and ${to})) as "repairsApproved",
               count(*) filter (where exists (select 1 from credit_objection ob where ob.listing_id = cl.id and ob.received_on between ${from} and ${to})) as objections
        from credit_listing cl join org o on o.id = cl.org_id where o.path like ${tree}`,
      read: (r) =>
        Object.fromEntries(
          ['proposed', 'listed', 'withdrawn', 'removed', 'repairRemoved', 'current', 'repairsApplied', 'repairsApproved', 'objections'].map((k) => [
            `credit.${k}`,
            { count: n(r, k) },
          ]),
        ),
    },
    {
      module: 'deliberations',
      query: sql`
        select count(distinct dm.id) as meetings, count(di.id) as cases
        from deliberation_meeting dm join org o on o.id = dm.org_id left join deliberation_item di on di.meeting_id = dm.id
        where o.path like ${tree} and dm.state = 'closed' and dm.held_on between ${from} and ${to}`,
      read: (r) => ({ 'deliberations.meetings': { count: n(r, 'meetings') }, 'deliberations.cases': { count: n(r, 'cases') } }),
    },
    {
      module: 'exposures',
      query: sql`
        select (select count(*) from exposure e join org o on o.id = e.org_id
                 where o.path like ${tree} and e.kind = 'exposure' and e.published_on between ${from} and ${to}) as exposures,
               (select count(*) from exposure e join org o on o.id = e.org_id
                 where o.path like ${tree} and e.kind = 'typicalCase' and e.published_on between ${from} and ${to}) as "typicalCases",
               (select count(*) from exposure e join org o on o.id = e.org_id
                 where o.path like ${tree} and e.kind = 'circular' and e.published_on between ${from} and ${to}) as circulars,
               (select count(*) from summons s join org o on o.id = s.org_id
                 where o.path like ${tree} and s.target_kind = 'enterprise' and s.held_on between ${from} and ${to}) as "summonsEnterprises",
               (select count(*) from summons s join org o on o.id = s.org_id
                 where o.path like ${tree} and s.target_kind in ('locality', 'department') and s.held_on between ${from} and ${to}) as "summonsLocalities"`,
      read: (r) =>
        Object.fromEntries(
          ['exposures', 'typicalCases', 'circulars', 'summonsEnterprises', 'summonsLocalities'].map((k) => [`exposures.${k}`, { count: n(r, k) }]),
        ),
    },
    {
      module: 'transfers',
      query: sql`
        select count(*) filter (where ct.approved_on between ${from} and ${to}) as cases,
               coalesce(sum(jsonb_array_length(ct.persons)) filter (where ct.approved_on between ${from} and ${to}), 0) as persons,
               count(*) filter (where ct.police_decided_on between ${from} and ${to} and ct.police_decision = 'filed') as accepted,
               count(*) filter (where ct.police_decided_on between ${from} and ${to} and ct.police_decision = 'refused') as refused,
               count(*) filter (where ct.supervision_requested_on between ${from} and ${to}) as supervised,
               count(*) filter (where ct.returned_on between ${from} and ${to}) as returned,
               (select count(*) from joint_meeting jm join org jo on jo.id = jm.org_id
                 where jo.path like ${tree} and jm.held_on between ${from} and ${to}) as "jointMeetings"
        from criminal_transfer ct join org o on o.id = ct.org_id where o.path like ${tree}`,
      read: (r) =>
        Object.fromEntries(
          ['cases', 'persons', 'accepted', 'refused', 'supervised', 'returned', 'jointMeetings'].map((k): [string, Measure] => [
            `transfers.${k}`,
            { count: n(r, k) },
          ]),
        ),
    },
    {
      module: 'evaluations',
      query: sql`
        select count(*) filter (where ef.score is not null and ef.scored_at >= ${start} and ef.scored_at < ${end}) as files,
               coalesce(sum(ef.score) filter (where ef.score is not null and ef.scored_at >= ${start} and ef.scored_at < ${end}), 0) as "scoreSum",
               coalesce(sum(ef.defect_count) filter (where ef.score is not null and ef.scored_at >= ${start} and ef.scored_at < ${end}), 0) as defects,
               count(*) filter (where ef.excellent and er.state = 'closed' and er.closed_at >= ${start} and er.closed_at < ${end}) as excellent
        from evaluation_file ef join evaluation_round er on er.id = ef.round_id join org o on o.id = ef.org_id where o.path like ${tree}`,
      read: (r) => ({
        'evaluations.files': { count: n(r, 'files') },
        'evaluations.averageScore': { part: n(r, 'scoreSum'), whole: n(r, 'files') },
        'evaluations.defects': { count: n(r, 'defects') },
        'evaluations.excellent': { count: n(r, 'excellent') },
      }),
    },
  ];
}
