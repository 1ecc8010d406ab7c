import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { answerIn, createRoundIn, FileOut, RoundOut, scoreIn } from '../../../../src/modules/evaluations/contract';
import { api } from '../../app/api';

export type Round = RoundOut;
export type RoundRow = Omit<RoundOut, 'files'>;
export type EvaluationFile = FileOut;
export type CreateBody = z.input<typeof createRoundIn>;
export type ScoreBody = z.input<typeof scoreIn>;
export type AnswerBody = z.input<typeof answerIn>;

export const roundUrl = (id: string) => `/api/evaluations/${encodeURIComponent(id)}`;
export const fileUrl = (id: string, fileId: string) => `${roundUrl(id)}/files/${encodeURIComponent(fileId)}`;

export function useRounds() {
  return useQuery({ queryKey: ['evaluations', 'rounds'], queryFn: () => api<RoundRow[]>('/api/evaluations') });
}

export function useRound(id: string) {
  return useQuery({ queryKey: ['evaluations', 'detail', id], queryFn: () => api<Round>(roundUrl(id)), retry: false });
}

export function useBundle(id: string, enabled: boolean) {
  return useQuery({
    enabled,
    queryKey: ['evaluations', 'bundle', id],
    queryFn: () =>
      api<{ bundle: Record<string, unknown>; verdict: { ok: boolean; checks: { name: string; ok: boolean; detail: string }[] } }>(`${roundUrl(id)}/bundle`),
  });
}

export function useFiles(query: Record<string, string | number | undefined>) {
  return useQuery({
    queryKey: ['evaluations', 'files', query],
    queryFn: () => api<{ items: EvaluationFile[]; total: number }>('/api/evaluations/files', { query }),
    placeholderData: keepPreviousData,
  });
}

/** Every change answers with the round, which replaces the detail; the lists are refetched. */
function useChange<B>(path: (id: string, body: B) => string, strip: string[] = []) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: B & { id: string }) =>
      api<Round>(path(id, body as B), { method: 'POST', body: Object.fromEntries(Object.entries(body).filter(([k]) => !strip.includes(k))) }),
    onSuccess: (r) => {
      client.setQueryData(['evaluations', 'detail', r.id], r);
      return client.invalidateQueries({ queryKey: ['evaluations'], predicate: (q) => q.queryKey[1] !== 'detail' });
    },
  });
}

export function useCreateRound() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateBody) => api<Round>('/api/evaluations', { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['evaluations'] }),
  });
}
export const useDraw = () => useChange<{ version: number; beacon: string }>((id) => `${roundUrl(id)}/draw`);
export const useScore = () => useChange<ScoreBody & { fileId: string }>((id, b) => `${fileUrl(id, b.fileId)}/score`, ['fileId']);
export const useNotify = () => useChange<{ version: number; fileId: string }>((id, b) => `${fileUrl(id, b.fileId)}/notify`, ['fileId']);
export const useAnswer = () => useChange<AnswerBody & { fileId: string }>((id, b) => `${fileUrl(id, b.fileId)}/answer`, ['fileId']);
export const useCloseRound = () => useChange<{ version: number; excellentFileIds: string[]; summary: string }>((id) => `${roundUrl(id)}/close`);
