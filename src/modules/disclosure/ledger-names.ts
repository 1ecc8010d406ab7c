import { inArray } from 'drizzle-orm';
import { namesById } from '../../platform/ledger/names.js';
import type { SubjectNamer } from '../../platform/modules.js';
import { disclosure } from './schema.js';

// How the ledger names a 公示事项: by the title it is published under.
export const disclosureLedgerNames: Record<string, SubjectNamer> = {
  disclosure: async (ex, ids) =>
    namesById(await ex.select({ id: disclosure.id, title: disclosure.title }).from(disclosure).where(inArray(disclosure.id, ids)), (d) => d.title),
};
