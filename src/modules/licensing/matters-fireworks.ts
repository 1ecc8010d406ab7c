// 办事指南 of the two fireworks licences (烟花爆竹经营许可): pure data, see matters.ts.
import type { ServiceGuide } from './guide-contract.js';
import { ISSUE_IN_TEN, LAW, LICENSING_ACT, licenseSteps, NO_FEE, PENDING, WHERE } from './guide-parts.js';

export const fireworksWholesale: ServiceGuide = {
  code: 'fireworksWholesale',
  name: '烟花爆竹经营（批发）许可证核发',
  kind: 'license',
  applicants: '在本行政区域内从事烟花爆竹批发的企业（含从事烟花爆竹进出口的企业）。',
  basis: [
    {
      law: LAW.fireworksRegulation,
      article: '第十六条',
      text: '烟花爆竹的经营分为批发和零售，经营布点应当经安全生产监督管理部门审批；禁止在城市市区布设烟花爆竹批发场所。',
    },
    {
      law: LAW.fireworksRegulation,
      article: '第十七条',
      text: '从事烟花爆竹批发的企业应当具备企业法人条件、安全距离、经营场所和储存仓库、保管员和仓库守护员、安全评价、应急救援等条件。',
    },
    {
      law: LAW.fireworksRegulation,
      article: '第十九条',
      text: '受理申请的安全生产监督管理部门应当自受理申请之日起30日内对有关材料和经营场所进行审查，对符合条件的核发《烟花爆竹经营（批发）许可证》，不符合的说明理由。',
    },
    {
      law: LAW.fireworksMeasures,
      article: `第四条${PENDING}`,
      text: '批发许可证由设区的市级安全生产监督管理部门根据省级批发企业布点规划审批、颁发（2013年由省级调整为设区的市级）。',
    },
    { law: LAW.fireworksMeasures, article: `第六条至第八条${PENDING}`, text: '批发企业的申请条件和应当提交的文件、资料。' },
    ...LICENSING_ACT,
  ],
  issuers: [{ level: 'city', scope: '所有烟花爆竹批发企业（须符合省级批发企业布点规划）。', basis: `${LAW.fireworksMeasures} 第四条${PENDING}` }],
  conditions: [
    '具有企业法人条件，符合所在地省级应急管理部门制定的批发企业布点规划。',
    '经营场所与周边建筑、设施保持必要的安全距离；不得在城市建成区内设立储存仓库。',
    '有符合国家标准的经营场所和储存仓库，仓储设施经建设项目安全设施设计审查和竣工验收。',
    '主要负责人、安全生产管理人员经安全培训合格，配备保管员、仓库守护员。',
    '依法进行了安全评价。',
    '有事故应急救援预案、应急救援组织和人员，并配备必要的应急救援器材、设备。',
    '法律、法规规定的其他条件。',
  ],
  materials: [
    { code: 'applicationForm', name: '烟花爆竹经营（批发）许可证申请书', required: true, condition: null, note: '原件，加盖企业公章。' },
    { code: 'businessLicense', name: '企业法人营业执照或者企业名称预先核准文件', required: true, condition: null, note: '复制件；已在本平台登记的可免交。' },
    { code: 'responsibilityAndEmergencyPlan', name: '安全生产责任制文件、事故应急救援预案', required: true, condition: null, note: '复制件。' },
    { code: 'safetyRulesList', name: '安全管理制度和操作规程的目录清单', required: true, condition: null, note: '加盖企业公章。' },
    {
      code: 'personnelCertificates',
      name: '主要负责人、安全生产管理人员、仓库保管员、守护员的相关资格证书',
      required: true,
      condition: null,
      note: '复制件。',
    },
    {
      code: 'siteDistanceDrawings',
      name: '库区外部安全距离实测图和库区仓储设施平面布置图',
      required: true,
      condition: null,
      note: '由具备相应资质的设计单位出具。',
    },
    { code: 'safetyAssessmentReport', name: '安全评价报告', required: true, condition: null, note: '由具备相应资质的安全评价机构出具。' },
    { code: 'facilityAcceptance', name: '建设项目安全设施设计审查和竣工验收的证明材料', required: true, condition: null, note: '复制件。' },
    {
      code: 'blackPowderContract',
      name: '与具有黑火药、引火线安全生产许可证的企业签订的购销合同',
      required: false,
      condition: '从事黑火药、引火线批发的企业',
      note: '复制件。',
    },
  ],
  statutory: {
    days: 30,
    basis: `${LAW.fireworksRegulation} 第十九条：自受理申请之日起30日内审查（按行政许可法第八十二条以工作日计）；现场核查整改时间不计入。`,
  },
  promised: { days: 15, basis: '本局承诺时限（本局设定）。' },
  validity: { years: 3, upTo: false, basis: `${LAW.fireworksMeasures}${PENDING}` },
  fee: NO_FEE,
  where: WHERE,
  steps: licenseSteps('审查申请材料，组织对经营场所和库区仓储设施进行现场核查。', ISSUE_IN_TEN),
  renewal: `有效期届满后拟继续从事批发经营的，应当在有效期届满前3个月向原发证机关提出延期申请${PENDING}；未提出的按行政许可法第五十条不迟于届满30日前申请。`,
  changes: [
    `企业名称、主要负责人、注册地址变更的，应当自变更之日起20个工作日内向原发证机关申请变更${PENDING}。`,
    `变更许可范围、储存仓库地址或者仓储设施新建、改建、扩建的，应当重新申请办理许可证${PENDING}。`,
  ],
};

