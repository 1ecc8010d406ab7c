import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api';
import type {
  AnnualReportAction,
  AnnualReportOut,
  AnnualSummaryOut,
  OutlineSection,
  publicAnnualDetailOut,
  publicAnnualOut,
} from '../../../../src/modules/report/annual/contract';
import type { z } from 'zod';

type Dated<T, K extends keyof T> = Omit<T, K> & { [P in K]: null extends T[P] ? string | null : string };

export type AnnualReport = Dated<Omit<AnnualReportOut, 'sections'>, 'updatedAt' | 'approvedAt'> & {
  sections: (Omit<AnnualReportOut['sections'][number], 'narrative'> & {
    narrative: { text: string; version: number; authorName: string | null; savedAt: string } | null;
  })[];
};
export type AnnualSection = AnnualReport['sections'][number];
export type AnnualSummary = Dated<AnnualSummaryOut, 'updatedAt'>;
export type NarrativeVersion = { version: number; text: string; authorName: string | null; savedAt: string };
export type PublicAnnual = z.infer<typeof publicAnnualOut>;
export type PublicAnnualDetail = z.infer<typeof publicAnnualDetailOut>;
export type { AnnualReportAction, OutlineSection };

const BASE = '/api/report/annual';
const at = (id: string) => `${BASE}/${encodeURIComponent(id)}`;
export const documentUrl = (id: string, format: 'pdf' | 'docx') => `${at(id)}/document?format=${format}`;
export const publicDocumentUrl = (id: string, format: 'pdf' | 'docx') => `/api/public/reports/${encodeURIComponent(id)}/document?format=${format}`;

export function useAnnualReports(filter: { orgId?: string; year?: number }) {
  return useQuery({ queryKey: ['annual', 'list', filter], queryFn: () => api<AnnualSummary[]>(BASE, { query: filter }), placeholderData: keepPreviousData });
}

export function useAnnualReport(id: string) {
  return useQuery({ queryKey: ['annual', 'detail', id], queryFn: () => api<AnnualReport>(at(id)) });
}

export function useNarrativeVersions(id: string, key: string | null) {
  return useQuery({
    queryKey: ['annual', 'versions', id, key],
    queryFn: () => api<NarrativeVersion[]>(`${at(id)}/sections/${encodeURIComponent(key ?? '')}/versions`),
    enabled: key !== null,
  });
}

function useReportMutation<V>(mutationFn: (vars: V) => Promise<AnnualReport>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (report) => {
      client.setQueryData(['annual', 'detail', report.id], report);
      return client.invalidateQueries({ queryKey: ['annual', 'list'] });
    },
  });
}

export const useCreateAnnual = () => useReportMutation((body: { orgId: string; year: number }) => api<AnnualReport>(BASE, { method: 'POST', body }));

export const useSaveOutline = () =>
  useReportMutation(({ id, ...body }: { id: string; outline: OutlineSection[]; version: number }) =>
    api<AnnualReport>(`${at(id)}/outline`, { method: 'PUT', body }),
  );

export const useMoveAnnual = () =>
  useReportMutation(({ id, action, ...body }: { id: string; action: AnnualReportAction; version: number; reason?: string }) =>
    api<AnnualReport>(`${at(id)}/${action}`, { method: 'POST', body }),
  );

export function useSaveNarrative(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ key, ...body }: { key: string; text: string; baseVersion: number }) =>
      api<{ version: number; savedAt: string }>(`${at(id)}/sections/${encodeURIComponent(key)}`, { method: 'PUT', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['annual'] }),
  });
}

export function usePublicAnnuals() {
  return useQuery({ queryKey: ['annual', 'public'], queryFn: () => api<PublicAnnual[]>('/api/public/reports') });
}

export function usePublicAnnual(id: string) {
  return useQuery({ queryKey: ['annual', 'public', id], queryFn: () => api<PublicAnnualDetail>(`/api/public/reports/${encodeURIComponent(id)}`) });
}
