// The enterprise's licence register: the licences this platform issued (licences.ts, signed, with a QR
// page) and those recorded from elsewhere (外部登记: another authority's, or from before Zhifa), which
// replaced the registry's free-text 许可证 field (migration 0035). A recorded licence has no signature
// and no public page; the register says so (外部登记、未经本平台签发) wherever it shows one.
import { and, asc, desc, eq, gte, lte, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { chinaDate } from '../../platform/dates.js';
import { isUniqueViolation } from '../../platform/db/columns.js';
import type { Tx } from '../../platform/db/index.js';
import { Conflict, Forbidden, NotFound } from '../../platform/errors.js';
import { canonicalJson, hash } from '../../platform/ledger/hash.js';
import { appendEntry } from '../../platform/ledger/service.js';
import { isInSubtree } from '../../platform/orgs/rules.js';
import { orgIdWithin } from '../../platform/orgs/scope.js';
import { addCalendarDays } from '../../platform/workdays/calendar.js';
import { enterpriseOrgPaths } from '../registry/queries.js';
import { assertCan, isEnterpriseUser, type LicensingActor } from './applications.js';
import type { RecordedLicenceCorrectionIn, RecordedLicenceIn, RecordedLicenceOut } from './licence-contract.js';
import { licenceOut } from './licences.js';
import { licence, type RecordedLicenceOrigin, recordedLicence } from './schema.js';

export type RecordedLicenceRow = typeof recordedLicence.$inferSelect;

/** The API's view of a recorded licence, its standing as of today by its last day (none on record: 有效). */
export function recordedOut(r: RecordedLicenceRow, today: string): RecordedLicenceOut {
  return {
    id: r.id,
    enterpriseId: r.enterpriseId,
    kind: r.kind,
    licenceNo: r.licenceNo,
    issuer: r.issuer,
    validFrom: r.validFrom,
    validTo: r.validTo,
    scope: r.scope,
    origin: r.origin,
    state: r.validTo && r.validTo < today ? 'expired' : 'valid',
    recordedAt: r.recordedAt,
    signed: false,
    version: r.version,
  };
}

/** The enterprise, if the actor may see its register: staff whose subtree supervises it, an enterprise user its own. */
async function enterpriseInScope(app: AppContext, actor: LicensingActor, enterpriseId: string, what: string) {
  const [e] = await enterpriseOrgPaths(app.db, [enterpriseId]);
  if (!e) throw new NotFound('企业不存在', 'enterpriseId');
  if (isEnterpriseUser(actor) ? actor.enterpriseId !== enterpriseId : !isInSubtree(actor.orgPath, e.path))
    throw new Forbidden(`无权${what}本机构及下级以外企业的许可证`, 'enterpriseId');
  return e;
}

/** 企业许可证登记: every licence of one enterprise, issued here or recorded, soonest to end first. */
export async function enterpriseRegister(app: AppContext, actor: LicensingActor, enterpriseId: string) {
  assertCan(actor, 'license.read', '查看许可证件');
  await enterpriseInScope(app, actor, enterpriseId, '查看');
  const today = chinaDate(app.clock.now());
  const [issued, recorded] = await Promise.all([
    app.db.select().from(licence).where(eq(licence.enterpriseId, enterpriseId)).orderBy(desc(licence.issuedOn), asc(licence.licenceNo)),
    app.db
      .select()
      .from(recordedLicence)
      .where(eq(recordedLicence.enterpriseId, enterpriseId))
      .orderBy(sql`${recordedLicence.validTo} asc nulls last`, asc(recordedLicence.kind), asc(recordedLicence.licenceNo)),
  ]);
  return { enterpriseId, issued: issued.map((l) => licenceOut(l, today)), recorded: recorded.map((r) => recordedOut(r, today)) };
}

/** 登记外部证照: staff of the enterprise's supervising subtree record a licence issued elsewhere, with its ledger entry. */
export async function recordLicence(app: AppContext, actor: LicensingActor, input: RecordedLicenceIn) {
  assertCan(actor, 'license.record', '登记外部许可证');
  if (isEnterpriseUser(actor)) throw new Forbidden('外部许可证由执法人员核对原件后登记', 'enterpriseId');
  const e = await enterpriseInScope(app, actor, input.enterpriseId, '登记');
  const now = app.clock.now();
  try {
    return await app.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(recordedLicence)
        .values({ ...input, orgId: e.orgId, origin: 'recorded', recordedAt: now, recordedBy: actor.userId })
        .returning();
      await appendEntry(tx, app, {
        orgId: e.orgId,
        actorId: actor.userId,
        action: 'licence.recorded',
        subjectType: 'recordedLicence',
        subjectId: row.id,
        payload: {
          enterpriseId: row.enterpriseId,
          kind: row.kind,
          licenceNo: row.licenceNo,
          issuer: row.issuer,
          validFrom: row.validFrom,
          validTo: row.validTo,
        },
      });
      return recordedOut(row, chinaDate(now));
    });
  } catch (err) {
    if (isUniqueViolation(err, 'recorded_licence_no_idx')) throw new Conflict('该企业已登记这份许可证（证照名称与编号相同）', 'licenceNo');
    throw err;
  }
}

