import { z } from 'zod';
import { isoDate } from '../contract.js';

export const ORG_LEVELS = ['ministry', 'province', 'city', 'county', 'township'] as const;
export type OrgLevel = (typeof ORG_LEVELS)[number];

export const orgOut = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  level: z.enum(ORG_LEVELS),
  name: z.string(),
  shortName: z.string(),
  regionCode: z.string(),
  path: z.string(),
});
export type OrgOut = z.infer<typeof orgOut>;

export type OrgNode = Omit<OrgOut, 'path'> & { path?: undefined; children: OrgNode[] };
// Recursive, so named: the OpenAPI document refers to it as components/schemas/OrgNode.
export const orgNodeOut: z.ZodType<OrgNode> = orgOut
  .omit({ path: true })
  .extend({
    get children(): z.ZodArray<z.ZodType<OrgNode>> {
      return z.array(orgNodeOut);
    },
  })
  .meta({ id: 'OrgNode', description: '机构树节点（含下级）' });

export const delegationOut = z.object({
  id: z.uuid(),
  delegatingOrgId: z.uuid(),
  delegatingOrgName: z.string(),
  delegateOrgId: z.uuid(),
  delegateOrgName: z.string(),
  fineCeiling: z.number(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  legalBasis: z.string(),
});

export const orgDetailOut = orgOut.extend({
  /** The names of the orgs on its path, from the root down to itself. */
  pathNames: z.array(z.string()),
  delegations: z.array(delegationOut),
});

export const createOrgIn = z.object({
  parentId: z.uuid(),
  name: z.string().trim().min(2).max(60),
  shortName: z.string().trim().min(1).max(12),
  level: z.enum(ORG_LEVELS),
  regionCode: z.string().regex(/^\d{6}(\d{3})?$/, { error: '须为 6 位或 9 位数字的行政区划代码 (GB/T 2260)' }),
});
export type CreateOrgIn = z.infer<typeof createOrgIn>;

export const createDelegationIn = z.object({
  delegateOrgId: z.uuid(),
  fineCeiling: z.number().int().min(0).max(100_000_000),
  validFrom: isoDate,
  validTo: isoDate.nullable().optional(),
  legalBasis: z.string().trim().min(4).max(500),
});
export type CreateDelegationIn = z.infer<typeof createDelegationIn>;

export const idParams = z.object({ id: z.uuid() });
