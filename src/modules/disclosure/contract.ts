import { z } from 'zod';
import { isoDate, listQuery } from '../../platform/contract.js';

// 行政执法公示 — 事后公开 (afterwards). The shapes here are what the portal (H4) and the provincial
// sharing platforms read; they only ever gain fields.

/** What a disclosure discloses (a licence decision comes from the licensing module's license.decided). */
export const DISCLOSURE_KINDS = ['penaltyDecision', 'summaryDecision', 'notPunished', 'inspectionResult', 'drawResult', 'licenceDecision'] as const;
export type DisclosureKind = (typeof DISCLOSURE_KINDS)[number];
export const DISCLOSURE_STATUSES = ['pending', 'published', 'withdrawn'] as const;
export type DisclosureStatus = (typeof DISCLOSURE_STATUSES)[number];
/** 期满撤下 / 信用修复 / 决定被撤销或变更 (行政处罚法第四十八条第二款). */
export const WITHDRAWAL_REASONS = ['termEnded', 'creditRepair', 'decisionRevoked'] as const;
export type WithdrawalReason = (typeof WITHDRAWAL_REASONS)[number];

export const idParams = z.object({ id: z.uuid() });

// --- Public (no sign-in): /api/public/disclosures -------------------------------------------

/** GET /api/public/disclosures — every filter optional; newest publication first. */
export const publicSearchQuery = z.object({
  /** Part of the enterprise name (trigram search, finds 2+ Chinese characters anywhere in the name). */
  q: z.string().trim().min(1).max(100).optional(),
  uscc: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/, '统一社会信用代码应为 18 位')
    .optional(),
  /** 行政区划代码前缀: 2 (province), 4 (city), 6 (county), 9 (township) digits. */
  region: z
    .string()
    .regex(/^\d{2,12}$/, '行政区划代码前缀应为 2 至 12 位数字')
    .optional(),
  kind: z.enum(DISCLOSURE_KINDS).optional(),
  /** Range on decidedOn (the act's date), inclusive. */
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** Keyset cursor: the nextCursor of the previous page (opaque). */
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type PublicSearchQuery = z.infer<typeof publicSearchQuery>;

export const publicListItem = z.object({
  id: z.uuid(),
  kind: z.enum(DISCLOSURE_KINDS),
  orgId: z.uuid(),
  orgName: z.string(),
  enterpriseName: z.string(),
  uscc: z.string().nullable(),
  regionCode: z.string().nullable(),
  title: z.string(),
  /** The act's date (decision date, inspection completion, draw date), YYYY-MM-DD. */
  decidedOn: isoDate,
  publishedAt: z.string(), // ISO-8601 instant
  /** seq of the disclosure.publish ledger entry (proof: /api/public/disclosures/:id/proof). */
  publishSeq: z.number().int(),
});
export type PublicListItem = z.infer<typeof publicListItem>;

export const publicList = z.object({ items: z.array(publicListItem), nextCursor: z.string().nullable() });
export type PublicList = z.infer<typeof publicList>;

/** One labelled value of the structured part, e.g. { label: '处罚种类', value: '罚款' }. */
export const disclosureField = z.object({ label: z.string(), value: z.string() });
export type DisclosureField = z.infer<typeof disclosureField>;

/**
 * Exactly what is published, and exactly the payload of the disclosure.publish ledger entry:
 * its RFC 8785 digest is the entry's payloadDigest. Text and fields are already redacted.
 */
export const publishedDocument = z.object({
  format: z.literal('zhifa-disclosure/1'),
  id: z.uuid(),
  kind: z.enum(DISCLOSURE_KINDS),
  orgName: z.string(),
  enterpriseName: z.string(),
  uscc: z.string().nullable(),
  regionCode: z.string().nullable(),
  title: z.string(),
  decidedOn: isoDate,
  fields: z.array(disclosureField),
  text: z.string(),
  /** seq of the ledger entry of the disclosed act itself (the decision, the record, the draw). */
  actSeq: z.number().int().nullable(),
});
export type PublishedDocument = z.infer<typeof publishedDocument>;

/** GET /api/public/disclosures/:id — 404 unless published (withdrawn items leave the portal). */
export const publicDetail = publicListItem.extend({
  document: publishedDocument,
  dueOn: isoDate,
  termEndsOn: isoDate.nullable(),
  actSeq: z.number().int().nullable(),
});
export type PublicDetail = z.infer<typeof publicDetail>;

/** The ledger entry's fields needed to recompute entryHash (src/platform/ledger/chain.ts). */
export const proofEntry = z.object({
  seq: z.number().int(),
  at: z.string(),
  orgId: z.string().nullable(),
  actorId: z.string().nullable(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  payloadDigest: z.string(),
  prevHash: z.string(),
  entryHash: z.string(),
  alg: z.enum(['sm3', 'sha256']),
});
export type ProofEntry = z.infer<typeof proofEntry>;

export const signedCheckpoint = z.object({
  id: z.number().int(),
  treeSize: z.number().int(),
  rootHash: z.string(),
  at: z.string(),
  alg: z.enum(['sm3', 'sha256']),
  keyId: z.string(),
  /** base64 SM2-with-SM3 signature over checkpointMessage (src/platform/ledger/keys.ts). */
  signature: z.string(),
  /**
   * Which SM2 distinguishing ID signed it (src/platform/ledger/sm2.ts SIG_SCHEMES). Absent from
   * bundles issued before it was recorded, whose checkpoints all used 'sm2-empty-id'.
   */
  sigScheme: z.string().optional(),
  publicKeyPem: z.string(),
});
export type SignedCheckpoint = z.infer<typeof signedCheckpoint>;

/** GET /api/public/disclosures/:id/proof — everything needed to check the item offline. */
export const proofBundle = z.object({
  format: z.literal('zhifa-disclosure-proof/1'),
  document: publishedDocument,
  entry: proofEntry,
  /** RFC 9162 inclusion proof of entry (leaf = 0x00 ‖ entryHash bytes) in checkpoint's tree. */
  inclusion: z.object({ leafIndex: z.number().int(), treeSize: z.number().int(), auditPath: z.array(z.string()) }),
  checkpoint: signedCheckpoint,
});
export type ProofBundle = z.infer<typeof proofBundle>;

/** GET /api/public/ledger/consistency?from=&to= — tree sizes of two checkpoints, from < to. */
export const consistencyQuery = z.object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) });
export const consistencyBundle = z.object({
  format: z.literal('zhifa-consistency-proof/1'),
  from: signedCheckpoint,
  to: signedCheckpoint,
  proof: z.array(z.string()),
});
export type ConsistencyBundle = z.infer<typeof consistencyBundle>;

