// Which licensing act numbers which instrument: the number is issued in the act's own transaction
// (as every act's instrument is, platform/documents/service.ts), so it is gap-free, on the ledger,
// and a later download prints the same number. Downloading never issues one.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Actor, AppContext } from '../../platform/context.js';
import type { Executor, Tx } from '../../platform/db/index.js';
import { instrumentNumber } from '../../platform/documents/schema.js';
import { issueInstrumentNumber } from '../../platform/documents/service.js';
import type { LicenseInstrumentKind } from './instrument-contract.js';
import { INSTRUMENT_TYPE_OF } from './instruments.js';
import type { licenseApplication } from './schema.js';

/** The ledger action of each numbered act and the instrument it hands the applicant. */
export const NUMBERED_ACTS: Readonly<Record<string, LicenseInstrumentKind>> = {
  'license.supplementRequested': 'supplementNotice', // 行政许可法 第三十二条第一款第四项
  'license.accepted': 'acceptance', // 第三十二条第一款第五项、第二款
  'license.deemedAccepted': 'acceptance', // 第三十二条第一款第四项: 逾期不告知，视为受理
  'license.refusedToAccept': 'refusalToAccept', // 第三十二条第二款
  'license.extended': 'extension', // 第四十二条
  'license.granted': 'grant', // 第三十八条第一款
  'license.deemedGranted': 'grant', // 第五十条第二款: 逾期未作决定，视为准予延续
  'license.denied': 'denial', // 第三十八条第二款
};

type Row = Pick<typeof licenseApplication.$inferSelect, 'id' | 'orgId'>;

/** Issues the act's instrument number inside its transaction; acts with no instrument issue none. */
export async function numberActInstrument(tx: Tx, app: Pick<AppContext, 'clock' | 'hashAlg'>, actor: Actor, a: Row, action: string) {
  const kind = NUMBERED_ACTS[action];
  if (!kind) return null;
  return issueInstrumentNumber(tx, app, actor, { orgId: a.orgId, type: INSTRUMENT_TYPE_OF[kind], subjectType: 'licenseApplication', subjectId: a.id });
}

export interface IssuedNumber {
  type: string;
  number: string;
  issuedAt: Date;
  voidedAt: Date | null;
}

/** The application's instrument numbers in the order issued, voided ones too. */
export function issuedNumbers(ex: Executor, applicationId: string): Promise<IssuedNumber[]> {
  return ex
    .select({ type: instrumentNumber.type, number: instrumentNumber.number, issuedAt: instrumentNumber.issuedAt, voidedAt: instrumentNumber.voidedAt })
    .from(instrumentNumber)
    .where(
      and(
        eq(instrumentNumber.subjectType, 'licenseApplication'),
        eq(instrumentNumber.subjectId, applicationId),
        inArray(instrumentNumber.type, Object.values(INSTRUMENT_TYPE_OF)),
      ),
    )
    .orderBy(asc(instrumentNumber.issuedAt), asc(instrumentNumber.serial));
}
