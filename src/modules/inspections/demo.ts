// The inspections module's part of the demo: the counties' daily and tip-off inspections, the
// records of every task (from draws, plans and the counties alike), their hazards and what became
// of each — rectified on time or late, left overdue, extended, escalated into a case — and the
// demo enterprise's own two inspections. Every act goes through the services on the demo's
// timeline (src/seed/timeline.ts), so each has its ledger entry at the time it would have had.
import { and, asc, eq, lte } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { systemActor } from '../../platform/context.js';
import { org } from '../../platform/orgs/schema.js';
import { addDays } from '../../platform/dates.js';
import type { DemoActor, DemoContext } from '../../platform/modules.js';
import { CHECKLISTS } from '../catalogue/standards/checklists.js';
import { listEnterprises } from '../registry/service.js';
import { enterprisesByIds } from '../registry/queries.js';
import { uploadHazardEvidence } from './evidence/service.js';
import type { HazardEvent } from './hazards/rules.js';
import { addHazard, fireHazard, getHazard } from './hazards/service.js';
import { sweepOverdueHazards } from './hazards/sweeper.js';
import { samplePng } from './instruments/samples.js';
import { completeRecord, saveRecord, startRecord } from './records/service.js';
import { inspectionTask, type RecordItem } from './schema.js';
import { openTask } from './tasks/open.js';
import { scheduleCampaignDemo } from './campaigns/demo.js';
import { scheduleSelfReportDemo } from './hazards/self-report-demo.js';

type Rand = () => number;
type Finding = { code: string; description: string; measures: string; location: string };

// What officers write for the check items the demo finds wanting (the items' violation types and
// 重大事故隐患 criteria come from the checklist itself).
const FINDINGS: Record<string, Omit<Finding, 'code'>> = {
  'CL-GEN-01': { description: '未配备专职安全生产管理人员', measures: '按规定配备专职安全生产管理人员', location: '安全管理部门' },
  'CL-GEN-06': { description: '三名新入职员工未经安全生产教育和培训即上岗作业', measures: '组织岗前安全培训并考核合格后上岗', location: '生产车间' },
  'CL-GEN-07': { description: '未建立安全生产教育和培训档案', measures: '建立培训档案，如实记录培训时间、内容、人员和考核结果', location: '办公室' },
  'CL-GEN-10': { description: '配电房、危险作业区域未设置安全警示标志', measures: '在危险部位设置明显的安全警示标志', location: '配电房' },
  'CL-GEN-11': { description: '安全设备维护保养记录缺失，检测记录无人签字', measures: '建立维护保养台账，定期检测并签字确认', location: '设备科' },
  'CL-GEN-16': { description: '隐患排查治理情况未如实记录，未向从业人员通报', measures: '建立隐患排查治理台账并按月通报', location: '安全科' },
  'CL-GEN-20': { description: '车间疏散通道堆放物料，一处安全出口被锁闭', measures: '清理疏散通道，保持安全出口畅通', location: '一号车间' },
  'CL-GEN-21': { description: '打磨岗位作业人员未佩戴防尘口罩和护目镜', measures: '配发符合国家标准的劳动防护用品并监督佩戴', location: '打磨工段' },
  'CL-GEN-23': { description: '未按规定组织生产安全事故应急救援预案演练', measures: '制定年度演练计划并组织演练', location: '办公室' },
  'CL-GEN-05': {
    description: '主要负责人和安全生产管理人员未经应急管理部门考核合格',
    measures: '立即组织参加考核，考核合格前调整岗位',
    location: '公司管理层',
  },
  'CL-GEN-08': { description: '电焊作业人员未取得特种作业操作证上岗作业', measures: '停止无证人员作业，组织取证培训', location: '焊接车间' },
  'CL-GEN-22': { description: '出租厂房未与承租单位签订专门的安全生产管理协议', measures: '签订安全生产管理协议并统一协调管理', location: '出租厂房' },
  'CL-HC-02': { description: '安全生产管理人员未经应急管理部门考核合格', measures: '组织参加考核并取得合格证明', location: '安全科' },
  'CL-HC-03': { description: '危险化学品出入库未执行专门安全管理制度，无双人复核', measures: '完善并落实危险化学品专门安全管理制度', location: '危化品仓库' },
  'CL-HC-13': { description: '未制定危险化学品事故专项应急预案', measures: '编制专项应急预案并组织演练', location: '办公室' },
};
const GENERAL = {
  'CL-GEN': ['CL-GEN-01', 'CL-GEN-06', 'CL-GEN-07', 'CL-GEN-10', 'CL-GEN-11', 'CL-GEN-16', 'CL-GEN-20', 'CL-GEN-21', 'CL-GEN-23'],
  'CL-HC': ['CL-HC-02', 'CL-HC-03', 'CL-HC-13'],
};
const MAJOR = ['CL-GEN-05', 'CL-GEN-08', 'CL-GEN-22'];
const NOT_APPLICABLE = ['CL-GEN-19', 'CL-GEN-22', 'CL-HC-05'];
// Now and then an item cannot be checked on the day; the record says so, with the reason.
const NOT_CHECKED = { code: 'CL-GEN-04', note: '安全生产费用台账由集团财务部保管，企业当日未能提供，已要求三日内补交' };
const PEOPLE = ['王建国', '李志强', '张丽华', '刘海涛', '陈晓明', '杨光荣', '赵卫东', '黄建军', '周文斌', '吴秀英'];

