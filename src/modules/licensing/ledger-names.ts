import { inArray } from 'drizzle-orm';
import { namesById } from '../../platform/ledger/names.js';
import type { SubjectNamer } from '../../platform/modules.js';
import { SERVICE_GUIDES } from './matters.js';
import { LICENCE_NAMES } from './licence-content.js';
import { licence, licenseApplication, recordedLicence } from './schema.js';

// How the ledger names an application (its number and the matter) and a licence (its number and kind).
export const licensingLedgerNames: Record<string, SubjectNamer> = {
  licenseApplication: async (ex, ids) =>
    namesById(
      await ex
        .select({ id: licenseApplication.id, no: licenseApplication.applicationNo, matter: licenseApplication.matterCode })
        .from(licenseApplication)
        .where(inArray(licenseApplication.id, ids)),
      (a) => `${a.no}（${SERVICE_GUIDES[a.matter].name}）`,
    ),
  licence: async (ex, ids) =>
    namesById(
      await ex.select({ id: licence.id, no: licence.licenceNo, matter: licence.matterCode }).from(licence).where(inArray(licence.id, ids)),
      (l) => `${LICENCE_NAMES[l.matter]} ${l.no}`,
    ),
  recordedLicence: async (ex, ids) =>
    namesById(
      await ex
        .select({ id: recordedLicence.id, no: recordedLicence.licenceNo, kind: recordedLicence.kind })
        .from(recordedLicence)
        .where(inArray(recordedLicence.id, ids)),
      (l) => `${l.kind} ${l.no}（外部登记）`,
    ),
};
