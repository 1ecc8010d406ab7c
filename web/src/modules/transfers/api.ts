import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ConcludeIn,
  JointMeetingIn,
  JointMeetingOut,
  PackageIn,
  PoliceDecisionIn,
  ReceiptIn,
  ReturnIn,
  SupervisionIn,
  SupervisionResultIn,
  TransferOut,
} from '../../../../src/modules/transfers/contract';
import { api } from '../../app/api';

export type Transfer = TransferOut;
export type JointMeeting = JointMeetingOut;

export const transferUrl = (id: string) => `/api/transfers/${encodeURIComponent(id)}`;

export function useTransfers(query: Record<string, string | number | undefined>, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['transfers', 'list', query],
    queryFn: () => api<{ items: Transfer[]; total: number }>('/api/transfers', { query }),
    placeholderData: keepPreviousData,
  });
}

export function useTransfer(id: string) {
  return useQuery({ queryKey: ['transfers', 'detail', id], queryFn: () => api<Transfer>(transferUrl(id)), retry: false });
}

export function useTransferAgenda() {
  return useQuery({ queryKey: ['transfers', 'agenda'], queryFn: () => api<{ items: Transfer[] }>('/api/transfers/agenda') });
}

export function useJointMeetings(query: Record<string, string | number | undefined>) {
  return useQuery({
    queryKey: ['transfers', 'jointMeetings', query],
    queryFn: () => api<{ items: JointMeeting[]; total: number }>('/api/transfers/joint-meetings', { query }),
    placeholderData: keepPreviousData,
  });
}

export function useRecordJointMeeting() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: JointMeetingIn) => api<JointMeeting>('/api/transfers/joint-meetings', { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['transfers', 'jointMeetings'] }),
  });
}

/** The acts' paths and bodies; each answers with the transfer, which replaces the detail. */
export interface ActBodies {
  package: PackageIn;
  receipt: ReceiptIn;
  'police-decision': PoliceDecisionIn;
  supervision: SupervisionIn;
  'supervision-result': SupervisionResultIn;
  return: ReturnIn;
  conclude: ConcludeIn;
}

export function useTransferAct<P extends keyof ActBodies>(path: P) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: ActBodies[P] & { id: string }) => api<Transfer>(`${transferUrl(id)}/${path}`, { method: 'POST', body }),
    onSuccess: (t) => {
      client.setQueryData(['transfers', 'detail', t.id], t);
      // The return re-opens the case.
      void client.invalidateQueries({ queryKey: ['cases'] });
      return client.invalidateQueries({ queryKey: ['transfers'], predicate: (q) => q.queryKey[1] !== 'detail' });
    },
  });
}
