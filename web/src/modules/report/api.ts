import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../app/api';
import type { FigureOut, FiguresOut } from '../../../../src/modules/report/contract';

export type { FigureOut, FiguresOut };

export function useFigures(query: { orgId?: string; from: string; to: string }, enabled: boolean) {
  return useQuery({
    queryKey: ['report', 'figures', query],
    queryFn: () => api<FiguresOut>('/api/report/figures', { query }),
    enabled,
    placeholderData: keepPreviousData,
  });
}
