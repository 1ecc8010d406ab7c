// 发证 and the licence register through the services and the API: a granted application is issued
// its licence — numbered without gaps, its content signed with SM2 — that anyone can check at the
// QR code's address; a penalty decision naming it revokes it in the decision's own transaction,
// and a decision naming a licence that is not the party's stops with the field named.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userAccount } from '../../platform/auth/schema.js';
import { systemActor, type Actor } from '../../platform/context.js';
import { ledgerEntry } from '../../platform/ledger/schema.js';
import { addUser, createWorld, signIn, type TestWorld } from '../../testing/fixture.js';
import { refusalOf } from '../../testing/refusal.js';
import { column, readSheet } from '../../testing/sheets.js';
import type { CaseDecided } from '../cases/events.js';
import { createCase } from '../cases/service.js';
import { staff, takeStep } from '../cases/testing.js';
import { samplePng } from '../inspections/instruments/samples.js';
import { sampleEnterprise } from '../registry/fixture.js';
import { createEnterprise } from '../registry/service.js';
import { acceptApplication } from './acceptance.js';
import { licenceUrl, verifyLicenceCommand } from './cli.js';
import { applicationDetail, createApplication, submitApplication, uploadMaterial } from './applications.js';
import { type LicenceBundle, verifyLicenceBundle } from './licence-content.js';
import { cancelLicence } from './licence-cancellation.js';
import { expiringLicences } from './licence-expiry.js';
import { issueLicence, licenceBundle } from './licences.js';
import { SERVICE_GUIDES } from './matters.js';
import { decideApplication } from './review.js';
import { licence } from './schema.js';

