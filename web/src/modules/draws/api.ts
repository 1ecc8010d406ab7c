import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api';
import type { AnnounceIn, DrawDetail as ContractDetail, MatterIn, MatterOut, MatterUpdateIn, WithdrawalIn } from '../../../../src/modules/draws/contract';
import type { DrawBundle, Verdict } from '../../../../src/modules/draws/verify';

type Dated<T> = Omit<T, 'announcedAt' | 'drawnAt'> & { announcedAt: string; drawnAt: string | null };

/** A draw as JSON carries its timestamps as ISO strings. */
export type DrawDetail = Dated<ContractDetail>;
export type DrawSummary = Omit<
  DrawDetail,
  | 'snapshotDigest'
  | 'paramsDigest'
  | 'commitment'
  | 'beacon'
  | 'seed'
  | 'enterpriseCount'
  | 'officerCount'
  | 'taskCount'
  | 'enterprises'
  | 'failures'
  | 'redraws'
>;
export type DrawnEnterprise = DrawDetail['enterprises'][number];
export type DrawStatus = DrawDetail['status'];
export type Matter = MatterOut;
export type TargetFilter = Matter['targetFilter'];
export type { AnnounceIn, DrawBundle, MatterIn, MatterUpdateIn, Verdict, WithdrawalIn };

export interface PublicDraw {
  id: string;
  orgName: string;
  name: string;
  matterName: string;
  status: DrawStatus;
  drawDate: string;
  total: number;
  drawn: number;
}

const BASE = '/api/draws';
const drawUrl = (id: string) => `${BASE}/${encodeURIComponent(id)}`;
export const publicApiUrl = (id: string) => `/api/public/draws/${encodeURIComponent(id)}`;
export const snapshotUrl = (id: string) => `${publicApiUrl(id)}/snapshot.json.gz`;

export function useMatters() {
  return useQuery({ queryKey: ['draws', 'matters'], queryFn: () => api<Matter[]>(`${BASE}/matters`) });
}

export function useSaveMatter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: MatterIn | MatterUpdateIn }) =>
      id ? api<Matter>(`${BASE}/matters/${encodeURIComponent(id)}`, { method: 'PUT', body }) : api<Matter>(`${BASE}/matters`, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['draws', 'matters'] }),
  });
}

export function useDraws(page: number, pageSize: number, orgId?: string) {
  return useQuery({
    queryKey: ['draws', 'list', page, pageSize, orgId],
    queryFn: () => api<{ items: DrawSummary[]; total: number }>(BASE, { query: { page, pageSize, orgId } }),
    placeholderData: keepPreviousData,
  });
}

export function useDraw(id: string) {
  return useQuery({ queryKey: ['draws', 'detail', id], queryFn: () => api<DrawDetail>(drawUrl(id)) });
}

function useDrawMutation<V>(mutationFn: (vars: V) => Promise<DrawDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (d) => {
      queryClient.setQueryData(['draws', 'detail', d.id], d);
      return queryClient.invalidateQueries({ queryKey: ['draws', 'list'] });
    },
  });
}

export const useAnnounceDraw = () => useDrawMutation((body: AnnounceIn) => api<DrawDetail>(BASE, { method: 'POST', body }));

export const useMakeDraw = () =>
  useDrawMutation(({ id, beacon, version }: { id: string; beacon: string; version: number }) =>
    api<DrawDetail>(`${drawUrl(id)}/draw`, { method: 'POST', body: { beacon, version } }),
  );

export const useWithdraw = () =>
  useDrawMutation(({ id, body }: { id: string; body: WithdrawalIn }) => api<DrawDetail>(`${drawUrl(id)}/withdrawals`, { method: 'POST', body }));

// The public side: no session, nothing but the /api/public routes.
export function usePublicDraws(page: number, pageSize: number) {
  return useQuery({
    queryKey: ['public', 'draws', page, pageSize],
    queryFn: () => api<{ items: PublicDraw[]; total: number }>('/api/public/draws', { query: { page, pageSize } }),
    placeholderData: keepPreviousData,
  });
}

export function usePublicDraw(id: string) {
  return useQuery({ queryKey: ['public', 'draw', id], queryFn: () => api<DrawBundle>(publicApiUrl(id)) });
}

export function useVerify() {
  return useMutation({ mutationFn: (id: string) => api<Verdict>(`${publicApiUrl(id)}/verify`) });
}
