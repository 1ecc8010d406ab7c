import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api';
import type { CaseDetailOut, CaseOut, EventPayload, ListCasesQuery, ReviewIn } from '../../../../src/modules/cases/contract';
import type { CaseEventName } from '../../../../src/modules/cases/workflow/machine';

type Dated<T> = Omit<T, 'createdAt' | 'updatedAt'> & { createdAt: string; updatedAt: string };

/** A case as JSON carries its timestamps as ISO strings. */
export type PenaltyCase = Dated<CaseOut>;
export type CaseEventRow = Omit<CaseDetailOut['events'][number], 'at'> & { at: string };
export type LegalReviewRow = Omit<CaseDetailOut['reviews'][number], 'at'> & { at: string };
export type CaseDetail = Dated<Omit<CaseDetailOut, 'events' | 'reviews'>> & { events: CaseEventRow[]; reviews: LegalReviewRow[] };
export type CaseListQuery = Partial<ListCasesQuery>;
export type { EventPayload, ReviewIn };

const BASE = '/api/cases';
const caseUrl = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

export const CASES_EXPORT_URL = `${BASE}/export.xlsx`;

export function useCases(query: CaseListQuery) {
  return useQuery({
    queryKey: ['cases', 'list', query],
    queryFn: () => api<{ items: PenaltyCase[]; total: number }>(BASE, { query }),
    placeholderData: keepPreviousData,
  });
}

export function useReviewQueue(enabled: boolean) {
  return useQuery({ queryKey: ['cases', 'review-queue'], queryFn: () => api<{ items: PenaltyCase[]; total: number }>(`${BASE}/review-queue`), enabled });
}

export function useCase(id: string) {
  return useQuery({ queryKey: ['cases', 'detail', id], queryFn: () => api<CaseDetail>(caseUrl(id)) });
}

/** 行刑衔接: the transfer record of a case transferred to the police (GET /api/transfers?caseId=…). */
export function useCaseTransfer(caseId: string, enabled: boolean) {
  return useQuery({
    enabled,
    queryKey: ['transfers', 'list', { caseId }],
    queryFn: () => api<{ items: { id: string }[]; total: number }>('/api/transfers', { query: { caseId } }),
    select: (r) => r.items[0] ?? null,
  });
}

function useCaseMutation<V>(id: string, mutationFn: (vars: V) => Promise<CaseDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (detail) => {
      queryClient.setQueryData(['cases', 'detail', id], detail);
      return queryClient.invalidateQueries({ queryKey: ['cases'] });
    },
  });
}

export function useFireEvent(id: string) {
  return useCaseMutation(id, (vars: { event: CaseEventName; payload: EventPayload; version: number }) =>
    api<CaseDetail>(`${caseUrl(id)}/events`, { method: 'POST', body: vars }),
  );
}

export function useSubmitReview(id: string) {
  return useCaseMutation(id, (vars: ReviewIn) => api<CaseDetail>(`${caseUrl(id)}/reviews`, { method: 'POST', body: vars }));
}
