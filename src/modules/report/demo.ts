// The report module's part of the demo: the city's 法治政府建设情况报告 for the year, drafted in the
// app over the last days of the demo by the legal reviewer and the section chief, through the
// services. One section is left to write, so a walk can finish it, submit it and have the head
// approve (and so publish) it.
import { addDays } from '../../platform/dates.js';
import type { DemoContext } from '../../platform/modules.js';
import type { FigureCatalogue } from './service.js';
import { createAnnual, saveNarrative } from './annual/service.js';

const TEXTS: [section: string, author: string, text: string][] = [
  [
    'leader',
    'xn.chief',
    '局主要负责人认真履行推进法治建设第一责任人职责，把法治政府建设纳入年度工作要点，与安全生产执法工作同部署、同推进、同考核。局党组定期听取法治建设工作汇报，研究解决执法队伍建设、执法保障等重点问题。\n坚持领导干部学法制度，局党组理论学习中心组专题学习《中华人民共和国安全生产法》《中华人民共和国行政处罚法》等法律法规。',
  ],
  [
    'decisions',
    'xn.reviewer',
    '严格执行重大行政决策程序，年度监督检查计划等重要事项经调查研究、合法性审查和集体讨论后作出。对涉及企业切身利益的规范性文件，公开征求意见并进行合法性审核。',
  ],
  [
    'supervision',
    'xn.reviewer',
    '开展行政执法案卷评查，对立案、调查取证、审理、法制审核、决定、送达和执行各环节逐项检查，发现的问题逐一反馈承办科室整改。全过程记录执法行为，执法记录均留痕可查。',
  ],
  ['services', 'xn.reviewer', '推行“柔性执法”，对首次违法且危害后果轻微并及时改正的依法不予处罚，对企业开展执法帮扶，在检查中同步讲解法律法规和隐患整改要求。'],
  [
    'training',
    'xn.chief',
    '组织执法人员参加法律知识和业务技能培训，落实行政执法人员持证上岗和资格管理制度。深入企业开展“安全生产月”“宪法宣传周”等普法宣传活动，落实“谁执法谁普法”责任制。',
  ],
  [
    'shortcomings',
    'xn.reviewer',
    '一是基层执法力量仍显不足，乡镇（街道）执法人员专业能力有待提升；二是执法文书制作的规范化程度不够均衡；三是运用信息化手段开展非现场监管的能力需要加强。',
  ],
  ['next-year', 'xn.chief', '继续深化行政执法“三项制度”，健全执法案卷评查和执法监督机制；加强执法队伍专业化建设；推进“互联网+执法”，提升精准执法水平。'],
];

export async function seedReportDemo(ctx: DemoContext) {
  const today = ctx.today;
  // In January and February the bureau writes the report of the year just ended.
  const year = Number(today.slice(5, 7)) <= 2 ? Number(today.slice(0, 4)) - 1 : Number(today.slice(0, 4));
  const first = [addDays(today, -9), ctx.start].sort().at(-1) as string;
  let reportId = '';
  ctx.at(first, '10:00', async (app) => {
    const { MODULES } = await import('../index.js');
    const { figureCatalogue } = await import('./service.js');
    const catalogue: FigureCatalogue = figureCatalogue(MODULES);
    reportId = (await createAnnual(app, await ctx.actor('xn.reviewer'), catalogue, { orgId: ctx.city.id, year })).id;
  });
  TEXTS.forEach(([section, author, text], i) => {
    const next = addDays(first, 1 + Math.floor(i / 2));
    const on = next < today ? next : first;
    ctx.at(on, `${14 + (i % 2)}:30`, async (app) => {
      await saveNarrative(app, await ctx.actor(author), reportId, section, { text, baseVersion: 0 });
    });
  });
}
