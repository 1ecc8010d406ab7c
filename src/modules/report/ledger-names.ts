import { inArray } from 'drizzle-orm';
import { namesById } from '../../platform/ledger/names.js';
import type { SubjectNamer } from '../../platform/modules.js';
import { annualReport } from './schema.js';

// How the ledger names a yearly report: its title, which carries the org and the year.
export const reportLedgerNames: Record<string, SubjectNamer> = {
  annualReport: async (ex, ids) =>
    namesById(await ex.select({ id: annualReport.id, title: annualReport.title }).from(annualReport).where(inArray(annualReport.id, ids)), (r) => r.title),
};
