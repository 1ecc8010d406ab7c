// 严重失信主体名单 (dishonestyList): the codes the module and the web share (names from GLOSSARY.md).
// Pure data: no I/O. The criteria themselves, with their articles, are in rules.ts.

/**
 * A listing's states: proposed (拟列入) → noticed (已告知, the statement period running) →
 * listed (已列入: the decision numbered) | withdrawn (不予列入); listed → removed (已移出: the term
 * ended, or early on credit repair); a repair revoked for fraud puts it back to listed.
 */
export const LISTING_STATES = ['proposed', 'noticed', 'listed', 'withdrawn', 'removed'] as const;
export type ListingState = (typeof LISTING_STATES)[number];

/** The acts on a listing, in the order they come. `remove` is the daily job's, never a person's. */
export const LISTING_STEPS = ['notice', 'statement', 'list', 'withdraw', 'serve', 'remove'] as const;
export type ListingStep = (typeof LISTING_STEPS)[number];

/** The decision after the statement: 列入 or 不予列入. */
export const DECISION_OUTCOMES = ['list', 'withdraw'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** Why a listing left the list: its term ended, or early removal on credit repair (信用修复, 提前移出). */
export const REMOVAL_REASONS = ['termEnded', 'repaired'] as const;
export type RemovalReason = (typeof REMOVAL_REASONS)[number];

/**
 * 列入情形 of 安全生产严重失信主体名单管理办法: accident grounds (生产安全事故) and violation grounds
 * (未发生事故的违法行为). Labels below; articles and items in rules.ts `CRITERIA`.
 */
export const CRITERION_CODES = [
  'majorAccident',
  'repeatedSeriousAccidents',
  'aggravatedAccidentFine',
  'concealedAccident',
  'absconded',
  'unlicensedOperation',
  'falseReport',
  'refusedExecution',
  'otherSerious',
] as const;
export type CriterionCode = (typeof CRITERION_CODES)[number];

/** Who filed an application or an objection: the enterprise itself online, or staff on its behalf. */
export const FILING_CHANNELS = ['online', 'counter'] as const;
export type FilingChannel = (typeof FILING_CHANNELS)[number];

/** 信用修复 (提前移出) application: applied → reviewed → approved | refused; approved → revoked (fraud). */
export const REPAIR_STATES = ['applied', 'reviewed', 'approved', 'refused', 'revoked'] as const;
export type RepairState = (typeof REPAIR_STATES)[number];
export const REPAIR_STEPS = ['review', 'approve', 'refuse', 'revoke'] as const;
export type RepairStep = (typeof REPAIR_STEPS)[number];
export const REPAIR_OPINIONS = ['support', 'oppose'] as const;
export type RepairOpinion = (typeof REPAIR_OPINIONS)[number];
export const REPAIR_DECISIONS = ['approve', 'refuse'] as const;
export type RepairDecision = (typeof REPAIR_DECISIONS)[number];

/** The conditions for early removal (rules.ts REPAIR_CONDITIONS gives each its article). */
export const REPAIR_CONDITION_CODES = ['penaltyPerformed', 'harmRemoved', 'noNewDishonesty', 'creditCommitment', 'training'] as const;
export type RepairConditionCode = (typeof REPAIR_CONDITION_CODES)[number];

/** One condition as the applicant claims it: met or not, and the evidence (a document named, a statement). */
export interface RepairClaim {
  code: RepairConditionCode;
  met: boolean;
  evidence: string;
}

/** 异议: received → corrected (信息更正) | upheld (维持). */
export const OBJECTION_STATES = ['received', 'corrected', 'upheld'] as const;
export type ObjectionState = (typeof OBJECTION_STATES)[number];
export const OBJECTION_OUTCOMES = ['correct', 'uphold'] as const;
export type ObjectionOutcome = (typeof OBJECTION_OUTCOMES)[number];

/** 联合惩戒 (jointPunishment): the measures that follow a listing (measures.ts gives each its authority and basis). */
export const JOINT_MEASURE_CODES = [
  'moreInspections',
  'suspendApproval',
  'noCommitmentApproval',
  'noHonours',
  'limitFunding',
  'publicity',
  'platformSharing',
  'limitProcurement',
  'limitBonds',
  'limitBidding',
  'financingReference',
] as const;
export type JointMeasureCode = (typeof JOINT_MEASURE_CODES)[number];

/** Where Zhifa itself applies a measure (the others are applied by other authorities). */
export const ZHIFA_APPLICATIONS = ['draws', 'licensing', 'portal', 'export'] as const;
export type ZhifaApplication = (typeof ZHIFA_APPLICATIONS)[number];

export const CREDIT_LABELS = {
  state: {
    proposed: '拟列入',
    noticed: '已告知（陈述申辩期）',
    listed: '已列入',
    withdrawn: '不予列入',
    removed: '已移出',
  } satisfies Record<ListingState, string>,
  step: {
    notice: '送达列入告知书',
    statement: '登记陈述申辩',
    list: '作出列入决定',
    withdraw: '作出不予列入决定',
    serve: '登记列入决定书送达',
    remove: '期满移出',
  } satisfies Record<ListingStep, string>,
  outcome: { list: '列入严重失信主体名单', withdraw: '不予列入' } satisfies Record<DecisionOutcome, string>,
  removalReason: { termEnded: '管理期限届满移出', repaired: '信用修复提前移出' } satisfies Record<RemovalReason, string>,
  channel: { online: '企业在线申请', counter: '窗口代为登记' } satisfies Record<FilingChannel, string>,
  repairState: {
    applied: '已申请（待审查）',
    reviewed: '已审查（待决定）',
    approved: '准予提前移出',
    refused: '不予提前移出',
    revoked: '已撤销提前移出',
  } satisfies Record<RepairState, string>,
  repairStep: {
    review: '审查信用修复申请',
    approve: '决定准予提前移出',
    refuse: '决定不予提前移出',
    revoke: '撤销提前移出决定',
  } satisfies Record<RepairStep, string>,
  repairOpinion: { support: '建议准予提前移出', oppose: '建议不予提前移出' } satisfies Record<RepairOpinion, string>,
  repairDecision: { approve: '准予提前移出', refuse: '不予提前移出' } satisfies Record<RepairDecision, string>,
  repairCondition: {
    penaltyPerformed: '已经履行行政处罚决定规定的义务（罚款已缴清等）',
    harmRemoved: '已经主动消除危害后果或者不良影响（事故隐患已整改）',
    noNewDishonesty: '列入名单后未再发生严重失信行为、未再受到安全生产行政处罚',
    creditCommitment: '已作出并公开信用承诺',
    training: '已参加信用修复培训或安全生产培训',
  } satisfies Record<RepairConditionCode, string>,
  objectionState: { received: '已受理（待处理）', corrected: '已更正', upheld: '维持原信息' } satisfies Record<ObjectionState, string>,
  objectionOutcome: { correct: '异议成立，更正信息', uphold: '异议不成立，维持原信息' } satisfies Record<ObjectionOutcome, string>,
  zhifaApplication: {
    draws: '随机抽查（差异化抽查权重）',
    licensing: '行政许可',
    portal: '门户网站公示',
    export: '报送导出',
  } satisfies Record<ZhifaApplication, string>,
  /** The 列入情形 as the 办法 words them; the article and item of each are in rules.ts CRITERIA. */
  criterion: {
    majorAccident: '发生特别重大、重大生产安全事故的',
    repeatedSeriousAccidents: '12个月内累计发生2起以上较大生产安全事故的',
    aggravatedAccidentFine: '发生生产安全事故，情节特别严重、影响特别恶劣，依照安全生产法第一百一十四条第二款被处以罚款数额2倍以上5倍以下罚款的',
    concealedAccident: '瞒报、谎报生产安全事故的',
    absconded: '发生生产安全事故后，主要负责人不立即组织抢救或者在事故调查处理期间擅离职守、逃匿的',
    unlicensedOperation: '未依法取得安全生产相关许可或者许可被暂扣、吊销期间从事相关生产经营活动的',
    falseReport: '承担安全评价、认证、检测、检验职责的机构租借资质、挂靠、出具虚假报告或者证书的',
    refusedExecution: '在应急管理部门作出行政处罚后，有执行能力拒不执行或者逃避执行的',
    otherSerious: '其他违反安全生产法律法规受到行政处罚，且性质恶劣、情节严重的',
  } satisfies Record<CriterionCode, string>,
};
