// 联合惩戒 (jointPunishment): the measures that follow a listing on the 严重失信主体名单, as data — each
// with the authority that applies it, its legal basis, and whether Zhifa itself applies it and where.
// Pure: no I/O, no clock. Sources: 安全生产严重失信主体名单管理办法（应急管理部令第11号） (the
// measures the emergency management departments take; article number 待核) and
// 《关于对安全生产领域失信生产经营单位及其有关人员开展联合惩戒的合作备忘录》（发改财金〔2016〕1001号）
// (the measures of the other signatory departments; items 待核 — the memorandum was adopted for the
// earlier 安全生产不良记录"黑名单" and is read here as applying to the successor list, also 待核).
// The measures are lifted when the listing is removed (term ended or early removal).

import type { JointMeasureCode, ZhifaApplication } from './codes.js';
import { MEASURE, PENDING } from './rules.js';

export const MEMORANDUM = '《关于对安全生产领域失信生产经营单位及其有关人员开展联合惩戒的合作备忘录》（发改财金〔2016〕1001号）';

export interface JointMeasure {
  code: JointMeasureCode;
  /** What is done to the listed subject. */
  label: string;
  /** Who applies it. */
  authority: string;
  /** The act and provision it rests on. */
  basis: string;
  /** The provision (or the measure's wording in it) awaits confirmation against the text (待核). */
  pending: boolean;
  zhifa: ZhifaApplication | null;
  /** How Zhifa applies it, or why it does not. */
  zhifaNote: string;
}

const EM = '应急管理部门';

export const JOINT_MEASURES: readonly JointMeasure[] = [
  {
    code: 'moreInspections',
    label: '加大执法检查频次（“双随机”抽查中提高抽取比例和频次）',
    authority: EM,
    basis: `${MEASURE}（管理措施：加大执法检查频次）${PENDING}；${MEMORANDUM}（加大执法检查频次）（待核）`,
    pending: true,
    zhifa: 'draws',
    zhifaNote: '随机抽查设置“严重失信主体权重”时，名单内企业按该倍数提高被抽中概率；权重作为抽查参数公示，可复核。',
  },
  {
    code: 'suspendApproval',
    label: '暂停项目审批，依法从严审查行政许可申请',
    authority: EM,
    basis: `${MEASURE}（管理措施：暂停项目审批）${PENDING}`,
    pending: true,
    zhifa: 'licensing',
    zhifaNote: '名单内企业的行政许可申请页向审查人员显示提示，由审查人员依法从严审查；系统不自动拒绝。',
  },
  {
    code: 'noCommitmentApproval',
    label: '不适用告知承诺制等基于诚信的管理措施',
    authority: EM,
    basis: `${MEASURE}（管理措施：不适用告知承诺制等基于诚信的管理措施）${PENDING}`,
    pending: true,
    zhifa: 'licensing',
    zhifaNote: '名单内企业的行政许可申请页向审查人员显示提示；不适用告知承诺由审查人员把握。',
  },
  {
    code: 'noHonours',
    label: '取消参加应急管理部门组织的评先评优资格',
    authority: EM,
    basis: `${MEASURE}（管理措施：取消评先评优资格）${PENDING}`,
    pending: true,
    zhifa: null,
    zhifaNote: '评先评优不在本系统办理。',
  },
  {
    code: 'limitFunding',
    label: '在政府资金项目申请、财政支持等方面予以限制',
    authority: `${EM}及有关部门`,
    basis: `${MEASURE}（管理措施：限制政府资金项目申请、财政支持）${PENDING}`,
    pending: true,
    zhifa: null,
    zhifaNote: '由资金主管部门实施。',
  },
  {
    code: 'publicity',
    label: '在应急管理部门网站公示名单信息',
    authority: EM,
    basis: `${MEASURE}（通过本部门网站公开名单信息）${PENDING}`,
    pending: true,
    zhifa: 'portal',
    zhifaNote: '列入决定作出后在门户网站“严重失信主体名单”公示，移出时停止公示。',
  },
  {
    code: 'platformSharing',
    label: '推送全国信用信息共享平台、国家企业信用信息公示系统，供有关部门实施联合惩戒',
    authority: `${EM}；国家发展改革委、市场监管部门`,
    basis: `${MEASURE}（通过全国信用信息共享平台、国家企业信用信息公示系统公开）${PENDING}；${MEMORANDUM}（信息共享）（待核）`,
    pending: true,
    zhifa: 'export',
    zhifaNote: '名单页“报送导出”按 docs/credit-export.md 的格式导出现行名单。',
  },
  {
    code: 'limitProcurement',
    label: '限制参与政府采购活动',
    authority: '财政部门',
    basis: `${MEMORANDUM}（限制参与政府采购）（待核）`,
    pending: true,
    zhifa: null,
    zhifaNote: '由财政部门实施。',
  },
  {
    code: 'limitBonds',
    label: '限制发行企业债券，在股票、公司债券发行审核中作为参考',
    authority: '国家发展改革委、中国证监会',
    basis: `${MEMORANDUM}（限制发行企业债券等）（待核）`,
    pending: true,
    zhifa: null,
    zhifaNote: '由发展改革、证券监管部门实施。',
  },
  {
    code: 'limitBidding',
    label: '在工程建设项目招标投标中依法予以限制',
    authority: '住房城乡建设、交通运输、水利等部门',
    basis: `${MEMORANDUM}（限制参与工程招投标）（待核）`,
    pending: true,
    zhifa: null,
    zhifaNote: '由招投标行政监督部门实施。',
  },
  {
    code: 'financingReference',
    label: '作为融资授信的审慎性参考',
    authority: '人民银行、金融监管部门',
    basis: `${MEMORANDUM}（融资授信参考）（待核）`,
    pending: true,
    zhifa: null,
    zhifaNote: '由金融机构参考实施。',
  },
];

/** What the enterprise page shows of a listing in force: the listing's decision and term. */
export interface InForceListing {
  state: string;
  decisionNumber: string | null;
  termEndsOn: string | null;
}

export interface MeasureInForce extends JointMeasure {
  /** The last day the measure applies: the latest term end of the listings in force. */
  until: string;
  /** The 列入决定书 it follows. */
  decisionNumbers: string[];
}

/**
 * The measures in force on an enterprise: every measure, while at least one of its listings is
 * listed (已列入), until the latest of their term ends; none otherwise.
 */
export function measuresInForce(listings: readonly InForceListing[]): MeasureInForce[] {
  const inForce = listings.filter((l) => l.state === 'listed' && l.termEndsOn);
  if (inForce.length === 0) return [];
  // YYYY-MM-DD strings: the last in sort order is the latest day.
  const until = inForce
    .map((l) => l.termEndsOn as string)
    .sort()
    .at(-1) as string;
  const decisionNumbers = inForce.map((l) => l.decisionNumber).filter((n): n is string => !!n);
  return JOINT_MEASURES.map((m) => ({ ...m, until, decisionNumbers }));
}