/** What becomes of a hazard: rectified before the deadline, late, left overdue, extended, escalated into a case. */
type Fate = 'rectified' | 'late' | 'overdue' | 'extended' | 'escalated';
const GENERAL_FATES: Fate[] = ['rectified', 'rectified', 'late', 'rectified', 'overdue', 'extended', 'rectified'];
/** The counties' own findings are the ones escalated: their teams go on to investigate the case. */
const LOCAL_FATES: Fate[] = ['rectified', 'escalated', 'late', 'rectified', 'overdue', 'rectified'];

interface Story {
  ctx: DemoContext;
  rand: Rand;
  records: number;
  hazards: number;
  /** How many general hazards were given a fate so far: the fates go round GENERAL_FATES (LOCAL_FATES). */
  fated: number;
  fatedLocal: number;
}

const pick = <T>(rand: Rand, xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];

/** Fires a hazard event at a later step, at the hazard's version then. */
function later(s: Story, on: string, time: string, who: string, hazardId: string, event: HazardEvent) {
  return s.ctx.at(on, time, async (app) => {
    const actor = await s.ctx.actor(who);
    const h = await getHazard(app, actor, hazardId);
    await fireHazard(app, actor, hazardId, event, h.version);
  });
}

/** The fate's steps after the hazard was found on `on` with `deadline`, by the team's officer. */
function follow(s: Story, h: { id: string; grade: string; deadline: string; violationTypeCode: string | null }, fate: Fate, officer: string) {
  const close = (on: string) => later(s, on, '15:30', officer, h.id, { type: 'reinspect', passed: true, note: '经复查，隐患已整改到位，予以销号' });
  switch (fate) {
    case 'rectified':
      return close(addDays(h.deadline, -2 - Math.floor(s.rand() * 5)));
    case 'late':
      return close(addDays(h.deadline, 8));
    case 'overdue':
      return;
    case 'extended': {
      const until = addDays(h.deadline, 20);
      later(s, addDays(h.deadline, -3), '10:00', officer, h.id, { type: 'extend', until, reason: '整改需采购设备，工期较长，经审查同意延期' });
      return close(addDays(until, -4));
    }
    case 'escalated': {
      const measure = h.grade === 'major' ? { measure: 'suspendProduction' as const } : {};
      const on = h.grade === 'major' ? addDays(h.deadline, -25) : addDays(h.deadline, 5);
      return later(s, on, '16:00', officer, h.id, {
        type: 'escalate',
        reason: h.grade === 'major' ? '重大事故隐患，责令暂时停产整改并立案查处' : '逾期未整改，依法立案查处',
        ...measure,
        ...(h.violationTypeCode ? { violationTypeCode: h.violationTypeCode } : {}),
      });
    }
  }
}

/**
 * Carries out a task: starts the record, answers every check item, registers the hazards found
 * and completes it; then schedules what becomes of each hazard. `findings` names the items.
 */