let w: TestWorld;
let officer: Actor, second: Actor, chief: Actor, head: Actor;
let company: Actor & { enterpriseId: string };
let enterpriseId: string, otherEnterpriseId: string;
const refusal = (act: () => Promise<unknown>) => refusalOf(w, act);
const on = (date: string) => w.clock.set(new Date(`${date}T02:00:00Z`));
const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n`);
/** `zhifa licence verify` on the bundle saved as a file: its exit code and what it printed. */
async function cli(bundle: LicenceBundle) {
  const file = path.join(os.tmpdir(), `licence-${crypto.randomUUID()}.json`);
  fs.writeFileSync(file, JSON.stringify(bundle));
  const lines: string[] = [];
  const code = await verifyLicenceCommand(file, (l) => lines.push(l));
  fs.rmSync(file);
  return { code, lines };
}
const version = async (id: string) => (await applicationDetail(w.app, officer, id)).version;

/** A counter application of `enterprise`, granted by the chief on the day set. */
async function granted(enterprise: string, scope = '汽油、柴油（不带储存设施）') {
  const id = await createApplication(w.app, officer, {
    matterCode: 'hazchemTrade',
    issuerLevel: 'county',
    enterpriseId: enterprise,
    scope,
    contactName: '周立新',
    contactPhone: '13972000003',
  });
  for (const m of SERVICE_GUIDES.hazchemTrade.materials.filter((x) => x.required))
    await uploadMaterial(w.app, officer, id, { materialCode: m.code, fileName: 'a.pdf', bytes: pdf(m.code) });
  await submitApplication(w.app, officer, id, await version(id));
  await acceptApplication(w.app, officer, id, await version(id));
  await decideApplication(w.app, chief, id, 'grant', { version: await version(id), reason: '经审查，符合规定的条件。' });
  return id;
}

/** A penalty decision as the cases module announces it, in a transaction of its own. */
async function decided(partyId: string, licenceNumbers: string[]) {
  const event: CaseDecided = {
    id: crypto.randomUUID(),
    orgId: w.orgs.county.id,
    enterpriseId: partyId,
    procedure: 'general',
    partyKind: 'organisation',
    partyName: '某企业',
    violationTypeCode: 'WSL-97-2',
    summary: '违法经营危险化学品',
    decisionNumber: '（咸）应急罚〔2026〕9号',
    decidedOn: '2026-11-20',
    penalty: { measures: ['fine', 'revokeLicence'], fineYuan: 50_000, confiscationYuan: 0, licenceNumbers },
  };
  await w.app.db.transaction((tx) => w.app.events.publish({ tx, actor: systemActor, actSeq: 0 }, 'case.decided', event));
  return event;
}

beforeAll(async () => {
  w = await createWorld(new Date('2026-11-02T02:00:00Z'));
  const { county, siblingCounty } = w.orgs;
  officer = await staff(w, 'lc.officer', county, ['officer']);
  chief = await staff(w, 'lc.chief', county, ['sectionChief']);
  second = await staff(w, 'lc.officer2', county, ['officer']);
  head = await staff(w, 'lc.head', county, ['head']);
  await staff(w, 'lc.sibling', siblingCounty, ['officer']);
  enterpriseId = (await createEnterprise(w.app, systemActor, sampleEnterprise(51, '421202'))).id;
  otherEnterpriseId = (await createEnterprise(w.app, systemActor, sampleEnterprise(52, '421202'))).id;
  const user = await addUser(w, 'lc.company', county.id, ['enterpriseUser']);
  await w.app.db.update(userAccount).set({ enterpriseId }).where(eq(userAccount.id, user.id));
  company = { userId: user.id, username: 'lc.company', orgId: county.id, orgPath: county.path, roles: ['enterpriseUser'], enterpriseId };
}, 60_000);
afterAll(() => w.close());

describe('发证', () => {
  let id: string;
  let licenceId: string;
  let licenceNo: string;

  it('is refused before the grant, to the enterprise, and before the decision day', async () => {
    id = await granted(enterpriseId);
    expect((await refusal(() => issueLicence(w.app, company, id, { version: 1 }))).status).toBe(403);
    expect(await refusal(() => issueLicence(w.app, officer, id, { version: 1 }))).toMatchObject({ status: 409, field: 'version' });
    const early = await refusal(() => issueLicence(w.app, officer, id, { version: 1, validFrom: '2026-10-01' }));
    expect(early).toMatchObject({ status: 400, field: 'validFrom' });
  });

  it('numbers the licence, signs its content and closes the application, with both on the ledger', async () => {
    on('2026-11-05');
    const issued = await issueLicence(w.app, officer, id, { version: await version(id) });
    licenceId = issued.id;
    licenceNo = issued.licenceNo;
    expect(licenceNo).toMatch(/^（.+）危化经字〔2026〕000001号$/);
    expect(issued.content).toMatchObject({
      matterName: '危险化学品经营许可证',
      scope: '汽油、柴油（不带储存设施）',
      validFrom: '2026-11-05',
      // Three years, the last day the day before the anniversary.
      validTo: '2029-11-04',
      issuedOn: '2026-11-05',
    });
    const a = await applicationDetail(w.app, company, id);
    expect(a).toMatchObject({ state: 'issued', licence: { id: licenceId, licenceNo } });
    const actions = await w.app.db
      .select({ action: ledgerEntry.action, payload: ledgerEntry.payload })
      .from(ledgerEntry)
      .where(eq(ledgerEntry.subjectId, licenceId));
    expect(actions).toEqual([{ action: 'licence.issued', payload: expect.objectContaining({ licenceNo, late: false, keyId: w.app.signingKey.keyId }) }]);
    // Issued twice? The application has moved on.
    expect((await refusal(() => issueLicence(w.app, officer, id, { version: a.version }))).status).toBe(422);
  });

  it('gives the next licence of the matter the next serial', async () => {
    const second = await granted(otherEnterpriseId, '甲醇');
    const l = await issueLicence(w.app, officer, second, { version: await version(second), validFrom: '2026-12-01' });
    expect(l.licenceNo).toMatch(/〔2026〕000002号$/);
    expect(l.content).toMatchObject({ validFrom: '2026-12-01', validTo: '2029-11-30' });
  });

  it('shows anyone the signed content and its standing; a changed word breaks the signature', async () => {
    const bundle = await licenceBundle(w.app, licenceId);
    expect(bundle.status).toMatchObject({ state: 'valid', asOf: '2026-11-05' });
    expect(verifyLicenceBundle(bundle)).toMatchObject({ ok: true, signatureOk: true });
    const forged: LicenceBundle = { ...bundle, content: { ...bundle.content, scope: `${bundle.content.scope}、液化石油气` } };
    expect(verifyLicenceBundle(forged)).toMatchObject({ ok: false, signatureOk: false });
    const res = await w.http.inject({ method: 'GET', url: `/api/public/licences/${licenceId}` });
    expect(res.statusCode).toBe(200);
    expect(verifyLicenceBundle(res.json()).ok).toBe(true);
    expect((await w.http.inject({ method: 'GET', url: `/api/public/licences/${crypto.randomUUID()}` })).statusCode).toBe(404);
  });

  it('is checked offline by `zhifa licence verify`, which catches a changed word', async () => {
    const bundle = await licenceBundle(w.app, licenceId);
    const good = await cli(bundle);
    expect(good.code).toBe(0);
    expect(good.lines.at(-1)).toBe('校验通过 OK');
    expect(good.lines.join('\n')).toContain(licenceNo);
    const bad = await cli({ ...bundle, content: { ...bundle.content, validTo: '2039-11-04' } });
    expect(bad.code).toBe(1);
    expect(bad.lines).toContain('✗ 证照内容的 SM2 签名：签名与证照内容不符，内容可能被篡改');
    expect(licenceUrl(`http://gov.example/portal/licences/${licenceId}`)).toBe(`http://gov.example/api/public/licences/${licenceId}`);
  });

  it('is the holder’s and its bureau’s to see, with the certificate carrying the QR code', async () => {
    const as = async (username: string, url: string) => w.http.inject({ method: 'GET', url, headers: { cookie: (await signIn(w, username)).cookie } });
    expect((await as('lc.company', `/api/licensing/licences/${licenceId}`)).json()).toMatchObject({ licenceNo, state: 'valid' });
    expect((await as('lc.sibling', `/api/licensing/licences/${licenceId}`)).statusCode).toBe(403);
    const mine = (await as('lc.company', '/api/licensing/licences')).json();
    expect(mine.items.map((l: { id: string }) => l.id)).toEqual([licenceId]);
    expect((await as('lc.sibling', '/api/licensing/licences')).json().total).toBe(0);
    const cert = await as('lc.company', `/api/licensing/licences/${licenceId}/certificate.pdf`);
    expect(cert.statusCode).toBe(200);
    expect(cert.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    // The QR code is an image on the page.
    expect(cert.rawPayload.includes(Buffer.from('/Subtype /Image'))).toBe(true);
    const sheet = await readSheet((await as('lc.officer', '/api/licensing/licences/export.xlsx?state=valid')).rawPayload);
    expect(column(sheet, '证照编号')).toHaveLength(2);
    expect(column(sheet, '状态')).toEqual(['有效', '有效']);
  });
});

