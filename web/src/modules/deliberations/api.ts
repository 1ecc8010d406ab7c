import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { addItemIn, awaitingOut, concludeIn, createMeetingIn, MeetingOut, membersIn } from '../../../../src/modules/deliberations/contract';
import { api } from '../../app/api';

export type Meeting = MeetingOut;
export type MeetingItem = MeetingOut['items'][number];
export type AwaitingCase = z.infer<typeof awaitingOut>[number];
export type CreateBody = z.input<typeof createMeetingIn>;
export type MembersBody = z.input<typeof membersIn>;
export type AddItemBody = z.input<typeof addItemIn>;
export type ConcludeBody = z.input<typeof concludeIn>;

export const meetingUrl = (id: string) => `/api/deliberations/${encodeURIComponent(id)}`;

export function useMeetings(query: Record<string, string | number | undefined>, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['deliberations', 'list', query],
    queryFn: () => api<{ items: Omit<Meeting, 'items'>[]; total: number }>('/api/deliberations', { query }),
    placeholderData: keepPreviousData,
  });
}

export function useMeeting(id: string) {
  return useQuery({ queryKey: ['deliberations', 'detail', id], queryFn: () => api<Meeting>(meetingUrl(id)), retry: false });
}

export function useAwaitingCases(orgId: string | undefined, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['deliberations', 'awaiting', orgId],
    queryFn: () => api<AwaitingCase[]>('/api/deliberations/awaiting', { query: { orgId } }),
  });
}

/** Every change answers with the meeting, which replaces the detail; the lists and the cases are refetched. */
function useChange<B>(path: (id: string, body: B) => string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: B & { id: string }) => api<Meeting>(path(id, body as B), { method: 'POST', body: stripLocal(body) }),
    onSuccess: (m) => {
      client.setQueryData(['deliberations', 'detail', m.id], m);
      void client.invalidateQueries({ queryKey: ['cases'] });
      return client.invalidateQueries({ queryKey: ['deliberations'], predicate: (q) => q.queryKey[1] !== 'detail' });
    },
  });
}

/** `itemId` travels in the path, not the body. */
const stripLocal = (body: object) => Object.fromEntries(Object.entries(body).filter(([k]) => k !== 'itemId'));

export function useCreateMeeting() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateBody) => api<Meeting>('/api/deliberations', { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['deliberations'] }),
  });
}
export const useSetMembers = () => useChange<MembersBody>((id) => `${meetingUrl(id)}/members`);
export const useAddItem = () => useChange<AddItemBody>((id) => `${meetingUrl(id)}/items`);
export const useConclude = () => useChange<ConcludeBody & { itemId: string }>((id, b) => `${meetingUrl(id)}/items/${encodeURIComponent(b.itemId)}/conclude`);
export const useCloseMeeting = () => useChange<{ version: number }>((id) => `${meetingUrl(id)}/close`);
