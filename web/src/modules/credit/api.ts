import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  decideIn,
  EnterpriseCreditOut,
  ListingOut,
  MeasureInForceOut,
  noticeIn,
  ObjectionOut,
  objectionHandleIn,
  objectionIn,
  proposeIn,
  PublicListingOut,
  RepairOut,
  repairApplyIn,
  repairDecideIn,
  repairReviewIn,
  repairRevokeIn,
  serveIn,
  statementIn,
} from '../../../../src/modules/credit/contract';
import { api } from '../../app/api';

export type Listing = ListingOut;
export type ProposeBody = z.input<typeof proposeIn>;
export type NoticeBody = z.input<typeof noticeIn>;
export type StatementBody = z.input<typeof statementIn>;
export type DecideBody = z.input<typeof decideIn>;
export type ServeBody = z.input<typeof serveIn>;

export const listingUrl = (id: string) => `/api/credit/listings/${encodeURIComponent(id)}`;

export function useListings(query: Record<string, string | number | undefined>) {
  return useQuery({
    queryKey: ['credit', 'list', query],
    queryFn: () => api<{ items: Listing[]; total: number }>('/api/credit/listings', { query }),
    placeholderData: keepPreviousData,
  });
}

export function useListing(id: string) {
  return useQuery({ queryKey: ['credit', 'detail', id], queryFn: () => api<Listing>(listingUrl(id)), retry: false });
}

/** The public list (no session). */
export function usePublicListings(query: { q?: string; page: number; pageSize: number }) {
  return useQuery({
    queryKey: ['public', 'credit', query],
    queryFn: () => api<{ items: PublicListingOut[]; total: number }>('/api/public/credit/listings', { query }),
    placeholderData: keepPreviousData,
  });
}

export function usePropose() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ProposeBody) => api<Listing>('/api/credit/listings', { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['credit', 'list'] }),
  });
}

/** A step on the listing: answers with the listing, which replaces the detail; the lists are refetched. */
function useStep<B>(step: 'notice' | 'statement' | 'decide' | 'serve') {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: B & { id: string }) => api<Listing>(`${listingUrl(id)}/${step}`, { method: 'POST', body }),
    onSuccess: (l) => {
      client.setQueryData(['credit', 'detail', l.id], l);
      return client.invalidateQueries({ queryKey: ['credit', 'list'] });
    },
  });
}

export const useServeNotice = () => useStep<NoticeBody>('notice');
export const useRecordStatement = () => useStep<StatementBody>('statement');
export const useDecide = () => useStep<DecideBody>('decide');
export const useServeDecision = () => useStep<ServeBody>('serve');

// 信用修复 (提前移出), 异议 and one enterprise's credit.
export type Repair = RepairOut;
export type Objection = ObjectionOut;
export type EnterpriseCredit = EnterpriseCreditOut;
export type MeasureInForce = MeasureInForceOut;
export type RepairApplyBody = z.input<typeof repairApplyIn>;
export type RepairReviewBody = z.input<typeof repairReviewIn>;
export type RepairDecideBody = z.input<typeof repairDecideIn>;
export type RepairRevokeBody = z.input<typeof repairRevokeIn>;
export type ObjectionBody = z.input<typeof objectionIn>;
export type ObjectionHandleBody = z.input<typeof objectionHandleIn>;

export const repairUrl = (id: string) => `/api/credit/repairs/${encodeURIComponent(id)}`;

/** One enterprise's credit page (staff), or the signed-in enterprise's own (`mine`). */
export function useEnterpriseCredit(enterpriseId: string | 'mine') {
  return useQuery({
    queryKey: ['credit', 'enterprise', enterpriseId],
    queryFn: () => api<EnterpriseCredit>(enterpriseId === 'mine' ? '/api/credit/mine' : `/api/credit/enterprises/${encodeURIComponent(enterpriseId)}`),
    retry: false,
  });
}

export function useRepair(id: string) {
  return useQuery({ queryKey: ['credit', 'repair', id], queryFn: () => api<Repair>(repairUrl(id)), retry: false });
}

/** Open applications of the reader's subtree, the decision nearest due first. */
export function useRepairs(state: 'applied' | 'reviewed') {
  return useQuery({
    queryKey: ['credit', 'repairs', state],
    queryFn: () => api<{ items: Repair[]; total: number }>('/api/credit/repairs', { query: { state, pageSize: 50 } }),
  });
}

/** Every credit query refetched after an act: the listing, the enterprise page, the lists. */
function useRefresh() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['credit'] });
}

export function useApplyRepair() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (body: RepairApplyBody) => api<Repair>('/api/credit/repairs', { method: 'POST', body }), onSuccess: refresh });
}

function useRepairStep<B>(step: 'review' | 'decide' | 'revoke') {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, ...body }: B & { id: string }) => api<Repair>(`${repairUrl(id)}/${step}`, { method: 'POST', body }),
    onSuccess: refresh,
  });
}

export const useReviewRepair = () => useRepairStep<RepairReviewBody>('review');
export const useDecideRepair = () => useRepairStep<RepairDecideBody>('decide');
export const useRevokeRepair = () => useRepairStep<RepairRevokeBody>('revoke');

export function useFileObjection() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (body: ObjectionBody) => api<Objection>('/api/credit/objections', { method: 'POST', body }), onSuccess: refresh });
}

export function useHandleObjection() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, ...body }: ObjectionHandleBody & { id: string }) =>
      api<Objection>(`/api/credit/objections/${encodeURIComponent(id)}/handle`, { method: 'POST', body }),
    onSuccess: refresh,
  });
}
