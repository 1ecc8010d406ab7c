import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { decideIn, ListingOut, noticeIn, proposeIn, PublicListingOut, serveIn, statementIn } from '../../../../src/modules/credit/contract';
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