/** GET /api/public/ledger/checkpoints — newest first (to pick from/to for consistency). */
export const publicCheckpoints = z.object({ items: z.array(signedCheckpoint) });

/** Result of verifyProofBundle / verifyConsistencyBundle (src/modules/disclosure/proof.ts). */
export const PROOF_CHECKS = ['format', 'payloadDigest', 'entryHash', 'inclusion', 'signature', 'consistency'] as const;
export const verification = z.object({
  ok: z.boolean(),
  checks: z.array(z.object({ check: z.enum(PROOF_CHECKS), ok: z.boolean() })),
  /** The first failed check, or null. */
  failed: z.enum(PROOF_CHECKS).nullable(),
  /** Why, in Chinese, where the failed check alone does not say (an unknown signature scheme). */
  detail: z.string().optional(),
});
export type Verification = z.infer<typeof verification>;

// --- Staff (signed in): /api/disclosures ------------------------------------------------------

/** The columns the staff list sorts by; from/to is the day the act was decided (decidedOn). */
export const DISCLOSURE_SORTS = ['dueOn', 'decidedOn', 'publishedAt', 'enterpriseName', 'status', 'kind'] as const;
export type DisclosureSort = (typeof DISCLOSURE_SORTS)[number];
/** The count figures this module answers for (figures.ts), each also a filter of the staff list: its drill-down. */
export const DISCLOSURE_FIGURE_CODES = ['disclosure.published', 'disclosure.penaltyDue', 'disclosure.penaltyOnTime'] as const;
export type DisclosureFigureCode = (typeof DISCLOSURE_FIGURE_CODES)[number];
/** q: part of the enterprise's name or the start of its 统一社会信用代码. */
export const staffListQuery = listQuery(DISCLOSURE_SORTS).extend({
  /** The items a figure counts for the org and period (from, to), instead of those decided in it. */
  figure: z.enum(DISCLOSURE_FIGURE_CODES).optional(),
  orgId: z.uuid().optional(),
  status: z.enum(DISCLOSURE_STATUSES).optional(),
  kind: z.enum(DISCLOSURE_KINDS).optional(),
  /** 'true': only pending items past their last day. */
  overdue: z.stringbool().optional(),
});
export type StaffListQuery = z.infer<typeof staffListQuery>;

