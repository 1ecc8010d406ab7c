import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api';
import type { BenchmarkOut, DiscretionIn, SaveBenchmarkIn } from '../../../../src/modules/catalogue/contract';
import type { FineRange, Law, Provision, ViolationType } from '../../../../src/modules/catalogue/data/types';
import type { DiscretionResult } from '../../../../src/modules/catalogue/discretion';
import type {
  CheckItem,
  Checklist,
  CriteriaArticle,
  EnforcementMatter,
  PowerItem,
} from '../../../../src/modules/catalogue/standards/types';

// The law itself is data shipped with the server (catalogue/data, catalogue/standards); these are
// its JSON shapes as the routes add citations and labels to them.

export type { BenchmarkOut, DiscretionIn, DiscretionResult, FineRange, Law, SaveBenchmarkIn };
export type BenchmarkGrade = BenchmarkOut['grades'][number];
export type Stage = BenchmarkOut['stage'];
export type Party = DiscretionIn['party'];
export type Facts = DiscretionIn['facts'];

export type CitedProvision = Provision & { citation: string };

export interface LawsOut {
  laws: Law[];
  provisions: CitedProvision[];
}

export type ViolationRow = ViolationType & {
  breachedCitation: string | null;
  punishingCitation: string;
  measureLabels: string[];
};

export type ViolationDetail = ViolationRow & {
  /** The built-in default (id null) first, then the org chain's stored versions by effectiveFrom. */
  benchmarks: BenchmarkOut[];
  notCorrectedBenchmarks: BenchmarkOut[];
};

export interface ProposedCheck {
  allowed: boolean;
  needsLegalReview: boolean;
  problem?: string;
}

export interface DiscretionOut {
  result: DiscretionResult;
  benchmark: BenchmarkOut;
  statutory: FineRange | null;
  proposedCheck: ProposedCheck | null;
}

export type CitedChecklist = Omit<Checklist, 'items'> & { items: (CheckItem & { citation: string })[] };

export interface MajorHazardsOut {
  standard: { title: string; issuedAs: string; issued: string; inForce: string };
  articles: CriteriaArticle[];
}

export interface PowerItemsOut {
  powerItems: PowerItem[];
  enforcementMatters: EnforcementMatter[];
}

const BASE = '/api/catalogue';
// The catalogue changes only with a server release; benchmarks are the one thing users write.
const STATIC = { staleTime: 60 * 60 * 1000 } as const;

export function useLaws() {
  return useQuery({ queryKey: ['catalogue', 'laws'], queryFn: () => api<LawsOut>(`${BASE}/laws`), ...STATIC });
}

export function useViolationTypes(q?: string) {
  return useQuery({
    queryKey: ['catalogue', 'violationTypes', q ?? ''],
    queryFn: () => api<ViolationRow[]>(`${BASE}/violation-types`, { query: { q } }),
    placeholderData: keepPreviousData,
    ...STATIC,
  });
}

export function useViolationType(code: string, orgId: string | undefined) {
  return useQuery({
    queryKey: ['catalogue', 'benchmarks', code, orgId],
    queryFn: () => api<ViolationDetail>(`${BASE}/violation-types/${encodeURIComponent(code)}`, { query: { orgId } }),
    enabled: code !== '',
    // Switching orgs keeps the violation on screen while its benchmarks reload.
    placeholderData: (previous) => (previous?.code === code ? previous : undefined),
  });
}

export function useSaveBenchmark() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveBenchmarkIn) => api<BenchmarkOut>(`${BASE}/benchmarks`, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['catalogue', 'benchmarks'] }),
  });
}

export function useDiscretion() {
  return useMutation({
    mutationFn: (body: DiscretionIn) => api<DiscretionOut>(`${BASE}/discretion`, { method: 'POST', body }),
  });
}

export function useChecklists() {
  return useQuery({
    queryKey: ['catalogue', 'checklists'],
    queryFn: () => api<CitedChecklist[]>(`${BASE}/checklists`),
    ...STATIC,
  });
}

export function useMajorHazards() {
  return useQuery({
    queryKey: ['catalogue', 'majorHazards'],
    queryFn: () => api<MajorHazardsOut>(`${BASE}/major-hazard-criteria`),
    ...STATIC,
  });
}

export function usePowerItems() {
  return useQuery({
    queryKey: ['catalogue', 'powerItems'],
    queryFn: () => api<PowerItemsOut>(`${BASE}/power-items`),
    ...STATIC,
  });
}
