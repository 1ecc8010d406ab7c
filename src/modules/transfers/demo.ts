// 行刑衔接's part of the demo: the year's cases the heads transferred to the police (the cases
// module's police script opens their records) are taken on three weeks before the seed's now: the
// oldest filed by the police, the next refused — the procuratorate asked, the refusal upheld — and
// returned for administrative penalty (the case back in 调查取证); the rest await the receipt.
// One joint meeting with the police and the procuratorate in the spring.
import { asc, eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { addDays } from '../../platform/dates.js';
import type { DemoContext } from '../../platform/modules.js';
import { recordJointMeeting } from './meetings.js';
import { criminalTransfer } from './schema.js';
import { recordPoliceDecision, recordReceipt, recordSupervisionResult, requestSupervision, returnCase, updatePackage } from './service.js';

export async function seedTransfersDemo(_app: AppContext, ctx: DemoContext) {
  const day = addDays(ctx.today, -21);
  ctx.at(addDays(ctx.start, 90), '15:00', async (a, on) => {
    const officer = await ctx.actor('xn.officer1');
    await recordJointMeeting(a, officer, {
      orgId: ctx.city.id,
      heldOn: on,
      participants: [`${ctx.city.name}`, '咸宁市公安局', '咸宁市人民检察院'],
      topics: '通报一季度涉嫌安全生产犯罪案件移送、立案情况；研究有限空间作业事故案件的证据固定',
      conclusions: '移送案件抄送检察院；公安机关不予立案的，3 日内书面说明理由；每季度召开一次联席会议。',
    });
  });
  ctx.at(day, '10:00', async (a) => {
    const [o1, o2, head] = await Promise.all(['xn.officer1', 'xn.officer2', 'xn.head'].map((u) => ctx.actor(u)));
    const open = await a.db.select().from(criminalTransfer).where(eq(criminalTransfer.state, 'awaitingReceipt')).orderBy(asc(criminalTransfer.approvedOn));
    // Old enough for every step's day to have come by now.
    const ripe = open.filter((t) => t.approvedOn <= addDays(day, -14));
    for (const [n, t] of ripe.slice(0, 2).entries()) {
      const v = (x: { version: number }) => x.version;
      let x = await updatePackage(a, o1, t.id, {
        version: t.version,
        persons: [
          { name: '刘某', role: '主要负责人' },
          { name: '陈某', role: '现场作业负责人' },
        ],
        procuratorate: '咸宁市人民检察院',
        copiedToProcuratorateOn: t.approvedOn,
      });
      x = await recordReceipt(a, o1, t.id, {
        version: v(x),
        receivedOn: addDays(t.approvedOn, 1),
        policeAuthority: t.policeAuthority ?? '咸宁市公安局',
        receivedByName: '王警官',
      });
      // With two or more, the oldest is filed and the next refused and returned; a lone one is refused
      // and awaits the procuratorate (the year keeps a case 已移送公安机关).
      if (n === 0 && ripe.length > 1) {
        await recordPoliceDecision(a, o1, t.id, {
          version: v(x),
          decision: 'filed',
          decidedOn: addDays(t.approvedOn, 3),
          noticeReceivedOn: addDays(t.approvedOn, 4),
        });
        continue;
      }
      const decided = addDays(t.approvedOn, 3);
      x = await recordPoliceDecision(a, o1, t.id, {
        version: v(x),
        decision: 'refused',
        decidedOn: decided,
        noticeReceivedOn: addDays(decided, 1),
        reasons: '现有证据不足以认定造成重大伤亡事故或者其他严重后果，不需要追究刑事责任',
      });
      x = await requestSupervision(a, head, t.id, {
        version: v(x),
        requestedOn: addDays(decided, 2),
        procuratorate: '咸宁市人民检察院',
        reasons: '事故造成一人重伤，公安机关不予立案的理由不能成立，建议依法进行立案监督',
      });
      if (ripe.length === 1) return;
      x = await recordSupervisionResult(a, o2, t.id, {
        version: v(x),
        result: 'upheld',
        resultOn: addDays(decided, 9),
        resultText: '检察院审查认为公安机关不立案理由成立',
      });
      await returnCase(a, head, t.id, {
        version: v(x),
        returnKind: 'notFiled',
        returnedOn: addDays(decided, 10),
        opinion: '公安机关不予立案，检察院监督后维持，依法继续办理行政处罚',
      });
    }
  });
}
