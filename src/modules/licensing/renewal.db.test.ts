// 延续 and 变更 through the services: an application naming the licence it continues, refused outside
// the matter's window or for a licence not the applicant's; granted and issued as a new licence — a
// renewal's term from the day after the old one ends, a change keeping the old term and ending the old
// licence; and a renewal nobody decided before the licence ended, granted by law (第五十条).
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userAccount } from '../../platform/auth/schema.js';
import { systemActor, type Actor } from '../../platform/context.js';
import { ledgerEntry } from '../../platform/ledger/schema.js';
import { addUser, createWorld, type TestWorld } from '../../testing/fixture.js';
import { refusalOf } from '../../testing/refusal.js';
import { staff } from '../cases/testing.js';
import { sampleEnterprise } from '../registry/fixture.js';
import { createEnterprise } from '../registry/service.js';
import { acceptApplication } from './acceptance.js';
import { applicationDetail, createApplication, submitApplication, uploadMaterial } from './applications.js';
import type { ApplicationIn } from './contract.js';
import { issueLicence, licenceBundle } from './licences.js';
import { SERVICE_GUIDES } from './matters.js';
import { deemRenewalsGranted } from './renewal.js';
import { decideApplication } from './review.js';
import { licence } from './schema.js';

let w: TestWorld;
let officer: Actor, chief: Actor;
let company: Actor & { enterpriseId: string };
let enterpriseId: string, otherEnterpriseId: string;
const refusal = (act: () => Promise<unknown>) => refusalOf(w, act);
const on = (date: string) => w.clock.set(new Date(`${date}T02:00:00Z`));
const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n`);
const version = async (id: string) => (await applicationDetail(w.app, officer, id)).version;
const base = { matterCode: 'hazchemTrade', scope: '汽油、柴油（不带储存设施）', contactName: '周立新', contactPhone: '13972000003' } as const;

/** A counter application by the officer, its material attached, submitted and accepted. */
async function accepted(input: Partial<ApplicationIn>) {
  const id = await createApplication(w.app, officer, { ...base, issuerLevel: 'county', enterpriseId, ...input });
  await uploadAll(officer, id, input.matterCode ?? base.matterCode);
  await submitApplication(w.app, officer, id, await version(id));
  await acceptApplication(w.app, officer, id, await version(id));
  return id;
}

/** Granted by the chief and issued by the officer on the day set: the licence. */
async function issued(id: string) {
  await decideApplication(w.app, chief, id, 'grant', { version: await version(id), reason: '经审查，符合规定的条件。' });
  return issueLicence(w.app, officer, id, { version: await version(id) });
}

const row = async (id: string) => (await w.app.db.select().from(licence).where(eq(licence.id, id)))[0];

beforeAll(async () => {
  w = await createWorld(new Date('2026-11-02T02:00:00Z'));
  const { county } = w.orgs;
  officer = await staff(w, 'rn.officer', county, ['officer']);
  chief = await staff(w, 'rn.chief', county, ['sectionChief']);
  enterpriseId = (await createEnterprise(w.app, systemActor, sampleEnterprise(61, '421202'))).id;
  otherEnterpriseId = (await createEnterprise(w.app, systemActor, sampleEnterprise(62, '421202'))).id;
  const user = await addUser(w, 'rn.company', county.id, ['enterpriseUser']);
  await w.app.db.update(userAccount).set({ enterpriseId }).where(eq(userAccount.id, user.id));
  company = { userId: user.id, username: 'rn.company', orgId: county.id, orgPath: county.path, roles: ['enterpriseUser'], enterpriseId };
}, 60_000);
afterAll(() => w.close());

describe('延续 (第五十条)', () => {
  let first: Awaited<ReturnType<typeof issued>>;
  let retail: Awaited<ReturnType<typeof issued>>;
  let renewalId: string;
  const retailBase = { ...base, matterCode: 'fireworksRetail', scope: '烟花爆竹零售（不含礼花弹）' } as const;

  it('is refused without the licence, for another enterprise’s, for another matter and after the matter’s 3 months', async () => {
    on('2026-11-05');
    first = await issued(await accepted({}));
    expect(first.validTo).toBe('2029-11-04');
    const apply = (input: Partial<ApplicationIn>) => createApplication(w.app, company, { ...base, kind: 'renewal', ...input });
    expect(await refusal(() => apply({}))).toMatchObject({ status: 400, field: 'licenceId' });
    expect(await refusal(() => apply({ licenceId: first.id, enterpriseId: otherEnterpriseId }))).toMatchObject({ status: 403, field: 'enterpriseId' });
    expect(await refusal(() => apply({ licenceId: first.id, matterCode: 'fireworksRetail' }))).toMatchObject({ status: 400, field: 'matterCode' });
    expect(await refusal(() => createApplication(w.app, company, { ...base, licenceId: first.id }))).toMatchObject({ status: 400, field: 'licenceId' });
    // 危险化学品经营许可证管理办法: 3 months before expiry, not 第五十条's general 30 days.
    on('2029-08-05');
    const late = await refusal(() => apply({ licenceId: first.id }));
    expect(late).toMatchObject({ status: 422, field: 'licenceId' });
    expect(late.message).toContain('2029-08-04');
  });

  it('is taken up to the last day, by the licence’s own issuer, with no second one while it runs', async () => {
    // A 烟花爆竹零售 licence of two years, the general 30 days of 第五十条 (the 2027 calendar is not yet in).
    on('2024-12-02');
    retail = await issued(await accepted({ matterCode: 'fireworksRetail', scope: '烟花爆竹零售（不含礼花弹）' }));
    expect(retail.validTo).toBe('2026-12-01');
    on('2026-11-02');
    const apply = () => createApplication(w.app, company, { ...retailBase, kind: 'renewal', licenceId: retail.id });
    expect((await refusal(apply)).status).toBe(422);
    on('2026-11-01');
    const id = await apply();
    renewalId = id;
    const a = await applicationDetail(w.app, company, id);
    expect(a).toMatchObject({ kind: 'renewal', orgId: retail.orgId, priorLicence: { id: retail.id, licenceNo: retail.licenceNo, validTo: '2026-12-01' } });
    expect(await refusal(apply)).toMatchObject({
      status: 409,
      field: 'licenceId',
    });
  });

  it('when nobody decides before the licence ends, is granted by law as of its last day, and issued from the next', async () => {
    const renewal = { id: renewalId };
    await uploadAll(company, renewal.id, 'fireworksRetail');
    await submitApplication(w.app, company, renewal.id, (await applicationDetail(w.app, company, renewal.id)).version);
    on('2026-11-06');
    await acceptApplication(w.app, officer, renewal.id, await version(renewal.id));
    const running = await applicationDetail(w.app, officer, renewal.id);
    // The 20 working days from 11-06 would run past the licence's end: 第五十条 holds it to 12-01.
    expect(running.clock).toMatchObject({ label: '延续决定期限', dueOn: '2026-12-01' });

    on('2026-12-01');
    expect(await deemRenewalsGranted(w.app)).toEqual([]);
    on('2026-12-02');
    expect(await deemRenewalsGranted(w.app)).toEqual([renewal.id]);
    const a = await applicationDetail(w.app, officer, renewal.id);
    expect(a).toMatchObject({ state: 'granted', deemedGranted: true, decidedOn: '2026-12-01' });
    expect(a.decisionReason).toContain('视为准予延续');
    const entries = await w.app.db.select({ action: ledgerEntry.action }).from(ledgerEntry).where(eq(ledgerEntry.subjectId, renewal.id));
    expect(entries.map((e) => e.action)).toContain('license.deemedGranted');

    const next = await issueLicence(w.app, officer, renewal.id, { version: a.version });
    expect(next.licenceNo).not.toBe(retail.licenceNo);
    expect(next.content).toMatchObject({ validFrom: '2026-12-02', validTo: '2028-12-01' });
    expect(await row(retail.id)).toMatchObject({ state: 'valid', successorId: next.id });
    expect((await licenceBundle(w.app, retail.id)).status).toMatchObject({ state: 'expired', successorNo: next.licenceNo });
    // The new licence, continued once already: a second renewal of the old one is refused as expired.
    const again = await refusal(() => createApplication(w.app, company, { ...retailBase, kind: 'change', licenceId: retail.id }));
    expect(again.status).toBe(422);
  });
});

describe('变更 (第四十九条)', () => {
  it('issues a new licence with the old term and ends the old one, which then names its successor', async () => {
    on('2026-12-01');
    const prior = await issued(await accepted({}));
    on('2027-03-01');
    const id = await accepted({ kind: 'change', licenceId: prior.id, scope: '汽油、柴油、石脑油（不带储存设施）' });
    const next = await issued(id);
    expect(next.content).toMatchObject({ validFrom: '2027-03-01', validTo: prior.validTo, scope: '汽油、柴油、石脑油（不带储存设施）' });
    expect(await row(prior.id)).toMatchObject({ state: 'replaced', endedOn: '2027-03-01', successorId: next.id });
    const bundle = await licenceBundle(w.app, prior.id);
    expect(bundle.status).toMatchObject({ state: 'replaced', successorNo: next.licenceNo });
    expect(bundle.status.endReason).toContain(next.licenceNo);
    const entries = await w.app.db.select({ action: ledgerEntry.action }).from(ledgerEntry).where(eq(ledgerEntry.subjectId, prior.id)).orderBy(ledgerEntry.seq);
    expect(entries.map((e) => e.action)).toEqual(['licence.issued', 'licence.replaced']);
  });
});

async function uploadAll(by: Actor, id: string, matter: ApplicationIn['matterCode']) {
  for (const m of SERVICE_GUIDES[matter].materials.filter((x) => x.required))
    await uploadMaterial(w.app, by, id, { materialCode: m.code, fileName: 'a.pdf', bytes: pdf(m.code) });
}
