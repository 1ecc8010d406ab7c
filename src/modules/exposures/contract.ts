import { z } from 'zod';
import { isoDate, listQuery } from '../../platform/contract.js';
import { EXPOSURE_CHANNELS, EXPOSURE_KINDS, EXPOSURE_STATES, SUMMONS_STATES, SUMMONS_TARGETS } from './codes.js';

// 警示曝光, 典型案例, 通报 and 约谈: shared by server and web (no server imports).

const text = (min: number, max: number, what: string) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .min(min, `${what}至少 ${min} 个字`)
    .max(max, `${what}不超过 ${max} 个字`);
const version = z.number().int().positive();

export const EXPOSURE_SORTS = ['draftedOn', 'publishedOn'] as const;
export const listExposuresQuery = listQuery(EXPOSURE_SORTS).extend({
  orgId: z.uuid().optional(),
  kind: z.enum(EXPOSURE_KINDS).optional(),
  state: z.enum(EXPOSURE_STATES).optional(),
  /** A figure of the report: the rows it counts for the org and the period (from/to). */
  figure: z.enum(['exposures.exposures', 'exposures.typicalCases', 'exposures.circulars']).optional(),
});
export type ListExposuresQuery = z.infer<typeof listExposuresQuery>;

export const idParams = z.object({ id: z.uuid() });
export const enterpriseParams = z.object({ enterpriseId: z.uuid() });

export const draftIn = z.object({
  kind: z.enum(EXPOSURE_KINDS, { error: '请选择警示曝光、典型案例或通报' }),
  /** The drafting bureau; the actor's own when absent. */
  orgId: z.uuid().optional(),
  caseId: z.uuid({ error: '请选择案件' }).nullish(),
  title: text(4, 100, '标题'),
  content: text(10, 8000, '发布内容'),
  number: z.string().trim().max(60, '通报文号不超过 60 个字').nullish(),
  scope: z.string().trim().max(200, '通报范围不超过 200 个字').nullish(),
  caseIds: z.array(z.uuid()).max(50, '通报涉及案件不超过 50 件').default([]),
  enterpriseIds: z.array(z.uuid()).max(50, '通报涉及单位不超过 50 家').default([]),
  channels: z
    .array(z.enum(EXPOSURE_CHANNELS, { error: '请选择发布渠道' }))
    .max(EXPOSURE_CHANNELS.length)
    .default([]),
  /** Natural persons named in the text: masked to the surname on the portal. */
  personNames: z.array(z.string().trim().min(2, '姓名至少 2 个字').max(20, '姓名不超过 20 个字')).max(30, '姓名不超过 30 个').default([]),
});
export type DraftIn = z.input<typeof draftIn>;

export const approveIn = z.object({ version });
export const withdrawIn = z.object({ version, reason: text(4, 500, '撤回理由') });

export const publicField = z.object({ label: z.string(), value: z.string() });
export const publicDocument = z.object({
  format: z.literal('zhifa-exposure/1'),
  id: z.uuid(),
  kind: z.enum(EXPOSURE_KINDS),
  orgName: z.string(),
  title: z.string(),
  publishedOn: z.string(),
  fields: z.array(publicField),
  text: z.string(),
});
export type PublicDocumentOut = z.infer<typeof publicDocument>;

export const exposureOut = z.object({
  id: z.uuid(),
  kind: z.enum(EXPOSURE_KINDS),
  orgId: z.uuid(),
  orgName: z.string(),
  caseId: z.uuid().nullable(),
  penaltyDecisionNumber: z.string().nullable(),
  penaltyDecidedOn: z.string().nullable(),
  enterpriseId: z.uuid().nullable(),
  enterpriseName: z.string().nullable(),
  title: z.string(),
  content: z.string(),
  number: z.string().nullable(),
  scope: z.string().nullable(),
  caseIds: z.array(z.uuid()),
  enterpriseIds: z.array(z.uuid()),
  channels: z.array(z.enum(EXPOSURE_CHANNELS)),
  personNames: z.array(z.string()),
  state: z.enum(EXPOSURE_STATES),
  draftedBy: z.uuid(),
  draftedByName: z.string(),
  draftedOn: z.string(),
  approvedBy: z.uuid().nullable(),
  approvedByName: z.string().nullable(),
  publishedOn: z.string().nullable(),
  document: publicDocument.nullable(),
  publishSeq: z.number().int().nullable(),
  withdrawnOn: z.string().nullable(),
  withdrawalReason: z.string().nullable(),
  version: z.number().int(),
});
export type ExposureOut = z.infer<typeof exposureOut>;

