import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api';
import type {
  EvidenceOut,
  FiguresOut,
  HazardIn,
  HazardOut,
  ListHazardsQuery,
  ListTasksQuery,
  RecordOut,
  SaveRecordIn,
  SelfReportIn,
  TaskOut,
} from '../../../../src/modules/inspections/contract';

/** Timestamps arrive as ISO strings in JSON. */
export type Record_ = Omit<RecordOut, 'startedAt' | 'endedAt'> & { startedAt: string; endedAt: string | null };
export type Evidence = Omit<EvidenceOut, 'uploadedAt'> & { uploadedAt: string };
export type Task = TaskOut;
export type Hazard = HazardOut;
export type HazardFigures = FiguresOut;
export type { HazardIn, SaveRecordIn, SelfReportIn };
export type ItemResult = RecordOut['items'][number]['result'];

export const BASE = '/api/inspections';
export const recordUrl = (id: string) => `${BASE}/records/${encodeURIComponent(id)}`;
export const hazardUrl = (id: string) => `${BASE}/hazards/${encodeURIComponent(id)}`;

export const TASKS_EXPORT_URL = `${BASE}/tasks/export.xlsx`;
export const HAZARDS_EXPORT_URL = `${BASE}/hazards/export.xlsx`;
type ListQuery<Q> = Partial<Omit<Q, 'page' | 'pageSize'>> & { page?: number; pageSize?: number };

export function useTasks(query: ListQuery<ListTasksQuery>) {
  return useQuery({
    queryKey: ['inspections', 'tasks', query],
    queryFn: () => api<{ items: Task[]; total: number }>(`${BASE}/tasks`, { query }),
    placeholderData: keepPreviousData,
  });
}

export function useStartRecord() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ taskId, body }: { taskId: string; body: { checklistCode?: string; place?: string } }) =>
      api<Record_>(`${BASE}/tasks/${encodeURIComponent(taskId)}/record`, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['inspections', 'tasks'] }),
  });
}

export function useRecord(id: string) {
  return useQuery({ queryKey: ['inspections', 'record', id], queryFn: () => api<Record_>(recordUrl(id)) });
}

function useRecordMutation<V>(mutationFn: (vars: V) => Promise<Record_>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: (r) => queryClient.setQueryData(['inspections', 'record', r.id], r) });
}

export const useSaveRecord = () =>
  useRecordMutation(({ id, body }: { id: string; body: SaveRecordIn }) => api<Record_>(recordUrl(id), { method: 'PUT', body }));
export const useCompleteRecord = () =>
  useRecordMutation(({ id, version }: { id: string; version: number }) => api<Record_>(`${recordUrl(id)}/complete`, { method: 'POST', body: { version } }));

/** A page of hazards with the total (the hazards page). */
export function useHazardList(query: ListQuery<ListHazardsQuery>) {
  return useQuery({
    queryKey: ['inspections', 'hazards', 'page', query],
    queryFn: () => api<{ items: Hazard[]; total: number }>(`${BASE}/hazards`, { query }),
    placeholderData: keepPreviousData,
  });
}

/** The hazards of a small filter (a record's, an enterprise's, the overdue ones), up to 200. */
export function useHazards(query: Pick<ListHazardsQuery, 'status' | 'recordId'> | Record<string, never>) {
  return useQuery({
    queryKey: ['inspections', 'hazards', query],
    queryFn: async () => (await api<{ items: Hazard[]; total: number }>(`${BASE}/hazards`, { query: { ...query, pageSize: 200 } })).items,
  });
}

export function useAddHazard() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ recordId, body }: { recordId: string; body: HazardIn }) => api<Hazard>(`${recordUrl(recordId)}/hazards`, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['inspections', 'hazards'] }),
  });
}

/** 企业自查自纠: the enterprise user reports a hazard of their own enterprise. */
export function useSelfReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SelfReportIn) => api<Hazard>(`${BASE}/hazards/self-reports`, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['inspections', 'hazards'] }),
  });
}

/** Officers' decisions, then the enterprise's own two steps (整改 and 申请延期). */
export type HazardAction = 'reinspection' | 'extension-decision' | 'extension' | 'escalation' | 'rectification' | 'extension-request';

export function useHazardAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action, body }: { id: string; action: HazardAction; body: Record<string, unknown> & { version: number } }) =>
      api<Hazard>(`${hazardUrl(id)}/${action}`, { method: 'POST', body }),
    // A decision moves the figures too (rectified, overdue, 立案率).
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['inspections', 'hazards'] }),
        queryClient.invalidateQueries({ queryKey: ['inspections', 'figures'] }),
      ]),
  });
}

/** Evidence of a record or of a hazard (rectification and re-inspection material), by its owner's URL. */
export function useEvidence(ownerUrl: string) {
  return useQuery({ queryKey: ['inspections', 'evidence', ownerUrl], queryFn: () => api<Evidence[]>(`${ownerUrl}/evidence`) });
}

export function useHazardFigures(query: { orgId?: string; from: string; to: string }, enabled = true) {
  return useQuery({ queryKey: ['inspections', 'figures', query], queryFn: () => api<HazardFigures>(`${BASE}/figures`, { query }), enabled });
}

/** What the server accepts as evidence, from the browser's MIME type. */
export function evidenceKind(type: string): 'photo' | 'video' | 'audio' | 'pdf' | null {
  if (type.startsWith('image/')) return 'photo';
  if (type.startsWith('video/')) return 'video';
  if (type.startsWith('audio/')) return 'audio';
  if (type === 'application/pdf') return 'pdf';
  return null;
}
