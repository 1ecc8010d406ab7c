// The exposures' part of the demo. About five months before the seed day the city bureau exposes an
// enterprise after one of the year's penalty decisions (drafted by an officer, approved by the deputy
// head, on the portal the same day); a month later it publishes another decided case as a typical
// case, and a month after that a circular naming the exposed enterprise. The city summons the demo
// enterprise (qy.demo's) over hazards found, and its follow-up is recorded; a county's government
// was summoned three weeks before the seed day and its follow-up is due within the agenda's week.
// The penalty decisions are found through the cases module's own list, never its tables.
import { addDays } from '../../platform/dates.js';
import type { AppContext } from '../../platform/context.js';
import type { DemoContext } from '../../platform/modules.js';
import type { CaseOut } from '../cases/contract.js';
import { listCases } from '../cases/list.js';
import { approveExposure, draftExposure } from './service.js';
import { followUpSummons, recordSummons } from './summons.js';

const DECIDED = ['closed', 'archived', 'paid', 'served', 'overdue', 'decided'] as const;

export async function seedExposuresDemo(_app: AppContext, ctx: DemoContext) {
  const on = (daysBefore: number) => [addDays(ctx.today, -daysBefore), ctx.start].sort().at(-1) as string;
  const taken = new Set<string>();
  /** A general-procedure decision against an enterprise, decided by `date`, latest first, not yet used here. */
  async function decision(app: AppContext, date: string): Promise<CaseOut | undefined> {
    const chief = await ctx.actor('xn.chief');
    for (const state of DECIDED) {
      const { items } = await listCases(app, chief, { state, procedure: 'general', sort: 'updatedAt', order: 'desc', page: 1, pageSize: 100 });
      const found = items.find(
        (c) => c.enterpriseId && c.enterpriseId !== ctx.enterprise.id && c.decisionNumber && c.decidedOn && c.decidedOn <= date && !taken.has(c.id),
      );
      if (found) {
        taken.add(found.id);
        return found;
      }
    }
    return undefined;
  }
  let exposed: CaseOut | undefined;

  const exposedOn = on(150);
  ctx.at(exposedOn, '10:00', async (app) => {
    exposed = await decision(app, exposedOn);
    if (!exposed) return;
    const d = await draftExposure(app, await ctx.actor('xn.officer2'), {
      kind: 'exposure',
      caseId: exposed.id,
      title: `${exposed.partyName}未落实安全生产主体责任被处罚`,
      content: `经查，${exposed.partyName}存在安全生产违法行为，其主要负责人李建华未履行安全生产管理职责。我局依法作出行政处罚决定（${exposed.decisionNumber}），现予警示曝光，督促各生产经营单位引以为戒。`,
      channels: ['website', 'wechat'],
      personNames: ['李建华'],
    });
    await approveExposure(app, await ctx.actor('xn.deputy'), d.id, { version: d.version });
  });

  const typicalOn = on(120);
  ctx.at(typicalOn, '10:00', async (app) => {
    const c = await decision(app, typicalOn);
    if (!c) return;
    const d = await draftExposure(app, await ctx.actor('xn.officer1'), {
      kind: 'typicalCase',
      caseId: c.id,
      title: '未按规定开展安全生产教育和培训典型案例',
      content: `【基本案情】${c.summary}\n【处理结果】依法作出行政处罚决定（${c.decisionNumber}）。\n【典型意义】生产经营单位应当对从业人员进行安全生产教育和培训，未经培训合格不得上岗作业。`,
      channels: ['website'],
    });
    await approveExposure(app, await ctx.actor('xn.deputy'), d.id, { version: d.version });
  });

  const circularOn = on(90);
  ctx.at(circularOn, '15:00', async (app) => {
    const d = await draftExposure(app, await ctx.actor('xn.officer2'), {
      kind: 'circular',
      title: '关于上半年安全生产执法检查情况的通报',
      content: '上半年，全市应急管理部门开展安全生产执法检查，依法查处一批违法行为。现将有关情况通报如下，请各地举一反三，督促企业落实整改。',
      number: `${ctx.city.name.replace(/应急管理局$/, '')}应急通〔${circularOn.slice(0, 4)}〕3号`,
      scope: '各县（市、区）应急管理局',
      caseIds: exposed ? [exposed.id] : [],
      enterpriseIds: exposed?.enterpriseId ? [exposed.enterpriseId] : [],
    });
    await approveExposure(app, await ctx.actor('xn.head'), d.id, { version: d.version });
  });

  const summonedOn = on(100);
  ctx.at(summonedOn, '09:00', async (app) => {
    const s = await recordSummons(app, await ctx.actor('xn.chief'), {
      targetKind: 'enterprise',
      enterpriseId: ctx.enterprise.id,
      heldOn: summonedOn,
      place: '市应急管理局二楼会议室',
      summoners: '市应急管理局副局长、执法支队负责人',
      summoned: '企业主要负责人、安全管理负责人',
      matters: '检查发现该企业重大事故隐患整改迟缓，安全管理制度落实不到位，约谈督促其限期整改。',
      commitments: '企业承诺一个月内完成全部隐患整改，并开展全员安全培训。',
      followUpOn: addDays(summonedOn, 30),
    });
    ctx.at(addDays(summonedOn, 30), '16:00', async (app2) => {
      await followUpSummons(app2, await ctx.actor('xn.officer1'), s.id, {
        version: s.version,
        followedUpOn: addDays(summonedOn, 30),
        result: '经现场复查，企业已完成隐患整改，培训记录齐全。',
      });
    });
  });

  const county = ctx.counties[0];
  const localityOn = on(23);
  if (county)
    ctx.at(localityOn, '09:30', async (app) => {
      await recordSummons(app, await ctx.actor('xn.head'), {
        targetKind: 'locality',
        targetName: `${county.name.replace(/应急管理局$/, '')}人民政府`,
        heldOn: localityOn,
        place: '市应急管理局一楼会议室',
        summoners: '市应急管理局局长',
        summoned: '县人民政府分管副县长、县应急管理局局长',
        matters: '该县上半年执法检查覆盖率偏低、重大事故隐患整改率未达要求，约谈督促落实属地监管责任。',
        commitments: '县政府承诺一个月内完成执法检查计划调整，逐项销号重大事故隐患。',
        followUpOn: addDays(localityOn, 28),
      });
    });
}
