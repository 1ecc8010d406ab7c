// 发证 and the licence register: a granted application's licence is numbered, its content signed
// with the server's SM2 key (licence-content.ts) and kept; its standing changes with later acts —
// 吊销 by a penalty decision (licence-revocation.ts) — while the signed content never does.
import crypto from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { chinaDate } from '../../platform/dates.js';
import type { Tx } from '../../platform/db/index.js';
import { Forbidden, NotFound, ValidationError } from '../../platform/errors.js';
import { appendEntry, registerKey } from '../../platform/ledger/service.js';
import { SIG_SCHEME, sm2Sign } from '../../platform/ledger/sm2.js';
import { ledgerKey } from '../../platform/ledger/schema.js';
import { isInSubtree } from '../../platform/orgs/rules.js';
import { org } from '../../platform/orgs/schema.js';
import { enterpriseById } from '../registry/queries.js';
import { advance, allowed, applicationInScope, assertCan, isEnterpriseUser, type LicensingActor } from './applications.js';
import { formatLicenceNo, LICENCE_NAMES, type LicenceBundle, licenceMessage, validTo } from './licence-content.js';
import { certificateDueOn, licenseStateOn } from './rules.js';
import { SERVICE_GUIDES } from './matters.js';
import { licence, licenceCounter, type LicenceContent } from './schema.js';

export type LicenceRow = typeof licence.$inferSelect;

/** The next gap-free serial of the issuer's numbers for the matter and year, in the caller's transaction. */
async function nextSerial(tx: Tx, orgId: string, matterCode: LicenceRow['matterCode'], year: number) {
  const [c] = await tx
    .insert(licenceCounter)
    .values({ orgId, matterCode, year, last: 1 })
    .onConflictDoUpdate({ target: [licenceCounter.orgId, licenceCounter.matterCode, licenceCounter.year], set: { last: sql`${licenceCounter.last} + 1` } })
    .returning({ last: licenceCounter.last });
  return c.last;
}

/**
 * 颁发许可证件 (行政许可法 第三十九条, within 10 working days of the decision, 第四十四条): the term runs
 * from `validFrom` (the day of issue unless the decision set a later one) for the matter's validity.
 */
export async function issueLicence(app: AppContext, actor: LicensingActor, id: string, input: { version: number; validFrom?: string }) {
  assertCan(actor, 'license.issue', '颁发许可证件');
  if (isEnterpriseUser(actor)) throw new Forbidden('许可证件由发证机关颁发', 'id');
  const { a, orgName } = await applicationInScope(app, actor, id);
  const to = allowed(a, 'issue');
  const today = chinaDate(app.clock.now());
  const validFrom = input.validFrom ?? today;
  if (validFrom < (a.decidedOn as string)) throw new ValidationError('有效期起始日不能早于准予许可决定日期', 'validFrom');
  const e = await enterpriseById(app.db, a.enterpriseId);
  if (!e) throw new NotFound('企业不存在', 'enterpriseId');
  const guide = SERVICE_GUIDES[a.matterCode];
  const [issuer] = await app.db.select({ shortName: org.shortName }).from(org).where(eq(org.id, a.orgId));
  const key = app.signingKey;
  let issued: LicenceRow | undefined;
  await advance(app, actor, a, input.version, { state: to, closedOn: today }, 'license.issued', {}, async (tx, written, actSeq) => {
    await registerKey(app, tx);
    const serial = await nextSerial(tx, a.orgId, a.matterCode, Number(today.slice(0, 4)));
    const content: LicenceContent = {
      format: 'zhifa-licence/1',
      id: crypto.randomUUID(),
      licenceNo: formatLicenceNo(issuer.shortName, a.matterCode, Number(today.slice(0, 4)), serial),
      matterCode: a.matterCode,
      matterName: LICENCE_NAMES[a.matterCode],
      holder: e.name,
      uscc: e.uscc,
      principalPerson: e.principalPerson,
      address: e.address,
      scope: a.scope,
      validFrom,
      validTo: validTo(validFrom, guide.validity.years),
      issuer: orgName,
      issuedOn: today,
    };
    const signature = sm2Sign(key.raw.d, key.raw.point, licenceMessage(content), SIG_SCHEME);
    [issued] = await tx
      .insert(licence)
      .values({
        id: content.id,
        licenceNo: content.licenceNo,
        matterCode: a.matterCode,
        orgId: a.orgId,
        enterpriseId: a.enterpriseId,
        applicationId: a.id,
        content,
        signature,
        keyId: key.keyId,
        sigScheme: SIG_SCHEME,
        validFrom,
        validTo: content.validTo,
        issuedOn: today,
        issuedBy: actor.userId,
      })
      .returning();
    await licenceEntry(tx, app, actor, issued, 'licence.issued', {
      applicationNo: written.applicationNo,
      validFrom,
      validTo: content.validTo,
      keyId: key.keyId,
      actSeq,
      late: today > certificateDueOn(a.decidedOn as string),
    });
  });
  return issued as LicenceRow;
}

