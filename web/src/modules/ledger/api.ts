import { useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../app/api';

export interface LedgerEntry {
  seq: number;
  at: string;
  orgId: string;
  orgName: string;
  actorId: string;
  actorName: string;
  action: string;
  /** The action's Chinese name, from the module that appends it. */
  actionName: string;
  subjectType: string;
  subjectTypeName: string;
  subjectId: string;
  /** What the subject is (某公司 应急罚〔2026〕3号), from the module that owns it; null when its record is gone or nothing names it. */
  subjectName: string | null;
  payloadDigest: string;
  prevHash: string;
  entryHash: string;
  alg: string;
}

export interface LedgerEntryDetail extends LedgerEntry {
  payload: unknown;
}

export interface EntriesPage {
  items: LedgerEntry[];
  headSeq: number;
}

export interface VerifyResult {
  ok: boolean;
  entriesChecked: number;
  checkpointsChecked: number;
  /** `detail` says why in Chinese where the reason alone does not (an unknown signature scheme). */
  firstBad: null | { seq: number; reason: string; detail?: string };
  alg: string;
}

export interface Checkpoint {
  id: string;
  treeSize: number;
  rootHash: string;
  at: string;
  alg: string;
  keyId: string;
  signature: string;
  /** How the signature was made: sm2-gbt35276 (ID 1234567812345678) or sm2-empty-id (before 2026-12). */
  sigScheme: string;
}

export interface InclusionProof {
  seq: number;
  leafIndex: number;
  treeSize: number;
  leafHash: string;
  auditPath: string[];
  rootHash: string;
  checkpointId: string;
  verified: boolean;
}

const PAGE_SIZE = 50;

/** Newest first; each further page continues below the oldest entry already loaded. */
export function useLedgerEntries(action: string | undefined) {
  return useInfiniteQuery({
    queryKey: ['ledger', 'entries', action],
    queryFn: ({ pageParam }) => api<EntriesPage>('/api/ledger/entries', { query: { beforeSeq: pageParam, limit: PAGE_SIZE, action } }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => (last.items.length === PAGE_SIZE ? last.items[last.items.length - 1].seq : undefined),
  });
}

/** The acts the ledger can hold, by their Chinese names (a fixed list per server version). */
export function useLedgerActions() {
  return useQuery({
    queryKey: ['ledger', 'actions'],
    queryFn: () => api<{ action: string; name: string }[]>('/api/ledger/actions'),
    staleTime: Infinity,
  });
}

export function useLedgerHead() {
  return useQuery({
    queryKey: ['ledger', 'head'],
    queryFn: async () => (await api<EntriesPage>('/api/ledger/entries', { query: { limit: 1 } })).headSeq,
  });
}

export function useLedgerEntry(seq: number) {
  return useQuery({
    queryKey: ['ledger', 'entry', seq],
    queryFn: () => api<LedgerEntryDetail>(`/api/ledger/entries/${seq}`),
  });
}

export function useInclusionProof(seq: number, enabled: boolean) {
  return useQuery({
    queryKey: ['ledger', 'proof', seq],
    queryFn: () => api<InclusionProof>(`/api/ledger/entries/${seq}/proof`),
    enabled,
  });
}

export function useCheckpoints() {
  return useQuery({
    queryKey: ['ledger', 'checkpoints'],
    queryFn: () => api<{ items: Checkpoint[] }>('/api/ledger/checkpoints'),
  });
}

export function useVerifyChain() {
  return useMutation({ mutationFn: () => api<VerifyResult>('/api/ledger/verify', { method: 'POST' }) });
}
