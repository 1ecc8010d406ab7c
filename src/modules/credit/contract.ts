import { z } from 'zod';
import { isoDate, listQuery } from '../../platform/contract.js';
import {
  CRITERION_CODES,
  DECISION_OUTCOMES,
  FILING_CHANNELS,
  JOINT_MEASURE_CODES,
  LISTING_STATES,
  OBJECTION_OUTCOMES,
  OBJECTION_STATES,
  REMOVAL_REASONS,
  REPAIR_CONDITION_CODES,
  REPAIR_DECISIONS,
  REPAIR_OPINIONS,
  REPAIR_STATES,
  ZHIFA_APPLICATIONS,
} from './codes.js';

// 严重失信主体名单: shared by server and web (no server imports).

const text = (min: number, max: number, what: string) => z.string().trim().min(min, `${what}至少 ${min} 个字`).max(max, `${what}不超过 ${max} 个字`);
const version = z.number().int();

/** The figures this module answers for in the yearly report (figures.ts). */
export const CREDIT_FIGURE_CODES = [
  'credit.proposed',
  'credit.listed',
  'credit.withdrawn',
  'credit.removed',
  'credit.repairRemoved',
  'credit.current',
  'credit.repairsApplied',
  'credit.repairsApproved',
  'credit.objections',
] as const;
export type CreditFigureCode = (typeof CREDIT_FIGURE_CODES)[number];

export const LISTING_SORTS = ['proposedOn', 'listedOn', 'termEndsOn'] as const;

export const listListingsQuery = listQuery(LISTING_SORTS).extend({
  orgId: z.uuid().optional(),
  state: z.enum(LISTING_STATES).optional(),
  criterion: z.enum(CRITERION_CODES).optional(),
  /** The listings a figure counts (统计分析's drill-down); `from` and `to` are then its period, not the proposal dates. */
  figure: z.enum(CREDIT_FIGURE_CODES).optional(),
});
export type ListListingsQuery = z.infer<typeof listListingsQuery>;

export const listingIdParams = z.object({ id: z.uuid('名单记录编号格式不正确') });

/** 提出列入建议: from the deciding bureau's own penalty decision, with the criterion it meets and the facts. */
export const proposeIn = z.object({
  caseId: z.uuid('请选择作出行政处罚决定的案件'),
  criterion: z.enum(CRITERION_CODES, { error: '请选择列入情形' }),
  facts: text(10, 2000, '列入事实'),
});
export type ProposeIn = z.infer<typeof proposeIn>;

/** 列入告知书 served on the party on `servedOn`: the statement period runs from the next working day. */
export const noticeIn = z.object({ version, servedOn: isoDate.describe('告知书送达日期') });
export type NoticeIn = z.infer<typeof noticeIn>;

/** The party's 陈述、申辩 as received. */
export const statementIn = z.object({ version, statement: text(2, 4000, '陈述申辩内容'), receivedOn: isoDate.describe('收到陈述申辩日期') });
export type StatementIn = z.infer<typeof statementIn>;

/** 列入 or 不予列入, with the reasons (why the statement was or was not accepted). */
export const decideIn = z.object({
  version,
  outcome: z.enum(DECISION_OUTCOMES, { error: '请选择列入或不予列入' }),
  reason: text(5, 2000, '决定理由'),
});
export type DecideIn = z.infer<typeof decideIn>;

/** 列入决定书 served on the party. */
export const serveIn = z.object({ version, servedOn: isoDate.describe('决定书送达日期') });
export type ServeIn = z.infer<typeof serveIn>;

export const listingOut = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  penaltyDecisionNumber: z.string(),
  penaltyDecidedOn: z.string(),
  orgId: z.uuid(),
  orgName: z.string(),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  uscc: z.string(),
  criterion: z.enum(CRITERION_CODES),
  criterionLabel: z.string(),
  /** 《…办法》第六条第一项（条号待核）. */
  basis: z.string(),
  facts: z.string(),
  state: z.enum(LISTING_STATES),
  proposedBy: z.uuid(),
  proposedOn: z.string(),
  noticeNumber: z.string().nullable(),
  noticeServedOn: z.string().nullable(),
  statementDueOn: z.string().nullable(),
  statement: z.string().nullable(),
  statementOn: z.string().nullable(),
  decidedOn: z.string().nullable(),
  decisionReason: z.string().nullable(),
  decisionNumber: z.string().nullable(),
  decisionServedOn: z.string().nullable(),
  listedOn: z.string().nullable(),
  termEndsOn: z.string().nullable(),
  removedOn: z.string().nullable(),
  removalReason: z.enum(REMOVAL_REASONS).nullable(),
  version: z.number(),
});
export type ListingOut = z.infer<typeof listingOut>;