async function perform(
  app: AppContext,
  s: Story,
  taskId: string,
  officer: DemoActor,
  on: string,
  plan: { findings: string[]; fates: Fate[]; daysToFix: number[] },
) {
  const [task] = await app.db.select().from(inspectionTask).where(eq(inspectionTask.id, taskId));
  let record = await startRecord(app, officer, taskId, task.checklistCode ? {} : { checklistCode: 'CL-GEN' });
  // The demo's orgs keep the built-in checklists.
  const list = CHECKLISTS.find((c) => c.code === record.checklistCode)!;
  const signer = pick(s.rand, PEOPLE);
  const unchecked = s.records % 7 === 3 && !plan.findings.includes(NOT_CHECKED.code);
  // Every item answered, as completing the record needs.
  const answer = (code: string): Pick<RecordItem, 'result' | 'note'> => {
    if (plan.findings.includes(code)) return { result: 'hazard', note: FINDINGS[code].description };
    if (NOT_APPLICABLE.includes(code)) return { result: 'notApplicable' };
    if (unchecked && code === NOT_CHECKED.code) return { result: 'notChecked', note: NOT_CHECKED.note };
    return { result: 'compliant' };
  };
  record = await saveRecord(app, officer, record.id, {
    version: record.version,
    place: '生产车间、仓库、配电房及办公区域',
    present: [{ name: signer, position: '安全生产管理负责人' }],
    items: list.items.map((i) => ({ code: i.code, ...answer(i.code) })),
    findings: plan.findings.length
      ? `企业正常生产。现场检查发现隐患 ${plan.findings.length} 处，已当场告知企业负责人并责令限期整改。`
      : '企业正常生产，现场检查未发现违法行为和事故隐患。',
    signerName: signer,
    signaturePng: Buffer.from(samplePng()).toString('base64'),
  });
  const made = [];
  for (const [n, code] of plan.findings.entries()) {
    const f = FINDINGS[code];
    const h = await addHazard(app, officer, record.id, {
      checkItemCode: code,
      description: f.description,
      location: f.location,
      measures: f.measures,
      deadline: addDays(on, plan.daysToFix[n]),
      responsiblePerson: signer,
    });
    made.push({ h, violationTypeCode: list.items.find((i) => i.code === code)?.violationTypeCode ?? null });
  }
  await completeRecord(app, officer, record.id, record.version);
  s.records++;
  for (const [n, { h, violationTypeCode }] of made.entries()) {
    s.hazards++;
    follow(s, { id: h.id, grade: h.grade, deadline: h.deadline, violationTypeCode }, plan.fates[n], officer.username);
  }
  return made.map((m) => m.h.id);
}

/** The findings and fates of the next ordinary record: one in three clean, otherwise one or two hazards. */
function nextPlan(s: Story, checklist: string, source: string) {
  const r = s.rand();
  const pool = GENERAL[checklist as keyof typeof GENERAL] ?? GENERAL['CL-GEN'];
  if (r < 0.3) return { findings: [], fates: [], daysToFix: [] };
  const findings = [pick(s.rand, pool)];
  if (r > 0.75)
    findings.push(
      pick(
        s.rand,
        pool.filter((c) => c !== findings[0]),
      ),
    );
  // Cases come from the counties' own inspections, whose teams investigate what they found.
  const local = source === 'routine' || source === 'tip';
  const fates = findings.map(() => (local ? LOCAL_FATES[s.fatedLocal++ % LOCAL_FATES.length] : GENERAL_FATES[s.fated++ % GENERAL_FATES.length]));
  if (checklist === 'CL-GEN' && local && s.rand() < 0.3) {
    findings.push(pick(s.rand, MAJOR));
    fates.push(s.rand() < 0.5 ? 'escalated' : 'rectified');
  }
  return { findings, fates, daysToFix: findings.map((c) => (MAJOR.includes(c) ? 30 : pick(s.rand, [10, 15, 20, 30]))) };
}

