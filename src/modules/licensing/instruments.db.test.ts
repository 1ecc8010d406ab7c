// 行政许可文书 through the services and the routes: each act numbers its instrument in its own
// transaction (gap-free per org, type and year, on the ledger), a download rebuilds it under that
// number and writes nothing, and only the application's readers get it.
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userAccount } from '../../platform/auth/schema.js';
import { systemActor, type Actor } from '../../platform/context.js';
import { dateText, instrumentText } from '../../platform/documents/render/model.js';
import { instrumentNumber } from '../../platform/documents/schema.js';
import { headSeq } from '../../platform/ledger/service.js';
import { ledgerEntry } from '../../platform/ledger/schema.js';
import { addUser, createWorld, signIn, type TestWorld } from '../../testing/fixture.js';
import { refusalOf } from '../../testing/refusal.js';
import { staff } from '../cases/testing.js';
import { sampleEnterprise } from '../registry/fixture.js';
import { createEnterprise } from '../registry/service.js';
import { acceptApplication, deemAccepted, refuseToAccept, requestSupplement } from './acceptance.js';
import { applicationDetail, createApplication, submitApplication, uploadMaterial } from './applications.js';
import { REMEDIES } from './codes.js';
import type { LicenseInstrumentKind } from './instrument-contract.js';
import { applicationInstruments, licensingInstrumentData } from './instrument-service.js';
import { buildLicensingInstrument } from './instruments.js';
import { SERVICE_GUIDES } from './matters.js';
import { decideApplication, endPause, extendReview, startPause } from './review.js';

