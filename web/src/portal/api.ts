import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ProofBundle, PublicDetail, PublicList, PublicSearchQuery } from '../../../src/modules/disclosure/contract';
import type { OfficersPage, Procedure, PublicSubject, SubjectDetail } from '../../../src/modules/disclosure/prior-contract';
import { api } from '../app/api';

// The portal reads nothing but /api/public: no session, no CSRF token.

export function useSubjects() {
  return useQuery({ queryKey: ['public', 'subjects'], queryFn: () => api<PublicSubject[]>('/api/public/subjects'), staleTime: 5 * 60_000 });
}

export function useSubject(id: string) {
  return useQuery({ queryKey: ['public', 'subject', id], queryFn: () => api<SubjectDetail>(`/api/public/subjects/${encodeURIComponent(id)}`), enabled: !!id });
}

export function useOfficers(id: string, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['public', 'officers', id, page, pageSize],
    queryFn: () => api<OfficersPage>(`/api/public/subjects/${encodeURIComponent(id)}/officers`, { query: { page, pageSize } }),
    enabled: !!id,
    placeholderData: keepPreviousData,
  });
}

export function useProcedures() {
  return useQuery({ queryKey: ['public', 'procedures'], queryFn: () => api<Procedure[]>('/api/public/procedures'), staleTime: Infinity });
}

export interface PublicPlan {
  id: string;
  orgName: string;
  year: number;
  title: string;
  publishedAt: string | null;
  items: { kind: string; name: string; matterCode: string | null; matterName: string | null; enterpriseCount: number; targets: number[] }[];
}

export function usePublicPlans() {
  return useQuery({ queryKey: ['public', 'plans'], queryFn: () => api<PublicPlan[]>('/api/public/plans') });
}

export type SearchInput = Partial<Omit<PublicSearchQuery, 'limit' | 'cursor'>>;

export function useDisclosures(search: SearchInput, cursor: string | undefined, limit: number) {
  return useQuery({
    queryKey: ['public', 'disclosures', search, cursor, limit],
    queryFn: () => api<PublicList>('/api/public/disclosures', { query: { ...search, cursor, limit } }),
    placeholderData: keepPreviousData,
  });
}

export const disclosureUrl = (id: string) => `/api/public/disclosures/${encodeURIComponent(id)}`;
export const proofUrl = (id: string) => `${disclosureUrl(id)}/proof`;

export function useDisclosure(id: string) {
  return useQuery({ queryKey: ['public', 'disclosure', id], queryFn: () => api<PublicDetail>(disclosureUrl(id)) });
}

export function useProof(id: string) {
  return useQuery({ queryKey: ['public', 'proof', id], queryFn: () => api<ProofBundle>(proofUrl(id)) });
}
