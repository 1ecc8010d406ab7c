// 行政许可申请's API shapes, shared with the web. Pure: zod and data only.
import { z } from 'zod';
import { isoDate, listQuery } from '../../platform/contract.js';
import { ISSUING_LEVELS } from './guide-contract.js';
import { APPLICATION_CHANNELS, APPLICATION_KINDS, APPLICATION_STATES, LICENSE_MATTER_CODES, PAUSE_KINDS } from './codes.js';

const text = (min: number, max: number, what: string) => z.string().trim().min(min, `${what}至少 ${min} 个字`).max(max, `${what}不超过 ${max} 个字`);
const phone = z
  .string()
  .trim()
  .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, '请填写 11 位手机号或带区号的固定电话');

/** A new application (a draft until submitted): online for the user's own enterprise, at the counter for the one named. */
export const applicationIn = z.object({
  matterCode: z.enum(LICENSE_MATTER_CODES, '请选择许可事项'),
  /** 新办, or 延续 / 变更 of the licence named (行政许可法 第五十条、第四十九条). */
  kind: z.enum(APPLICATION_KINDS, '请选择申请类型').optional(),
  licenceId: z.uuid('请选择原许可证件').optional(),
  /** Staff at the counter name the enterprise; an enterprise user applies for its own. */
  enterpriseId: z.uuid('请选择申请企业').optional(),
  /** For a matter issued at two levels: which the applicant's business falls under (the guide's issuers). */
  issuerLevel: z.enum(ISSUING_LEVELS).optional(),
  scope: text(2, 500, '申请许可范围'),
  contactName: text(2, 30, '联系人'),
  contactPhone: phone,
});
export type ApplicationIn = z.infer<typeof applicationIn>;

export const versionIn = z.object({ version: z.number().int().min(1) });

/** 一次性告知补正: every missing or defective item at once, each against a material of the guide. */
export const supplementIn = versionIn.extend({
  items: z
    .array(z.object({ materialCode: z.string().min(1).max(60), problem: text(2, 300, '补正要求') }))
    .min(1, '请至少列出一项需补正的材料')
    .max(50),
  note: text(2, 1000, '补充说明').optional(),
});

/** 不予受理 / 不予许可: the reasons; the remedies are added by the bureau's standard wording. */
export const refusalIn = versionIn.extend({ reason: text(4, 2000, '理由') });

export const pauseIn = versionIn.extend({ kind: z.enum(PAUSE_KINDS), from: isoDate, note: text(2, 500, '说明') });
export const resumeIn = versionIn.extend({ to: isoDate });
export const extendIn = versionIn.extend({ reason: text(4, 1000, '延长理由') });
export const decideIn = versionIn.extend({ reason: text(4, 2000, '决定理由') });

export const materialQuery = z.object({
  materialCode: z.string().min(1).max(60),
  fileName: z.string().trim().min(1, '缺少文件名').max(200, '文件名不超过 200 个字'),
});

export const materialOut = z.object({
  id: z.uuid(),
  materialCode: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  digest: z.string(),
  uploadedAt: z.date(),
});

const clockOut = z.object({
  label: z.string(),
  dueOn: z.string().nullable(),
  workdaysLeft: z.number().int().nullable(),
  paused: z.boolean(),
  basis: z.string(),
});

export const applicationOut = z.object({
  id: z.uuid(),
  applicationNo: z.string(),
  matterCode: z.enum(LICENSE_MATTER_CODES),
  matterName: z.string(),
  orgId: z.uuid(),
  orgName: z.string(),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  channel: z.enum(APPLICATION_CHANNELS),
  kind: z.enum(APPLICATION_KINDS),
  /** The licence a renewal or change continues. */
  priorLicence: z.object({ id: z.uuid(), licenceNo: z.string(), validTo: z.string() }).nullable(),
  /** A renewal granted by law, undecided when the licence ended (第五十条). */
  deemedGranted: z.boolean(),
  state: z.enum(APPLICATION_STATES),
  scope: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
  createdAt: z.date(),
  submittedAt: z.date().nullable(),
  receivedOn: z.string().nullable(),
  supplementNotices: z.array(
    z.object({
      items: z.array(z.object({ materialCode: z.string(), problem: z.string() })),
      note: z.string().nullable(),
      issuedOn: z.string(),
      answeredOn: z.string().nullable(),
    }),
  ),
  acceptedOn: z.string().nullable(),
  deemedAccepted: z.boolean(),
  refusalReason: z.string().nullable(),
  pauses: z.array(z.object({ kind: z.enum(PAUSE_KINDS), from: z.string(), to: z.string().nullable(), note: z.string() })),
  extensionDays: z.number().int(),
  extensionReason: z.string().nullable(),
  decidedOn: z.string().nullable(),
  decisionReason: z.string().nullable(),
  /** The period now running (受理, 审查决定, 发证), or null when none is. */
  clock: clockOut.nullable(),
  version: z.number().int(),
});
export type ApplicationOut = z.infer<typeof applicationOut>;

export const applicationDetailOut = applicationOut.extend({
  materials: z.array(materialOut),
  /** The licence issued on it (发证), once issued. */
  licence: z.object({ id: z.uuid(), licenceNo: z.string() }).nullable(),
});

/** The figures with a list of their applications in the yearly report (figures.ts). */
export const LICENSE_FIGURE_CODES = [
  'licensing.received',
  'licensing.online',
  'licensing.accepted',
  'licensing.refusedToAccept',
  'licensing.decided',
  'licensing.granted',
  'licensing.denied',
  'licensing.decidedOnTime',
  'licensing.issued',
  'licensing.issuedOnTime',
] as const;
export type LicenseFigureCode = (typeof LICENSE_FIGURE_CODES)[number];

export const APPLICATION_SORTS = ['createdAt', 'receivedOn', 'applicationNo'] as const;
export const listApplicationsQuery = listQuery(APPLICATION_SORTS).extend({
  orgId: z.uuid().optional(),
  state: z.enum(APPLICATION_STATES).optional(),
  matterCode: z.enum(LICENSE_MATTER_CODES).optional(),
  channel: z.enum(APPLICATION_CHANNELS).optional(),
  /** The applications a figure counts (统计分析's drill-down); `from` and `to` are then its period, not the receipt dates. */
  figure: z.enum(LICENSE_FIGURE_CODES).optional(),
});
export type ListApplicationsQuery = z.infer<typeof listApplicationsQuery>;

export const applicationPageOut = z.object({ items: z.array(applicationOut), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

/** 许可办理期限 on the workbench: near, late or paused. */
export const licensingAgendaOut = z.object({
  today: z.string(),
  items: z.array(
    z.object({
      id: z.uuid(),
      applicationNo: z.string(),
      matterName: z.string(),
      enterpriseName: z.string(),
      state: z.enum(APPLICATION_STATES),
      clock: clockOut,
    }),
  ),
});
