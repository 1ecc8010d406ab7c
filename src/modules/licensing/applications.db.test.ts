// A licence application through the services: drafted online by the enterprise, refused while its
// required material is missing, submitted, sent one 补正 notice, answered, accepted, checked on site
// with the clock stopped, extended once by the head, and granted by a leader who neither accepted
// nor checked it; another is accepted by law when no one answered it within 5 working days; every
// step on the ledger, and nothing outside the caller's reach.
import { and, eq, sql } from 'drizzle-orm';
import { rows } from '../../platform/db/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userAccount } from '../../platform/auth/schema.js';
import { systemActor, type Actor } from '../../platform/context.js';
import { ledgerEntry } from '../../platform/ledger/schema.js';
import { addUser, createWorld, signIn, type TestWorld } from '../../testing/fixture.js';
import { column, readSheet } from '../../testing/sheets.js';
import { refusalOf } from '../../testing/refusal.js';
import { staff } from '../cases/testing.js';
import { sampleEnterprise } from '../registry/fixture.js';
import { createEnterprise } from '../registry/service.js';
import { acceptApplication, deemAccepted, requestSupplement } from './acceptance.js';
import { licensingAgenda } from './agenda.js';
import { applicationDetail, createApplication, submitApplication, uploadMaterial, withdrawApplication } from './applications.js';
import { listApplications } from './list.js';
import { listApplicationsQuery } from './contract.js';
import { SERVICE_GUIDES } from './matters.js';
import { decideApplication, endPause, extendReview, startPause } from './review.js';

