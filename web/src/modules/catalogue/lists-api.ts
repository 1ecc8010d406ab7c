import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api';
import type { WithdrawIn } from '../../../../src/modules/catalogue/contract';
import type { ChecklistContent, CitedChecklist, ListHistory, PowerItemContent, PowerItemOut, PowerItemsOut, SaveChecklistIn, SavePowerItemIn } from './api';

// An org's 检查表 and 权责清单 in force (built-in entries, as its chain replaced, withdrew or added to
// them) and the editors' writes. Keys start with the list so that a write refreshes every org's view.

const BASE = '/api/catalogue';
export type ListKind = 'checklists' | 'power-items';
const key = (kind: ListKind) => ['catalogue', kind] as const;
const path = (kind: ListKind, code: string) => `${BASE}/${kind}/${encodeURIComponent(code)}`;

export function useChecklists(orgId: string, includeWithdrawn = false) {
  return useQuery({
    queryKey: [...key('checklists'), orgId, includeWithdrawn],
    queryFn: () => api<CitedChecklist[]>(`${BASE}/checklists`, { query: { orgId, includeWithdrawn: includeWithdrawn ? 'true' : undefined } }),
  });
}

export function usePowerItems(orgId: string, includeWithdrawn = false) {
  return useQuery({
    queryKey: [...key('power-items'), orgId, includeWithdrawn],
    queryFn: () => api<PowerItemsOut>(`${BASE}/power-items`, { query: { orgId, includeWithdrawn: includeWithdrawn ? 'true' : undefined } }),
  });
}

function useListWrite<Body, Out>(kind: ListKind, suffix: '' | '/withdraw', method: 'PUT' | 'POST') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, body }: { code: string; body: Body }) => api<Out>(`${path(kind, code)}${suffix}`, { method, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(kind) }),
  });
}

export const useSaveChecklist = () => useListWrite<SaveChecklistIn, CitedChecklist>('checklists', '', 'PUT');
export const useWithdrawChecklist = () => useListWrite<WithdrawIn, CitedChecklist>('checklists', '/withdraw', 'POST');
export const useSavePowerItem = () => useListWrite<SavePowerItemIn, PowerItemOut>('power-items', '', 'PUT');
export const useWithdrawPowerItem = () => useListWrite<WithdrawIn, PowerItemOut>('power-items', '/withdraw', 'POST');

export function useChecklistHistory(code: string | null, orgId: string) {
  return useQuery({
    queryKey: [...key('checklists'), 'history', code, orgId],
    queryFn: () => api<ListHistory<ChecklistContent>>(`${path('checklists', code ?? '')}/history`, { query: { orgId } }),
    enabled: code !== null,
  });
}

export function usePowerItemHistory(code: string | null, orgId: string) {
  return useQuery({
    queryKey: [...key('power-items'), 'history', code, orgId],
    queryFn: () => api<ListHistory<PowerItemContent>>(`${path('power-items', code ?? '')}/history`, { query: { orgId } }),
    enabled: code !== null,
  });
}