export const listingPageOut = z.object({ items: z.array(listingOut), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

/** The instruments: 列入告知书 (信告) and 列入决定书 (信列). */
export const CREDIT_INSTRUMENT_KINDS = ['notice', 'decision'] as const;
export type CreditInstrumentKind = (typeof CREDIT_INSTRUMENT_KINDS)[number];
export const instrumentParams = z.object({ id: z.uuid('名单记录编号格式不正确'), kind: z.enum(CREDIT_INSTRUMENT_KINDS) });
export const instrumentQuery = z.object({ format: z.enum(['pdf', 'docx']).default('pdf') });

/** The public list (no sign-in): who is listed now, by whom and until when — nothing personal. */
export const publicListingsQuery = z.object({
  q: z.string().trim().max(60).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export const publicListingOut = z.object({
  id: z.uuid(),
  enterpriseName: z.string(),
  uscc: z.string(),
  criterion: z.enum(CRITERION_CODES),
  criterionLabel: z.string(),
  basis: z.string(),
  decisionNumber: z.string(),
  orgName: z.string(),
  listedOn: z.string(),
  termEndsOn: z.string(),
});
export type PublicListingOut = z.infer<typeof publicListingOut>;
export const publicListingPageOut = z.object({ items: z.array(publicListingOut), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

// The export for the 全国信用信息共享平台 (docs/credit-export.md): the current list of the reader's
// subtree, one record per listing in force, every value a string.

export const CREDIT_EXPORT_FORMAT = 'zhifa.credit.dishonestyList' as const;
export const CREDIT_EXPORT_VERSION = 1 as const;

export const creditExportQuery = z.object({
  format: z.enum(['json', 'xlsx'], { error: '导出格式只能是 json 或 xlsx' }).default('json'),
  /** One bureau of the reader's subtree (and its own subtree); the reader's whole subtree when absent. */
  orgId: z.uuid('机构编号格式不正确').optional(),
});
export type CreditExportQuery = z.infer<typeof creditExportQuery>;

/** One record of the exchange: the fields the platform's 严重失信主体名单 record carries (字段名 → 中文名 in CREDIT_EXPORT_FIELDS). */
export const creditExportRecord = z.object({
  /** 名称: the enterprise's registered name. */
  name: z.string().min(1),
  /** 统一社会信用代码: 18 characters (GB 32100-2015). */
  uscc: z.string().length(18),
  /** 列入决定书文号: the 列入严重失信主体名单决定书 (信列). */
  decisionNumber: z.string().min(1),
  /** 列入事由: the 列入情形 as the 办法 words it. */
  reason: z.string().min(1),
  /** 列入事由's penalty: the 行政处罚决定书文号 the listing rests on. */
  penaltyDecisionNumber: z.string().min(1),
  /** 认定依据: the article and item of 应急管理部令第11号 (条号待核 where unconfirmed). */
  basis: z.string().min(1),
  /** 决定机关: the bureau that decided the penalty and the listing (谁处罚、谁决定). */
  authority: z.string().min(1),
  /** 列入日期: YYYY-MM-DD. */
  listedOn: isoDate,
  /** 有效期至: the term's last day, YYYY-MM-DD (3 years less a day). */
  validUntil: isoDate,
  /** 状态: always 列入 in this export (the current list). */
  state: z.literal('listed'),
  /** 状态的中文: 已列入. */
  stateLabel: z.string(),
});
export type CreditExportRecord = z.infer<typeof creditExportRecord>;

/** The file: what it is, when and by whom it was made, and the records. */
export const creditExportOut = z.object({
  format: z.literal(CREDIT_EXPORT_FORMAT),
  version: z.literal(CREDIT_EXPORT_VERSION),
  /** ISO 8601 instant the export was made. */
  generatedAt: z.string(),
  /** The China date of the export: the list as it stood that day. */
  asOf: isoDate,
  /** The bureau whose subtree the export covers. */
  scope: z.string(),
  total: z.number().int(),
  records: z.array(creditExportRecord),
});
export type CreditExportOut = z.infer<typeof creditExportOut>;

/** The field names in the order the XLSX prints them, with their Chinese headers. */
export const CREDIT_EXPORT_FIELDS = [
  ['name', '名称'],
  ['uscc', '统一社会信用代码'],
  ['decisionNumber', '列入决定书文号'],
  ['reason', '列入事由'],
  ['penaltyDecisionNumber', '行政处罚决定书文号'],
  ['basis', '认定依据'],
  ['authority', '决定机关'],
  ['listedOn', '列入日期'],
  ['validUntil', '有效期至'],
  ['stateLabel', '状态'],
] as const satisfies readonly (readonly [keyof CreditExportRecord, string])[];

// 信用修复 (提前移出) and 异议.

/** One condition as claimed: met or not, and the evidence (the receipt, the rectification record, the commitment's address …). */
export const repairClaimIn = z.object({
  code: z.enum(REPAIR_CONDITION_CODES, { error: '请选择提前移出条件' }),
  met: z.boolean({ error: '请说明是否满足该条件' }),
  evidence: z.string().trim().max(2000, '证明材料或情况说明不超过 2000 个字').default(''),
});

/** 申请提前移出: the enterprise for its own listing, or staff recording it at the counter. */
export const repairApplyIn = z.object({
  listingId: z.uuid('请选择名单记录'),
  claims: z.array(repairClaimIn).min(1, '请逐项填写提前移出条件').max(20, '条件过多'),
});
export type RepairApplyIn = z.infer<typeof repairApplyIn>;

export const repairIdParams = z.object({ id: z.uuid('信用修复申请编号格式不正确') });

/** 审查: the officer's opinion and why. */
export const repairReviewIn = z.object({
  version,
  opinion: z.enum(REPAIR_OPINIONS, { error: '请选择审查意见' }),
  note: text(5, 2000, '审查意见说明'),
});
export type RepairReviewIn = z.infer<typeof repairReviewIn>;

/** 准予 or 不予提前移出, with the reasons. */
export const repairDecideIn = z.object({
  version,
  decision: z.enum(REPAIR_DECISIONS, { error: '请选择准予或不予提前移出' }),
  reason: text(5, 2000, '决定理由'),
});
export type RepairDecideIn = z.infer<typeof repairDecideIn>;

/** 撤销提前移出: what was concealed or falsified. */
export const repairRevokeIn = z.object({ version, reason: text(10, 2000, '撤销理由（隐瞒或弄虚作假的情况）') });
export type RepairRevokeIn = z.infer<typeof repairRevokeIn>;

export const repairOut = z.object({
  id: z.uuid(),
  listingId: z.uuid(),
  orgId: z.uuid(),
  orgName: z.string(),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  uscc: z.string(),
  listingDecisionNumber: z.string().nullable(),
  listedOn: z.string().nullable(),
  termEndsOn: z.string().nullable(),
  channel: z.enum(FILING_CHANNELS),
  appliedBy: z.uuid(),
  appliedOn: z.string(),
  dueOn: z.string(),
  claims: z.array(
    z.object({ code: z.enum(REPAIR_CONDITION_CODES), label: z.string(), basis: z.string(), required: z.boolean(), met: z.boolean(), evidence: z.string() }),
  ),
  state: z.enum(REPAIR_STATES),
  reviewedBy: z.uuid().nullable(),
  reviewedOn: z.string().nullable(),
  reviewOpinion: z.enum(REPAIR_OPINIONS).nullable(),
  reviewNote: z.string().nullable(),
  decidedBy: z.uuid().nullable(),
  decidedOn: z.string().nullable(),
  decision: z.enum(REPAIR_DECISIONS).nullable(),
  decisionReason: z.string().nullable(),
  decisionNumber: z.string().nullable(),
  revokedOn: z.string().nullable(),
  revocationReason: z.string().nullable(),
  revocationNumber: z.string().nullable(),
  version: z.number(),
});
export type RepairOut = z.infer<typeof repairOut>;

/** The staff's list of applications (the agenda: open ones by due date). */
export const listRepairsQuery = z.object({
  state: z.enum(REPAIR_STATES).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export const repairPageOut = z.object({ items: z.array(repairOut), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

/** The instruments of a repair: 信用修复决定书 (信修) and 撤销提前移出决定书 (信撤). */
export const REPAIR_INSTRUMENT_KINDS = ['decision', 'revocation'] as const;
export type RepairInstrumentKind = (typeof REPAIR_INSTRUMENT_KINDS)[number];
export const repairInstrumentParams = z.object({ id: z.uuid('信用修复申请编号格式不正确'), kind: z.enum(REPAIR_INSTRUMENT_KINDS) });

/** 异议: what is wrong in the listing's information, and why. */
export const objectionIn = z.object({ listingId: z.uuid('请选择名单记录'), content: text(5, 4000, '异议内容') });
export type ObjectionIn = z.infer<typeof objectionIn>;
export const objectionIdParams = z.object({ id: z.uuid('异议编号格式不正确') });

/** 更正 (with the corrected facts) or 维持, with the reasons. */
export const objectionHandleIn = z
  .object({
    version,
    outcome: z.enum(OBJECTION_OUTCOMES, { error: '请选择更正或维持' }),
    reason: text(5, 2000, '处理理由'),
    correctedFacts: z.string().trim().max(2000, '更正后的列入事实不超过 2000 个字').optional(),
  })
  .refine((v) => v.outcome !== 'correct' || (v.correctedFacts?.length ?? 0) >= 10, {
    message: '更正信息时请填写更正后的列入事实（至少 10 个字）',
    path: ['correctedFacts'],
  });
export type ObjectionHandleIn = z.infer<typeof objectionHandleIn>;

export const objectionOut = z.object({
  id: z.uuid(),
  listingId: z.uuid(),
  orgId: z.uuid(),
  orgName: z.string(),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  listingDecisionNumber: z.string().nullable(),
  channel: z.enum(FILING_CHANNELS),
  receivedOn: z.string(),
  dueOn: z.string(),
  content: z.string(),
  state: z.enum(OBJECTION_STATES),
  handledOn: z.string().nullable(),
  reason: z.string().nullable(),
  priorFacts: z.string().nullable(),
  correctedFacts: z.string().nullable(),
  version: z.number(),
});
export type ObjectionOut = z.infer<typeof objectionOut>;

/** One enterprise's credit: its listings (with state), repairs, objections and penalty decisions. */
export const enterpriseCreditParams = z.object({ enterpriseId: z.uuid('企业编号格式不正确') });
/** 联合惩戒 in force on a listed enterprise: the measure, who applies it, on what basis, until when. */
export const measureInForceOut = z.object({
  code: z.enum(JOINT_MEASURE_CODES),
  label: z.string(),
  authority: z.string(),
  basis: z.string(),
  /** The basis awaits confirmation against the text (待核). */
  pending: z.boolean(),
  /** Where Zhifa itself applies it; null when another authority does. */
  zhifa: z.enum(ZHIFA_APPLICATIONS).nullable(),
  zhifaNote: z.string(),
  /** The last day it applies: the latest term end of the listings in force. */
  until: z.string(),
  decisionNumbers: z.array(z.string()),
});
export type MeasureInForceOut = z.infer<typeof measureInForceOut>;
export const enterpriseCreditOut = z.object({
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  uscc: z.string(),
  /** Listed now (on the public list). */
  listedNow: z.boolean(),
  listings: z.array(listingOut),
  repairs: z.array(repairOut),
  objections: z.array(objectionOut),
  /** 联合惩戒 in force (empty when not listed now). */
  measures: z.array(measureInForceOut),
  penalties: z.array(
    z.object({
      caseId: z.uuid(),
      decisionNumber: z.string(),
      decidedOn: z.string(),
      orgName: z.string(),
      violationTitle: z.string(),
      measures: z.array(z.string()),
      fineYuan: z.number(),
      stateName: z.string(),
    }),
  ),
});
export type EnterpriseCreditOut = z.infer<typeof enterpriseCreditOut>;
