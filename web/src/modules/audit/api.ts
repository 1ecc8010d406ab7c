import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../app/api';

export const EVENT_KINDS = [
  'signIn',
  'signInFailed',
  'locked',
  'signOut',
  'sessionExpired',
  'permissionDenied',
  'passwordChanged',
  'unlocked',
  'rolesChanged',
  'addressLimited',
  'identityRevealed',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export function isEventKind(value: string): value is EventKind {
  return (EVENT_KINDS as readonly string[]).includes(value);
}

export interface SecurityEvent {
  id: string;
  at: string;
  kind: string;
  username: string | null;
  userId: string | null;
  ip: string | null;
  /** Shape varies by kind; shown as text. */
  detail: unknown;
}

export function useSecurityEvents(kind: string | undefined, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['audit', 'events', kind, page, pageSize],
    queryFn: () => api<{ items: SecurityEvent[]; total: number }>('/api/security-events', { query: { kind, page, pageSize } }),
    placeholderData: keepPreviousData,
  });
}
