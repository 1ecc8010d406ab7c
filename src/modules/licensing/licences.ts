// 发证 and the licence register: a granted application's licence is numbered, its content signed
// with the server's SM2 key (licence-content.ts) and kept; its standing changes with later acts —
// 吊销 by a penalty decision (licence-revocation.ts) — while the signed content never does.
import crypto from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { chinaDate, yearsTermEnd } from '../../platform/dates.js';
import type { Tx } from '../../platform/db/index.js';
import { Conflict, Forbidden, NotFound, RuleViolation, ValidationError } from '../../platform/errors.js';
import { addCalendarDays } from '../../platform/workdays/calendar.js';
import { LICENSING_LABELS } from './codes.js';
import { appendEntry, registerKey } from '../../platform/ledger/service.js';
import { SIG_SCHEME, sm2Sign } from '../../platform/ledger/sm2.js';
import { ledgerKey } from '../../platform/ledger/schema.js';
import { isInSubtree } from '../../platform/orgs/rules.js';
import { org } from '../../platform/orgs/schema.js';
import { enterpriseById } from '../registry/queries.js';
import { advance, allowed, applicationInScope, assertCan, isEnterpriseUser, type LicensingActor } from './applications.js';
import { formatLicenceNo, LICENCE_NAMES, type LicenceBundle, licenceMessage } from './licence-content.js';
import { canRenew, certificateDueOn, licenseStateOn, renewalOpensBy, renewalWindow } from './rules.js';
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
  const guide = SERVICE_GUIDES[a.matterCode];
  const prior = a.priorLicenceId ? await priorOf(app, a.priorLicenceId, a.kind) : null;
  const term = licenceTerm(a, prior, today, input.validFrom, guide.validity.years);
  const e = await enterpriseById(app.db, a.enterpriseId);
  if (!e) throw new NotFound('企业不存在', 'enterpriseId');
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
      validFrom: term.validFrom,
      validTo: term.validTo,
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
        validFrom: term.validFrom,
        validTo: content.validTo,
        issuedOn: today,
        issuedBy: actor.userId,
      })
      .returning();
    if (prior) await continuePrior(tx, app, actor, prior, issued as LicenceRow, a.kind, today);
    await licenceEntry(tx, app, actor, issued, 'licence.issued', {
      applicationNo: written.applicationNo,
      validFrom: term.validFrom,
      validTo: content.validTo,
      kind: a.kind,
      ...(prior ? { priorLicenceNo: prior.licenceNo } : {}),
      keyId: key.keyId,
      actSeq,
      late: today > certificateDueOn(a.decidedOn as string),
    });
  });
  return issued as LicenceRow;
}

/** The licence a renewal or change continues, as it stands at issue (it may have been revoked since). */
async function priorOf(app: AppContext, id: string, kind: string) {
  const [p] = await app.db.select().from(licence).where(eq(licence.id, id));
  if (!p) throw new NotFound('原许可证件不存在', 'priorLicenceId');
  if (p.state !== 'valid' || p.successorId)
    throw new RuleViolation(`原许可证件${LICENSING_LABELS.license[p.state]}，不能再${kind === 'renewal' ? '延续' : '变更'}`, 'priorLicenceId');
  return p;
}

/**
 * The new licence's term: a new one from `validFrom` for the matter's validity; a renewal from the day
 * after the old term ends (or today, if issued after it ended by law); a change keeps the old term.
 */
export function licenceTerm(
  a: { kind: string; decidedOn: string | null },
  prior: Pick<LicenceRow, 'validTo'> | null,
  today: string,
  asked: string | undefined,
  years: number,
) {
  if (prior && a.kind === 'change') {
    const validFrom = asked ?? today;
    if (validFrom > prior.validTo) throw new ValidationError(`变更后的证件沿用原有效期（至 ${prior.validTo}）`, 'validFrom');
    return { validFrom, validTo: prior.validTo };
  }
  const earliest = prior ? addCalendarDays(prior.validTo, 1) : (a.decidedOn as string);
  const validFrom = asked ?? (today > earliest ? today : earliest);
  if (validFrom < earliest)
    throw new ValidationError(prior ? `延续后的有效期自原证有效期届满次日（${earliest}）起算` : '有效期起始日不能早于准予许可决定日期', 'validFrom');
  return { validFrom, validTo: yearsTermEnd(validFrom, years) };
}

/** The old licence names its successor; a change also ends it (已变更换证), a renewal lets it run out. */
async function continuePrior(tx: Tx, app: AppContext, actor: LicensingActor, prior: LicenceRow, next: LicenceRow, kind: string, today: string) {
  const replaced = kind === 'change';
  const [row] = await tx
    .update(licence)
    .set({
      successorId: next.id,
      version: prior.version + 1,
      ...(replaced ? { state: 'replaced' as const, endedOn: today, endReason: `变更换发新证（新证编号：${next.licenceNo}）` } : {}),
    })
    .where(and(eq(licence.id, prior.id), eq(licence.version, prior.version)))
    .returning();
  if (!row) throw new Conflict('原许可证件已被他人处理，请刷新后重试', 'priorLicenceId');
  await licenceEntry(tx, app, actor, row, replaced ? 'licence.replaced' : 'licence.renewed', { successorNo: next.licenceNo, successorId: next.id });
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
    successorId: l.successorId,
    renewBy: renewalOpensBy(l.matterCode, l.validTo),
    renewFrom: renewalWindow(l.matterCode, l.validTo).opensOn,
    renewable: licenseStateOn(l, today) === 'valid' && !l.successorId && canRenew(l.matterCode, l.validTo, today),
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
  const [successor] = l.successorId ? await app.db.select({ no: licence.licenceNo }).from(licence).where(eq(licence.id, l.successorId)) : [];
  return {
    format: 'zhifa-licence-status/1',
    content: l.content,
    signature: l.signature,
    sigScheme: l.sigScheme,
    keyId: l.keyId,
    publicKeyPem: found.pem,
    status: {
      state: licenseStateOn(l, today),
      endedOn: l.endedOn,
      endReason: l.endReason,
      endDecisionNo: l.endDecisionNo,
      asOf: today,
      successorNo: successor?.no ?? null,
    },
  };
}