let w: TestWorld;
let officer: Actor, chief: Actor, deputy: Actor, siblingOfficer: Actor;
let company: Actor & { enterpriseId: string };
let enterpriseId: string;
const on = (date: string) => w.clock.set(new Date(`${date}T02:00:00Z`)); // 10:00 in China
const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n`);
const guide = SERVICE_GUIDES.hazchemTrade;
const required = guide.materials.filter((m) => m.required);
const input = {
  matterCode: 'hazchemTrade' as const,
  issuerLevel: 'county' as const,
  scope: '汽油、柴油（不带储存设施）',
  contactName: '周立新',
  contactPhone: '13972000003',
};
const version = async (id: string) => (await applicationDetail(w.app, officer, id)).version;
const textOf = async (id: string, kind: LicenseInstrumentKind, notice?: number) => {
  const t = instrumentText(buildLicensingInstrument(kind, await licensingInstrumentData(w.app, officer, id), notice)).join('\n');
  if (process.env.DUMP_INSTRUMENTS) console.log(t);
  return t;
};

async function submitted(who: Actor, date: string) {
  on(date);
  const id = await createApplication(w.app, who, { ...input, enterpriseId });
  for (const m of required) await uploadMaterial(w.app, who, id, { materialCode: m.code, fileName: `${m.name}.pdf`, bytes: pdf(m.code) });
  await submitApplication(w.app, who, id, (await applicationDetail(w.app, who, id)).version);
  return id;
}

beforeAll(async () => {
  w = await createWorld(new Date('2026-09-25T02:00:00Z'));
  const { county, siblingCounty } = w.orgs;
  officer = await staff(w, 'i.officer', county, ['officer']);
  chief = await staff(w, 'i.chief', county, ['sectionChief']);
  deputy = await staff(w, 'i.deputy', county, ['deputyHead']);
  siblingOfficer = await staff(w, 'i.sibling', siblingCounty, ['officer']);
  enterpriseId = (await createEnterprise(w.app, systemActor, sampleEnterprise(51, '421202'))).id;
  const otherEnterprise = (await createEnterprise(w.app, systemActor, sampleEnterprise(52, '421202'))).id;
  const user = await addUser(w, 'i.company', county.id, ['enterpriseUser']);
  await w.app.db.update(userAccount).set({ enterpriseId }).where(eq(userAccount.id, user.id));
  const stranger = await addUser(w, 'i.stranger', county.id, ['enterpriseUser']);
  await w.app.db.update(userAccount).set({ enterpriseId: otherEnterprise }).where(eq(userAccount.id, stranger.id));
  company = { userId: user.id, username: 'i.company', orgId: county.id, orgPath: county.path, roles: ['enterpriseUser'], enterpriseId };
}, 60_000);
afterAll(() => w.close());

describe('instruments of a granted application', () => {
  let id: string;
  let dueAfterExtension: string;
  const [first, second, third] = required;

  beforeAll(async () => {
    id = await submitted(company, '2026-09-28');
    await requestSupplement(w.app, officer, id, {
      version: await version(id),
      items: [
        { materialCode: first.code, problem: '申请书未加盖企业公章' },
        { materialCode: second.code, problem: '复印件不清晰' },
      ],
    });
    on('2026-09-29');
    await uploadMaterial(w.app, company, id, { materialCode: first.code, fileName: 'a.pdf', bytes: pdf('stamped') });
    await uploadMaterial(w.app, company, id, { materialCode: second.code, fileName: 'b.pdf', bytes: pdf('clear') });
    await submitApplication(w.app, company, id, await version(id));
    await requestSupplement(w.app, officer, id, {
      version: await version(id),
      items: [{ materialCode: third.code, problem: '考核合格证明已过有效期' }],
      note: '请一并提供原件核验',
    });
    on('2026-09-30');
    await uploadMaterial(w.app, company, id, { materialCode: third.code, fileName: 'c.pdf', bytes: pdf('valid') });
    await submitApplication(w.app, company, id, await version(id));
    await acceptApplication(w.app, officer, id, await version(id));
    on('2026-10-12');
    await startPause(w.app, officer, id, { version: await version(id), kind: 'onSiteCheck', from: '2026-10-12', note: '现场核查' });
    on('2026-10-14');
    await endPause(w.app, officer, id, { version: await version(id), to: '2026-10-14' });
    await extendReview(w.app, deputy, id, { version: await version(id), reason: '储存场所安全距离需进一步核实' });
    dueAfterExtension = (await applicationDetail(w.app, officer, id)).clock?.dueOn as string;
    on('2026-10-15');
    await decideApplication(w.app, chief, id, 'grant', { version: await version(id), reason: '经审查和现场核查，符合规定的条件' });
  }, 60_000);

  it('lists one instrument per act, numbered with the act, in the order of the acts', async () => {
    const { items } = await applicationInstruments(w.app, company, id);
    expect(items.map((i) => [i.kind, i.notice, i.number, i.date])).toEqual([
      ['supplementNotice', 1, '（咸安）应急许补〔2026〕1号', '2026-09-28'],
      ['supplementNotice', 2, '（咸安）应急许补〔2026〕2号', '2026-09-29'],
      ['acceptance', null, '（咸安）应急许受〔2026〕1号', '2026-09-30'],
      ['extension', null, '（咸安）应急许延〔2026〕1号', '2026-10-14'],
      ['grant', null, '（咸安）应急许准〔2026〕1号', '2026-10-15'],
    ]);
    expect(items[0].title).toBe('补正材料通知书');
    const numbered = await w.app.db
      .select({ payload: ledgerEntry.payload })
      .from(ledgerEntry)
      .where(and(eq(ledgerEntry.subjectId, id), eq(ledgerEntry.action, 'instrument.numbered')))
      .orderBy(asc(ledgerEntry.seq));
    expect(numbered.map((e) => (e.payload as { number: string }).number)).toEqual(items.map((i) => i.number));
  });

  it('says in each notice every item with its problem, the 5 working days and 第三十二条', async () => {
    const one = await textOf(id, 'supplementNotice', 1);
    for (const s of [first.name, '申请书未加盖企业公章', second.name, '复印件不清晰', '第三十二条第一款第四项', '一次性告知', '5个工作日', '2026年9月28日'])
      expect(one).toContain(s);
    expect(one).not.toContain(third.name);
    const two = await textOf(id, 'supplementNotice', 2);
    for (const s of [third.name, '考核合格证明已过有效期', '请一并提供原件核验', '2026年9月29日', '（咸安）应急许补〔2026〕2号']) expect(two).toContain(s);
    expect(two).not.toContain('复印件不清晰');
  });

  it('states the acceptance, the extension with its reasons and new last day, and the grant', async () => {
    const accepted = await textOf(id, 'acceptance');
    expect(accepted).toContain('决定予以受理');
    expect(accepted).toContain('2026年9月30日');
    expect(accepted).toContain(`${guide.statutory.days}个工作日`);
    const extension = await textOf(id, 'extension');
    for (const s of ['第四十二条', '储存场所安全距离需进一步核实', '负责人批准', '延长10个工作日']) expect(extension).toContain(s);
    // The new last day is the one the application's clock showed once the extension was approved.
    expect(extension).toContain(`审查期限延长至${dateText(dueAfterExtension)}届满`);
    expect(accepted).toContain('于2026年9月28日提交');
    expect(accepted).toContain('并于2026年9月30日提交了补正材料');
    const grant = await textOf(id, 'grant');
    for (const s of ['第三十八条第一款', '准予行政许可', '经审查和现场核查，符合规定的条件', input.scope, '第四十四条', guide.name]) expect(grant).toContain(s);
  });

  it('serves PDF and DOCX to its readers under the same number each time, writing nothing', async () => {
    const c = await signIn(w, 'i.company');
    const get = (url: string, cookie = c.cookie) => w.http.inject({ method: 'GET', url: `/api/licensing/applications/${id}${url}`, headers: { cookie } });
    const before = await headSeq(w.app.db);
    const pdf1 = await get('/instruments/grant?format=pdf');
    expect(pdf1.statusCode, pdf1.body.slice(0, 200)).toBe(200);
    expect(pdf1.rawPayload.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(decodeURIComponent(String(pdf1.headers['content-disposition']))).toContain('准予行政许可决定书（咸安）应急许准〔2026〕1号.pdf');
    const docx = await get('/instruments/supplementNotice?format=docx&notice=1');
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(decodeURIComponent(String(docx.headers['content-disposition']))).toContain('（咸安）应急许补〔2026〕1号.docx');
    const again = await get('/instruments/grant?format=docx');
    expect(decodeURIComponent(String(again.headers['content-disposition']))).toContain('（咸安）应急许准〔2026〕1号.docx');
    expect((await get('/instruments')).json().items).toHaveLength(5);
    expect(await headSeq(w.app.db)).toBe(before);
    // Not reached, or no such notice.
    expect((await get('/instruments/denial')).statusCode).toBe(422);
    expect((await get('/instruments/supplementNotice?notice=3')).statusCode).toBe(404);
    expect((await get('/instruments/grant?notice=1')).statusCode).toBe(422);
  });

  it('refuses another org, another enterprise and no session', async () => {
    for (const who of ['i.sibling', 'i.stranger']) {
      const { cookie } = await signIn(w, who);
      for (const url of ['/instruments', '/instruments/grant?format=pdf']) {
        const res = await w.http.inject({ method: 'GET', url: `/api/licensing/applications/${id}${url}`, headers: { cookie } });
        expect(res.statusCode, `${who} ${url}`).toBe(403);
      }
    }
    expect((await refusalOf(w, () => applicationInstruments(w.app, siblingOfficer, id))).status).toBe(403);
    expect((await w.http.inject({ method: 'GET', url: `/api/licensing/applications/${id}/instruments` })).statusCode).toBe(401);
    const missing = await signIn(w, 'i.officer');
    const res = await w.http.inject({
      method: 'GET',
      url: `/api/licensing/applications/${crypto.randomUUID()}/instruments`,
      headers: { cookie: missing.cookie },
    });
    expect(res.statusCode).toBe(404);
  });
});

describe('refusals, denials and deemed acceptance', () => {
  it('gives the refusal to accept and the denial their reasons and remedies, and deemed acceptance its own wording', async () => {
    const refused = await submitted(officer, '2026-11-02');
    await refuseToAccept(w.app, officer, refused, { version: await version(refused), reason: '申请事项依法不需要取得行政许可' });
    const denied = await submitted(officer, '2026-11-03');
    await acceptApplication(w.app, officer, denied, await version(denied));
    await decideApplication(w.app, deputy, denied, 'deny', { version: await version(denied), reason: '储存设施与周边安全距离不符合要求' });
    const deemed = await submitted(officer, '2026-11-04');
    on('2026-11-12');
    expect(await deemAccepted(w.app)).toEqual([deemed]);

    const refusal = await textOf(refused, 'refusalToAccept');
    for (const s of ['申请事项依法不需要取得行政许可', '决定不予受理', '第三十二条', REMEDIES, '（咸安）应急许不受〔2026〕1号']) expect(refusal).toContain(s);
    expect(refusal.split(REMEDIES)).toHaveLength(2); // told once, though the stored reason carries it too
    const denial = await textOf(denied, 'denial');
    for (const s of ['储存设施与周边安全距离不符合要求', '第三十八条第二款', '不予行政许可', REMEDIES, '（咸安）应急许不准〔2026〕1号'])
      expect(denial).toContain(s);
    const deemedText = await textOf(deemed, 'acceptance');
    for (const s of ['依法视为受理', '第三十二条第一款第四项', '2026年11月4日', '（咸安）应急许受〔2026〕3号', '2026年11月12日'])
      expect(deemedText).toContain(s);
    expect((await applicationInstruments(w.app, officer, refused)).items.map((i) => i.kind)).toEqual(['refusalToAccept']);
  });

  it('numbers each type without gaps in the org, and never on download', async () => {
    const rows = await w.app.db
      .select({ type: instrumentNumber.type, serial: instrumentNumber.serial })
      .from(instrumentNumber)
      .where(and(eq(instrumentNumber.orgId, w.orgs.county.id), eq(instrumentNumber.subjectType, 'licenseApplication')))
      .orderBy(asc(instrumentNumber.type), asc(instrumentNumber.serial));
    const byType: Record<string, number[]> = {};
    for (const r of rows) byType[r.type] = [...(byType[r.type] ?? []), r.serial];
    expect(byType).toEqual({
      licenseAcceptanceNotice: [1, 2, 3],
      licenseDenial: [1],
      licenseExtensionNotice: [1],
      licenseGrant: [1],
      licenseRefusalToAccept: [1],
      licenseSupplementNotice: [1, 2],
    });
  });
});