export const staffItem = z.object({
  id: z.uuid(),
  kind: z.enum(DISCLOSURE_KINDS),
  status: z.enum(DISCLOSURE_STATUSES),
  orgId: z.uuid(),
  orgName: z.string(),
  sourceType: z.string(),
  sourceId: z.string(),
  enterpriseName: z.string(),
  uscc: z.string().nullable(),
  title: z.string(),
  decidedOn: isoDate,
  dueOn: isoDate,
  publishedAt: z.string().nullable(),
  /** Published after dueOn, or still pending after dueOn. */
  late: z.boolean(),
  termEndsOn: isoDate.nullable(),
  withdrawnAt: z.string().nullable(),
  withdrawalReason: z.enum(WITHDRAWAL_REASONS).nullable(),
  withdrawalNote: z.string().nullable(),
  actSeq: z.number().int().nullable(),
  publishSeq: z.number().int().nullable(),
  withdrawSeq: z.number().int().nullable(),
});
export type StaffItem = z.infer<typeof staffItem>;
export const staffList = z.object({ items: z.array(staffItem), total: z.number().int() });

/** POST /api/disclosures/:id/publish — body {} (the text was redacted when the item was made). */
export const publishIn = z.object({});
/** POST /api/disclosures/:id/withdraw */
export const withdrawIn = z.object({
  reason: z.enum(WITHDRAWAL_REASONS),
  note: z.string().trim().min(4, '请写明撤下说明（至少 4 个字）').max(500),
});
export type WithdrawIn = z.infer<typeof withdrawIn>;

/** GET /api/disclosures/dashboard?orgId&from&to — items whose dueOn falls in [from, to], org subtree. */
export const dashboardQuery = z.object({ orgId: z.uuid().optional(), from: isoDate, to: isoDate });
export type DashboardQuery = z.infer<typeof dashboardQuery>;
export const dashboard = z.object({
  orgId: z.uuid(),
  from: isoDate,
  to: isoDate,
  /** Items due in the window (every status, withdrawn included: they were due too). */
  due: z.number().int(),
  publishedOnTime: z.number().int(),
  publishedLate: z.number().int(),
  /** Still pending and past dueOn (as of today). */
  pendingOverdue: z.number().int(),
  /** Still pending, dueOn today or later. */
  pendingNotYetDue: z.number().int(),
  /** publishedOnTime / (publishedOnTime + publishedLate + pendingOverdue); null when that is 0. */
  onTimeRate: z.number().nullable(),
  byKind: z.array(z.object({ kind: z.enum(DISCLOSURE_KINDS), due: z.number().int(), publishedOnTime: z.number().int(), late: z.number().int() })),
});
export type Dashboard = z.infer<typeof dashboard>;

/** GET /api/disclosures/overdue?orgId — the leader's workbench card: pending past dueOn, oldest first. */
export const overdueQuery = z.object({ orgId: z.uuid().optional() });
export const overdueList = z.object({ items: z.array(staffItem.extend({ daysLate: z.number().int() })), total: z.number().int() });
export type OverdueList = z.infer<typeof overdueList>;