/** Every few days the teams carry out the tasks planned up to that day, one after another. */
function scheduleFieldWork(s: Story, from: string, until: string) {
  for (let on = from; on < until; on = addDays(on, 4)) {
    s.ctx.at(on, '08:45', async (app) => {
      const due = await app.db
        .select({ id: inspectionTask.id, enterpriseId: inspectionTask.enterpriseId, officerIds: inspectionTask.officerIds, source: inspectionTask.source })
        .from(inspectionTask)
        .where(and(eq(inspectionTask.status, 'assigned'), lte(inspectionTask.plannedOn, on)))
        .orderBy(asc(inspectionTask.plannedOn), asc(inspectionTask.createdAt));
      // The demo enterprise's inspections follow their own story below.
      const names = await enterprisesByIds(
        app.db,
        due.map((t) => t.enterpriseId),
      );
      const ordered = due
        .filter((t) => t.enterpriseId !== s.ctx.enterprise.id)
        .sort((a, b) => (names.get(a.enterpriseId)?.uscc ?? '').localeCompare(names.get(b.enterpriseId)?.uscc ?? ''));
      for (const [i, t] of ordered.entries()) {
        const minutes = 9 * 60 + 20 * i;
        const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        s.ctx.at(on, time, async (app2) => {
          const [task] = await app2.db
            .select({ checklistCode: inspectionTask.checklistCode, path: org.path })
            .from(inspectionTask)
            .innerJoin(org, eq(org.id, inspectionTask.orgId))
            .where(eq(inspectionTask.id, t.id));
          // A team member of the task's org writes the record; a city draw may send county
          // officers, who cannot open a city task (taskInScope), so its section chief does.
          const team = await Promise.all(t.officerIds.map((id) => s.ctx.actor(id)));
          const officer = team.find((o) => task.path.startsWith(o.orgPath)) ?? (await s.ctx.actor('xn.chief'));
          await perform(app2, s, t.id, officer, on, nextPlan(s, task.checklistCode ?? 'CL-GEN', t.source));
        });
      }
    });
  }
}

/** The counties' own inspections: 日常检查 and 举报核查, a county at a time through the year. */
async function scheduleCountyTasks(app: AppContext, s: Story) {
  const { counties, start, today } = s.ctx;
  const days = 300;
  const n = 10;
  for (let k = 0; k < n; k++) {
    const county = counties[k % counties.length];
    const prefix = `c${county.regionCode.slice(4)}`;
    const { items } = await listEnterprises(app, systemActor, { orgId: county.id, status: 'operating', industry: 'C', page: 1, pageSize: 30 });
    const firm = items.filter((e) => e.id !== s.ctx.enterprise.id)[k % Math.max(1, items.length - 1)];
    if (!firm) continue;
    const on = addDays(start, 20 + Math.floor((k * days) / n));
    const tip = k % 3 === 2;
    s.ctx.at(on, '14:00', async (app2) => {
      const chief = await s.ctx.actor(`${prefix}.chief`);
      const team = await Promise.all([1 + (k % 4), 2 + (k % 4)].map((i) => s.ctx.actor(`${prefix}.officer${i}`)));
      await openTask(app2, chief, {
        orgId: county.id,
        enterpriseId: firm.id,
        officerIds: team.map((o) => o.userId!),
        reason: tip ? '群众举报该企业存在违规动火作业、安全出口锁闭等问题' : '日常监督检查',
        plannedOn: addDays(on, 2),
        ...(tip ? { source: 'tip' as const, tipRef: `12345热线工单 ${on.replaceAll('-', '')}${String(k).padStart(3, '0')}` } : {}),
      });
    });
  }
  // Tasks opened for the coming days: still assigned when the demo ends.
  for (const [i, county] of counties.slice(0, 2).entries()) {
    const prefix = `c${county.regionCode.slice(4)}`;
    const { items } = await listEnterprises(app, systemActor, { orgId: county.id, status: 'operating', page: 1, pageSize: 5 });
    const firm = items.find((e) => e.id !== s.ctx.enterprise.id);
    if (!firm) continue;
    s.ctx.at(addDays(today, -1), '15:00', async (app2) => {
      const chief = await s.ctx.actor(`${prefix}.chief`);
      const team = await Promise.all([3, 4].map((j) => s.ctx.actor(`${prefix}.officer${j}`)));
      await openTask(app2, chief, {
        orgId: county.id,
        enterpriseId: firm.id,
        officerIds: team.map((o) => o.userId!),
        reason: '日常监督检查',
        plannedOn: addDays(today, 2 + i),
      });
    });
  }
}

