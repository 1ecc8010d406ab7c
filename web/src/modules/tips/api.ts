import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { followOut, ListTipsQuery, receiptOut, StaffTipIn, TipIn, TipOut } from '../../../../src/modules/tips/contract';
import { api } from '../../app/api';

type Dated<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] };
export type Tip = Dated<TipOut>;
export type Receipt = Dated<z.infer<typeof receiptOut>> & { id?: string };
export type Followed = Dated<z.infer<typeof followOut>>;
export type TipFilter = Partial<ListTipsQuery>;

export function useTips(filter: TipFilter) {
  return useQuery({
    queryKey: ['tips', 'list', filter],
    queryFn: () => api<{ items: Tip[]; total: number }>('/api/tips', { query: filter }),
    placeholderData: keepPreviousData,
  });
}

export function useTip(id: string) {
  return useQuery({ queryKey: ['tips', 'detail', id], queryFn: () => api<Tip>(`/api/tips/${encodeURIComponent(id)}`) });
}

export function useRecordTip() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Omit<StaffTipIn, 'receivedAt'> & { receivedAt: string }) => api<Receipt>('/api/tips', { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['tips'] }),
  });
}

export function useDecideTip() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision, ...body }: { id: string; decision: 'accept' | 'decline'; version: number; reason?: string }) =>
      api<Tip>(`/api/tips/${encodeURIComponent(id)}/${decision}`, { method: 'POST', body }),
    onSuccess: (tip) => {
      client.setQueryData(['tips', 'detail', tip.id], tip);
      return client.invalidateQueries({ queryKey: ['tips', 'list'] });
    },
  });
}

export const useRevealIdentity = () =>
  useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      api<{ name: string; phone: string }>(`/api/tips/${encodeURIComponent(id)}/reveal`, { method: 'POST', body: { reason } }),
  });

export const useSubmitTip = () => useMutation({ mutationFn: (body: TipIn) => api<Receipt>('/api/public/tips', { method: 'POST', body }) });
export const useFollowTip = () =>
  useMutation({ mutationFn: (body: { receipt: string; secret: string }) => api<Followed>('/api/public/tips/follow', { method: 'POST', body }) });
