import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { answerIn, FollowUpAgendaOut, FollowUpOut, recordIn, resolveIn } from '../../../../src/modules/followups/contract';
import { api } from '../../app/api';

export type FollowUp = FollowUpOut;
export type RecordBody = z.input<typeof recordIn>;
export type AnswerBody = z.input<typeof answerIn>;
export type ResolveBody = z.input<typeof resolveIn>;

export const followUpUrl = (id: string) => `/api/followups/${encodeURIComponent(id)}`;

export function useFollowUps(query: Record<string, string | number | undefined>) {
  return useQuery({
    queryKey: ['followups', 'list', query],
    queryFn: () => api<{ items: FollowUp[]; total: number }>('/api/followups', { query }),
    placeholderData: keepPreviousData,
  });
}

/** The workbench's 回访期限: due within 3 working days or late (lists refetch it after a step). */
export function useFollowUpAgenda() {
  return useQuery({ queryKey: ['followups', 'list', 'agenda'], queryFn: () => api<FollowUpAgendaOut>('/api/followups/agenda') });
}

export function useFollowUp(id: string) {
  return useQuery({ queryKey: ['followups', 'detail', id], queryFn: () => api<FollowUp>(followUpUrl(id)), retry: false });
}

/** A step on the follow-up: answers with the follow-up, which replaces the detail; the lists are refetched. */
function useStep<B>(step: 'record' | 'answer' | 'resolve') {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: B & { id: string }) => api<FollowUp>(`${followUpUrl(id)}/${step}`, { method: 'POST', body }),
    onSuccess: (f) => {
      client.setQueryData(['followups', 'detail', f.id], f);
      return client.invalidateQueries({ queryKey: ['followups', 'list'] });
    },
  });
}

export const useRecordFollowUp = () => useStep<RecordBody>('record');
export const useAnswerFollowUp = () => useStep<AnswerBody>('answer');
export const useResolveFollowUp = () => useStep<ResolveBody>('resolve');
