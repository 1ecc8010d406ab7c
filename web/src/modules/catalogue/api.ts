import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api';
import type {
  BenchmarkOut,
  ChecklistOut,
  DiscretionIn,
  ListHistory,
  PowerItemOut,
  PowerItemsOut,
  SaveBenchmarkIn,
  SaveChecklistIn,
  SavePowerItemIn,
} from '../../../../src/modules/catalogue/contract';
import type { ChecklistContent, PowerItemContent } from '../../../../src/modules/catalogue/lists';
import type { FineRange, Law, Provision, ViolationType } from '../../../../src/modules/catalogue/law/types';
import type { DiscretionResult } from '../../../../src/modules/catalogue/discretion';
import type { CriteriaArticle } from '../../../../src/modules/catalogue/standards/types';

// The law itself is data shipped with the server (catalogue/law, catalogue/standards); these are
// its JSON shapes as the routes add citations and labels to them.

export type {
  BenchmarkOut,
  ChecklistContent,
  DiscretionIn,
  DiscretionResult,
  FineRange,
  Law,
  ListHistory,
  PowerItemContent,
  PowerItemOut,
  PowerItemsOut,
  SaveBenchmarkIn,
  SaveChecklistIn,
  SavePowerItemIn,
};
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

/** A checklist in force for an org: built-in, or an org's version (source), possibly withdrawn. */
export type CitedChecklist = ChecklistOut;

export interface MajorHazardsOut {
  standard: { title: string; issuedAs: string; issued: string; inForce: string };
  articles: CriteriaArticle[];
}

const BASE = '/api/catalogue';
// The law changes only with a server release; benchmarks, checklists and the power list are what users write.
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

export function useMajorHazards() {
  return useQuery({
    queryKey: ['catalogue', 'majorHazards'],
    queryFn: () => api<MajorHazardsOut>(`${BASE}/major-hazard-criteria`),
    ...STATIC,
  });
}