describe('吊销 by a penalty decision', () => {
  it('stops a decision naming a licence that is not the party’s, and writes nothing', async () => {
    const [l] = await w.app.db.select().from(licence).where(eq(licence.enterpriseId, enterpriseId));
    const wrongParty = await refusal(() => decided(otherEnterpriseId, [l.licenceNo]));
    expect(wrongParty).toMatchObject({ status: 400, field: 'payload.penalty.licenceNumbers' });
    const unknown = await refusal(() => decided(enterpriseId, ['（咸）危化经字〔2026〕999999号']));
    expect(unknown.message).toContain('999999');
    expect((await licenceBundle(w.app, l.id)).status.state).toBe('valid');
  });

  it('revokes the licence the decision names, and the QR page says so at once', async () => {
    on('2026-11-20');
    const [l] = await w.app.db.select().from(licence).where(eq(licence.enterpriseId, enterpriseId));
    const event = await decided(enterpriseId, [l.licenceNo]);
    const bundle = await licenceBundle(w.app, l.id);
    expect(bundle.status).toMatchObject({ state: 'revoked', endedOn: '2026-11-20', endDecisionNo: event.decisionNumber });
    // The content and its signature stand: what was issued is still what was issued.
    const v = verifyLicenceBundle(bundle);
    expect(v).toMatchObject({ ok: false, signatureOk: true });
    expect(v.checks.find((c) => c.check === 'standing')?.ok).toBe(false);
    const [entry] = await w.app.db.select().from(ledgerEntry).where(eq(ledgerEntry.subjectId, l.id)).orderBy(ledgerEntry.seq).offset(1);
    expect(entry).toMatchObject({ action: 'licence.revoked', payload: expect.objectContaining({ caseId: event.id }) });
    expect((await refusal(() => decided(enterpriseId, [l.licenceNo]))).message).toContain('已吊销');
    const checked = await cli(bundle);
    expect(checked.code).toBe(1);
    expect(checked.lines.slice(-2)).toEqual([
      `状态（截至 2026-11-20）：已吊销，2026-11-20 行政处罚决定吊销许可证件（${event.decisionNumber}）`,
      '签名有效，但证照当前不在有效状态 NOT VALID',
    ]);
  });

  it('revokes it through a real case: 吊销 proposed, deliberated, noticed, waived, decided', async () => {
    on('2026-11-23');
    const holder = (await createEnterprise(w.app, systemActor, sampleEnterprise(53, '421202'))).id;
    const app = await granted(holder, '硫酸');
    const l = await issueLicence(w.app, officer, app, { version: await version(app) });
    const c = await createCase(w.app, officer, {
      orgId: w.orgs.county.id,
      procedure: 'general',
      partyKind: 'organisation',
      enterpriseId: holder,
      violationTypeCode: 'WSL-113',
      violationDate: '2026-11-20',
      summary: '存在重大事故隐患屡受处罚，拒不执行停产停业整顿',
      investigatorIds: [officer.userId as string, second.userId as string],
    });
    await takeStep(w, officer, c.id, 'submitFiling');
    await takeStep(w, head, c.id, 'approveFiling');
    // A licence number not the party's is caught at once, on the form that names it.
    const stranger = await refusal(() =>
      takeStep(w, officer, c.id, 'completeInvestigation', {
        penalty: { measures: ['warning'], fineYuan: 0, confiscationYuan: 0, licenceNumbers: [l.licenceNo] },
      }),
    );
    expect(stranger).toMatchObject({ field: 'payload.penalty.licenceNumbers' });
    await takeStep(w, officer, c.id, 'completeInvestigation', {
      penalty: { measures: ['revokeLicence'], fineYuan: 0, confiscationYuan: 0, licenceNumbers: [l.licenceNo] },
      discretionFacts: {},
    });
    await takeStep(w, chief, c.id, 'completeInternalReview');
    await takeStep(w, chief, c.id, 'submitForDeliberation');
    await takeStep(w, head, c.id, 'recordDeliberation', { opinion: '经集体讨论，决定吊销其危险化学品经营许可证' });
    await takeStep(w, chief, c.id, 'issueNotice');
    await takeStep(w, officer, c.id, 'recordWaiver', {
      waives: ['statement', 'hearing'],
      waivedOn: '2026-11-23',
      waiverSigner: '王经理',
      waiverImage: Buffer.from(samplePng()).toString('base64'),
    });
    expect((await licenceBundle(w.app, l.id)).status.state).toBe('valid');
    const decidedCase = await takeStep(w, head, c.id, 'decide');
    expect(decidedCase.state).toBe('decided');
    const after = await licenceBundle(w.app, l.id);
    expect(after.status).toMatchObject({ state: 'revoked', endedOn: '2026-11-23', endDecisionNo: decidedCase.decisionNumber });
  });

  it('warns of a valid licence two months before its last day to apply for renewal (the 办法’s 3 months before expiry)', async () => {
    const [l] = await w.app.db.select().from(licence).where(eq(licence.enterpriseId, otherEnterpriseId));
    on('2029-06-30');
    expect((await expiringLicences(w.app, officer)).items).toEqual([]);
    on('2029-07-01');
    const warned = await expiringLicences(w.app, officer);
    expect(warned.items).toEqual([expect.objectContaining({ id: l.id, validTo: '2029-11-30', renewBy: '2029-08-30', renewable: true })]);
    expect(warned.items[0].basis).toContain('危险化学品经营许可证管理办法');
    expect(warned.basis).toContain('第五十条');
    on('2029-08-31');
    expect((await expiringLicences(w.app, officer)).items[0]).toMatchObject({ renewable: false });
    // The company's own licence was revoked: nothing of another enterprise's is shown to it.
    expect((await expiringLicences(w.app, company)).items).toEqual([]);
  });

  it('counts a licence past its last day as expired', async () => {
    on('2029-11-30');
    const [l] = await w.app.db.select().from(licence).where(eq(licence.enterpriseId, otherEnterpriseId));
    expect((await licenceBundle(w.app, l.id)).status.state).toBe('valid');
    on('2029-12-01');
    expect((await licenceBundle(w.app, l.id)).status.state).toBe('expired');
  });
  it('is cancelled by a leader on a ground of 第七十条, the facts written; not before its term for expiry', async () => {
    const [l] = await w.app.db.select().from(licence).where(eq(licence.enterpriseId, otherEnterpriseId));
    on('2029-11-01');
    const input = { version: l.version, ground: 'expiredNotRenewed' as const, note: '有效期届满未申请延续' };
    expect((await refusal(() => cancelLicence(w.app, officer, l.id, input))).status).toBe(403);
    expect(await refusal(() => cancelLicence(w.app, chief, l.id, input))).toMatchObject({ status: 422, field: 'ground' });
    on('2029-12-03');
    expect(await refusal(() => cancelLicence(w.app, chief, l.id, { ...input, version: 99 }))).toMatchObject({ status: 409 });
    const done = await cancelLicence(w.app, chief, l.id, input);
    expect(done).toMatchObject({ state: 'cancelled', endedOn: '2029-12-03', endReason: expect.stringContaining('有效期届满未延续') });
    expect((await licenceBundle(w.app, l.id)).status.state).toBe('cancelled');
    expect(await refusal(() => cancelLicence(w.app, chief, l.id, { ...input, version: done.version }))).toMatchObject({ status: 422 });
    const [last] = await w.app.db.select().from(ledgerEntry).where(eq(ledgerEntry.subjectId, l.id)).orderBy(desc(ledgerEntry.seq)).limit(1);
    expect(last).toMatchObject({ action: 'licence.cancelled', payload: expect.objectContaining({ ground: 'expiredNotRenewed' }) });
  });
});
