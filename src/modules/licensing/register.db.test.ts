// The enterprise's licence register: licences recorded from elsewhere (外部登记) beside those issued here —
// recorded by staff of the enterprise's subtree with their ledger entry, refused to others; shown on the
// enterprise's register and in the expiry warnings; never on the QR page, which is for signed licences.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userAccount } from '../../platform/auth/schema.js';
import { systemActor, type Actor } from '../../platform/context.js';
import { ledgerEntry } from '../../platform/ledger/schema.js';
import { addUser, createWorld, signIn, type TestWorld } from '../../testing/fixture.js';
import { refusalOf } from '../../testing/refusal.js';
import { staff } from '../cases/testing.js';
import { sampleEnterprise } from '../registry/fixture.js';
import { createEnterprise } from '../registry/service.js';
import { expiringLicences, RECORDED_WARNING_DAYS } from './licence-expiry.js';
import { recordedLicenceIn } from './licence-contract.js';
import { correctRecordedLicence, enterpriseRegister, recordLicence } from './recorded-licences.js';

let w: TestWorld;
let officer: Actor, reviewer: Actor, sibling: Actor;
let company: Actor & { enterpriseId: string };
let enterpriseId: string, otherEnterpriseId: string;
const refusal = (act: () => Promise<unknown>) => refusalOf(w, act);
const safety = {
  kind: '安全生产许可证',
  licenceNo: '（鄂）FM安许证字〔2024〕0042号',
  issuer: '湖北省应急管理厅',
  validFrom: '2024-03-01',
  validTo: '2027-06-30',
  scope: null,
};

beforeAll(async () => {
  w = await createWorld(new Date('2026-11-02T02:00:00Z'));
  const { county, siblingCounty } = w.orgs;
  officer = await staff(w, 'rg.officer', county, ['officer']);
  reviewer = await staff(w, 'rg.reviewer', county, ['legalReviewer']);
  sibling = await staff(w, 'rg.sibling', siblingCounty, ['officer']);
  enterpriseId = (await createEnterprise(w.app, systemActor, sampleEnterprise(71, '421202'))).id;
  otherEnterpriseId = (await createEnterprise(w.app, systemActor, sampleEnterprise(72, '421202'))).id;
  const user = await addUser(w, 'rg.company', county.id, ['enterpriseUser']);
  await w.app.db.update(userAccount).set({ enterpriseId }).where(eq(userAccount.id, user.id));
  company = { userId: user.id, username: 'rg.company', orgId: county.id, orgPath: county.path, roles: ['enterpriseUser'], enterpriseId };
});
afterAll(() => w?.close());

describe('recording a licence from elsewhere', () => {
  it('is recorded by an officer of the enterprise’s subtree, unsigned, with its ledger entry', async () => {
    const r = await recordLicence(w.app, officer, { enterpriseId, ...safety });
    expect(r).toMatchObject({ ...safety, enterpriseId, origin: 'recorded', state: 'valid', signed: false });
    const [entry] = await w.app.db.select().from(ledgerEntry).where(eq(ledgerEntry.subjectId, r.id));
    expect(entry).toMatchObject({ action: 'licence.recorded', subjectType: 'recordedLicence', actorId: officer.userId });
  });

  it('refuses the enterprise itself, a role without the capability, another subtree, and the same licence twice', async () => {
    const other = { ...safety, licenceNo: '（鄂）FM安许证字〔2024〕0043号' };
    expect(await refusal(() => recordLicence(w.app, company, { enterpriseId, ...other }))).toMatchObject({ status: 403 });
    expect(await refusal(() => recordLicence(w.app, reviewer, { enterpriseId, ...other }))).toMatchObject({ status: 403 });
    expect(await refusal(() => recordLicence(w.app, sibling, { enterpriseId, ...other }))).toMatchObject({ status: 403, field: 'enterpriseId' });
    expect(await refusal(() => recordLicence(w.app, officer, { enterpriseId, ...safety }))).toMatchObject({ status: 409, field: 'licenceNo' });
  });

  it('checks the input: named fields, in Chinese', () => {
    const issues = (v: object) => recordedLicenceIn.safeParse({ enterpriseId, ...safety, ...v }).error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues({ issuer: ' ' })).toEqual([['issuer', '发证机关至少 2 个字']]);
    expect(issues({ validFrom: '2027-08-01' })).toEqual([['validTo', '有效期至不能早于有效期起']]);
    expect(issues({ validTo: '2027-02-30' })?.[0][0]).toBe('validTo');
  });

  it('answers over HTTP: 403 for the enterprise user and the legal reviewer, 400 naming the field', async () => {
    const body = { enterpriseId: otherEnterpriseId, kind: '安全生产许可证', licenceNo: '（鄂）FM安许证字〔2025〕0001号', issuer: '湖北省应急管理厅' };
    expect((await (await signIn(w, 'rg.company')).send('POST', '/api/licensing/recorded-licences', body)).status).toBe(403);
    expect((await (await signIn(w, 'rg.reviewer')).send('POST', '/api/licensing/recorded-licences', body)).status).toBe(403);
    const asOfficer = await signIn(w, 'rg.officer');
    const missing = await asOfficer.send('POST', '/api/licensing/recorded-licences', { ...body, licenceNo: '' });
    expect(missing).toMatchObject({
      status: 400,
      body: { error: { code: 'validation', field: 'licenceNo', message: expect.stringContaining('证照编号至少 2 个字') } },
    });
    expect((await asOfficer.send('POST', '/api/licensing/recorded-licences', body)).status).toBe(200);
  });
});

