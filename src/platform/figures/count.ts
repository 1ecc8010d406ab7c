import { sql, type SQL } from 'drizzle-orm';
import type { FigureScope } from './types.js';

/**
 * One `count(*) filter (where …)` column per figure over one table, so a module measures all its
 * count figures in one pass; `read` gives each code its count back. The columns are named by
 * position (f0, f1, …): a figure code holds a dot, which is no column alias.
 */
export function filteredCounts<C extends string>(codes: readonly C[], rows: Record<C, (s: FigureScope) => SQL>, s: FigureScope) {
  const columns: Record<string, SQL<number>> = {};
  codes.forEach((code, i) => {
    columns[`f${i}`] = sql<number>`count(*) filter (where ${rows[code](s)})::int`;
  });
  const read = (row: object) => Object.fromEntries(codes.map((code, i) => [code, Number((row as Record<string, unknown>)[`f${i}`])])) as Record<C, number>;
  return { columns, read };
}
