import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api';
import type {
  EnterpriseIn,
  EnterpriseOut,
  EnterpriseUpdateIn,
  ImportOut as ContractImportOut,
  ListEnterprisesQuery,
} from '../../../../src/modules/registry/contract';

/** An enterprise as JSON carries its dates as ISO strings. */
export type Enterprise = Omit<EnterpriseOut, 'updatedAt'> & { updatedAt: string };
export type Contact = Enterprise['contacts'][number];
export type { EnterpriseIn, EnterpriseUpdateIn };

export type EnterpriseFilter = Partial<Pick<ListEnterprisesQuery, 'orgId' | 'q' | 'regionCode' | 'industry' | 'riskGrade' | 'keyCategory' | 'status' | 'size'>>;

export interface EnterprisePage {
  items: Enterprise[];
  total: number;
}

export interface Revision {
  version: number;
  at: string;
  /** 'manual' or 'import:<import id>'. */
  source: string;
  actorName: string | null;
  changes: Record<string, { from: unknown; to: unknown }>;
}

export type ImportOut = Omit<ContractImportOut, 'createdAt'> & { createdAt: string };
export type ImportStatus = ImportOut['status'];
export type ImportRowError = ImportOut['errors'][number];

const BASE = '/api/enterprises';
export const TEMPLATE_URL = `${BASE}/import-template.xlsx`;
export const EXPORT_URL = `${BASE}/export.xlsx`;
export const importsUrl = (fileName: string) => `${BASE}/imports?${new URLSearchParams({ fileName }).toString()}`;
export const importErrorsUrl = (id: string) => `${BASE}/imports/${encodeURIComponent(id)}/errors.xlsx`;

const enterpriseUrl = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

export function useEnterprises(filter: EnterpriseFilter, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['enterprises', 'list', filter, page, pageSize],
    queryFn: () => api<EnterprisePage>(BASE, { query: { ...filter, page, pageSize } }),
    placeholderData: keepPreviousData,
  });
}

export function useEnterprise(id: string) {
  return useQuery({ queryKey: ['enterprises', 'detail', id], queryFn: () => api<Enterprise>(enterpriseUrl(id)) });
}

export function useEnterpriseHistory(id: string) {
  return useQuery({
    queryKey: ['enterprises', 'history', id],
    queryFn: () => api<Revision[]>(`${enterpriseUrl(id)}/history`),
  });
}

function useEnterpriseMutation<V>(mutationFn: (vars: V) => Promise<Enterprise>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['enterprises'] }),
  });
}

export function useCreateEnterprise() {
  return useEnterpriseMutation((body: EnterpriseIn) => api<Enterprise>(BASE, { method: 'POST', body }));
}

export function useUpdateEnterprise() {
  return useEnterpriseMutation(({ id, body }: { id: string; body: EnterpriseUpdateIn }) => api<Enterprise>(enterpriseUrl(id), { method: 'PUT', body }));
}

const RUNNING: readonly ImportStatus[] = ['validating', 'committing'];
export const isRunning = (status: ImportStatus) => RUNNING.includes(status);

/** Polls twice a second while the server is validating or committing. */
export function useImport(id: string | null) {
  return useQuery({
    queryKey: ['enterprises', 'imports', id],
    queryFn: () => api<ImportOut>(`${BASE}/imports/${encodeURIComponent(id ?? '')}`),
    enabled: id !== null,
    refetchInterval: (query) => (query.state.data && isRunning(query.state.data.status) ? 500 : false),
  });
}

export function useCommitImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<ImportOut>(`${BASE}/imports/${encodeURIComponent(id)}/commit`, { method: 'POST' }),
    onSuccess: (out) => queryClient.setQueryData(['enterprises', 'imports', out.id], out),
  });
}
