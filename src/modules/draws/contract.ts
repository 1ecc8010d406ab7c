import { z } from 'zod';
import { isoDate } from '../../platform/contract.js';
import { RISK_GRADES, KEY_CATEGORIES } from '../registry/contract.js';
import { parseBeijingInstant } from './beacon.js';

/** How a draw's pool is divided before sampling (分层抽样). */
export const STRATA_BY = ['none', 'region', 'riskGrade', 'industry'] as const;
export type StrataBy = (typeof STRATA_BY)[number];

export const idParams = z.object({ id: z.uuid() });

export const targetFilter = z.object({
  regionPrefix: z
    .string()
    .regex(/^\d{2,12}$/, '行政区划代码前缀应为 2 至 12 位数字')
    .optional(),
  industryPrefix: z
    .string()
    .regex(/^[A-T]?\d{0,4}$/, '行业代码前缀格式不正确')
    .optional(),
  riskGrades: z.array(z.enum(RISK_GRADES)).optional(),
  keyCategories: z.array(z.enum(KEY_CATEGORIES)).optional(),
});

export const matterIn = z.object({
  orgId: z.uuid(),
  code: z.string().trim().min(1).max(32),
  name: z.string().trim().min(2).max(100),
  legalBasis: z.string().trim().min(2).max(500),
  checklistCode: z.string().trim().min(1).max(64),
  ratioPermille: z.number().int().min(1, '抽查比例至少为千分之一').max(1000, '抽查比例不能超过 100%'),
  frequency: z.string().trim().min(1).max(50),
  targetFilter,
  strataBy: z.enum(STRATA_BY),
  active: z.boolean().default(true),
});
export type MatterIn = z.infer<typeof matterIn>;
export const matterUpdateIn = matterIn.omit({ orgId: true, code: true }).extend({ version: z.number().int().min(1) });
export type MatterUpdateIn = z.infer<typeof matterUpdateIn>;

export const matterOut = matterIn.extend({ id: z.uuid(), orgName: z.string(), version: z.number(), poolSize: z.number().optional() });
export type MatterOut = z.infer<typeof matterOut>;

export const beaconSpec = z.object({
  source: z.string().trim().min(2, '请写明公开随机源，如某期福利彩票开奖号码').max(200),
  /** Beijing time, as the publisher states it; strictly after the announcement's ledger time. */
  expectedAt: z.string().refine((s) => parseBeijingInstant(s) !== null, '公布时间须为北京时间的日期和时刻，如 2026-12-05T21:15:00+08:00'),
  format: z.string().trim().min(1).max(200),
});

const weightFactor = z.number().int('权重应为整数').min(1, '权重至少为 1（不加权）').max(10, '权重不能超过 10');

export const announceIn = z.object({
  matterId: z.uuid(),
  name: z.string().trim().min(2).max(100),
  drawDate: isoDate,
  /** Default: the matter's ratio of the eligible pool, rounded up. */
  total: z.number().int().min(1).max(1_000_000).optional(),
  excludeInspectedWithinMonths: z.number().int().min(0).max(120).nullable().default(12),
  excludeEnterprises: z.array(z.object({ enterpriseId: z.uuid(), reason: z.string().trim().min(2).max(200) })).default([]),
  perEnterprise: z.number().int().min(2, '每户至少派出两名执法人员（行政处罚法第四十二条）').max(10).default(2),
  conflicts: z.array(z.object({ officerId: z.uuid(), enterpriseId: z.uuid() })).default([]),
  repeatRecusalMonths: z.number().int().min(0).max(60).default(12),
  teamDistinctOrgs: z.boolean().default(false),
  beacon: beaconSpec,
  planId: z.uuid().optional(),
  /** 差异化抽查: how many times as likely per pick a tagged enterprise is drawn (params.ts WEIGHT_TAGS); 1 or absent: not weighed. */
  weights: z
    .object({
      creditListed: weightFactor.describe('严重失信主体权重'),
      highRisk: weightFactor.describe('高风险企业权重'),
    })
    .partial()
    .optional(),
});
export type AnnounceIn = z.infer<typeof announceIn>;

