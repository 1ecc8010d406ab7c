import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api';
import type {
  ListPlansQuery,
  PlanAction,
  PlanIn,
  PlanItemIn,
  PlanOut,
  PlanSummaryOut,
  PlanUpdateIn,
  ProgressOut,
} from '../../../../src/modules/plans/contract';

type Json<T, K extends keyof T> = Omit<T, K> & { [P in K]: T[P] extends Date ? string : string | null };

/** A plan as JSON carries its dates as ISO strings. */
export type Plan = Json<PlanOut, 'approvedAt' | 'publishedAt' | 'updatedAt'>;
export type PlanSummary = Json<PlanSummaryOut, 'approvedAt' | 'publishedAt' | 'updatedAt'>;
export type PlanItem = Plan['items'][number];
export type Progress = ProgressOut;
export type ItemProgress = ProgressOut['items'][number];
export type { PlanAction, PlanIn, PlanItemIn, PlanUpdateIn };
export type PlanFilter = Partial<ListPlansQuery>;

const BASE = '/api/plans';
const planUrl = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

export function usePlans(filter: PlanFilter, enabled = true) {
  return useQuery({
    queryKey: ['plans', 'list', filter],
    queryFn: () => api<PlanSummary[]>(BASE, { query: filter }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function usePlan(id: string) {
  return useQuery({ queryKey: ['plans', 'detail', id], queryFn: () => api<Plan>(planUrl(id)) });
}

export function usePlanProgress(id: string | undefined) {
  return useQuery({
    queryKey: ['plans', 'progress', id],
    queryFn: () => api<Progress>(`${planUrl(id ?? '')}/progress`),
    enabled: id !== undefined,
  });
}

function usePlanMutation<V>(mutationFn: (vars: V) => Promise<Plan>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (plan) => {
      queryClient.setQueryData(['plans', 'detail', plan.id], plan);
      return queryClient.invalidateQueries({ queryKey: ['plans'] });
    },
  });
}

export function useCreatePlan() {
  return usePlanMutation((body: PlanIn) => api<Plan>(BASE, { method: 'POST', body }));
}

export function useUpdatePlan() {
  return usePlanMutation(({ id, body }: { id: string; body: PlanUpdateIn }) => api<Plan>(planUrl(id), { method: 'PUT', body }));
}

export function useMovePlan() {
  return usePlanMutation(({ id, action, version, reason }: { id: string; action: PlanAction; version: number; reason?: string }) =>
    api<Plan>(`${planUrl(id)}/${action}`, { method: 'POST', body: { version, reason } }),
  );
}
