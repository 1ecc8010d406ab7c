// The route × role × org walk's samples for this module's routes (src/testing/permissions.db.test.ts).
import { systemActor } from '../../platform/context.js';
import type { SampleFactory } from '../../platform/testing/world.js';
import { permissionTargets } from '../inspections/fixture.js';
import { eq } from 'drizzle-orm';
import { createApplication, uploadMaterial } from './applications.js';
import { recordLicence } from './recorded-licences.js';
import { licence, licenseApplication } from './schema.js';

const samplePdf = () => Buffer.from('%PDF-1.4\n%权限测试\n');

export const samples: SampleFactory = async ({ w, shared }) => {
  // The inspections targets' enterprises: `u.enterpriseUser` belongs to the own side's.
  const insp = await shared('inspections', () => permissionTargets(w));
  const draft = async (enterpriseId: string) =>
    createApplication(w.app, systemActor, {
      matterCode: 'hazchemTrade',
      enterpriseId,
      issuerLevel: 'county',
      scope: '权限测试：汽油、柴油（不带储存设施）',
      contactName: '张三',
      contactPhone: '13800138000',
    });
  const apps = { own: await draft(insp.own.enterpriseId), other: await draft(insp.other.enterpriseId) };
  const file = async (id: string) =>
    (await uploadMaterial(w.app, systemActor, id, { materialCode: 'applicationForm', fileName: '申请书.pdf', bytes: samplePdf() })).id;
  const material = { own: await file(apps.own), other: await file(apps.other) };
  // A licence of each side, written directly: the walk is about who is let in, not about issuing.
  const licenceOf = async (t: 'own' | 'other') => {
    const [a] = await w.app.db.select().from(licenseApplication).where(eq(licenseApplication.id, apps[t]));
    const id = crypto.randomUUID();
    const content = {
      format: 'zhifa-licence/1' as const,
      ...{
        id,
        licenceNo: `（权限）危化经字〔2026〕${t === 'own' ? '000001' : '000002'}号`,
        matterCode: 'hazchemTrade' as const,
        matterName: '危险化学品经营许可证',
      },
      ...{
        holder: t,
        uscc: '',
        principalPerson: '',
        address: '',
        scope: a.scope,
        validFrom: '2026-01-01',
        validTo: '2028-12-31',
        issuer: '',
        issuedOn: '2026-01-01',
      },
    };
    await w.app.db.insert(licence).values({
      ...{ id, licenceNo: content.licenceNo, matterCode: 'hazchemTrade', orgId: a.orgId, enterpriseId: a.enterpriseId, content },
      ...{ signature: '', keyId: w.app.signingKey.keyId, sigScheme: 'sm2-gbt35276', validFrom: '2026-01-01', validTo: '2028-12-31', issuedOn: '2026-01-01' },
    });
    return id;
  };
  const licences = { own: await licenceOf('own'), other: await licenceOf('other') };
  const recordedOf = async (t: 'own' | 'other') =>
    (
      await recordLicence(w.app, systemActor, {
        enterpriseId: insp[t].enterpriseId,
        kind: '安全生产许可证',
        licenceNo: `（鄂）WH安许证字〔2024〕权限${t}`,
        issuer: '湖北省应急管理厅',
        validFrom: null,
        validTo: null,
        scope: null,
      })
    ).id;
  const recorded = { own: await recordedOf('own'), other: await recordedOf('other') };
  const at = (t: 'own' | 'other', step: string) => `/api/licensing/applications/${apps[t]}/${step}`;
  // Steps meet a draft in the wrong state or a stale version (422, 409): the walk is about who is let in.
  const step = (path: string, body: object) => ({ path: (t: 'own' | 'other') => at(t, path), body: () => ({ version: 99, ...body }), scoped: true });
  return {
    'GET /api/licensing/applications': { path: () => '/api/licensing/applications', scoped: false },
    'GET /api/licensing/applications/export.xlsx': { path: () => '/api/licensing/applications/export.xlsx', scoped: false },
    'GET /api/licensing/agenda': { path: () => '/api/licensing/agenda', scoped: false },
    'POST /api/licensing/applications': {
      path: () => '/api/licensing/applications',
      body: (t) => ({
        matterCode: 'hazchemTrade',
        enterpriseId: insp[t].enterpriseId,
        issuerLevel: 'county',
        scope: '权限测试经营范围',
        contactName: '李四',
        contactPhone: '13800138001',
      }),
      scoped: true,
    },
    'GET /api/licensing/applications/:id': { path: (t) => `/api/licensing/applications/${apps[t]}`, scoped: true },
    // No file body: let in, then a 400.
    'POST /api/licensing/applications/:id/material': {
      path: (t) => `${at(t, 'material')}?materialCode=applicationForm&fileName=a.pdf`,
      body: () => ({}),
      scoped: true,
    },
    'GET /api/licensing/material/:id': { path: (t) => `/api/licensing/material/${material[t]}`, scoped: true },
    'GET /api/licensing/applications/:id/instruments': { path: (t) => at(t, 'instruments'), scoped: true },
    // A draft has no instrument yet: let in, then a 422.
    'GET /api/licensing/applications/:id/instruments/:kind': { path: (t) => at(t, 'instruments/acceptance?format=docx'), scoped: true },
    'POST /api/licensing/applications/:id/submit': step('submit', {}),
    'POST /api/licensing/applications/:id/withdraw': step('withdraw', {}),
    'POST /api/licensing/applications/:id/supplement': step('supplement', { items: [{ materialCode: 'applicationForm', problem: '权限测试补正' }] }),
    'POST /api/licensing/applications/:id/accept': step('accept', {}),
    'POST /api/licensing/applications/:id/refuse': step('refuse', { reason: '权限测试理由' }),
    'POST /api/licensing/applications/:id/pause': step('pause', { kind: 'onSiteCheck', from: '2026-03-02', note: '权限测试' }),
    'POST /api/licensing/applications/:id/resume': step('resume', { to: '2026-03-02' }),
    'POST /api/licensing/applications/:id/extend': step('extend', { reason: '权限测试理由' }),
    'POST /api/licensing/applications/:id/grant': step('grant', { reason: '权限测试理由' }),
    'POST /api/licensing/applications/:id/deny': step('deny', { reason: '权限测试理由' }),
    'POST /api/licensing/applications/:id/issue': step('issue', {}),
    'GET /api/licensing/licences': { path: () => '/api/licensing/licences', scoped: false },
    'GET /api/licensing/licences/export.xlsx': { path: () => '/api/licensing/licences/export.xlsx', scoped: false },
    // A stale version: let in, then a 409.
    'POST /api/licensing/licences/:id/cancel': {
      path: (t) => `/api/licensing/licences/${licences[t]}/cancel`,
      body: () => ({ version: 99, ground: 'holderRequest', note: '权限测试注销' }),
      scoped: true,
    },
    'GET /api/licensing/enterprises/:id/licences': { path: (t) => `/api/licensing/enterprises/${insp[t].enterpriseId}/licences`, scoped: true },
    'POST /api/licensing/recorded-licences': {
      path: () => '/api/licensing/recorded-licences',
      body: (t) => ({
        enterpriseId: insp[t].enterpriseId,
        kind: '安全生产许可证',
        licenceNo: `（鄂）WH安许证字〔2024〕权限${crypto.randomUUID().slice(0, 8)}`,
        issuer: '湖北省应急管理厅',
      }),
      scoped: true,
    },
    // A stale version: let in, then a 409.
    'POST /api/licensing/recorded-licences/:id/correct': {
      path: (t) => `/api/licensing/recorded-licences/${recorded[t]}/correct`,
      body: () => ({ version: 99, kind: '安全生产许可证', licenceNo: '（鄂）WH安许证字〔2024〕权限更正', issuer: '湖北省应急管理厅', reason: '权限测试更正' }),
      scoped: true,
    },
    'GET /api/licensing/licences/expiring': { path: () => '/api/licensing/licences/expiring', scoped: false },
    'GET /api/licensing/licences/:id': { path: (t) => `/api/licensing/licences/${licences[t]}`, scoped: true },
    'GET /api/licensing/licences/:id/certificate.pdf': { path: (t) => `/api/licensing/licences/${licences[t]}/certificate.pdf`, scoped: true },
  };
};
