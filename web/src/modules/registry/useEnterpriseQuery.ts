import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { EnterpriseFilter } from './api';
import { ENUM_VALUES } from './labels';

// The list's filters and page live in the URL so that a filtered view can be bookmarked or sent
// to a colleague. Values the server would refuse are dropped instead of producing an error page.

const PATTERNS: Record<'orgId' | 'q' | 'regionCode' | 'industry', RegExp> = {
  orgId: /^[0-9a-f-]{36}$/i,
  q: /^.{1,60}$/,
  regionCode: /^\d{2,9}$/,
  industry: /^[A-T](\d{2,4})?$/,
};

const ENUM_KEYS = {
  riskGrade: ENUM_VALUES.riskGrade,
  keyCategory: ENUM_VALUES.keyCategory,
  status: ENUM_VALUES.status,
  size: ENUM_VALUES.size,
} as const;

export const PAGE_SIZES = [10, 20, 50, 100];
const DEFAULT_PAGE_SIZE = 20;

export function parseFilter(params: URLSearchParams): EnterpriseFilter {
  const filter: Record<string, string> = {};
  for (const [key, pattern] of Object.entries(PATTERNS)) {
    const v = params.get(key)?.trim();
    if (v && pattern.test(v)) filter[key] = v;
  }
  for (const [key, allowed] of Object.entries(ENUM_KEYS)) {
    const v = params.get(key);
    if (v && (allowed as readonly string[]).includes(v)) filter[key] = v;
  }
  return filter as EnterpriseFilter;
}

function positive(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

export function useEnterpriseQuery() {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  // Re-parsed only when the URL changes, so the filter object is stable for the query key.
  const filter = useMemo(() => parseFilter(new URLSearchParams(key)), [key]);
  const page = positive(params.get('page'), 1);
  const size = positive(params.get('pageSize'), DEFAULT_PAGE_SIZE);
  const pageSize = PAGE_SIZES.includes(size) ? size : DEFAULT_PAGE_SIZE;

  const write = useCallback(
    (next: EnterpriseFilter, nextPage: number, nextSize: number) => {
      const out = new URLSearchParams();
      for (const [k, v] of Object.entries(next)) if (v) out.set(k, String(v));
      if (nextPage > 1) out.set('page', String(nextPage));
      if (nextSize !== DEFAULT_PAGE_SIZE) out.set('pageSize', String(nextSize));
      setParams(out, { replace: true });
    },
    [setParams],
  );

  /** A new filter starts again at page 1. */
  const setFilter = useCallback((patch: EnterpriseFilter) => write({ ...filter, ...patch }, 1, pageSize), [write, filter, pageSize]);
  const clearFilter = useCallback(() => write({}, 1, pageSize), [write, pageSize]);
  const setPage = useCallback((p: number, s: number) => write(filter, s === pageSize ? p : 1, s), [write, filter, pageSize]);

  return { filter, page, pageSize, setFilter, clearFilter, setPage };
}
