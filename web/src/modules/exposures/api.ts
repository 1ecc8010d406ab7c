import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  DraftIn,
  EnterpriseExposuresOut,
  ExposureOut,
  followUpIn,
  PublicDocumentOut,
  SummonsIn,
  SummonsOut,
  summonsAgendaOut,
  withdrawIn,
} from '../../../../src/modules/exposures/contract';
import { api } from '../../app/api';

export type Exposure = ExposureOut;
export type Summons = SummonsOut;
export type DraftBody = DraftIn;
export type SummonsBody = SummonsIn;
export type WithdrawBody = z.input<typeof withdrawIn>;
export type FollowUpBody = z.input<typeof followUpIn>;

const exposureUrl = (id: string) => `/api/exposures/${encodeURIComponent(id)}`;
const summonsUrl = (id: string) => `/api/summons/${encodeURIComponent(id)}`;

export function useExposures(query: Record<string, string | number | undefined>) {
  return useQuery({
    queryKey: ['exposures', 'list', query],
    queryFn: () => api<{ items: Exposure[]; total: number }>('/api/exposures', { query }),
    placeholderData: keepPreviousData,
  });
}

export function useExposure(id: string) {
  return useQuery({ queryKey: ['exposures', 'detail', id], queryFn: () => api<Exposure>(exposureUrl(id)), retry: false });
}

export function usePublicExposures(query: { kind?: string; q?: string; page: number; pageSize: number }) {
  return useQuery({
    queryKey: ['public', 'exposures', query],
    queryFn: () => api<{ items: PublicDocumentOut[]; total: number }>('/api/public/exposures', { query }),
    placeholderData: keepPreviousData,
  });
}

export function useEnterpriseExposures(enterpriseId: string) {
  return useQuery({
    queryKey: ['exposures', 'enterprise', enterpriseId],
    queryFn: () => api<EnterpriseExposuresOut>(`/api/exposures/enterprises/${encodeURIComponent(enterpriseId)}`),
  });
}

function useInvalidating<A extends unknown[], R>(fn: (...args: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: A) => fn(...args),
    onSuccess: () => client.invalidateQueries({ queryKey: ['exposures'] }),
  });
}

export const useDraft = () => useInvalidating((body: DraftBody) => api<Exposure>('/api/exposures', { method: 'POST', body }));
export const useApprove = () =>
  useInvalidating((id: string, version: number) => api<Exposure>(`${exposureUrl(id)}/approve`, { method: 'POST', body: { version } }));
export const useWithdraw = () => useInvalidating((id: string, body: WithdrawBody) => api<Exposure>(`${exposureUrl(id)}/withdraw`, { method: 'POST', body }));

export function useSummonses(query: Record<string, string | number | undefined>) {
  return useQuery({
    queryKey: ['exposures', 'summons', query],
    queryFn: () => api<{ items: Summons[]; total: number }>('/api/summons', { query }),
    placeholderData: keepPreviousData,
  });
}

export function useSummons(id: string) {
  return useQuery({ queryKey: ['exposures', 'summonsDetail', id], queryFn: () => api<Summons>(summonsUrl(id)), retry: false });
}

export function useSummonsAgenda() {
  return useQuery({ queryKey: ['exposures', 'agenda'], queryFn: () => api<z.infer<typeof summonsAgendaOut>>('/api/summons/agenda') });
}

export const useRecordSummons = () => useInvalidating((body: SummonsBody) => api<Summons>('/api/summons', { method: 'POST', body }));
export const useFollowUp = () => useInvalidating((id: string, body: FollowUpBody) => api<Summons>(`${summonsUrl(id)}/follow-up`, { method: 'POST', body }));
