// The evaluations' part of the demo: six weeks before the seed's now, the city's legal office
// announces a 案卷评查 over its counties' case files closed in the year so far (two files per
// county), with the 双色球 draw of that evening as the beacon; the next morning it draws them. An
// evaluator of the city who took no part in a case scores each (some deductions from a seeded
// stream), the results are notified, each county's section chief answers with its corrections,
// and the round closes with its 优秀案卷.
import { addDays } from '../../platform/dates.js';
import type { AppContext } from '../../platform/context.js';
import type { DemoActor, DemoContext } from '../../platform/modules.js';
import { answerFile, notifyFile, scoreFile } from './files.js';
import { closeRound, createRound, drawRound, getRound } from './service.js';
import { STANDARD_ITEMS } from './standard.js';
import type { RoundOut } from './contract.js';

const EVALUATORS = ['xn.reviewer', 'xn.reviewer2', 'xn.officer2', 'xn.officer3', 'xn.officer4'];
const RULES = STANDARD_ITEMS.flatMap((i) => i.rules.filter((r) => !r.fatal));

export async function seedEvaluationsDemo(_app: AppContext, ctx: DemoContext) {
  if (ctx.counties.length === 0) return;
  const announced = addDays(ctx.today, -42);
  const rand = ctx.random(0xe7a1);
  let round: RoundOut | null = null;
  ctx.at(announced, '10:00', async (a) => {
    const reviewer = await ctx.actor('xn.reviewer');
    round = await createRound(a, reviewer, {
      orgId: ctx.city.id,
      name: `${announced.slice(0, 4)}年度行政处罚案卷评查`,
      periodFrom: ctx.start,
      periodTo: addDays(announced, -1),
      orgIds: ctx.counties.map((c) => c.id),
      perOrg: 2,
      sharePercent: null,
      beacon: { source: '中国福利彩票双色球 当晚开奖号码', format: '红球升序以空格分隔+蓝球', expectedAt: `${announced}T21:15:00+08:00` },
    });
  });
  ctx.at(addDays(announced, 1), '10:00', async (a) => {
    if (!round) return;
    const reviewer = await ctx.actor('xn.reviewer');
    round = await drawRound(a, reviewer, round.id, { version: round.version, beacon: '03 08 14 21 27 32+11' });
    const files = round.files;
    const evaluators = await Promise.all(EVALUATORS.map((u) => ctx.actor(u)));
    const evaluatorOf = (f: RoundOut['files'][number]): DemoActor | undefined =>
      evaluators.find((e) => e.userId && !f.handlerIds.includes(e.userId) && e.orgId !== f.orgId);
    for (const [i, file] of files.entries()) {
      ctx.at(addDays(announced, 7 + i), '15:00', async (b) => {
        const evaluator = evaluatorOf(file);
        if (!evaluator) return;
        const current = (await getRound(b, evaluator, file.roundId)).files.find((f) => f.id === file.id)!;
        // Every other file has nothing wrong; the rest one to three defects from the seeded stream.
        const n = i % 2 === 0 ? 0 : 1 + Math.floor(rand() * 3);
        const picked = [...new Set(Array.from({ length: n }, () => RULES[Math.floor(rand() * RULES.length)]))];
        await scoreFile(b, evaluator, file.roundId, file.id, {
          version: current.version,
          deductions: picked.map((r) => ({ ruleCode: r.code, times: 1, note: `抽查发现：${r.text}` })),
          comment: n === 0 ? '案卷材料齐全，事实清楚，程序规范。' : '案卷存在问题，请对照整改。',
        });
      });
    }
    ctx.at(addDays(announced, 8 + files.length), '10:00', async (b) => {
      const reviewer = await ctx.actor('xn.reviewer');
      let r = round!;
      for (const f of (await getRound(b, reviewer, r.id)).files) {
        if (f.state !== 'scored') continue;
        r = await notifyFile(b, reviewer, r.id, f.id, { version: f.version });
      }
      round = r;
    });
    ctx.at(addDays(announced, 15 + files.length), '16:00', async (b) => {
      for (const f of round!.files) {
        if (f.state !== 'notified' || f.defectCount === 0) continue;
        const county = ctx.counties.find((c) => c.id === f.orgId);
        if (!county) continue;
        const chief = await ctx.actor(`c${county.regionCode.slice(4)}.chief`);
        await answerFile(b, chief, f.roundId, f.id, {
          version: f.version,
          answer: '已组织办案人员对照评查意见逐项整改：补齐相关材料，规范文书制作，并在全局案卷质量培训中通报。',
        });
      }
    });
    ctx.at(addDays(announced, 20 + files.length), '11:00', async (b) => {
      const head = await ctx.actor('xn.head');
      const r = await getRound(b, head, round!.id);
      if (r.files.some((f) => f.state === 'drawn' || f.state === 'scored')) return;
      await closeRound(b, head, r.id, {
        version: r.version,
        excellentFileIds: r.files.filter((f) => f.grade === 'excellent' && f.defectCount === 0).map((f) => f.id),
        summary: `本次评查抽取各县（市、区）案卷${r.files.length}份，总体规范；发现的问题已通知被评查机关并完成整改。`,
      });
    });
  });
}
