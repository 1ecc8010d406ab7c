import { inArray } from 'drizzle-orm';
import { namesById } from '../../platform/ledger/names.js';
import type { SubjectNamer } from '../../platform/modules.js';
import { SERVICE_GUIDES } from './matters.js';
import { licenseApplication } from './schema.js';

// How the ledger names an application: its number and the matter.
export const licensingLedgerNames: Record<string, SubjectNamer> = {
  licenseApplication: async (ex, ids) =>
    namesById(
      await ex
        .select({ id: licenseApplication.id, no: licenseApplication.applicationNo, matter: licenseApplication.matterCode })
        .from(licenseApplication)
        .where(inArray(licenseApplication.id, ids)),
      (a) => `${a.no}（${SERVICE_GUIDES[a.matter].name}）`,
    ),
};