/** The recorded licence, if the actor may see it: the register's scope (the resource guard of its path, too). */
export async function recordedLicenceInScope(app: AppContext, actor: LicensingActor, id: string, field = 'id') {
  const [row] = await app.db.select().from(recordedLicence).where(eq(recordedLicence.id, id));
  if (!row) throw new NotFound('外部登记的许可证不存在', field);
  await enterpriseInScope(app, actor, row.enterpriseId, '查看');
  return row;
}

/** 更正外部登记: staff of the supervising subtree put a recorded licence right; the entry keeps what it said before. */
export async function correctRecordedLicence(app: AppContext, actor: LicensingActor, id: string, input: RecordedLicenceCorrectionIn) {
  assertCan(actor, 'license.record', '更正外部许可证');
  if (isEnterpriseUser(actor)) throw new Forbidden('外部许可证由执法人员核对原件后更正', 'id');
  const before = await recordedLicenceInScope(app, actor, id);
  const { version, reason, ...fields } = input;
  const now = app.clock.now();
  const facts = (r: RecordedLicenceRow) => ({
    kind: r.kind,
    licenceNo: r.licenceNo,
    issuer: r.issuer,
    validFrom: r.validFrom,
    validTo: r.validTo,
    scope: r.scope,
  });
  try {
    return await app.db.transaction(async (tx) => {
      const [row] = await tx
        .update(recordedLicence)
        .set({ ...fields, version: sql`${recordedLicence.version} + 1` })
        .where(and(eq(recordedLicence.id, id), eq(recordedLicence.version, version)))
        .returning();
      if (!row) throw new Conflict('该许可证登记已被他人更改，请刷新后重试', 'version');
      await appendEntry(tx, app, {
        orgId: row.orgId,
        actorId: actor.userId,
        action: 'licence.recordCorrected',
        subjectType: 'recordedLicence',
        subjectId: row.id,
        payload: { enterpriseId: row.enterpriseId, reason, before: facts(before), after: facts(row) },
      });
      return recordedOut(row, chinaDate(now));
    });
  } catch (err) {
    if (isUniqueViolation(err, 'recorded_licence_no_idx')) throw new Conflict('该企业已登记这份许可证（证照名称与编号相同）', 'licenceNo');
    throw err;
  }
}

/** One licence from elsewhere for the bulk path: the enterprise by its USCC. */
export interface BulkRecordedLicence {
  uscc: string;
  kind: string;
  licenceNo: string;
  validTo: string | null;
}

/**
 * Records many licences from elsewhere inside the caller's transaction (the generator's worlds, which
 * load enterprises by the thousand): a licence already there is left as it is. One ledger entry vouches
 * for the batch with a digest over the rows in order; none when nothing was new.
 */
export async function recordLicencesInBulk(
  tx: Tx,
  app: Pick<AppContext, 'clock' | 'hashAlg'>,
  rows: readonly BulkRecordedLicence[],
  ledger: { orgId: string | null; actorId: string | null; source: string; origin?: RecordedLicenceOrigin },
) {
  if (rows.length === 0) return 0;
  const now = app.clock.now();
  let recorded = 0;
  for (let i = 0; i < rows.length; i += 5000) {
    const chunk = rows.slice(i, i + 5000);
    const inserted = await tx.execute(sql`
      insert into ${recordedLicence} (enterprise_id, org_id, kind, licence_no, valid_to, origin, recorded_at, recorded_by)
      select e.id, e.org_id, r.kind, r.licence_no, r.valid_to, ${ledger.origin ?? 'recorded'}, ${now.toISOString()}::timestamptz, ${ledger.actorId}::uuid
      from jsonb_to_recordset(${JSON.stringify(chunk.map((r) => ({ uscc: r.uscc, kind: r.kind, licence_no: r.licenceNo, valid_to: r.validTo })))}::jsonb)
        as r(uscc text, kind text, licence_no text, valid_to text)
      join enterprise e on e.uscc = r.uscc
      on conflict (enterprise_id, kind, licence_no) do nothing
      returning id`);
    recorded += (inserted as unknown as { rows: unknown[] }).rows.length;
  }
  // Loading the same records again records nothing, and says nothing.
  if (recorded === 0) return 0;
  await appendEntry(tx, app, {
    orgId: ledger.orgId,
    actorId: ledger.actorId,
    action: 'licence.recordedInBulk',
    subjectType: 'org',
    subjectId: ledger.orgId ?? 'system',
    payload: { source: ledger.source, rows: rows.length, recorded, digest: hash(app.hashAlg, canonicalJson(rows)).toString('hex') },
  });
  return recorded;
}

/** Recorded licences of the actor's scope whose last day is within `leadDays`, soonest first: for the expiry warnings. */
export async function expiringRecorded(app: AppContext, actor: LicensingActor, today: string, leadDays: number) {
  const mine = isEnterpriseUser(actor);
  const rows = await app.db
    .select()
    .from(recordedLicence)
    .where(
      and(
        mine ? eq(recordedLicence.enterpriseId, actor.enterpriseId as string) : orgIdWithin(recordedLicence.orgId, actor.orgPath),
        gte(recordedLicence.validTo, today),
        lte(recordedLicence.validTo, addCalendarDays(today, leadDays)),
      ),
    )
    .orderBy(asc(recordedLicence.validTo), asc(recordedLicence.licenceNo))
    .limit(100);
  return rows;
}
