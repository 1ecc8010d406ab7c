import { inArray } from 'drizzle-orm';
import { namesById } from '../../platform/ledger/names.js';
import type { SubjectNamer } from '../../platform/modules.js';
import { annualPlan } from './schema.js';

// How the ledger names an annual plan: its title, which usually carries its org and year; the year
// is put in front when the title leaves it out, since an org draws up one plan a year.
export const planLedgerNames: Record<string, SubjectNamer> = {
  annualPlan: async (ex, ids) =>
    namesById(
      await ex.select({ id: annualPlan.id, year: annualPlan.year, title: annualPlan.title }).from(annualPlan).where(inArray(annualPlan.id, ids)),
      (p) => (p.title.includes(String(p.year)) ? p.title : `${p.year}年 ${p.title}`),
    ),
};
