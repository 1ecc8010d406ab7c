import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CampaignFiguresOut, CampaignIn, CampaignOut, CloseCampaignIn } from '../../../../src/modules/inspections/campaigns/contract';
import type { OpenTaskIn } from '../../../../src/modules/inspections/contract';
import { api } from '../../app/api';
import { BASE, type Task } from './api';

export type Campaign = CampaignOut;
export type CampaignFigures = CampaignFiguresOut;
export type { CampaignIn, OpenTaskIn };

const campaignUrl = (id: string) => `${BASE}/campaigns/${encodeURIComponent(id)}`;

export function useCampaigns(enabled = true) {
  return useQuery({ queryKey: ['inspections', 'campaigns'], queryFn: () => api<Campaign[]>(`${BASE}/campaigns`), enabled });
}

export function useCampaign(id: string) {
  return useQuery({ queryKey: ['inspections', 'campaigns', id], queryFn: () => api<Campaign>(campaignUrl(id)) });
}

export function useCampaignFigures(id: string) {
  return useQuery({ queryKey: ['inspections', 'campaigns', id, 'figures'], queryFn: () => api<CampaignFigures>(`${campaignUrl(id)}/figures`) });
}

export function useCampaignTasks(id: string) {
  return useQuery({ queryKey: ['inspections', 'campaigns', id, 'tasks'], queryFn: () => api<Task[]>(`${campaignUrl(id)}/tasks`) });
}

export function useCreateCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CampaignIn) => api<Campaign>(`${BASE}/campaigns`, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['inspections', 'campaigns'] }),
  });
}

export function useCloseCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: CloseCampaignIn }) => api<Campaign>(`${campaignUrl(id)}/close`, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['inspections', 'campaigns'] }),
  });
}

/** 新建检查任务 of any kind (tasks/kinds.ts); the lists of tasks and campaigns refresh. */
export function useOpenTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OpenTaskIn) => api<Task>(`${BASE}/tasks`, { method: 'POST', body }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['inspections', 'tasks'] }),
        queryClient.invalidateQueries({ queryKey: ['inspections', 'campaigns'] }),
      ]),
  });
}