let w: TestWorld;
let officer: Actor, chief: Actor, deputy: Actor, siblingOfficer: Actor;
let company: Actor & { enterpriseId: string };
let enterpriseId: string;
const refusal = (act: () => Promise<unknown>) => refusalOf(w, act);
const on = (date: string) => w.clock.set(new Date(`${date}T02:00:00Z`)); // 10:00 in China
const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n`);
const required = SERVICE_GUIDES.hazchemTrade.materials.filter((m) => m.required);
const input = {
  matterCode: 'hazchemTrade' as const,
  issuerLevel: 'county' as const,
  scope: '汽油、柴油（不带储存设施）',
  contactName: '周立新',
  contactPhone: '13972000003',
};

beforeAll(async () => {
  w = await createWorld(new Date('2026-09-25T02:00:00Z'));
  const { county, siblingCounty } = w.orgs;
  officer = await staff(w, 'l.officer', county, ['officer']);
  chief = await staff(w, 'l.chief', county, ['sectionChief']);
  deputy = await staff(w, 'l.deputy', county, ['deputyHead']);
  siblingOfficer = await staff(w, 'l.sibling', siblingCounty, ['officer']);
  enterpriseId = (await createEnterprise(w.app, systemActor, sampleEnterprise(41, '421202'))).id;
  const user = await addUser(w, 'l.company', county.id, ['enterpriseUser']);
  await w.app.db.update(userAccount).set({ enterpriseId }).where(eq(userAccount.id, user.id));
  company = { userId: user.id, username: 'l.company', orgId: county.id, orgPath: county.path, roles: ['enterpriseUser'], enterpriseId };
}, 60_000);
afterAll(() => w.close());

const detail = (id: string, who: Actor = officer) => applicationDetail(w.app, who, id);
const entries = (id: string) => w.app.db.select().from(ledgerEntry).where(eq(ledgerEntry.subjectId, id)).orderBy(ledgerEntry.seq);

describe('a licence application, online, to the grant', () => {
  let id: string;

  it('is drafted by the enterprise for itself, and not submitted while required material is missing', async () => {
    on('2026-09-25');
    id = await createApplication(w.app, company, input);
    const a = await detail(id, company);
    expect(a).toMatchObject({ state: 'draft', channel: 'online', orgId: w.orgs.county.id, enterpriseId, receivedOn: null, clock: null });
    expect(a.applicationNo).toMatch(/^XK20260925[2-9A-HJ-NP-Z]{6}$/);
    // Staff see no online draft: nothing has been received yet.
    expect((await listApplications(w.app, officer, listApplicationsQuery.parse({}))).total).toBe(0);
    expect((await refusal(() => detail(id))).status).toBe(404);
    const missing = await refusal(() => submitApplication(w.app, company, id, a.version));
    expect(missing).toMatchObject({ status: 400, field: 'materials' });
    expect(missing.message).toContain(required[0].name);
  });

  it('takes PDF and images only, against the materials the guide lists', async () => {
    expect(await refusal(() => uploadMaterial(w.app, company, id, { materialCode: 'noSuchMaterial', fileName: 'a.pdf', bytes: pdf('x') }))).toMatchObject({
      field: 'materialCode',
    });
    expect(
      await refusal(() => uploadMaterial(w.app, company, id, { materialCode: required[0].code, fileName: 'a.exe', bytes: Buffer.from('MZ\x90\x00') })),
    ).toMatchObject({
      status: 422,
      field: 'file',
    });
    for (const m of required) await uploadMaterial(w.app, company, id, { materialCode: m.code, fileName: `${m.name}.pdf`, bytes: pdf(m.code) });
    const a = await detail(id, company);
    expect(a.materials.map((m) => m.materialCode).sort()).toEqual(required.map((m) => m.code).sort());
    const added = (await entries(id)).filter((e) => e.action === 'license.materialAdded');
    expect(added).toHaveLength(required.length);
    expect(added[0].payload).toMatchObject({
      alg: 'SM3',
      digest: a.materials.find((m) => m.id === (added[0].payload as { materialId: string }).materialId)?.digest,
    });
  });

  it('is submitted: received today, 5 working days to accept (across 国庆, to the 调休 Saturday)', async () => {
    on('2026-09-28');
    await submitApplication(w.app, company, id, (await detail(id, company)).version);
    const a = await detail(id);
    expect(a).toMatchObject({ state: 'submitted', receivedOn: '2026-09-28', clock: { label: '受理期限', dueOn: '2026-10-10', paused: false } });
    expect((await listApplications(w.app, officer, listApplicationsQuery.parse({}))).items.map((x) => x.id)).toEqual([id]);
    expect((await listApplications(w.app, siblingOfficer, listApplicationsQuery.parse({}))).total).toBe(0);
    expect((await refusal(() => detail(id, siblingOfficer))).status).toBe(403);
  });

  it('gets one 补正 notice naming every item, answered with new files only for those items', async () => {
    const [first, second] = required;
    const v = (await detail(id)).version;
    expect(await refusal(() => requestSupplement(w.app, company, id, { version: v, items: [{ materialCode: first.code, problem: '未盖章' }] }))).toMatchObject({
      status: 403,
    });
    await requestSupplement(w.app, officer, id, {
      version: v,
      items: [
        { materialCode: first.code, problem: '申请书未加盖企业公章' },
        { materialCode: second.code, problem: '复印件不清晰' },
      ],
    });
    let a = await detail(id, company);
    expect(a.state).toBe('supplementRequested');
    expect(a.supplementNotices).toEqual([{ items: expect.any(Array), note: null, issuedOn: '2026-09-28', answeredOn: null }]);
    on('2026-09-29');
    await uploadMaterial(w.app, company, id, { materialCode: first.code, fileName: '申请书（盖章）.pdf', bytes: pdf('stamped') });
    const half = await refusal(() => submitApplication(w.app, company, id, a.version + 1));
    expect(half.message).toContain(second.name);
    await uploadMaterial(w.app, company, id, { materialCode: second.code, fileName: '清晰件.pdf', bytes: pdf('clear') });
    a = await detail(id, company);
    await submitApplication(w.app, company, id, a.version);
    a = await detail(id);
    // The 5 working days run again from the day the material came back.
    expect(a).toMatchObject({ state: 'submitted', receivedOn: '2026-09-29', clock: { dueOn: '2026-10-12' } });
    expect(a.supplementNotices[0].answeredOn).toBe('2026-09-29');
  });

  it('is accepted, checked on site with the clock stopped, extended once by the head, and granted by a leader who did not review it', async () => {
    on('2026-09-30');
    await acceptApplication(w.app, officer, id, (await detail(id)).version);
    let a = await detail(id);
    expect(a).toMatchObject({ state: 'accepted', acceptedOn: '2026-09-30', clock: { label: '审查决定期限', paused: false } });
    const due = a.clock?.dueOn as string;
    on('2026-10-12');
    await startPause(w.app, officer, id, { version: a.version, kind: 'onSiteCheck', from: '2026-10-12', note: '现场核查约需 3 个工作日，已书面告知申请人' });
    a = await detail(id);
    expect(a.clock).toMatchObject({ paused: true, dueOn: null, workdaysLeft: null });
    // On the officers' agenda while its clock is stopped; never on the enterprise's.
    expect((await licensingAgenda(w.app, officer)).items).toEqual([expect.objectContaining({ id, clock: expect.objectContaining({ paused: true }) })]);
    expect((await refusal(() => licensingAgenda(w.app, company))).status).toBe(403);
    expect((await refusal(() => decideApplication(w.app, chief, id, 'grant', { version: a.version, reason: '符合条件' }))).message).toContain('第四十五条');
    on('2026-10-14');
    await endPause(w.app, officer, id, { version: a.version, to: '2026-10-14' });
    a = await detail(id);
    expect(a.clock?.dueOn).not.toBe(due);
    expect(a.clock?.dueOn && a.clock.dueOn > due).toBe(true);
    expect((await refusal(() => extendReview(w.app, officer, id, { version: a.version, reason: '需补充专家意见' }))).status).toBe(403);
    await extendReview(w.app, deputy, id, { version: a.version, reason: '储存场所安全距离需进一步核实' });
    a = await detail(id);
    expect(a.extensionDays).toBe(10);
    expect((await refusal(() => extendReview(w.app, deputy, id, { version: a.version, reason: '再延长一次' }))).status).toBe(422);
    expect((await refusal(() => decideApplication(w.app, officer, id, 'grant', { version: a.version, reason: '符合条件' }))).status).toBe(403);
    await decideApplication(w.app, chief, id, 'grant', { version: a.version, reason: '经审查和现场核查，符合《危险化学品经营许可证管理办法》规定的条件。' });
    a = await detail(id, company);
    expect(a).toMatchObject({ state: 'granted', decidedOn: '2026-10-14', clock: { label: '发证期限' } });
    // Disclosed within 7 working days (国办发〔2018〕118号), in the decision's own transaction.
    const [disclosed] = await rows<{ kind: string; due_on: string; title: string; status: string }>(
      w.app.db,
      sql`select kind, due_on, title, status from disclosure where source_id = ${id}`,
    );
    expect(disclosed).toMatchObject({ kind: 'licenceDecision', due_on: '2026-10-23', status: 'pending' });
    expect(disclosed.title).toContain(a.applicationNo);
    expect((await entries(id)).map((e) => e.action)).toEqual([
      'license.drafted',
      ...required.map(() => 'license.materialAdded'),
      'license.submitted',
      'license.supplementRequested',
      'instrument.numbered',
      'license.materialAdded',
      'license.materialAdded',
      'license.resubmitted',
      'license.accepted',
      'instrument.numbered',
      'license.pauseStarted',
      'license.pauseEnded',
      'license.extended',
      'instrument.numbered',
      'license.granted',
      'instrument.numbered',
    ]);
  });

  it('refuses the decision to whoever accepted or checked it', async () => {
    on('2026-10-15');
    const other = await createApplication(w.app, chief, { ...input, enterpriseId });
    for (const m of required) await uploadMaterial(w.app, chief, other, { materialCode: m.code, fileName: 'a.pdf', bytes: pdf(m.code) });
    await submitApplication(w.app, chief, other, (await detail(other)).version);
    await acceptApplication(w.app, chief, other, (await detail(other)).version);
    const conflict = await refusal(() => decideApplication(w.app, chief, other, 'deny', { version: 4 + required.length, reason: '不符合条件' }));
    expect(conflict).toMatchObject({ status: 403 });
    expect(conflict.message).toContain('职责分离');
    await decideApplication(w.app, deputy, other, 'deny', { version: (await detail(other)).version, reason: '储存设施与周边安全距离不符合要求' });
    const denied = await detail(other);
    expect(denied.state).toBe('denied');
    expect(denied.decisionReason).toContain('行政复议');
  });
});

describe('视为受理', () => {
  it('accepts by law, as of the day received, what no one answered within 5 working days; once a day', async () => {
    on('2026-11-02');
    const id = await createApplication(w.app, officer, { ...input, enterpriseId });
    for (const m of required) await uploadMaterial(w.app, officer, id, { materialCode: m.code, fileName: 'a.pdf', bytes: pdf(m.code) });
    await submitApplication(w.app, officer, id, (await detail(id)).version);
    on('2026-11-09'); // the 5th working day: still the bureau's to answer
    expect(await deemAccepted(w.app)).toEqual([]);
    on('2026-11-10');
    expect(await deemAccepted(w.app)).toEqual([id]);
    expect(await deemAccepted(w.app)).toEqual([]);
    expect(await detail(id)).toMatchObject({ state: 'accepted', acceptedOn: '2026-11-02', deemedAccepted: true });
    const [deemed] = await w.app.db
      .select()
      .from(ledgerEntry)
      .where(and(eq(ledgerEntry.subjectId, id), eq(ledgerEntry.action, 'license.deemedAccepted')));
    expect(deemed.payload).toMatchObject({ acceptedOn: '2026-11-02', basis: expect.stringContaining('第三十二条') });
    // Too late for a notice now.
    expect(
      await refusal(() => requestSupplement(w.app, officer, id, { version: 99, items: [{ materialCode: required[0].code, problem: '不清晰' }] })),
    ).toMatchObject({
      status: 422,
    });
  });

  it('exports the list as it is filtered, every code in Chinese, only what the caller may see', async () => {
    const xlsx = async (username: string, url: string) => {
      const c = await signIn(w, username);
      const res = await w.http.inject({ method: 'GET', url, headers: { cookie: c.cookie } });
      expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
      return readSheet(res.rawPayload);
    };
    const accepted = await xlsx('l.officer', '/api/licensing/applications/export.xlsx?state=accepted');
    expect(accepted[0]).toEqual(['申请编号', '许可事项', '申请企业', '发证机关', '渠道', '状态', '收到日期', '受理日期', '决定日期', '当前期限']);
    expect(column(accepted, '状态')).toEqual(['审查中']);
    expect(column(accepted, '受理日期')).toEqual(['2026-11-02（视为受理）']);
    expect(column(accepted, '许可事项')).toEqual([SERVICE_GUIDES.hazchemTrade.name]);
    expect(await xlsx('l.sibling', '/api/licensing/applications/export.xlsx')).toHaveLength(1);
  });

  it('lets the applicant withdraw before a decision', async () => {
    const id = await createApplication(w.app, company, input);
    await withdrawApplication(w.app, company, id, 1);
    expect((await detail(id, company)).state).toBe('withdrawn');
  });
});
