// The plans module's part of the demo: the city's plan for the current year, drafted in December
// and published, carried out by its draws and by monthly key-enterprise tasks; a county's plan
// approved (not yet published) with its own key list. Everything through the services, on the
// demo's timeline (src/seed/timeline.ts).
import { addDays } from '../../platform/dates.js';
import type { AppContext } from '../../platform/context.js';
import { systemActor } from '../../platform/context.js';
import type { DemoContext } from '../../platform/modules.js';
import { scheduleDemoDraw } from '../draws/demo.js';
import { listEnterprises } from '../registry/service.js';
import type { PlanItemIn } from './contract.js';
import { issueTasksFromPlan } from './issue-tasks.js';
import { createPlan, transitionPlan } from './service.js';

const later = (a: string, b: string) => (a > b ? a : b);
const monthOf = (date: string) => Number(date.slice(5, 7));
const yearOf = (date: string) => Number(date.slice(0, 4));

/** The day the tasks are planned for: two days on, within the same month. */
const plannedIn = (on: string) => (addDays(on, 2).slice(0, 7) === on.slice(0, 7) ? addDays(on, 2) : on);

async function keyEnterprises(app: AppContext, orgId: string, n: number, skip: string) {
  // The riskiest first: 重大风险 where there are any, then 较大风险.
  const items = [];
  for (const riskGrade of ['major', 'high'] as const)
    items.push(...(await listEnterprises(app, systemActor, { orgId, status: 'operating', riskGrade, page: 1, pageSize: 40 })).items);
  const picked: string[] = [];
  const orgs = new Set<string>();
  // One a county where the list allows, so the key list spans the city.
  for (const e of items) {
    if (picked.length < n && e.id !== skip && !orgs.has(e.orgId)) {
      orgs.add(e.orgId);
      picked.push(e.id);
    }
  }
  for (const e of items) if (picked.length < n && e.id !== skip && !picked.includes(e.id)) picked.push(e.id);
  return picked;
}

interface PlanScript {
  year: number;
  owner: { id: string };
  title: string;
  drafter: string;
  approver: string;
  publish: boolean;
  items: PlanItemIn[];
  keyMonths: { on: string; time: string; officers: [string, string] }[];
}

function schedulePlan(ctx: DemoContext, on: string, s: PlanScript, made: (planId: string) => void) {
  ctx.at(on, '10:30', async (app) => {
    const drafter = await ctx.actor(s.drafter);
    let plan = await createPlan(app, drafter, { orgId: s.owner.id, year: s.year, title: s.title, items: s.items });
    made(plan.id);
    plan = await transitionPlan(app, drafter, plan.id, 'submit', { version: plan.version });
    ctx.at(addDays(on, 4), '15:00', async (app2) => {
      const approver = await ctx.actor(s.approver);
      plan = await transitionPlan(app2, approver, plan.id, 'approve', { version: plan.version });
      if (s.publish)
        ctx.at(addDays(on, 6), '09:30', async (app3) => void (await transitionPlan(app3, approver, plan.id, 'publish', { version: plan.version })));
    });
    for (const k of s.keyMonths) {
      ctx.at(k.on, k.time, async (app4) => {
        const leader = await ctx.actor(s.drafter);
        const officers = await Promise.all(k.officers.map((o) => ctx.actor(o)));
        await issueTasksFromPlan(app4, leader, {
          planId: plan.id,
          month: monthOf(k.on),
          officerIds: officers.map((o) => o.userId!),
          plannedOn: plannedIn(k.on),
        });
      });
    }
  });
}

export async function seedPlansDemo(app: AppContext, ctx: DemoContext) {
  const rand = ctx.random(0x91a2);
  const { city, counties, today, start } = ctx;
  const year = yearOf(today);
  // Drafted in the December before the year, or on the demo's first days when that is earlier.
  const drafted = later(addDays(start, 2), `${year - 1}-12-01`);
  const inForce = addDays(drafted, 7);
  const ofPlan = (on: string) => yearOf(on) === year && on > inForce;
  const draws = [
    { matterCode: 'SC-WHP-01', name: '危险化学品企业双随机抽查（第一批）', on: addDays(today, -250), total: 5 },
    { matterCode: 'SC-GM-01', name: '工贸企业双随机抽查', on: addDays(today, -150), total: 6 },
    { matterCode: 'SC-WHP-01', name: '危险化学品企业双随机抽查（第二批）', on: addDays(today, -55), total: 4 },
  ];
  const targets = (code: string) => {
    const t = Array<number>(12).fill(0);
    for (const d of draws) if (d.matterCode === code && ofPlan(d.on)) t[monthOf(d.on) - 1] += d.total;
    return t;
  };
  const keyDays = [addDays(today, -215), addDays(today, -125), addDays(today, -35)].filter(ofPlan);
  const keyTargets = (n: number) => {
    const t = Array<number>(12).fill(0);
    for (const on of keyDays) t[monthOf(on) - 1] = n;
    return t;
  };

  const cityKey = await keyEnterprises(app, city.id, 2, ctx.enterprise.id);
  let cityPlanId: string | undefined;
  schedulePlan(
    ctx,
    drafted,
    {
      year,
      owner: city,
      title: `${city.name}${year}年度安全生产监督检查计划`,
      drafter: 'xn.chief',
      approver: 'xn.deputy',
      publish: true,
      items: [
        { kind: 'key', name: '重大风险企业重点检查', matterCode: null, enterpriseIds: cityKey, cadence: 'month', targets: keyTargets(cityKey.length) },
        { kind: 'random', name: '危险化学品企业双随机抽查', matterCode: 'SC-WHP-01', enterpriseIds: [], cadence: 'month', targets: targets('SC-WHP-01') },
        { kind: 'random', name: '工贸企业双随机抽查', matterCode: 'SC-GM-01', enterpriseIds: [], cadence: 'month', targets: targets('SC-GM-01') },
      ],
      keyMonths: keyDays.map((on, i) => ({ on, time: '09:00', officers: i % 2 ? ['xn.officer3', 'xn.officer4'] : ['xn.officer1', 'xn.officer2'] })),
    },
    (id) => {
      cityPlanId = id;
    },
  );

  const county = counties[0];
  const prefix = `c${county.regionCode.slice(4)}`;
  const countyKey = await keyEnterprises(app, county.id, 1, ctx.enterprise.id);
  schedulePlan(
    ctx,
    addDays(drafted, 1),
    {
      year,
      owner: county,
      title: `${county.name}${year}年度安全生产监督检查计划`,
      drafter: `${prefix}.chief`,
      approver: `${prefix}.head`,
      publish: false,
      items: [{ kind: 'key', name: '辖区重点企业检查', matterCode: null, enterpriseIds: countyKey, cadence: 'month', targets: keyTargets(countyKey.length) }],
      keyMonths: keyDays.map((on) => ({ on, time: '09:10', officers: [`${prefix}.officer1`, `${prefix}.officer2`] })),
    },
    () => undefined,
  );

  // The plan's random items are carried out by draws announced under it.
  for (const d of draws) {
    ctx.at(addDays(d.on, -1), '17:00', async () => {
      scheduleDemoDraw(ctx, { ...d, rand, ...(ofPlan(d.on) && cityPlanId ? { planId: cityPlanId } : {}) });
    });
  }
}
