import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../app/api';
import type { FigureOut, FiguresOut } from '../../../../src/modules/report/contract';
import type { FigureDefinitionOut, FigureValue, RankingOut, TrendsOut } from '../../../../src/modules/report/trends-contract';

export type { FigureDefinitionOut, FigureOut, FiguresOut, FigureValue, RankingOut, TrendsOut };

export const FIGURES_EXPORT_URL = '/api/report/figures.xlsx';

export function useFigures(query: { orgId?: string; from: string; to: string }, enabled: boolean) {
  return useQuery({
    queryKey: ['report', 'figures', query],
    queryFn: () => api<FiguresOut>('/api/report/figures', { query }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** The months of a year for an org subtree; the dashboard asks for two years to compare. */
export function useTrends(query: { orgId?: string; year: number }, enabled = true) {
  return useQuery({
    queryKey: ['report', 'trends', query],
    queryFn: () => api<TrendsOut>('/api/report/trends', { query }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useRanking(query: { orgId?: string; from: string; to: string }, enabled: boolean) {
  return useQuery({
    queryKey: ['report', 'ranking', query],
    queryFn: () => api<RankingOut>('/api/report/ranking', { query }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** A figure's value as a chart plots it: the printed number (万元, %), none for a rate of nothing. */
export const plotted = (v: FigureValue | undefined): number | null => (v === undefined || v.text === '—' ? null : Number(v.text));