export const exposurePageOut = z.object({ items: z.array(exposureOut), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const publicExposuresQuery = z.object({
  kind: z.enum(EXPOSURE_KINDS).optional(),
  q: z.string().trim().max(60).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export const publicExposurePageOut = z.object({ items: z.array(publicDocument), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

// --- 约谈 ---------------------------------------------------------------------------------

export const SUMMONS_SORTS = ['heldOn', 'followUpOn'] as const;
export const listSummonsQuery = listQuery(SUMMONS_SORTS).extend({
  orgId: z.uuid().optional(),
  targetKind: z.enum(SUMMONS_TARGETS).optional(),
  state: z.enum(SUMMONS_STATES).optional(),
  figure: z.enum(['exposures.summonsEnterprises', 'exposures.summonsLocalities']).optional(),
});
export type ListSummonsQuery = z.infer<typeof listSummonsQuery>;

export const summonsIn = z.object({
  orgId: z.uuid().optional(),
  targetKind: z.enum(SUMMONS_TARGETS, { error: '请选择被约谈对象类别' }),
  enterpriseId: z.uuid({ error: '请选择被约谈企业' }).nullish(),
  /** A locality's government or a department: an org of the tree, or a name. */
  targetOrgId: z.uuid().nullish(),
  targetName: z.string().trim().max(100, '被约谈单位不超过 100 个字').nullish(),
  heldOn: isoDate,
  place: text(2, 100, '约谈地点'),
  summoners: text(2, 300, '约谈人'),
  summoned: text(2, 300, '被约谈人'),
  matters: text(10, 4000, '约谈事项'),
  commitments: text(4, 4000, '整改承诺'),
  caseId: z.uuid().nullish(),
  followUpOn: isoDate,
});
export type SummonsIn = z.input<typeof summonsIn>;

export const followUpIn = z.object({ version, followedUpOn: isoDate, result: text(4, 2000, '整改跟踪情况') });

export const summonsOut = z.object({
  id: z.uuid(),
  orgId: z.uuid(),
  orgName: z.string(),
  targetKind: z.enum(SUMMONS_TARGETS),
  enterpriseId: z.uuid().nullable(),
  targetOrgId: z.uuid().nullable(),
  targetName: z.string(),
  heldOn: z.string(),
  place: z.string(),
  summoners: z.string(),
  summoned: z.string(),
  matters: z.string(),
  commitments: z.string(),
  caseId: z.uuid().nullable(),
  followUpOn: z.string(),
  state: z.enum(SUMMONS_STATES),
  followedUpOn: z.string().nullable(),
  followUpResult: z.string().nullable(),
  recordedByName: z.string(),
  version: z.number().int(),
});
export type SummonsOut = z.infer<typeof summonsOut>;
export const summonsPageOut = z.object({ items: z.array(summonsOut), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const summonsAgendaOut = z.object({
  today: z.string(),
  items: z.array(summonsOut.extend({ daysLeft: z.number().int(), late: z.boolean() })),
});

export const enterpriseExposuresOut = z.object({ exposures: z.array(exposureOut), summons: z.array(summonsOut) });
export type EnterpriseExposuresOut = z.infer<typeof enterpriseExposuresOut>;

/** Figures this module answers for in the yearly report. */
export const EXPOSURE_FIGURE_CODES = [
  'exposures.exposures',
  'exposures.summonsEnterprises',
  'exposures.summonsLocalities',
  'exposures.typicalCases',
  'exposures.circulars',
] as const;
