import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { canEnforce } from '../../../../src/modules/people/rules';
import { api } from '../../app/api';

export type CredentialStatus = 'valid' | 'expiring' | 'expired';

export interface Credential {
  id: string;
  number: string;
  issuer: string;
  scope: string;
  validFrom: string;
  validTo: string;
  status: CredentialStatus;
}

export interface Person {
  id: string;
  username: string;
  displayName: string;
  orgId: string;
  orgName: string;
  roles: string[];
  status: 'active' | 'disabled';
  lockedUntil: string | null;
  mustChangePassword: boolean;
  credentials: Credential[];
}

export interface PeopleFilter {
  orgId?: string;
  q?: string;
  role?: string;
  /** A figure of 统计分析 (people.officers, …) and its period: the accounts it counts (its drill-down). */
  figure?: string;
  from?: string;
  to?: string;
}

export interface PeoplePage {
  items: Person[];
  total: number;
}

export interface NewPerson {
  username: string;
  displayName: string;
  orgId: string;
  initialPassword: string;
}

export type NewCredential = Omit<Credential, 'id' | 'status'>;

/** The officers of an org's subtree holding a valid 执法证 (行政处罚法 第四十二条), as options labelled with it. */
export function useEnforcerOptions(orgId: string | undefined) {
  const people = usePeople({ orgId, role: 'officer' }, 1, 200);
  const officers = (people.data?.items ?? []).filter((p) => p.credentials.some((c) => canEnforce(c.status)));
  return {
    officers,
    loading: people.isLoading,
    options: officers.map((p) => ({ value: p.id, label: `${p.displayName}（${p.credentials.find((c) => canEnforce(c.status))?.number ?? ''}）` })),
  };
}

export function usePeople(filter: PeopleFilter, page: number, pageSize: number, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['people', filter, page, pageSize],
    queryFn: () => api<PeoplePage>('/api/people', { query: { ...filter, page, pageSize } }),
    placeholderData: keepPreviousData,
  });
}

function usePeopleMutation<V>(mutationFn: (vars: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['people'] }),
  });
}

export function useCreatePerson() {
  return usePeopleMutation((body: NewPerson) => api<Person>('/api/people', { method: 'POST', body }));
}

export function useSetRoles() {
  return usePeopleMutation(({ id, roles }: { id: string; roles: string[] }) =>
    api<Person>(`/api/people/${encodeURIComponent(id)}/roles`, { method: 'PUT', body: { roles } }),
  );
}

export function useUnlock() {
  return usePeopleMutation((id: string) => api<Person>(`/api/people/${encodeURIComponent(id)}/unlock`, { method: 'POST' }));
}

export function useAddCredential() {
  return usePeopleMutation(({ personId, body }: { personId: string; body: NewCredential }) =>
    api<Credential>(`/api/people/${encodeURIComponent(personId)}/credentials`, { method: 'POST', body }),
  );
}

export interface CredentialAlert {
  userId: string;
  displayName: string;
  number: string;
  validTo: string;
}

/** 执法人员名录 figures for an org's subtree (the user's own org when none is given). */
export interface PeopleFigures {
  orgId: string;
  orgName: string;
  officers: number;
  certified: number;
  /** 0..1 */
  certifiedShare: number;
  legalReviewers: number;
  /** 0..1 */
  legalReviewerShare: number;
  reviewerShareMet: boolean;
  expiringSoon: CredentialAlert[];
  expired: CredentialAlert[];
}

export function usePeopleFigures(orgId: string | undefined, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['people', 'figures', orgId],
    queryFn: () => api<PeopleFigures>('/api/people/figures', { query: { orgId } }),
  });
}
