import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

// A list's search, filters, sort and page live in the URL, so a filtered view can be bookmarked or
// sent to a colleague and back/forward restores it. Values the server would refuse are dropped
// instead of producing an error page.

export type ListFilter = Record<string, string | undefined>;
export interface ListSort<S extends string> {
  sort?: S;
  order?: 'asc' | 'desc';
}

export const PAGE_SIZES = [10, 20, 50, 100];
const DEFAULT_PAGE_SIZE = 20;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f-]{36}$/i;

/** What each list accepts besides q, from, to and orgId: the allowed values of each select, and the sort columns. */
export interface ListSpec<S extends string> {
  enums: Record<string, readonly string[]>;
  sorts: readonly S[];
}

export function parseList<S extends string>(params: URLSearchParams, spec: ListSpec<S>): { filter: ListFilter; sort: ListSort<S> } {
  const filter: ListFilter = {};
  const q = params.get('q')?.trim();
  if (q && q.length <= 60) filter.q = q;
  for (const key of ['from', 'to'] as const) {
    const v = params.get(key);
    if (v && DATE.test(v)) filter[key] = v;
  }
  const orgId = params.get('orgId');
  if (orgId && UUID.test(orgId)) filter.orgId = orgId;
  for (const [key, allowed] of Object.entries(spec.enums)) {
    const v = params.get(key);
    if (v && allowed.includes(v)) filter[key] = v;
  }
  const sort = params.get('sort') as S | null;
  const order = params.get('order');
  return {
    filter,
    sort: sort && spec.sorts.includes(sort) ? { sort, order: order === 'asc' || order === 'desc' ? order : undefined } : {},
  };
}

function positive(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

export function useListQuery<S extends string>(spec: ListSpec<S>) {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  // Re-parsed only when the URL changes, so the objects are stable for the query key.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the spec is a module constant.
  const { filter, sort } = useMemo(() => parseList(new URLSearchParams(key), spec), [key]);
  const page = positive(params.get('page'), 1);
  const size = positive(params.get('pageSize'), DEFAULT_PAGE_SIZE);
  const pageSize = PAGE_SIZES.includes(size) ? size : DEFAULT_PAGE_SIZE;

  const write = useCallback(
    (next: ListFilter, nextSort: ListSort<S>, nextPage: number, nextSize: number) => {
      const out = new URLSearchParams();
      for (const [k, v] of Object.entries({ ...next, ...nextSort })) if (v) out.set(k, String(v));
      if (nextPage > 1) out.set('page', String(nextPage));
      if (nextSize !== DEFAULT_PAGE_SIZE) out.set('pageSize', String(nextSize));
      setParams(out, { replace: true });
    },
    [setParams],
  );

  /** A new filter or sort starts again at page 1. */
  const setFilter = useCallback((patch: ListFilter) => write({ ...filter, ...patch }, sort, 1, pageSize), [write, filter, sort, pageSize]);
  const clearFilter = useCallback(() => write({}, {}, 1, pageSize), [write, pageSize]);
  const setSort = useCallback((next: ListSort<S>) => write(filter, next, 1, pageSize), [write, filter, pageSize]);
  const setPage = useCallback((p: number, s: number) => write(filter, sort, s === pageSize ? p : 1, s), [write, filter, sort, pageSize]);

  /** What the server's list and export take: the filter, the sort and (for the list) the page. */
  const query = useMemo(() => ({ ...filter, ...sort, page, pageSize }), [filter, sort, page, pageSize]);
  const exportQuery = useMemo(() => ({ ...filter, ...sort }), [filter, sort]);
  return { filter, sort, page, pageSize, query, exportQuery, setFilter, clearFilter, setSort, setPage };
}

/** antd Table's sort arrows from the list's sort, and back. */
export function sortOrderOf<S extends string>(sort: ListSort<S>, column: S): 'ascend' | 'descend' | null {
  if (sort.sort !== column) return null;
  return sort.order === 'desc' ? 'descend' : 'ascend';
}

export function sortFromTable<S extends string>(sorter: unknown, allowed: readonly S[]): ListSort<S> {
  const s = (Array.isArray(sorter) ? sorter[0] : sorter) as { columnKey?: unknown; order?: 'ascend' | 'descend' | null } | undefined;
  const key = s?.columnKey as S | undefined;
  if (!s?.order || !key || !allowed.includes(key)) return {};
  return { sort: key, order: s.order === 'descend' ? 'desc' : 'asc' };
}