export const fireworksRetail: ServiceGuide = {
  code: 'fireworksRetail',
  name: '烟花爆竹经营（零售）许可证核发',
  kind: 'license',
  applicants: '在本县（市、区）行政区域内从事烟花爆竹零售的经营者（含春节期间临时零售点）。',
  basis: [
    {
      law: LAW.fireworksRegulation,
      article: '第十六条',
      text: '零售经营者的经营布点应当经安全生产监督管理部门审批；城市市区的零售网点按照严格控制的原则合理布设。',
    },
    {
      law: LAW.fireworksRegulation,
      article: '第十八条',
      text: '零售经营者应当具备：主要负责人经过安全知识教育；实行专店或者专柜销售，设专人负责安全管理；经营场所配备必要的消防器材，张贴明显的安全警示标志；法律、法规规定的其他条件。',
    },
    {
      law: LAW.fireworksRegulation,
      article: '第十九条',
      text: '申请从事烟花爆竹零售的，向所在地县级安全生产监督管理部门提出申请；受理的部门应当自受理申请之日起20日内审查，对符合条件的核发《烟花爆竹经营（零售）许可证》。',
    },
    {
      law: LAW.fireworksMeasures,
      article: `第十七条、第十八条${PENDING}`,
      text: '零售经营者应当符合县级布点规划等条件；申请时提交申请书、零售点及其周围安全条件说明和发证机关要求提供的其他材料。',
    },
    ...LICENSING_ACT,
  ],
  issuers: [{ level: 'county', scope: '所有烟花爆竹零售经营者。', basis: `${LAW.fireworksRegulation} 第十九条` }],
  conditions: [
    '符合所在地县级应急管理部门制定的零售经营布点规划。',
    '主要负责人经过安全培训合格，销售人员经过安全知识教育。',
    '春节期间零售点、城市长期零售点实行专店销售；乡村长期零售点实行专柜销售的，专柜相对独立并设专人负责安全管理。',
    '零售场所面积不小于10平方米，周边50米范围内没有其他烟花爆竹零售点，并与学校、幼儿园、医院、集贸市场等人员密集场所和加油站等易燃易爆物品生产、储存设施保持100米以上的安全距离。',
    '零售场所配备必要的消防器材，张贴明显的安全警示标志。',
    '零售点不得与居民居住场所设置在同一建筑物内。',
    '法律、法规规定的其他条件。',
  ],
  materials: [
    { code: 'applicationForm', name: '烟花爆竹经营（零售）许可证申请书', required: true, condition: null, note: '原件。' },
    {
      code: 'safetyConditionStatement',
      name: '零售点及其周围安全条件说明（附零售场所平面布置图和周边环境示意图）',
      required: true,
      condition: null,
      note: '标明面积和与周边场所的距离。',
    },
    { code: 'trainingCertificates', name: '主要负责人安全培训合格证明和销售人员安全知识教育证明', required: true, condition: null, note: '复制件。' },
    { code: 'businessLicense', name: '营业执照', required: true, condition: null, note: '复制件；已在本平台登记的可免交。' },
    { code: 'premisesTitle', name: '零售场所产权证明或者租赁合同', required: true, condition: null, note: '复制件（本局要求提供的其他材料）。' },
    {
      code: 'supplyContract',
      name: '与烟花爆竹批发企业签订的供货合同',
      required: false,
      condition: '已确定供货批发企业的',
      note: '复制件（本局要求提供的其他材料）。',
    },
  ],
  statutory: {
    days: 20,
    basis: `${LAW.fireworksRegulation} 第十九条第二款：自受理申请之日起20日内审查（按行政许可法第八十二条以工作日计）。实施办法是否另设更短时限${PENDING}。`,
  },
  promised: { days: 5, basis: '本局承诺时限（本局设定）。' },
  validity: {
    years: 2,
    upTo: true,
    basis: `有效期限由发证机关确定，最长不超过2年（${LAW.fireworksMeasures}${PENDING}）；春节期间临时零售点以许可证载明的期限为准。`,
  },
  fee: NO_FEE,
  where: WHERE,
  steps: licenseSteps('审查申请材料，对零售场所的面积、安全距离、消防器材和警示标志进行现场核查。', ISSUE_IN_TEN),
  renewal: `有效期满后拟继续从事零售经营的，应当在有效期满前重新提出申请${PENDING}；办法未另行规定提前期限的，按行政许可法第五十条在届满30日前提出。`,
  changes: [`变更零售点名称、主要负责人或者经营场所的，应当重新申请办理零售许可证${PENDING}。`],
};
