import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api';

export const ORG_LEVELS = ['ministry', 'province', 'city', 'county', 'township'] as const;
export type OrgLevel = (typeof ORG_LEVELS)[number];

export interface OrgNode {
  id: string;
  parentId: string | null;
  name: string;
  shortName: string;
  level: OrgLevel;
  regionCode: string;
  children: OrgNode[];
}

export interface Delegation {
  id: string;
  delegatingOrgId: string;
  delegatingOrgName: string;
  delegateOrgId: string;
  delegateOrgName: string;
  /** Yuan. */
  fineCeiling: number;
  validFrom: string;
  validTo: string;
  legalBasis: string;
}

export interface OrgDetail extends Omit<OrgNode, 'children'> {
  path: string;
  /** The names of the orgs on its path, from the root down. */
  pathNames: string[];
  delegations: Delegation[];
}

export interface NewOrg {
  parentId: string;
  name: string;
  shortName: string;
  level: OrgLevel;
  regionCode: string;
}

export function useOrgTree() {
  return useQuery({ queryKey: ['orgs', 'tree'], queryFn: () => api<OrgNode[]>('/api/orgs/tree') });
}

export function useOrg(id: string | undefined) {
  return useQuery({
    queryKey: ['orgs', 'detail', id],
    queryFn: () => api<OrgDetail>(`/api/orgs/${encodeURIComponent(id ?? '')}`),
    enabled: Boolean(id),
  });
}

export function useCreateOrg() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewOrg) => api<OrgDetail>('/api/orgs', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['orgs'] }),
  });
}
