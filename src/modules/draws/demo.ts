// The draws module's part of the demo: the city's spot-check matters (抽查事项清单).
import { systemActor } from '../../platform/context.js';
import type { DemoContext } from '../../platform/modules.js';
import { and, eq } from 'drizzle-orm';
import { createMatter } from './matters.js';
import { spotCheckMatter } from './schema.js';
import { announceDraw, makeDraw } from './service.js';

// The city's 随机抽查事项清单, so a first draw can be made right after `npm start`.
const DEMO_MATTERS = [
  {
    code: 'SC-WHP-01',
    name: '危险化学品企业安全生产监督检查',
    legalBasis: '《中华人民共和国安全生产法》第六十五条；《危险化学品安全管理条例》第六条',
    checklistCode: 'CL-HC',
    ratioPermille: 100,
    frequency: '每年不少于一次',
    targetFilter: { keyCategories: ['hazardousChemicals' as const] },
    strataBy: 'region' as const,
    active: true,
  },
  {
    code: 'SC-GM-01',
    name: '工贸企业安全生产监督检查',
    legalBasis: '《中华人民共和国安全生产法》第六十五条',
    checklistCode: 'CL-GEN',
    ratioPermille: 50,
    frequency: '每年一次',
    targetFilter: { industryPrefix: 'C' },
    strataBy: 'riskGrade' as const,
    active: true,
  },
];

export async function seedDrawsDemo(app: Parameters<typeof createMatter>[0], { city }: DemoContext) {
  for (const m of DEMO_MATTERS) await createMatter(app, systemActor, { ...m, orgId: city.id });
}

/**
 * A draw of the city's matter on a day of the demo year, as the section chief makes one: announced
 * in the morning on that evening's lottery, drawn once the numbers are out. The plan it carries out
 * (年度计划的双随机抽查项目) is named by the plans module, which schedules it.
 */
export function scheduleDemoDraw(
  ctx: DemoContext,
  d: { matterCode: string; name: string; on: string; total: number; planId?: string; rand: () => number },
): boolean {
  const balls = (n: number, max: number) => {
    const picked = new Set<number>();
    while (picked.size < n) picked.add(1 + Math.floor(d.rand() * max));
    return [...picked].sort((a, b) => a - b).map((x) => String(x).padStart(2, '0'));
  };
  const value = `${balls(6, 33).join(' ')}+${balls(1, 16)[0]}`;
  return ctx.at(d.on, '10:00', async (app) => {
    const chief = await ctx.actor('xn.chief');
    const [matter] = await app.db
      .select({ id: spotCheckMatter.id })
      .from(spotCheckMatter)
      .where(and(eq(spotCheckMatter.orgId, ctx.city.id), eq(spotCheckMatter.code, d.matterCode)));
    if (!matter) throw new Error(`demo matter ${d.matterCode} missing`);
    const announced = await announceDraw(app, chief, {
      matterId: matter.id,
      name: d.name,
      drawDate: d.on,
      total: d.total,
      excludeInspectedWithinMonths: 12,
      excludeEnterprises: [],
      perEnterprise: 2,
      conflicts: [],
      repeatRecusalMonths: 12,
      teamDistinctOrgs: false,
      beacon: { source: `中国福利彩票双色球 ${d.on} 开奖号码`, expectedAt: `${d.on}T21:15:00+08:00`, format: '红球升序以空格分隔+蓝球' },
      ...(d.planId ? { planId: d.planId } : {}),
    });
    ctx.at(d.on, '21:40', async (later) => {
      await makeDraw(later, chief, announced.id, { beacon: value, version: announced.version });
    });
  });
}
