// 严重失信主体名单 (dishonestyList): the codes the module and the web share (names from GLOSSARY.md).
// Pure data: no I/O. The criteria themselves, with their articles, are in rules.ts.

/**
 * A listing's states: proposed (拟列入) → noticed (已告知, the statement period running) →
 * listed (已列入: the decision numbered) | withdrawn (不予列入); listed → removed (已移出: the term
 * ended; credit repair comes in a later slice).
 */
export const LISTING_STATES = ['proposed', 'noticed', 'listed', 'withdrawn', 'removed'] as const;
export type ListingState = (typeof LISTING_STATES)[number];

/** The acts on a listing, in the order they come. `remove` is the daily job's, never a person's. */
export const LISTING_STEPS = ['notice', 'statement', 'list', 'withdraw', 'serve', 'remove'] as const;
export type ListingStep = (typeof LISTING_STEPS)[number];

/** The decision after the statement: 列入 or 不予列入. */
export const DECISION_OUTCOMES = ['list', 'withdraw'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** Why a listing left the list: its term ended (第三章, 条号待核). Repair (信用修复) comes later. */
export const REMOVAL_REASONS = ['termEnded'] as const;
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
  removalReason: { termEnded: '管理期限届满移出' } satisfies Record<RemovalReason, string>,
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
