// 办事指南 of the licence matters the bureau handles (事前公开): pure data, no I/O.
// Facts come from the instruments cited; an article number ending in 「（条号待核）」 was found in
// one source only (or only its content was found) and must be checked against the official text.
// Material codes are stable: the application form and the 补正 notice refer to them.
import type { LicenseMatterCode } from './codes.js';
import type { ServiceGuide } from './guide-contract.js';

export type { GuideMaterial, ServiceGuide } from './guide-contract.js';

import { ISSUE_IN_TEN, LAW, LICENSING_ACT, licenseSteps, NO_FEE, PENDING, WHERE } from './guide-parts.js';

const hazchemTrade: ServiceGuide = {
  code: 'hazchemTrade',
  name: '危险化学品经营许可证核发',
  kind: 'license',
  applicants: '在本行政区域内从事列入《危险化学品目录》的危险化学品经营（包括仓储经营）的企业。',
  basis: [
    {
      law: LAW.hazchemRegulation,
      article: '第三十三条',
      text: '国家对危险化学品经营（包括仓储经营）实行许可制度，未经许可，任何单位和个人不得经营危险化学品。',
    },
    {
      law: LAW.hazchemRegulation,
      article: `第三十五条${PENDING}`,
      text: '从事剧毒化学品、易制爆危险化学品经营的向设区的市级、其他向县级安全生产监督管理部门申请，自收到证明材料之日起30日内作出批准或者不予批准的决定。',
    },
    {
      law: LAW.hazchemMeasures,
      article: '第五条',
      text: '市级发证机关负责剧毒化学品、易制爆危险化学品、汽油加油站、专门从事仓储经营、中央企业所属省级和设区的市级公司、带有储存设施经营其他危险化学品的企业；县级发证机关负责其余企业，未设县级发证机关的由市级发证机关审批。',
    },
    {
      law: LAW.hazchemMeasures,
      article: `第六条至第八条${PENDING}`,
      text: '经营企业的基本条件，带有储存设施企业和经营剧毒化学品、易制爆危险化学品企业的附加条件。',
    },
    { law: LAW.hazchemMeasures, article: '第九条', text: '申请人向所在地市级或者县级发证机关提出申请，提交规定的文件、资料，并对其真实性负责。' },
    {
      law: LAW.hazchemMeasures,
      article: `第十一条${PENDING}`,
      text: '发证机关受理后审查文件、资料，指派2名以上工作人员对经营场所、储存设施进行现场核查，自受理之日起30个工作日内作出是否准予许可的决定。',
    },
    ...LICENSING_ACT,
  ],
  issuers: [
    {
      level: 'city',
      scope:
        '经营剧毒化学品、易制爆危险化学品、汽油加油站，专门从事危险化学品仓储经营，中央企业所属省级、设区的市级公司（分公司），以及带有储存设施经营其他危险化学品的企业。',
      basis: `${LAW.hazchemMeasures} 第五条`,
    },
    { level: 'county', scope: '上述以外的企业（未设立县级发证机关的，由市级发证机关审批）。', basis: `${LAW.hazchemMeasures} 第五条` },
  ],
  conditions: [
    '经营和储存场所、设施、建筑物符合建筑设计防火规范等国家标准、行业标准。',
    '主要负责人和安全生产管理人员经安全生产知识和管理能力考核合格；特种作业人员取得特种作业操作证书；其他从业人员经安全教育和培训合格。',
    '有健全的安全生产规章制度和岗位操作规程。',
    '有符合国家规定的危险化学品事故应急预案，并配备必要的应急救援器材、设备。',
    '带有储存设施的：储存设施与周边场所、设施的安全距离符合规定，依法设置安全生产管理机构或配备专职安全生产管理人员，重大危险源依法备案，依法进行了安全评价。',
    '经营剧毒化学品、易制爆危险化学品的：建立双人验收、双人保管、双人发货、双把锁、双本账等管理制度，并落实治安防范措施。',
    '法律、法规和国家标准或者行业标准规定的其他安全生产条件。',
  ],
  materials: [
    { code: 'applicationForm', name: '申请经营许可证的文件及申请书', required: true, condition: null, note: '原件1份，加盖企业公章。' },
    { code: 'safetyRulesList', name: '安全生产规章制度和岗位操作规程的目录清单', required: true, condition: null, note: '加盖企业公章。' },
    {
      code: 'personnelCertificates',
      name: '主要负责人、安全生产管理人员、特种作业人员的资格证书和其他从业人员培训合格的证明材料',
      required: true,
      condition: null,
      note: '复制件，加盖企业公章。',
    },
    { code: 'premisesTitle', name: '经营场所产权证明文件或者租赁证明文件', required: true, condition: null, note: '复制件，加盖企业公章。' },
    {
      code: 'businessLicense',
      name: '营业执照或者企业名称预先核准文件',
      required: true,
      condition: null,
      note: '复制件；已在本平台登记统一社会信用代码的可免交，由本局共享核验。',
    },
    { code: 'emergencyPlanFiling', name: '危险化学品事故应急预案备案登记表', required: true, condition: null, note: '复制件。' },
    {
      code: 'storageFacilityProof',
      name: '储存设施相关证明文件',
      required: false,
      condition: '带有储存设施的企业',
      note: '复制件；租赁储存设施的提交租赁证明；新建、改建、扩建的提交建设项目安全设施竣工验收材料。',
    },
    {
      code: 'majorHazardFiling',
      name: '重大危险源备案证明材料及专职安全生产管理人员的学历、职称或者注册安全工程师证书',
      required: false,
      condition: '带有储存设施的企业',
      note: '复制件。',
    },
    { code: 'safetyAssessmentReport', name: '安全评价报告', required: false, condition: '带有储存设施的企业', note: '由具备资质的安全评价机构出具。' },
  ],
  statutory: {
    days: 30,
    basis: `${LAW.hazchemMeasures} 第十一条${PENDING}：自受理之日起30个工作日；现场核查、专家评审和企业整改所需时间不计入（行政许可法第四十五条）。`,
  },
  promised: { days: 10, basis: '本局承诺时限（本局设定，不含现场核查整改时间）。' },
  validity: { years: 3, upTo: false, basis: `${LAW.hazchemMeasures} 第十八条${PENDING}` },
  fee: NO_FEE,
  where: WHERE,
  steps: licenseSteps('审查申请材料，指派2名以上工作人员对经营场所、储存设施进行现场核查；需要整改的，整改时间不计入办理时限。', ISSUE_IN_TEN),
  renewal: `有效期满需要继续经营的，应当在有效期满3个月前向原发证机关提出延期申请（${LAW.hazchemMeasures} 第十八条${PENDING}）；行政许可法第五十条规定的届满30日前是法律、法规、规章没有另行规定时的一般期限，本事项以办法的3个月为准。持证期间守法经营、符合规定条件的企业可以不经现场核查直接办理延期${PENDING}。`,
  changes: [
    `企业名称、注册地址、法定代表人或者主要负责人变更的，应当自变更之日起20个工作日内向原发证机关申请变更，发证机关自收到申请之日起10个工作日内作出是否准予变更的决定；变更后的许可证有效期不变（${LAW.hazchemMeasures} 第十四条、第十五条${PENDING}）。`,
    `不带储存设施的企业变更经营场所、带有储存设施的企业变更储存场所、仓储经营企业异地重建、经营方式或者许可范围发生变化的，应当重新申请经营许可证（${LAW.hazchemMeasures} 第十六条${PENDING}）。`,
  ],
};

