import { z } from 'zod';
import { isoDate, listQuery } from '../../platform/contract.js';
import { LICENSE_MATTER_CODES, LICENSE_STATES } from './codes.js';

// The licence register as it crosses the wire (server and web).

export const issueIn = z.object({
  version: z.number().int().positive(),
  /** 有效期起始日: the day of issue unless the decision set a later one. */
  validFrom: isoDate.optional(),
});

export const licenceContentOut = z.object({
  format: z.literal('zhifa-licence/1'),
  id: z.uuid(),
  licenceNo: z.string(),
  matterCode: z.enum(LICENSE_MATTER_CODES),
  matterName: z.string(),
  holder: z.string(),
  uscc: z.string(),
  principalPerson: z.string(),
  address: z.string(),
  scope: z.string(),
  validFrom: z.string(),
  validTo: z.string(),
  issuer: z.string(),
  issuedOn: z.string(),
});

export const licenceOut = z.object({
  id: z.uuid(),
  licenceNo: z.string(),
  matterCode: z.enum(LICENSE_MATTER_CODES),
  content: licenceContentOut,
  applicationId: z.uuid().nullable(),
  enterpriseId: z.uuid(),
  state: z.enum(LICENSE_STATES),
  validFrom: z.string(),
  validTo: z.string(),
  issuedOn: z.string(),
  endedOn: z.string().nullable(),
  endReason: z.string().nullable(),
  endDecisionNo: z.string().nullable(),
  /** The licence a renewal or change issued to continue this one. */
  successorId: z.uuid().nullable(),
  /** The last day to apply for renewal (第五十条, or the matter's 规章), and whether today is in the window. */
  renewBy: z.string(),
  /** The first day a renewal may be applied for, where the matter's 规章 sets a window (else null). */
  renewFrom: z.string().nullable(),
  renewable: z.boolean(),
  keyId: z.string(),
  version: z.number().int(),
});
export type LicenceOut = z.infer<typeof licenceOut>;

export const LICENCE_SORTS = ['issuedOn', 'validTo', 'licenceNo'] as const;
export const listLicencesQuery = listQuery(LICENCE_SORTS).extend({
  orgId: z.uuid().optional(),
  enterpriseId: z.uuid().optional(),
  state: z.enum(LICENSE_STATES).optional(),
  matterCode: z.enum(LICENSE_MATTER_CODES).optional(),
});
export type ListLicencesQuery = z.infer<typeof listLicencesQuery>;

export const licencePageOut = z.object({ items: z.array(licenceOut), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

/** What the QR code's address returns (licence-content.ts LicenceBundle). */
export const licenceBundleOut = z.object({
  format: z.literal('zhifa-licence-status/1'),
  content: licenceContentOut,
  signature: z.string(),
  sigScheme: z.string(),
  keyId: z.string(),
  publicKeyPem: z.string(),
  status: z.object({
    state: z.enum(LICENSE_STATES),
    endedOn: z.string().nullable(),
    endReason: z.string().nullable(),
    endDecisionNo: z.string().nullable(),
    asOf: z.string(),
    successorNo: z.string().nullable().optional(),
  }),
});

// 外部登记证照: a licence the enterprise holds from another authority, or from before this platform,
// recorded in its register. No signature, no QR page: wherever it shows it says 外部登记、未经本平台签发.
export const RECORDED_LICENCE_ORIGINS = ['migrated', 'recorded'] as const;
export const RECORDED_LICENCE_ORIGIN_LABELS = {
  migrated: '原企业档案许可证栏迁入',
  recorded: '执法人员登记',
} as const satisfies Record<(typeof RECORDED_LICENCE_ORIGINS)[number], string>;

const recordedText = (label: string, min: number, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(min, { error: `${label}至少 ${min} 个字` })
    .max(max, { error: `${label}不超过 ${max} 个字` });

const recordedFields = {
  /** 证照名称 as the certificate names it: 安全生产许可证, 排污许可证 … */
  kind: recordedText('证照名称', 2, 60),
  licenceNo: recordedText('证照编号', 2, 60),
  /** 发证机关: the authority that issued it (湖北省应急管理厅 …). */
  issuer: recordedText('发证机关', 2, 60),
  validFrom: isoDate.nullable().default(null),
  validTo: isoDate.nullable().default(null),
  scope: recordedText('许可范围', 0, 500).nullable().default(null),
};
const validRange = (v: { validFrom: string | null; validTo: string | null }) => !v.validFrom || !v.validTo || v.validFrom <= v.validTo;
const rangeError = { error: '有效期至不能早于有效期起', path: ['validTo'] };

export const recordedLicenceIn = z.object({ enterpriseId: z.uuid('企业标识格式不正确'), ...recordedFields }).refine(validRange, rangeError);
export type RecordedLicenceIn = z.infer<typeof recordedLicenceIn>;

/** 更正: what was recorded wrongly, put right with the reason; the ledger keeps what it said before. */
export const recordedLicenceCorrectionIn = z
  .object({ version: z.number().int(), ...recordedFields, reason: recordedText('更正理由', 2, 200) })
  .refine(validRange, rangeError);
export type RecordedLicenceCorrectionIn = z.infer<typeof recordedLicenceCorrectionIn>;

export const recordedLicenceOut = z.object({
  id: z.uuid(),
  enterpriseId: z.uuid(),
  kind: z.string(),
  licenceNo: z.string(),
  issuer: z.string().nullable(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  scope: z.string().nullable(),
  origin: z.enum(RECORDED_LICENCE_ORIGINS),
  /** 有效 or 已过期 by its validTo (a licence with no end date on record stays 有效). */
  state: z.enum(['valid', 'expired']),
  recordedAt: z.date(),
  /** Always false: a reminder for every reader that this platform signed nothing here. */
  signed: z.literal(false),
  version: z.number().int(),
});
export type RecordedLicenceOut = z.infer<typeof recordedLicenceOut>;

/** An enterprise's licence register: those this platform issued (signed) and those recorded from elsewhere. */
export const enterpriseRegisterOut = z.object({
  enterpriseId: z.uuid(),
  issued: z.array(licenceOut),
  recorded: z.array(recordedLicenceOut),
});
