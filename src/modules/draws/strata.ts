import { inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.js';
import { org } from '../../platform/orgs/schema.js';
import { LABELS } from '../registry/contract.js';
import { INDUSTRY_SECTIONS } from '../registry/industries.js';
import type { StrataBy } from './contract.js';

// A stratum is kept by its key (pool.ts: a county code, a risk grade, an industry section), which
// is what the draw and its verification replay; people read its name.

/** Each key's Chinese name: the county's org (else the code, said to be one), the risk grade, the GB/T 4754 section. */
export async function stratumNames(db: Executor, by: StrataBy, keys: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(keys)];
  if (by === 'region') {
    const rows = unique.length ? await db.select({ code: org.regionCode, name: org.name }).from(org).where(inArray(org.regionCode, unique)) : [];
    const byCode = new Map(rows.map((r) => [r.code, r.name.replace(/应急管理局$/, '')]));
    return new Map(unique.map((k) => [k, byCode.get(k) ?? `区划代码 ${k}`]));
  }
  const grades: Record<string, string> = LABELS.riskGrade;
  const name = (k: string) => (by === 'riskGrade' ? grades[k] : by === 'industry' ? INDUSTRY_SECTIONS[k] && `${k} ${INDUSTRY_SECTIONS[k].name}` : undefined);
  return new Map(unique.map((k) => [k, name(k) ?? k]));
}