import { fireworksRetail, fireworksWholesale } from './matters-fireworks.js';

const precursorFiling: ServiceGuide = {
  code: 'precursorFiling',
  name: '第二类、第三类非药品类易制毒化学品经营备案',
  kind: 'filing',
  applicants: '经营第二类、第三类非药品类易制毒化学品的单位（应当自经营之日起30日内备案）。',
  basis: [
    {
      law: LAW.precursorRegulation,
      article: '第十三条',
      text: '经营第二类易制毒化学品的，自经营之日起30日内将经营的品种、数量、主要流向等情况向所在地设区的市级安全生产监督管理部门备案；经营第三类的，向所在地县级安全生产监督管理部门备案。收到备案材料的当日发给备案证明。',
    },
    { law: LAW.precursorRegulation, article: '第五条', text: '生产、经营、购买、运输、进出口易制毒化学品的单位，应当建立易制毒化学品内部管理制度。' },
    { law: LAW.precursorMeasures, article: '第三条', text: '对第一类非药品类易制毒化学品的生产、经营实行许可证管理，对第二类、第三类实行备案证明管理。' },
    { law: LAW.precursorMeasures, article: `第十二条、第十三条${PENDING}`, text: '经营备案应当提交的材料，备案证明的有效期、重新备案、变更和注销。' },
  ],
  issuers: [
    { level: 'city', scope: '经营第二类非药品类易制毒化学品的单位。', basis: `${LAW.precursorRegulation} 第十三条` },
    { level: 'county', scope: '经营第三类非药品类易制毒化学品的单位。', basis: `${LAW.precursorRegulation} 第十三条` },
  ],
  conditions: [
    '依法取得营业执照。',
    '经营的品种属于危险化学品的，已取得危险化学品经营许可证。',
    '建立易制毒化学品内部管理制度和销售台账。',
    '自经营之日起30日内申请备案。',
  ],
  materials: [
    { code: 'filingForm', name: '非药品类易制毒化学品品种、销售量、主要流向等情况的备案申请书', required: true, condition: null, note: '一式两份。' },
    { code: 'controlRules', name: '易制毒化学品管理制度', required: true, condition: null, note: '加盖单位公章。' },
    { code: 'packagingInstructions', name: '产品包装说明和使用说明书', required: true, condition: null, note: '加盖单位公章。' },
    { code: 'businessLicense', name: '营业执照', required: true, condition: null, note: '复制件；已在本平台登记的可免交。' },
    {
      code: 'hazchemTradeLicense',
      name: '危险化学品经营许可证',
      required: false,
      condition: '经营的品种属于危险化学品的',
      note: '复制件；由本局核发的可免交。',
    },
  ],
  statutory: { days: 1, basis: `${LAW.precursorRegulation} 第十三条第三款：收到备案材料的当日发给备案证明。` },
  promised: { days: 1, basis: '当日办结（本局设定，与法定时限一致）。' },
  validity: { years: 3, upTo: false, basis: `备案证明有效期3年（${LAW.precursorMeasures}${PENDING}）。` },
  fee: { text: '不收费', basis: '本事项不收取任何费用（本局政务服务事项设定；备案不属于行政许可，行政许可法第五十八条参照适用）。' },
  where: WHERE,
  steps: [
    { title: '提交', description: '网上或到政务服务窗口提交备案申请书和全部材料。' },
    { title: '核对', description: '核对材料是否齐全；不齐全的一次告知需要补充的全部内容。' },
    { title: '发证明', description: '材料齐全的，当日发给《非药品类易制毒化学品经营备案证明》。' },
  ],
  renewal: `备案证明有效期满需要继续经营的，应当在有效期满前3个月内到原备案机关重新办理备案手续（${LAW.precursorMeasures}${PENDING}）。`,
  changes: [
    `法定代表人或者主要负责人、单位名称、单位地址发生变化的，应当自营业执照变更之日起30个工作日内重新办理备案手续${PENDING}。`,
    `经营的品种、主要流向改变的，应当在发生变化后30个工作日内重新办理备案手续${PENDING}。`,
    `不再经营的，应当在停止经营后3个月内办理备案注销手续${PENDING}。`,
  ],
};

/** Every matter's guide, by code. */
export const SERVICE_GUIDES: Record<LicenseMatterCode, ServiceGuide> = { hazchemTrade, fireworksWholesale, fireworksRetail, precursorFiling };
