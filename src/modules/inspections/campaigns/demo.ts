// The demo's 专项整治: the city's drive over manufacturing, launched two months ago and still
// under way, with 专项检查 tasks in two counties (the field work of demo.ts carries them out), and
// one 联合执法 and one 暗查暗访 task, so every kind of task appears in the demo.
import type { AppContext } from '../../../platform/context.js';
import { systemActor } from '../../../platform/context.js';
import { addDays } from '../../../platform/dates.js';
import type { DemoContext } from '../../../platform/modules.js';
import { listEnterprises } from '../../registry/service.js';
import { openTask } from '../tasks/open.js';
import { createCampaign } from './service.js';

export async function scheduleCampaignDemo(app: AppContext, ctx: DemoContext) {
  const { city, counties, today } = ctx;
  const startsOn = addDays(today, -60);
  const firms = await Promise.all(
    counties.slice(0, 2).map(async (county) => {
      const { items } = await listEnterprises(app, systemActor, { orgId: county.id, status: 'operating', industry: 'C', page: 2, pageSize: 5 });
      return { county, prefix: `c${county.regionCode.slice(4)}`, items: items.filter((e) => e.id !== ctx.enterprise.id) };
    }),
  );
  ctx.at(addDays(startsOn, -5), '10:00', async (app2) => {
    const head = await ctx.actor('xn.head');
    const c = await createCampaign(app2, head, {
      orgId: city.id,
      name: '工贸行业安全生产专项整治',
      basis: '咸宁市应急管理局《关于开展工贸行业安全生产专项整治的通知》',
      startsOn,
      endsOn: addDays(today, 30),
      industryCodes: ['C'],
      keyCategories: [],
      goal: '排查整治制造业企业安全管理、有限空间和粉尘涉爆作业中的事故隐患，重大事故隐患动态清零',
    });
    for (const [i, { county, prefix, items }] of firms.entries()) {
      for (const [k, firm] of items.slice(0, 3).entries()) {
        const on = addDays(startsOn, 3 + 12 * k + i);
        ctx.at(on, '09:30', async (app3) => {
          const chief = await ctx.actor(`${prefix}.chief`);
          const team = await Promise.all([2, 3].map((n) => ctx.actor(`${prefix}.officer${n}`)));
          await openTask(app3, chief, {
            orgId: county.id,
            enterpriseId: firm.id,
            officerIds: team.map((o) => o.userId!),
            reason: '工贸行业安全生产专项整治：专项检查',
            plannedOn: addDays(on, 2),
            source: 'campaign',
            campaignId: c.id,
          });
        });
      }
    }
  });
  const [first] = firms;
  const [joint, unannounced] = first?.items.slice(3) ?? [];
  const open = (on: string, enterpriseId: string | undefined, extra: { source: 'joint' | 'unannounced'; reason: string; departments?: string[] }) =>
    enterpriseId &&
    ctx.at(on, '15:00', async (app2) => {
      const chief = await ctx.actor(`${first.prefix}.chief`);
      const team = await Promise.all([4, 5].map((n) => ctx.actor(`${first.prefix}.officer${n}`)));
      await openTask(app2, chief, { orgId: first.county.id, enterpriseId, officerIds: team.map((o) => o.userId!), plannedOn: addDays(on, 1), ...extra });
    });
  open(addDays(today, -40), joint?.id, {
    source: 'joint',
    reason: '会同市场监管、消防部门对涉危企业开展联合检查',
    departments: ['市场监督管理局', '消防救援大队'],
  });
  open(addDays(today, -25), unannounced?.id, { source: 'unannounced', reason: '夜间暗查暗访违规动火和有限空间作业' });
}
