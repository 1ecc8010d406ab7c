import { z } from 'zod';
import { isoDate, listQuery } from '../../platform/contract.js';
import { CRITERION_CODES, DECISION_OUTCOMES, LISTING_STATES, REMOVAL_REASONS } from './codes.js';

// 严重失信主体名单: shared by server and web (no server imports).

const text = (min: number, max: number, what: string) => z.string().trim().min(min, `${what}至少 ${min} 个字`).max(max, `${what}不超过 ${max} 个字`);
const version = z.number().int();

/** The figures this module answers for in the yearly report (figures.ts). */
export const CREDIT_FIGURE_CODES = ['credit.proposed', 'credit.listed', 'credit.withdrawn', 'credit.removed', 'credit.current'] as const;
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