/** One ledger entry about a licence, in the caller's transaction. */
export function licenceEntry(tx: Tx, app: AppContext, actor: { userId: string | null }, l: LicenceRow, action: string, payload: Record<string, unknown>) {
  return appendEntry(tx, app, {
    orgId: l.orgId,
    actorId: actor.userId,
    action,
    subjectType: 'licence',
    subjectId: l.id,
    payload: { licenceNo: l.licenceNo, ...payload },
  });
}

/** The licence, if the actor may see it: staff within their subtree, an enterprise user its own. */
export async function licenceInScope(app: AppContext, actor: LicensingActor, id: string) {
  assertCan(actor, 'license.read', '查看许可证件');
  const [found] = await app.db.select({ l: licence, orgPath: org.path }).from(licence).innerJoin(org, eq(org.id, licence.orgId)).where(eq(licence.id, id));
  if (!found) throw new NotFound('许可证件不存在', 'id');
  if (isEnterpriseUser(actor) ? found.l.enterpriseId !== actor.enterpriseId : !isInSubtree(actor.orgPath, found.orgPath))
    throw new Forbidden('无权查看该许可证件', 'id');
  return found.l;
}

/** The API's view of one licence, its standing as of today. */
export function licenceOut(l: LicenceRow, today: string) {
  return {
    id: l.id,
    licenceNo: l.licenceNo,
    matterCode: l.matterCode,
    content: l.content,
    applicationId: l.applicationId,
    enterpriseId: l.enterpriseId,
    state: licenseStateOn(l, today),
    validFrom: l.validFrom,
    validTo: l.validTo,
    issuedOn: l.issuedOn,
    endedOn: l.endedOn,
    endReason: l.endReason,
    endDecisionNo: l.endDecisionNo,
    keyId: l.keyId,
    version: l.version,
  };
}

/** The licence an application was issued, if any. */
export async function licenceOfApplication(app: AppContext, applicationId: string) {
  const [l] = await app.db.select().from(licence).where(eq(licence.applicationId, applicationId));
  return l;
}

/** What the QR code's address shows anyone: the signed content, the key to check it, and its standing today. */
export async function licenceBundle(app: AppContext, id: string): Promise<LicenceBundle> {
  const [found] = await app.db
    .select({ l: licence, pem: ledgerKey.publicKeyPem })
    .from(licence)
    .innerJoin(ledgerKey, eq(ledgerKey.keyId, licence.keyId))
    .where(eq(licence.id, id));
  if (!found) throw new NotFound('未找到该电子证照', 'id');
  const { l } = found;
  const today = chinaDate(app.clock.now());
  return {
    format: 'zhifa-licence-status/1',
    content: l.content,
    signature: l.signature,
    sigScheme: l.sigScheme,
    keyId: l.keyId,
    publicKeyPem: found.pem,
    status: { state: licenseStateOn(l, today), endedOn: l.endedOn, endReason: l.endReason, endDecisionNo: l.endDecisionNo, asOf: today },
  };
}
