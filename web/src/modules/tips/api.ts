import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  claimIn,
  ConcludeIn,
  followOut,
  ListTipsQuery,
  MaterialOut,
  proposeRewardIn,
  receiptOut,
  StaffTipIn,
  TipDetailOut,
  TipIn,
  TipOut,
  VerificationResult,
} from '../../../../src/modules/tips/contract';
import type { TaskOut } from '../../../../src/modules/inspections/contract';
import { api } from '../../app/api';
import { solveProof } from '../../app/proof-of-work';

type Dated<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };
export type Tip = Dated<TipOut>;
export type Reward = Dated<TipDetailOut['rewards'][number]>;
export type Findings = NonNullable<TipDetailOut['findings']>;
export type TipDetail = Omit<Tip, never> & { findings: Findings | null; rewards: Reward[] };
export type Receipt = Dated<z.infer<typeof receiptOut>> & { id?: string };
export type Followed = Dated<z.infer<typeof followOut>>;
export type Material = Dated<MaterialOut>;
export type TipFilter = Partial<ListTipsQuery>;
export type ProposeRewardBody = z.input<typeof proposeRewardIn>;
export type ClaimBody = z.input<typeof claimIn>;

const tipUrl = (id: string) => `/api/tips/${encodeURIComponent(id)}`;
const rewardUrl = (id: string, rewardId: string) => `${tipUrl(id)}/rewards/${encodeURIComponent(rewardId)}`;

export function useTips(filter: TipFilter) {
  return useQuery({
    queryKey: ['tips', 'list', filter],
    queryFn: () => api<{ items: Tip[]; total: number }>('/api/tips', { query: filter }),
    placeholderData: keepPreviousData,
  });
}

export function useTip(id: string) {
  return useQuery({ queryKey: ['tips', 'detail', id], queryFn: () => api<TipDetail>(tipUrl(id)) });
}

/** The 举报核查 task the tip was assigned to (the inspections module's): its enterprise, team and record. */
export function useTipTask(taskId: string | null) {
  return useQuery({
    enabled: !!taskId,
    queryKey: ['inspections', 'task', taskId],
    queryFn: () => api<TaskOut>(`/api/inspections/tasks/${encodeURIComponent(taskId ?? '')}`),
    retry: false,
  });
}

/** A step on the tip: the detail is refetched (a step answering the bare tip has no findings or rewards) and the list too. */
function useTipStep<V>(mutationFn: (vars: V) => Promise<Tip | TipDetail>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (tip) => {
      if ('rewards' in tip) client.setQueryData(['tips', 'detail', tip.id], tip);
      return client.invalidateQueries({ queryKey: ['tips'] });
    },
  });
}

export function useRecordTip() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Omit<StaffTipIn, 'receivedAt'> & { receivedAt: string }) => api<Receipt>('/api/tips', { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['tips'] }),
  });
}

export const useDecideTip = () =>
  useTipStep(({ id, decision, ...body }: { id: string; decision: 'accept' | 'decline'; version: number; reason?: string }) =>
    api<Tip>(`${tipUrl(id)}/${decision}`, { method: 'POST', body }),
  );

export const useAssignTip = () =>
  useTipStep(({ id, ...body }: { id: string; version: number; enterpriseId: string; officerIds: string[]; plannedOn: string }) =>
    api<Tip>(`${tipUrl(id)}/assign`, { method: 'POST', body }),
  );

export const useVerifyTip = () =>
  useTipStep(({ id, ...body }: { id: string; version: number; result: VerificationResult; note: string; caseIds: string[] }) =>
    api<Tip>(`${tipUrl(id)}/verify`, { method: 'POST', body }),
  );

export const useConcludeComplaint = () =>
  useTipStep(({ id, ...body }: ConcludeIn & { id: string }) => api<Tip>(`${tipUrl(id)}/conclude`, { method: 'POST', body }));

export const useProposeReward = () =>
  useTipStep(({ id, ...body }: ProposeRewardBody & { id: string }) => api<TipDetail>(`${tipUrl(id)}/rewards`, { method: 'POST', body }));

export const useDecideReward = () =>
  useTipStep(({ id, rewardId, decision, ...body }: { id: string; rewardId: string; decision: 'approve' | 'reject'; version: number; reason?: string }) =>
    api<TipDetail>(`${rewardUrl(id, rewardId)}/${decision}`, { method: 'POST', body }),
  );

export const usePayReward = () =>
  useTipStep(({ id, rewardId, ...body }: { id: string; rewardId: string; version: number; identityChecked: true; paidOn: string; voucher: string }) =>
    api<TipDetail>(`${rewardUrl(id, rewardId)}/pay`, { method: 'POST', body }),
  );

/** Who claimed the reward, as the paying officer checks the card: the name with its middle hidden, the ID's last four. */
export function useClaimant(id: string, rewardId: string, enabled: boolean) {
  return useQuery({
    enabled,
    queryKey: ['tips', 'claimant', id, rewardId],
    queryFn: () => api<{ name: string; idNumberTail: string }>(`${rewardUrl(id, rewardId)}/claimant`),
    retry: false,
  });
}

export const useRevealIdentity = () =>
  useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      api<{ name: string; phone: string }>(`${tipUrl(id)}/reveal`, { method: 'POST', body: { reason } }),
  });

/** A portal tip goes with a proof of work solved first (a second or so on a phone). */
export const useSubmitTip = () =>
  useMutation({
    mutationFn: async (body: TipIn) =>
      api<Receipt>('/api/public/tips', { method: 'POST', body: { ...body, proof: await solveProof('/api/public/tips/challenge') } }),
  });
export const useFollowTip = () =>
  useMutation({ mutationFn: (body: { receipt: string; secret: string }) => api<Followed>('/api/public/tips/follow', { method: 'POST', body }) });
export const useClaimReward = () =>
  useMutation({ mutationFn: (body: ClaimBody) => api<{ state: string; amountFen: number }>('/api/public/tips/claim', { method: 'POST', body }) });

/** 举报材料 of a tip, for staff; each file downloads from materialUrl. */
export const useMaterial = (id: string) => useQuery({ queryKey: ['tips', 'material', id], queryFn: () => api<Material[]>(`${tipUrl(id)}/material`) });
export const materialUrl = (attachmentId: string) => `/api/tips/material/${encodeURIComponent(attachmentId)}`;
export const staffMaterialUrl = (id: string) => `${tipUrl(id)}/material`;
