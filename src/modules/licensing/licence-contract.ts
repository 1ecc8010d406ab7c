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
