// The tips module's part of the demo: a few tips of the last weeks, one from the portal left to
// decide, one from the 12350 line accepted (and one accepted yesterday, to assign), a letter on the same matter declined as already taken
// up and assigned to a 举报核查 task on the enterprise named, a letter on the same matter declined as
// already taken up, and a complaint for the legal office; and early in the year one tip rewarded and
// paid (demo-reward.ts) and a complaint partly upheld. Through the services, on the demo's timeline.
import { addDays } from '../../platform/dates.js';
import type { DemoContext } from '../../platform/modules.js';
import { concludeComplaint } from './complaints.js';
import { seedRewardedTip } from './demo-reward.js';
import { assignTip } from './handling.js';
import { decideTip, recordTip } from './service.js';

export async function seedTipsDemo(ctx: DemoContext) {
  seedRewardedTip(ctx);
  const region = ctx.city.regionCode;
  const on = (daysBefore: number) => {
    // Never before the demo's first day (ISO dates compare as strings).
    return [addDays(ctx.today, -daysBefore), ctx.start].sort().at(-1) as string;
  };
  const received = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);
  const tip = (subjectName: string, content: string, kind: 'majorHazard' | 'illegalProduction' | 'complaintConduct' = 'majorHazard') => ({
    kind,
    regionCode: region,
    subjectName,
    content,
    identity: { name: '王建国', phone: '13972000001' },
  });
  const state: { hotline?: string; letter?: string; dust?: string; complaint?: string } = {};
  ctx.at(on(12), '09:20', async (app) => {
    const chief = await ctx.actor('xn.chief');
    state.hotline = (
      await recordTip(app, chief, {
        ...tip(ctx.enterprise.name, '厂区东侧储罐区可燃气体报警器长期关闭，夜间有人动火作业。'),
        channel: 'hotline',
        receivedAt: received(on(12), '09:05'),
      })
    ).id;
  });
  ctx.at(on(11), '10:00', async (app) => {
    state.letter = (
      await recordTip(app, await ctx.actor('xn.officer1'), {
        ...tip(ctx.enterprise.name, '反映该公司储罐区报警器关闭、违规动火。'),
        identity: null,
        channel: 'letter',
        receivedAt: received(on(11), '08:30'),
      })
    ).id;
  });
  ctx.at(on(10), '15:00', async (app) => {
    const head = await ctx.actor('xn.deputy');
    if (state.hotline) await decideTip(app, head, state.hotline, 'accept', { version: 1 });
    if (state.letter) await decideTip(app, head, state.letter, 'decline', { version: 1, reason: '同一事项已于12350电话举报中受理核查' });
  });
  ctx.at(on(9), '09:30', async (app) => {
    if (!state.hotline) return;
    const [chief, a, b] = await Promise.all(['xn.chief', 'xn.officer1', 'xn.officer2'].map((u) => ctx.actor(u)));
    await assignTip(app, chief, state.hotline, { version: 2, enterpriseId: ctx.enterprise.id, officerIds: [a.userId!, b.userId!], plannedOn: on(1) });
  });
  // A complaint of the spring, looked into by the legal office and partly upheld.
  ctx.at(on(150), '10:00', async (app) => {
    state.complaint = (
      await recordTip(app, await ctx.actor('xn.chief'), {
        ...tip('执法人员（姓名已登记）', '检查结束后执法人员未当场交付检查记录副本，也未告知整改复查时间。', 'complaintConduct'),
        channel: 'visit',
        receivedAt: received(on(150), '09:30'),
      })
    ).id;
  });
  ctx.at(on(149), '09:00', async (app) => {
    if (state.complaint) await decideTip(app, await ctx.actor('xn.deputy'), state.complaint, 'accept', { version: 1 });
  });
  ctx.at(on(140), '16:00', async (app) => {
    if (!state.complaint) return;
    await concludeComplaint(app, await ctx.actor('xn.reviewer'), state.complaint, {
      version: 2,
      outcome: 'partly',
      correctiveAct: '责令当事执法人员向企业补送检查记录副本并书面告知复查时间；对其批评教育，并在全局执法人员培训中通报。',
      reply: '经调阅执法记录仪视频和检查记录，执法人员未当场交付检查记录副本属实，已责令改正；复查时间已书面告知企业。',
    });
  });
  ctx.at(on(6), '11:00', async (app) => {
    await recordTip(app, await ctx.actor('xn.reviewer'), {
      ...tip('执法人员（姓名已登记）', '检查时未出示执法证件，态度生硬。', 'complaintConduct'),
      channel: 'visit',
      receivedAt: received(on(6), '10:30'),
    });
  });
  ctx.at(on(2), '16:00', async (app) => {
    const r = await recordTip(app, await ctx.actor('xn.officer1'), {
      ...tip('嘉鱼县某某建材有限公司', '粉尘车间除尘设施停用，车间内粉尘堆积严重。', 'illegalProduction'),
      channel: 'hotline',
      receivedAt: received(on(2), '15:40'),
    });
    // Accepted the next morning, waiting for the section chief to assign it.
    state.dust = r.id;
  });
  ctx.at(on(1), '09:15', async (app) => {
    if (state.dust) await decideTip(app, await ctx.actor('xn.deputy'), state.dust, 'accept', { version: 1 });
  });
}