export const drawIn = z.object({ beacon: z.string().trim().min(1, '请填写公开随机源的实际取值').max(200), version: z.number().int().min(1) });
export const withdrawalIn = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('enterprise'),
    enterpriseId: z.uuid(),
    reason: z.string().trim().min(4, '请写明原因（至少 4 个字）').max(500),
    version: z.number().int().min(1),
  }),
  z.object({
    kind: z.literal('officer'),
    enterpriseId: z.uuid(),
    officerId: z.uuid(),
    reason: z.string().trim().min(4, '请写明原因（至少 4 个字）').max(500),
    version: z.number().int().min(1),
  }),
]);
export type WithdrawalIn = z.infer<typeof withdrawalIn>;

export const listDrawsQuery = z.object({
  orgId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

const drawnEnterprise = z.object({
  enterpriseId: z.uuid(),
  name: z.string(),
  uscc: z.string(),
  /** The stratum's key as drawn (a county code, a risk grade, an industry section) and its Chinese name. */
  stratum: z.string(),
  stratumName: z.string(),
  officers: z.array(z.object({ id: z.uuid(), name: z.string() })),
});

export const drawSummary = z.object({
  id: z.uuid(),
  orgId: z.uuid(),
  orgName: z.string(),
  matterCode: z.string(),
  matterName: z.string(),
  /** The annual inspection plan whose progress the draw's tasks count towards, if any. */
  planId: z.uuid().nullable(),
  name: z.string(),
  status: z.enum(['announced', 'drawn', 'cancelled']),
  drawDate: z.string(),
  total: z.number(),
  beaconSource: z.string(),
  /** When the beacon is published, `YYYY-MM-DDTHH:mm:ss+08:00`. */
  beaconExpectedAt: z.string(),
  /** Announced before publication instants were required: only the date was fixed, read as its 00:00. */
  beaconDateOnly: z.boolean(),
  beaconFormat: z.string(),
  announcedAt: z.date(),
  drawnAt: z.date().nullable(),
  version: z.number(),
});
export const drawDetail = drawSummary.extend({
  /** 差异化抽查 weights as announced (factors above 1 only); null: every enterprise equally likely. */
  weights: z.object({ creditListed: z.number(), highRisk: z.number() }).partial().nullable(),
  snapshotDigest: z.string(),
  paramsDigest: z.string(),
  commitment: z.string(),
  beacon: z.string().nullable(),
  seed: z.string().nullable(),
  enterpriseCount: z.number(),
  officerCount: z.number(),
  /** Inspection tasks of this draw not cancelled (re-draws cancel and re-issue). */
  taskCount: z.number(),
  enterprises: z.array(drawnEnterprise),
  failures: z.array(z.object({ enterpriseId: z.string(), message: z.string() })),
  /** Requested against drawn and tasked, with the reasons for any shortfall; null until drawn. */
  tally: z
    .object({
      requested: z.number(),
      pool: z.number(),
      eligible: z.number(),
      excluded: z.object({ recentlyInspected: z.number(), status: z.number(), named: z.number() }),
      drawn: z.number(),
      unstaffed: z.number(),
      unreplaced: z.number(),
      tasks: z.number(),
      note: z.string().nullable(),
    })
    .nullable(),
  redraws: z.array(
    z.object({
      seq: z.number(),
      kind: z.string(),
      enterpriseId: z.string(),
      enterpriseName: z.string(),
      officerId: z.string().nullable(),
      officerName: z.string().nullable(),
      reason: z.string(),
      replacementEnterpriseId: z.string().nullable(),
      replacementName: z.string().nullable(),
      addedOfficerIds: z.array(z.string()),
      addedOfficerNames: z.array(z.string()),
    }),
  ),
});
export type DrawDetail = z.infer<typeof drawDetail>;
