import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ApplicationIn,
  ApplicationOut,
  decideIn,
  extendIn,
  ListApplicationsQuery,
  materialOut,
  pauseIn,
  refusalIn,
  resumeIn,
  supplementIn,
} from '../../../../src/modules/licensing/contract';
import type { GuideSummary, ServiceGuide } from '../../../../src/modules/licensing/guide-contract';
import type { enterpriseRegisterOut, issueIn, LicenceOut } from '../../../../src/modules/licensing/licence-contract';
import type { LicenceBundle } from '../../../../src/modules/licensing/licence-content';
import { api } from '../../app/api';

// 办事指南 from /api/public: no session. The guides change with the law, not by the hour.

export function useGuides() {
  return useQuery({
    queryKey: ['public', 'licensing', 'guides'],
    queryFn: () => api<{ items: GuideSummary[] }>('/api/public/licensing/guides'),
    staleTime: 10 * 60_000,
  });
}

export function useGuide(code: string) {
  return useQuery({
    queryKey: ['public', 'licensing', 'guide', code],
    queryFn: () => api<ServiceGuide>(`/api/public/licensing/guides/${encodeURIComponent(code)}`),
    enabled: !!code,
    staleTime: 10 * 60_000,
    retry: false,
  });
}

// 许可申请 (staff and enterprise users, signed in): the list, the detail and its steps.

type Dated<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };
export type Application = Dated<ApplicationOut>;
export type ApplicationMaterial = Dated<z.infer<typeof materialOut>>;
export type ApplicationDetail = Application & { materials: ApplicationMaterial[]; licence: { id: string; licenceNo: string } | null };
export type ApplicationFilter = Partial<ListApplicationsQuery>;

const applicationUrl = (id: string) => `/api/licensing/applications/${encodeURIComponent(id)}`;
export const applicationMaterialUrl = (id: string) => `${applicationUrl(id)}/material`;
export const licenseMaterialUrl = (materialId: string) => `/api/licensing/material/${encodeURIComponent(materialId)}`;

export function useApplications(query: Record<string, string | number | undefined>) {
  return useQuery({
    queryKey: ['licensing', 'applications', 'list', query],
    queryFn: () => api<{ items: Application[]; total: number }>('/api/licensing/applications', { query }),
    placeholderData: keepPreviousData,
  });
}

export function useApplication(id: string) {
  return useQuery({ queryKey: ['licensing', 'applications', 'detail', id], queryFn: () => api<ApplicationDetail>(applicationUrl(id)), retry: false });
}

export function useCreateApplication() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ApplicationIn) => api<ApplicationDetail>('/api/licensing/applications', { method: 'POST', body }),
    onSuccess: (a) => {
      client.setQueryData(['licensing', 'applications', 'detail', a.id], a);
      return client.invalidateQueries({ queryKey: ['licensing', 'applications', 'list'] });
    },
  });
}

/** The bodies of the steps, by the path each is posted to; every step answers with the detail. */
export interface ApplicationSteps {
  submit: { version: number };
  withdraw: { version: number };
  supplement: z.input<typeof supplementIn>;
  accept: { version: number };
  refuse: z.input<typeof refusalIn>;
  pause: z.input<typeof pauseIn>;
  resume: z.input<typeof resumeIn>;
  extend: z.input<typeof extendIn>;
  grant: z.input<typeof decideIn>;
  deny: z.input<typeof decideIn>;
  issue: z.input<typeof issueIn>;
}

export type StepCall = { [S in keyof ApplicationSteps]: { id: string; step: S; body: ApplicationSteps[S] } }[keyof ApplicationSteps];

export function useApplicationStep() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, step, body }: StepCall) => api<ApplicationDetail>(`${applicationUrl(id)}/${step}`, { method: 'POST', body }),
    onSuccess: (a) => {
      client.setQueryData(['licensing', 'applications', 'detail', a.id], a);
      return client.invalidateQueries({ queryKey: ['licensing', 'applications', 'list'] });
    },
  });
}

// 许可证登记 and the electronic licence; the portal's check page reads the public bundle, no session.

export type Licence = LicenceOut;
export const licenceUrl = (id: string) => `/api/licensing/licences/${encodeURIComponent(id)}`;

export function useLicences(query: Record<string, string | number | undefined>) {
  return useQuery({
    queryKey: ['licensing', 'licences', 'list', query],
    queryFn: () => api<{ items: Licence[]; total: number }>('/api/licensing/licences', { query }),
    placeholderData: keepPreviousData,
  });
}

export function useLicence(id: string) {
  return useQuery({ queryKey: ['licensing', 'licences', 'detail', id], queryFn: () => api<Licence>(licenceUrl(id)), retry: false });
}

/** 企业许可证登记: the licences issued here and those recorded from elsewhere (外部登记, unsigned). */
export type EnterpriseRegister = Dated<z.infer<typeof enterpriseRegisterOut>>;
export type RecordedLicence = EnterpriseRegister['recorded'][number];

export function useEnterpriseRegister(enterpriseId: string) {
  return useQuery({
    queryKey: ['licensing', 'register', enterpriseId],
    queryFn: () => api<EnterpriseRegister>(`/api/licensing/enterprises/${encodeURIComponent(enterpriseId)}/licences`),
    retry: false,
  });
}

export const publicLicenceUrl = (id: string) => `/api/public/licences/${encodeURIComponent(id)}`;

export function usePublicLicence(id: string) {
  return useQuery({ queryKey: ['public', 'licences', id], queryFn: () => api<LicenceBundle>(publicLicenceUrl(id)), retry: false });
}
