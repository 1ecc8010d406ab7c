import { z } from 'zod';
import { isoDate } from '../../platform/contract.js';
import { ROLES } from '../../platform/auth/roles.js';

export const CREDENTIAL_STATUSES = ['notYetValid', 'valid', 'expiring', 'expired'] as const;
export type CredentialStatus = (typeof CREDENTIAL_STATUSES)[number];

export const credentialOut = z.object({
  id: z.uuid(),
  number: z.string(),
  issuer: z.string(),
  scope: z.string(),
  validFrom: z.string(),
  validTo: z.string(),
  status: z.enum(CREDENTIAL_STATUSES),
});

export const personOut = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  orgId: z.uuid(),
  orgName: z.string(),
  roles: z.array(z.string()),
  status: z.string(),
  lockedUntil: z.date().nullable(),
  mustChangePassword: z.boolean(),
  credentials: z.array(credentialOut),
});
export type PersonOut = z.infer<typeof personOut>;

/** The count figures this module answers for (figures.ts), each also a filter of the list: its drill-down. */
export const PEOPLE_FIGURE_CODES = ['people.officers', 'people.certified', 'people.legalReviewers'] as const;
export type PeopleFigureCode = (typeof PEOPLE_FIGURE_CODES)[number];

export const listPeopleQuery = z.object({
  /** The accounts a figure counts for the org and period (from, to), instead of those opened in it. */
  figure: z.enum(PEOPLE_FIGURE_CODES).optional(),
  /** The day the account was opened (China date), both ends included; with `figure`, the figure's period. */
  from: isoDate.optional(),
  to: isoDate.optional(),
  orgId: z.uuid().optional(),
  q: z.string().trim().max(50).optional(),
  role: z.enum(ROLES).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type ListPeopleQuery = z.infer<typeof listPeopleQuery>;

export const createPersonIn = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9._-]{3,32}$/, { error: '用户名须为 3–32 位字母、数字或 . _ -' }),
  displayName: z.string().trim().min(2).max(30),
  orgId: z.uuid(),
  initialPassword: z.string().min(1).max(128),
});
export type CreatePersonIn = z.infer<typeof createPersonIn>;

export const setRolesIn = z.object({ roles: z.array(z.enum(ROLES)).max(ROLES.length) });

export const createCredentialIn = z.object({
  number: z.string().trim().min(4).max(40),
  issuer: z.string().trim().min(2).max(60),
  scope: z.string().trim().min(2).max(200),
  validFrom: isoDate,
  validTo: isoDate,
});
export type CreateCredentialIn = z.infer<typeof createCredentialIn>;

export const idParams = z.object({ id: z.uuid() });

const credentialAlert = z.object({ userId: z.uuid(), displayName: z.string(), number: z.string(), validTo: z.string() });
export const figuresOut = z.object({
  orgId: z.uuid(),
  orgName: z.string(),
  officers: z.number(),
  certified: z.number(),
  certifiedShare: z.number(),
  legalReviewers: z.number(),
  legalReviewerShare: z.number(),
  reviewerShareMet: z.boolean(),
  expiringSoon: z.array(credentialAlert),
  expired: z.array(credentialAlert),
});
export const figuresQuery = z.object({ orgId: z.uuid().optional() });
