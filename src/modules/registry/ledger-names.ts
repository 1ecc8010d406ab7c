import { inArray } from 'drizzle-orm';
import { namesById } from '../../platform/ledger/names.js';
import type { SubjectNamer } from '../../platform/modules.js';
import { enterprise, enterpriseImport } from './schema.js';

// How the ledger names the registry's records: an enterprise by its name, an import by its file.
export const registryLedgerNames: Record<string, SubjectNamer> = {
  enterprise: async (ex, ids) =>
    namesById(await ex.select({ id: enterprise.id, name: enterprise.name }).from(enterprise).where(inArray(enterprise.id, ids)), (e) => e.name),
  enterpriseImport: async (ex, ids) =>
    namesById(
      await ex.select({ id: enterpriseImport.id, fileName: enterpriseImport.fileName }).from(enterpriseImport).where(inArray(enterpriseImport.id, ids)),
      (i) => i.fileName,
    ),
};
