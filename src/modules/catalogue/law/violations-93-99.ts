import { at, itemised, range, upTo } from './build.js';
import type { ViolationType } from './types.js';

// 安全生产法 (2021) 第九十三条至第九十九条 as violation types; sources in work-safety-law.ts.

// 第九十七条: the personal fine comes only with 逾期未改正, although the reference table lists it
// in its own column; the statute's wording decides.
const art97 = itemised(97, {
  unitFine: upTo(100_000),
  personFine: null,
  ifNotCorrected: { unitFine: range(100_000, 200_000), personFine: range(20_000, 50_000), measures: ['suspendForRectification'] },
  measures: ['orderCorrection'],
});

const art98 = itemised(98, {
  unitFine: range(100_000, 500_000),
  personFine: range(20_000, 50_000),
  ifNotCorrected: { unitFine: range(500_000, 1_000_000), personFine: range(50_000, 100_000) },
  measures: ['stopConstruction', 'suspendForRectification', 'orderCorrection'],
  note: '责令停止建设或者停产停业整顿，二者择一适用。',
});

// 第九十九条: 情节严重的责令停产停业整顿 follows the 逾期未改正 clause, so it is listed there.
const art99 = itemised(99, {
  unitFine: upTo(50_000),
  personFine: null,
  ifNotCorrected: { unitFine: range(50_000, 200_000), personFine: range(10_000, 20_000), measures: ['suspendForRectification'] },
  measures: ['orderCorrection'],
  note: '逾期未改正的处罚款；情节严重的，责令停产停业整顿。',
});

export const VIOLATIONS_93_TO_99: ViolationType[] = [
  {
    code: 'WSL-93-1',
    title: '未保证安全生产所必需的资金投入，致使不具备安全生产条件',
    breachedProvision: at(23, 1),
    punishingProvision: at(93, 1),
    unitFine: null,
    personFine: null,
    ifNotCorrected: { measures: ['suspendForRectification'] },
    measures: ['provideFunds'],
    note: '本款不设罚款。',
  },
  {
    code: 'WSL-93-2',
    title: '资金投入不足导致发生生产安全事故（个人经营的投资人）',
    breachedProvision: at(23, 1),
    punishingProvision: at(93, 2),
    unitFine: null,
    personFine: range(20_000, 200_000),
    personRole: '个人经营的投资人',
    ifNotCorrected: null,
    measures: [],
    note: '对主要负责人给予撤职处分，由任免机关作出，不属本机关罚款。',
  },
  {
    code: 'WSL-94',
    title: '主要负责人未履行安全生产管理职责',
    breachedProvision: at(21),
    punishingProvision: at(94, 1),
    unitFine: null,
    personFine: range(20_000, 50_000),
    personRole: '主要负责人',
    ifNotCorrected: { personFine: range(50_000, 100_000), measures: ['suspendForRectification'] },
    measures: ['orderCorrection'],
    note: '逾期未改正的，对主要负责人加重罚款并责令生产经营单位停产停业整顿。',
  },
  {
    code: 'WSL-95',
    title: '主要负责人未履行安全生产管理职责，导致发生生产安全事故',
    breachedProvision: at(21),
    punishingProvision: at(95),
    unitFine: null,
    personFine: null,
    personRole: '主要负责人',
    ifNotCorrected: null,
    measures: [],
    formula: { kind: 'incomeShareByAccidentGrade', party: 'person', percent: { general: 40, larger: 60, major: 80, especiallyMajor: 100 } },
    note: '罚款为上一年年收入乘以事故等级对应的比例。',
  },
  {
    code: 'WSL-96',
    title: '其他负责人或者安全生产管理人员未履行安全生产管理职责',
    breachedProvision: at(25),
    punishingProvision: at(96),
    unitFine: null,
    personFine: range(10_000, 30_000),
    personRole: '其他负责人和安全生产管理人员',
    ifNotCorrected: null,
    measures: ['orderCorrection'],
  },
  {
    code: 'WSL-96-accident',
    title: '其他负责人或者安全生产管理人员未履行职责，导致发生生产安全事故',
    breachedProvision: at(25),
    punishingProvision: at(96),
    unitFine: null,
    personFine: null,
    personRole: '其他负责人和安全生产管理人员',
    ifNotCorrected: null,
    measures: ['suspendQualification'],
    formula: { kind: 'incomeShare', party: 'person', percent: range(20, 50) },
    note: '罚款为上一年年收入的百分之二十至百分之五十。',
  },
  art97(1, '未按照规定设置安全生产管理机构或者配备安全生产管理人员、注册安全工程师', at(24)),
  art97(2, '高危行业单位主要负责人和安全生产管理人员未按照规定经考核合格', at(27, 2)),
  art97(3, '未按照规定对从业人员、被派遣劳动者、实习学生进行安全生产教育和培训，或者未如实告知有关事项', at(28, 1)),
  art97(4, '未如实记录安全生产教育和培训情况', at(28, 4)),
  art97(5, '未将事故隐患排查治理情况如实记录或者未向从业人员通报', at(41, 2)),
  art97(6, '未按照规定制定生产安全事故应急救援预案或者未定期组织演练', at(81)),
  art97(7, '特种作业人员未按照规定经专门的安全作业培训并取得相应资格，上岗作业', at(30, 1)),
  art98(1, '未按照规定对高危建设项目进行安全评价', at(32)),
  art98(2, '高危建设项目没有安全设施设计或者安全设施设计未按照规定报经审查同意', at(33)),
  art98(3, '高危建设项目的施工单位未按照批准的安全设施设计施工', at(34, 1)),
  art98(4, '高危建设项目竣工投入生产或者使用前，安全设施未经验收合格', at(34, 2)),
  art99(1, '未在有较大危险因素的生产经营场所和有关设施、设备上设置明显的安全警示标志', at(35)),
  art99(2, '安全设备的安装、使用、检测、改造和报废不符合国家标准或者行业标准', at(36, 1)),
  art99(3, '未对安全设备进行经常性维护、保养和定期检测', at(36, 2)),
  art99(4, '关闭、破坏直接关系生产安全的监控、报警、防护、救生设备、设施，或者篡改、隐瞒、销毁其相关数据、信息', at(36, 3)),
  art99(5, '未为从业人员提供符合国家标准或者行业标准的劳动防护用品', at(45)),
  art99(6, '危险物品的容器、运输工具及特定特种设备未经检测、检验合格取得安全使用证或者安全标志，投入使用', at(37)),
  art99(7, '使用应当淘汰的危及生产安全的工艺、设备', at(38, 3)),
  art99(8, '餐饮等行业的生产经营单位使用燃气未安装可燃气体报警装置', at(36, 4)),
];