describe('the enterprise’s register', () => {
  it('shows the recorded licences beside the issued ones, to the bureau and the enterprise itself', async () => {
    const reg = await enterpriseRegister(w.app, officer, enterpriseId);
    expect(reg.issued).toEqual([]);
    expect(reg.recorded.map((r) => [r.kind, r.licenceNo, r.issuer])).toEqual([[safety.kind, safety.licenceNo, safety.issuer]]);
    expect((await enterpriseRegister(w.app, company, enterpriseId)).recorded).toHaveLength(1);
    expect(await refusal(() => enterpriseRegister(w.app, company, otherEnterpriseId))).toMatchObject({ status: 403 });
    expect(await refusal(() => enterpriseRegister(w.app, sibling, enterpriseId))).toMatchObject({ status: 403 });
    const res = await (await signIn(w, 'rg.company')).get(`/api/licensing/enterprises/${enterpriseId}/licences`);
    expect(res).toMatchObject({ status: 200, body: { enterpriseId, issued: [], recorded: [{ licenceNo: safety.licenceNo, signed: false }] } });
  });

  it('has no public QR page for a recorded licence: it carries no signature to verify', async () => {
    const [r] = (await enterpriseRegister(w.app, officer, enterpriseId)).recorded;
    expect((await w.http.inject({ method: 'GET', url: `/api/public/licences/${r.id}` })).statusCode).toBe(404);
  });

  it('warns of a recorded licence near its last day, to the bureau and the enterprise, and counts it expired after', async () => {
    // 2027-06-30 is beyond the warning's reach on 2026-11-02; one ending within it is shown.
    expect((await expiringLicences(w.app, officer)).recorded).toEqual([]);
    const soon = await recordLicence(w.app, officer, {
      ...safety,
      enterpriseId,
      kind: '危险化学品登记证',
      licenceNo: '420000001',
      validFrom: null,
      validTo: '2026-12-20',
    });
    const warned = await expiringLicences(w.app, officer);
    expect(warned.recorded).toEqual([expect.objectContaining({ id: soon.id, validTo: '2026-12-20', holder: expect.any(String), enterpriseId })]);
    expect(warned.recordedBasis).toContain(`${RECORDED_WARNING_DAYS} 日`);
    expect((await expiringLicences(w.app, company)).recorded.map((r) => r.id)).toEqual([soon.id]);
    expect((await expiringLicences(w.app, sibling)).recorded).toEqual([]);
    w.clock.set(new Date('2026-12-21T02:00:00Z'));
    expect((await enterpriseRegister(w.app, officer, enterpriseId)).recorded.find((r) => r.id === soon.id)?.state).toBe('expired');
    expect((await expiringLicences(w.app, officer)).recorded).toEqual([]);
  });
});

describe('correcting a recorded licence', () => {
  it('puts it right with a reason, keeps what it said before on the ledger, and refuses others, stale versions and bad input', async () => {
    const wrong = await recordLicence(w.app, officer, { enterpriseId, ...safety, licenceNo: '（鄂）FM安许证字〔2024〕0O99号', validTo: '2072-06-30' });
    const fixed = { ...safety, licenceNo: '（鄂）FM安许证字〔2024〕0099号', validTo: '2027-06-30', reason: '编号与有效期录入有误，已核对原件' };
    expect(await refusal(() => correctRecordedLicence(w.app, company, wrong.id, { version: 1, ...fixed }))).toMatchObject({ status: 403 });
    expect(await refusal(() => correctRecordedLicence(w.app, reviewer, wrong.id, { version: 1, ...fixed }))).toMatchObject({ status: 403 });
    expect(await refusal(() => correctRecordedLicence(w.app, sibling, wrong.id, { version: 1, ...fixed }))).toMatchObject({ status: 403 });
    expect(await refusal(() => correctRecordedLicence(w.app, officer, wrong.id, { version: 2, ...fixed }))).toMatchObject({ status: 409, field: 'version' });
    // The first licence's number and name: the register holds one of each.
    expect(await refusal(() => correctRecordedLicence(w.app, officer, wrong.id, { version: 1, ...fixed, licenceNo: safety.licenceNo }))).toMatchObject({
      status: 409,
      field: 'licenceNo',
    });
    const after = await correctRecordedLicence(w.app, officer, wrong.id, { version: 1, ...fixed });
    expect(after).toMatchObject({ licenceNo: '（鄂）FM安许证字〔2024〕0099号', validTo: '2027-06-30', version: 2, signed: false });
    const entries = await w.app.db
      .select()
      .from(ledgerEntry)
      .where(and(eq(ledgerEntry.subjectId, wrong.id), eq(ledgerEntry.action, 'licence.recordCorrected')));
    expect(entries).toHaveLength(1);
    expect(entries[0].payload).toMatchObject({
      reason: fixed.reason,
      before: { licenceNo: '（鄂）FM安许证字〔2024〕0O99号', validTo: '2072-06-30' },
      after: { licenceNo: '（鄂）FM安许证字〔2024〕0099号', validTo: '2027-06-30' },
    });
    const asOfficer = await signIn(w, 'rg.officer');
    const noReason = await asOfficer.send('POST', `/api/licensing/recorded-licences/${wrong.id}/correct`, { ...fixed, version: 2, reason: '' });
    expect(noReason).toMatchObject({ status: 400, body: { error: { field: 'reason', message: expect.stringContaining('更正理由') } } });
    expect((await asOfficer.send('POST', `/api/licensing/recorded-licences/${crypto.randomUUID()}/correct`, { ...fixed, version: 1 })).status).toBe(404);
  });
});
