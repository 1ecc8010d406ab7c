// What the lists share on the server side: a date range in China days and the chosen sort.
import { and, asc, desc, gte, lte, sql, type AnyColumn, type SQL } from 'drizzle-orm';

/** A `date` column within [from, to], both optional and inclusive. */
export function daysWithin(column: AnyColumn, from?: string, to?: string): SQL | undefined {
  return and(from ? gte(column, from) : undefined, to ? lte(column, to) : undefined);
}

/**
 * A timestamp column on a China day (Asia/Shanghai) within [from, to]: compared with the instants
 * the days begin, so an index on the column still serves it.
 */
export function instantsWithin(column: AnyColumn, from?: string, to?: string): SQL | undefined {
  const dayStart = (d: string, plus: number) => sql`((${d}::date + ${plus}::int)::timestamp at time zone 'Asia/Shanghai')`;
  return and(from ? sql`${column} >= ${dayStart(from, 0)}` : undefined, to ? sql`${column} < ${dayStart(to, 1)}` : undefined);
}

/**
 * The ORDER BY of a list: the chosen column (the default when none) in the chosen direction, then
 * `tiebreak` so that pages never overlap or skip rows when values repeat.
 */
export function orderOf<S extends string>(
  columns: Record<S, AnyColumn | SQL>,
  choice: { sort?: S; order?: 'asc' | 'desc' },
  fallback: { sort: S; order: 'asc' | 'desc' },
  tiebreak: AnyColumn,
): SQL[] {
  const sort = choice.sort ?? fallback.sort;
  const dir = (choice.order ?? (choice.sort ? 'asc' : fallback.order)) === 'asc' ? asc : desc;
  // Nulls last either way: a missing date is never "the latest".
  return [sql`${dir(columns[sort])} nulls last`, asc(tiebreak)];
}