/**
 * The demo enterprise (qy.demo): a tip-off inspection 75 days ago — a general hazard it rectified
 * itself and a major one escalated into a case — and a follow-up 12 days ago whose two hazards
 * await its rectification and the decision on its request for more time.
 */
function scheduleDemoEnterprise(s: Story) {
  const { ctx } = s;
  const enterprise = ctx.enterprise;
  const user = 'qy.demo';
  const visit = (
    on: string,
    reason: string,
    tip: string | null,
    plan: { findings: string[]; fates: Fate[]; daysToFix: number[] },
    after: (ids: string[], officer: string) => void,
  ) =>
    ctx.at(on, '09:00', async (app) => {
      // The county that supervises it (its org, or the township's county) sends the team.
      const qy = await ctx.actor(user);
      const home = ctx.counties.find((c) => qy.orgPath.startsWith(c.path)) ?? ctx.counties[0];
      const prefix = `c${home.regionCode.slice(4)}`;
      const chief = await ctx.actor(`${prefix}.chief`);
      const team = await Promise.all([1, 2].map((i) => ctx.actor(`${prefix}.officer${i}`)));
      const task = await openTask(app, chief, {
        orgId: home.id,
        enterpriseId: enterprise.id,
        officerIds: team.map((o) => o.userId!),
        reason,
        plannedOn: on,
        ...(tip ? { source: 'tip' as const, tipRef: tip } : {}),
      });
      ctx.at(on, '10:00', async (app2) => after(await perform(app2, s, task.id, team[0], on, plan), team[0].username));
    });
  const t1 = addDays(ctx.today, -75);
  visit(
    t1,
    '群众举报企业安全出口锁闭、电焊工无证作业',
    `12345热线工单 ${t1.replaceAll('-', '')}088`,
    { findings: ['CL-GEN-20', 'CL-GEN-08'], fates: ['overdue', 'escalated'], daysToFix: [15, 30] },
    ([general], officer) => {
      ctx.at(addDays(t1, 8), '16:20', async (app) => {
        const qy = await ctx.actor(user);
        await uploadHazardEvidence(app, qy, general, { fileName: '疏散通道整改后照片.png', kind: 'photo', bytes: Buffer.from(samplePng(320, 200)) });
      });
      later(s, addDays(t1, 9), '09:40', user, general, {
        type: 'submitRectification',
        note: '已清理疏散通道内堆放的物料，拆除安全出口门锁，设置常闭式防火门及疏散指示标志',
      });
      later(s, addDays(t1, 12), '14:30', officer, general, { type: 'reinspect', passed: true, note: '经现场复查，疏散通道畅通，安全出口可正常开启，予以销号' });
    },
  );
  const t2 = addDays(ctx.today, -12);
  visit(
    t2,
    '对举报问题整改情况及特种作业管理进行复查',
    null,
    { findings: ['CL-GEN-21', 'CL-GEN-11'], fates: ['overdue', 'overdue'], daysToFix: [30, 15] },
    ([, upkeep]) => {
      later(s, addDays(ctx.today, -3), '11:00', user, upkeep, {
        type: 'requestExtension',
        until: addDays(t2, 35),
        reason: '检测机构排期已满，安全设备检测须延至下月完成',
      });
    },
  );
}

export async function seedInspectionsDemo(app: AppContext, ctx: DemoContext) {
  const s: Story = { ctx, rand: ctx.random(0x1a5c), records: 0, hazards: 0, fated: 0, fatedLocal: 0 };
  await scheduleCountyTasks(app, s);
  scheduleDemoEnterprise(s);
  scheduleSelfReportDemo(ctx);
  await scheduleCampaignDemo(app, ctx);
  scheduleFieldWork(s, addDays(ctx.start, 10), addDays(ctx.today, -2));
  // The overdue sweeper, as the server runs it each day; weekly is enough for the demo's figures.
  for (let on = addDays(ctx.start, 14); on < ctx.today; on = addDays(on, 7)) ctx.at(on, '01:00', async (app2) => void (await sweepOverdueHazards(app2)));
}
