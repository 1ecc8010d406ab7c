import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api';
import type { Dashboard, DisclosureStatus, OverdueList, StaffItem, StaffListQuery, WithdrawIn } from '../../../../src/modules/disclosure/contract';

export type { Dashboard, DisclosureStatus, StaffItem, WithdrawIn };
export type OverdueItem = OverdueList['items'][number];
export { DISCLOSURE_KINDS, DISCLOSURE_STATUSES, WITHDRAWAL_REASONS } from '../../../../src/modules/disclosure/contract';

export const BASE = '/api/disclosures';
/** The public portal's page of a published item (web/src/app/App.tsx: /portal/disclosures/:id). */
export const portalUrl = (id: string) => `/portal/disclosures/${encodeURIComponent(id)}`;

export const EXPORT_URL = `${BASE}/export.xlsx`;

export function useDisclosures(query: Partial<Record<keyof StaffListQuery, string | number | undefined>>) {
  return useQuery({
    queryKey: ['disclosures', 'list', query],
    queryFn: () => api<{ items: StaffItem[]; total: number }>(BASE, { query }),
    placeholderData: keepPreviousData,
  });
}

export function useDisclosureDashboard(query: { orgId?: string; from: string; to: string }, enabled = true) {
  return useQuery({ queryKey: ['disclosures', 'dashboard', query], queryFn: () => api<Dashboard>(`${BASE}/dashboard`, { query }), enabled });
}

export function useOverdueDisclosures() {
  return useQuery({ queryKey: ['disclosures', 'overdue'], queryFn: () => api<OverdueList>(`${BASE}/overdue`) });
}

/** Publishing or withdrawing moves the list, the dashboard and the leader's card alike. */
function useDisclosureMutation<V>(mutationFn: (vars: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['disclosures'] }) });
}

export const usePublishDisclosure = () => useDisclosureMutation((id: string) => api(`${BASE}/${encodeURIComponent(id)}/publish`, { method: 'POST', body: {} }));
export const useWithdrawDisclosure = () =>
  useDisclosureMutation(({ id, body }: { id: string; body: WithdrawIn }) => api(`${BASE}/${encodeURIComponent(id)}/withdraw`, { method: 'POST', body }));
