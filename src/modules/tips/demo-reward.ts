// The demo year's rewarded tip, walked through the services from the 12350 call to the payment: a
// concealed death at a county workshop, accepted, assigned to a 举报核查 task, confirmed on site,
// 一般事故 with one concealed death, proposed by the section chief, approved by the head (who did
// not handle it), claimed by the tipster with the receipt code and paid by an officer who checked
// the identity card. Early in the year, so the report and the charts show it.
import { addDays } from '../../platform/dates.js';
import type { DemoContext } from '../../platform/modules.js';
import { CHECKLISTS } from '../catalogue/standards/checklists.js';
import { samplePng } from '../inspections/instruments/samples.js';
import { completeRecord, saveRecord, startRecord } from '../inspections/records/service.js';
import { assignTip, verifyTip } from './handling.js';
import { claimReward, decideReward, payReward, proposeReward, tipDetail } from './reward-service.js';
import { decideTip, recordTip } from './service.js';

const TIPSTER = { name: '刘志强', phone: '13972000002', idNumber: '421202198805120036' };

export function seedRewardedTip(ctx: DemoContext) {
  const day = (n: number) => addDays(ctx.start, n);
  const s: { id?: string; receipt?: string; secret?: string; taskId?: string } = {};
  const version = async (app: Parameters<Parameters<DemoContext['at']>[2]>[0], who: string) =>
    (await tipDetail(app, await ctx.actor(who), s.id as string)).version;

  ctx.at(day(20), '10:10', async (app) => {
    const r = await recordTip(app, await ctx.actor('xn.chief'), {
      kind: 'concealedAccident',
      regionCode: ctx.city.regionCode,
      subjectName: ctx.enterprise.name,
      content: '该公司上月包装车间一名工人在设备检修时受伤后不治身亡，公司私下赔偿，未向应急管理部门报告。',
      identity: { name: TIPSTER.name, phone: TIPSTER.phone },
      channel: 'hotline',
      receivedAt: new Date(`${day(20)}T09:40:00+08:00`),
    });
    Object.assign(s, { id: r.id, receipt: r.receipt, secret: r.secret });
  });
  ctx.at(day(21), '15:00', async (app) => {
    if (s.id) await decideTip(app, await ctx.actor('xn.deputy'), s.id, 'accept', { version: 1 });
  });
  ctx.at(day(22), '09:00', async (app) => {
    if (!s.id) return;
    const [chief, a, b] = await Promise.all(['xn.chief', 'xn.officer1', 'xn.officer2'].map((u) => ctx.actor(u)));
    const t = await assignTip(app, chief, s.id, { version: 2, enterpriseId: ctx.enterprise.id, officerIds: [a.userId!, b.userId!], plannedOn: day(24) });
    s.taskId = t.taskId ?? undefined;
  });
  ctx.at(day(24), '14:30', async (app) => {
    if (!s.taskId) return;
    const officer = await ctx.actor('xn.officer1');
    let record = await startRecord(app, officer, s.taskId, { checklistCode: 'CL-GEN' });
    const list = CHECKLISTS.find((c) => c.code === record.checklistCode)!;
    record = await saveRecord(app, officer, record.id, {
      version: record.version,
      place: '包装车间、办公室（安全生产台账、工资发放记录）',
      present: [{ name: '周立新', position: '安全生产管理负责人' }],
      items: list.items.map((i) => ({ code: i.code, result: 'compliant' as const })),
      findings: '经调阅工资发放记录、询问车间工人，举报反映的工人死亡未报告情况属实，已移交事故调查。',
      signerName: '周立新',
      signaturePng: Buffer.from(samplePng()).toString('base64'),
    });
    await completeRecord(app, officer, record.id, record.version);
  });
  ctx.at(day(26), '10:00', async (app) => {
    if (!s.id) return;
    const chief = await ctx.actor('xn.chief');
    await verifyTip(app, chief, s.id, {
      version: await version(app, 'xn.chief'),
      result: 'confirmed',
      note: '举报反映的瞒报生产安全事故（死亡 1 人）属实，已依法移交事故调查处理。感谢您的举报。',
      caseIds: [],
    });
    await proposeReward(app, chief, s.id, {
      version: await version(app, 'xn.chief'),
      outcome: { kind: 'concealedAccident', grade: 'general', concealedDeaths: 1 },
      exclusion: null,
    });
  });
  ctx.at(day(29), '11:00', async (app) => {
    if (!s.id) return;
    const head = await ctx.actor('xn.head');
    const detail = await tipDetail(app, head, s.id);
    await decideReward(app, head, s.id, detail.rewards[0].id, 'approve', { version: detail.rewards[0].version });
  });
  ctx.at(day(33), '16:20', async (app) => {
    if (s.receipt && s.secret) await claimReward(app, { receipt: s.receipt, secret: s.secret, ...TIPSTER });
  });
  ctx.at(day(36), '10:30', async (app) => {
    if (!s.id) return;
    const officer = await ctx.actor('xn.officer1');
    const r = (await tipDetail(app, officer, s.id)).rewards[0];
    await payReward(app, officer, s.id, r.id, { version: r.version, paidOn: day(36), voucher: '咸应急奖〔2026〕1号' });
  });
}
