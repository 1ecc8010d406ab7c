import type { SQL } from 'drizzle-orm';
import { ValidationError } from '../errors.js';
import type { FigureScope } from './types.js';

/**
 * A list's drill-down into a figure: the rows the figure counts for the list's org subtree and
 * period, by the same condition its measure counts with. A figure needs both ends of the period.
 */
export function figureRows(rows: (s: FigureScope) => SQL, q: { orgId?: string; from?: string; to?: string }, orgPath: string): SQL {
  if (!q.from || !q.to) throw new ValidationError('按统计指标查看须指定统计期间的起止日期', q.from ? 'to' : 'from');
  return rows({ orgId: q.orgId ?? '', orgPath, from: q.from, to: q.to });
}
