import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headSeq } from '../../platform/ledger/service.js';
import { addUser, createWorld, signIn, type Client, type TestWorld } from '../../testing/fixture.js';
import { CHECKLISTS } from './standards/checklists.js';
import type { ChecklistOut } from './contract.js';
import { POWER_ITEMS } from './standards/power-list.js';

let w: TestWorld;
let provinceReviewer: Client;
let cityHead: Client;
let countyDeputy: Client;
let countyOfficer: Client;
let siblingHead: Client;

beforeAll(async () => {
  w = await createWorld();
  await addUser(w, 'prov.reviewer', w.orgs.province.id, ['legalReviewer']);
  await addUser(w, 'city.head', w.orgs.city.id, ['head']);
  await addUser(w, 'county.deputy', w.orgs.county.id, ['deputyHead']);
  await addUser(w, 'county.officer', w.orgs.county.id, ['officer']);
  await addUser(w, 'sibling.head', w.orgs.siblingCity.id, ['head']);
  provinceReviewer = await signIn(w, 'prov.reviewer');
  cityHead = await signIn(w, 'city.head');
  countyDeputy = await signIn(w, 'county.deputy');
  countyOfficer = await signIn(w, 'county.officer');
  siblingHead = await signIn(w, 'sibling.head');
}, 60_000);
afterAll(() => w.close());

const GENERAL = CHECKLISTS.find((c) => c.code === 'CL-GEN')!;
const checklistBody = (orgId: string, version: number | null, over: Record<string, unknown> = {}) => ({
  orgId,
  version,
  title: GENERAL.title,
  scope: GENERAL.scope,
  items: [
    ...GENERAL.items,
    {
      code: 'CL-GEN-P1',
      text: '是否按省厅要求每季度开展一次隐患自查并留存记录',
      basis: { lawCode: 'work-safety-law-2021', article: 41, paragraph: 2, item: null },
      violationTypeCode: 'WSL-101-5',
      majorHazardCode: '',
    },
  ],
  ...over,
});
const checklists = async (c: Client, orgId: string, includeWithdrawn = false) =>
  (await c.get(`/api/catalogue/checklists?orgId=${orgId}${includeWithdrawn ? '&includeWithdrawn=true' : ''}`)).body as ChecklistOut[];
const general = async (c: Client, orgId: string) => (await checklists(c, orgId)).find((l) => l.code === 'CL-GEN')!;

describe('checklists: an org’s version over the built-in list', () => {
  it('serves the built-in lists, with citations, marked as built-in, for the actor’s own org by default', async () => {
    const r = await countyOfficer.get('/api/catalogue/checklists');
    expect(r.status).toBe(200);
    expect(r.body.map((c: { code: string }) => c.code)).toEqual(CHECKLISTS.map((c) => c.code));
    expect(r.body[0].items[0].citation).toBe('《中华人民共和国安全生产法》第二十四条');
    expect(r.body[0]).toMatchObject({ source: { orgId: null, orgName: null, version: null }, addition: false, withdrawn: false });
  });

  it('lets the province replace a built-in checklist for its whole subtree, with history and one ledger entry', async () => {
    const seq = await headSeq(w.app.db);
    const r = await provinceReviewer.send('PUT', '/api/catalogue/checklists/CL-GEN', checklistBody(w.orgs.province.id, null));
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.source).toMatchObject({ orgId: w.orgs.province.id, orgName: '湖北省应急管理厅', version: 1 });
    expect(r.body.items.at(-1)).toEqual({
      code: 'CL-GEN-P1',
      text: '是否按省厅要求每季度开展一次隐患自查并留存记录',
      basis: { lawCode: 'work-safety-law-2021', article: 41, paragraph: 2 },
      violationTypeCode: 'WSL-101-5',
      citation: '《中华人民共和国安全生产法》第四十一条第二款',
    });
    expect(await headSeq(w.app.db)).toBe(seq + 1);
    for (const [c, orgId] of [
      [countyOfficer, w.orgs.county.id],
      [siblingHead, w.orgs.siblingCity.id],
    ] as const) {
      const g = await general(c, orgId);
      expect(g.source.orgName).toBe('湖北省应急管理厅');
      expect(g.items).toHaveLength(GENERAL.items.length + 1);
    }
  });

  it('refuses a stale version with 409 and writes nothing', async () => {
    const seq = await headSeq(w.app.db);
    const again = await provinceReviewer.send('PUT', '/api/catalogue/checklists/CL-GEN', checklistBody(w.orgs.province.id, null));
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ field: 'version', message: '本机构已有该检查表的版本 1，请刷新后在其基础上修改' });
    const next = await provinceReviewer.send(
      'PUT',
      '/api/catalogue/checklists/CL-GEN',
      checklistBody(w.orgs.province.id, 1, { title: '工贸企业安全生产通用检查表（湖北）' }),
    );
    expect(next.status).toBe(200);
    expect(next.body.source.version).toBe(2);
    const stale = await provinceReviewer.send('PUT', '/api/catalogue/checklists/CL-GEN', checklistBody(w.orgs.province.id, 1));
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toContain('当前版本 2');
    expect(await headSeq(w.app.db)).toBe(seq + 1);
  });

  it('lets only one of two concurrent saves of the same version win', async () => {
    const body = (title: string) => checklistBody(w.orgs.province.id, 2, { title });
    const results = await Promise.all([
      provinceReviewer.send('PUT', '/api/catalogue/checklists/CL-GEN', body('甲版本')),
      provinceReviewer.send('PUT', '/api/catalogue/checklists/CL-GEN', body('乙版本')),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await general(countyOfficer, w.orgs.county.id)).source.version).toBe(3);
  });

  it('refuses, with 422 naming the field, items without a proper basis or pointing at unknown codes', async () => {
    const seq = await headSeq(w.app.db);
    const bad = async (item: Record<string, unknown>) => {
      const r = await cityHead.send('PUT', '/api/catalogue/checklists/421200-01', {
        orgId: w.orgs.city.id,
        version: null,
        title: '市局专项检查表',
        scope: 'general',
        items: [{ code: 'S-01', text: '是否落实专项整治要求', basis: { lawCode: 'work-safety-law-2021', article: 41 }, ...item }],
      });
      expect(r.status, JSON.stringify(r.body)).toBe(422);
      return r.body.error;
    };
    expect(await bad({ basis: { lawCode: 'fire-law-2021', article: 41 } })).toMatchObject({
      field: 'items.0.basis.lawCode',
      message: expect.stringContaining('不在法律法规目录中'),
    });
    expect(await bad({ basis: { lawCode: 'work-safety-law-2021', article: 0 } })).toMatchObject({
      field: 'items.0.basis.article',
      message: expect.stringContaining('须写明依据条款'),
    });
    expect(await bad({ violationTypeCode: 'WSL-999' })).toMatchObject({ field: 'items.0.violationTypeCode' });
    expect(await bad({ majorHazardCode: 'MHC-1999-1-1' })).toMatchObject({ field: 'items.0.majorHazardCode' });
    const missing = await cityHead.send('PUT', '/api/catalogue/checklists/421200-01', {
      orgId: w.orgs.city.id,
      version: null,
      title: '市局专项检查表',
      scope: 'general',
      items: [{ code: 'S-01', text: '无依据的检查项' }],
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error.field).toBe('items.0.basis');
    expect(await headSeq(w.app.db)).toBe(seq);
  });

  it('lets a city add a checklist of its own under its region code, and no other code', async () => {
    const body = {
      orgId: w.orgs.city.id,
      version: null,
      title: '市局有限空间专项检查表',
      scope: 'confinedSpace',
      items: [{ code: 'S-01', text: '是否对有限空间作业实行审批', basis: { lawCode: 'work-safety-law-2021', article: 43 }, violationTypeCode: 'WSL-101-3' }],
    };
    const foreign = await cityHead.send('PUT', '/api/catalogue/checklists/420000-01', body);
    expect(foreign.status).toBe(422);
    expect(foreign.body.error).toMatchObject({ field: 'code', message: '新增检查表的编码须以本机构行政区划代码“421200-”开头（如 421200-01）' });
    const own = await cityHead.send('PUT', '/api/catalogue/checklists/421200-01', body);
    expect(own.status, JSON.stringify(own.body)).toBe(200);
    expect(own.body).toMatchObject({ code: '421200-01', addition: true, source: { orgName: '咸宁市应急管理局', version: 1 } });
    expect((await checklists(countyOfficer, w.orgs.county.id)).at(-1)!.code).toBe('421200-01');
    expect((await checklists(siblingHead, w.orgs.siblingCity.id)).map((c) => c.code)).not.toContain('421200-01');
  });

  it('lets a county withdraw a checklist for itself and its townships, keep it on record, and reinstate it', async () => {
    const seq = await headSeq(w.app.db);
    const r = await countyDeputy.send('POST', '/api/catalogue/checklists/CL-GEN/withdraw', { orgId: w.orgs.county.id, reason: '本局不承担工贸企业通用检查' });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ withdrawn: true, withdrawnReason: '本局不承担工贸企业通用检查', source: { orgId: w.orgs.county.id, version: 1 } });
    // What was withdrawn is the province's version the county had in force (whichever concurrent save won).
    expect(['甲版本', '乙版本']).toContain(r.body.title);
    expect(await headSeq(w.app.db)).toBe(seq + 1);
    expect(await general(countyOfficer, w.orgs.county.id)).toBeUndefined();
    expect(await general(countyOfficer, w.orgs.township.id)).toBeUndefined();
    expect(await general(cityHead, w.orgs.city.id)).toBeDefined();
    const kept = (await checklists(countyOfficer, w.orgs.county.id, true)).find((c) => c.code === 'CL-GEN');
    expect(kept).toMatchObject({ withdrawn: true, withdrawnReason: '本局不承担工贸企业通用检查' });

    const twice = await countyDeputy.send('POST', '/api/catalogue/checklists/CL-GEN/withdraw', { orgId: w.orgs.county.id, reason: '再次停用' });
    expect(twice.status).toBe(409);
    expect((await countyDeputy.send('POST', '/api/catalogue/checklists/CL-NONE/withdraw', { orgId: w.orgs.county.id, reason: '不存在' })).status).toBe(404);

    const back = await countyDeputy.send('PUT', '/api/catalogue/checklists/CL-GEN', checklistBody(w.orgs.county.id, 1));
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    expect(back.body).toMatchObject({ withdrawn: false, withdrawnReason: null, source: { orgId: w.orgs.county.id, version: 2 } });
    expect((await general(countyOfficer, w.orgs.township.id)).source.orgName).toBe('咸安区应急管理局');
  });

  it('shows every version in the chain, newest first, with who and the built-in entry it started from', async () => {
    const r = await countyOfficer.get(`/api/catalogue/checklists/CL-GEN/history?orgId=${w.orgs.county.id}`);
    expect(r.status).toBe(200);
    expect(r.body.builtIn.title).toBe(GENERAL.title);
    expect(
      r.body.revisions.map((v: { orgName: string; version: number; action: string; actorName: string }) => [v.orgName, v.version, v.action, v.actorName]),
    ).toEqual([
      ['咸安区应急管理局', 2, 'saved', 'county.deputy'],
      ['咸安区应急管理局', 1, 'withdrawn', 'county.deputy'],
      ['湖北省应急管理厅', 3, 'saved', 'prov.reviewer'],
      ['湖北省应急管理厅', 2, 'saved', 'prov.reviewer'],
      ['湖北省应急管理厅', 1, 'saved', 'prov.reviewer'],
    ]);
    expect(r.body.revisions[3].content.title).toBe('工贸企业安全生产通用检查表（湖北）');
    expect(r.body.revisions[1].reason).toBe('本局不承担工贸企业通用检查');
    // The city sees only its chain: the province's versions.
    expect((await cityHead.get(`/api/catalogue/checklists/CL-GEN/history?orgId=${w.orgs.city.id}`)).body.revisions).toHaveLength(3);
    expect((await countyOfficer.get(`/api/catalogue/checklists/CL-NONE/history?orgId=${w.orgs.county.id}`)).status).toBe(404);
  });

  it('refuses edits outside the actor’s subtree, and officers, with 403 and nothing written', async () => {
    const seq = await headSeq(w.app.db);
    expect((await siblingHead.send('PUT', '/api/catalogue/checklists/CL-GEN', checklistBody(w.orgs.county.id, null))).status).toBe(403);
    expect((await countyDeputy.send('PUT', '/api/catalogue/checklists/CL-GEN', checklistBody(w.orgs.city.id, null))).status).toBe(403);
    expect((await countyDeputy.send('POST', '/api/catalogue/checklists/CL-GEN/withdraw', { orgId: w.orgs.city.id, reason: '越权停用' })).status).toBe(403);
    expect((await countyOfficer.send('PUT', '/api/catalogue/checklists/CL-GEN', checklistBody(w.orgs.county.id, 2))).status).toBe(403);
    expect((await siblingHead.get(`/api/catalogue/checklists?orgId=${w.orgs.county.id}`)).status).toBe(403);
    expect((await siblingHead.get(`/api/catalogue/checklists/CL-GEN/history?orgId=${w.orgs.county.id}`)).status).toBe(403);
    expect(await headSeq(w.app.db)).toBe(seq);
  });
});

const powerBody = (orgId: string, version: number | null, over: Record<string, unknown> = {}) => ({
  orgId,
  version,
  kind: '行政检查',
  name: '对辖区内有限空间作业单位的专项检查',
  basis: '《中华人民共和国安全生产法》第六十五条',
  subject: '咸安区应急管理局',
  responsibilities: '',
  matters: [
    { code: '421202-XZJC-01-01', name: '有限空间作业审批制度落实情况检查', level: 'county' },
    { code: '421202-XZJC-01-02', name: '乡镇（街道）有限空间作业巡查', level: 'township' },
  ],
  ...over,
});
const powers = async (c: Client, orgId: string) => (await c.get(`/api/catalogue/power-items?orgId=${orgId}`)).body;

describe('power list: an org’s version over the built-in list', () => {
  it('keeps the built-in shape: power items and their enforcement matters', async () => {
    const r = await powers(countyOfficer, w.orgs.county.id);
    expect(r.powerItems.map((p: { code: string }) => p.code)).toEqual(POWER_ITEMS.map((p) => p.code));
    expect(r.powerItems[0]).toMatchObject({ kind: '行政处罚', subject: '县级应急管理部门', source: { orgId: null } });
    expect(r.enforcementMatters[0]).toEqual({ code: 'XZCF-001-01', powerCode: 'XZCF-001', name: expect.any(String), level: 'county' });
  });

  it('lets a county add a power with its matters, refusing a basis that cites no article', async () => {
    const noArticle = await countyDeputy.send(
      'PUT',
      '/api/catalogue/power-items/421202-XZJC-01',
      powerBody(w.orgs.county.id, null, { basis: '《中华人民共和国安全生产法》有关规定' }),
    );
    expect(noArticle.status).toBe(422);
    expect(noArticle.body.error.field).toBe('basis');
    const dup = await countyDeputy.send(
      'PUT',
      '/api/catalogue/power-items/421202-XZJC-01',
      powerBody(w.orgs.county.id, null, {
        matters: [
          { code: 'M', name: '甲事项', level: 'county' },
          { code: 'M', name: '乙事项', level: 'county' },
        ],
      }),
    );
    expect(dup.body.error).toMatchObject({ field: 'matters.1.code', message: '行政执法事项编号 M 重复（与第 1 项相同）' });
    const ok = await countyDeputy.send('PUT', '/api/catalogue/power-items/421202-XZJC-01', powerBody(w.orgs.county.id, null));
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toMatchObject({ code: '421202-XZJC-01', addition: true, source: { version: 1 } });
    expect(ok.body.responsibilities).toBeUndefined();
    const r = await powers(countyOfficer, w.orgs.township.id);
    expect(r.enforcementMatters.filter((m: { powerCode: string }) => m.powerCode === '421202-XZJC-01').map((m: { code: string }) => m.code)).toEqual([
      '421202-XZJC-01-01',
      '421202-XZJC-01-02',
    ]);
  });

  it('lets a city withdraw a power not delegated to it, matters and all, for its subtree only', async () => {
    const r = await cityHead.send('POST', '/api/catalogue/power-items/XZXK-002/withdraw', { orgId: w.orgs.city.id, reason: '烟花爆竹零售许可由县级部门实施' });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const county = await powers(countyOfficer, w.orgs.county.id);
    expect(county.powerItems.map((p: { code: string }) => p.code)).not.toContain('XZXK-002');
    expect(county.enforcementMatters.map((m: { powerCode: string }) => m.powerCode)).not.toContain('XZXK-002');
    expect((await powers(siblingHead, w.orgs.siblingCity.id)).powerItems.map((p: { code: string }) => p.code)).toContain('XZXK-002');
    // The county, which does grant these licences, puts the power back for itself.
    const builtIn = (await powers(provinceReviewer, w.orgs.province.id)).powerItems.find((p: { code: string }) => p.code === 'XZXK-002');
    const matters = [{ code: 'XZXK-002-01', name: '烟花爆竹经营（零售）许可证核发', level: 'county' }];
    const own = await countyDeputy.send('PUT', '/api/catalogue/power-items/XZXK-002', {
      ...builtIn,
      orgId: w.orgs.county.id,
      version: null,
      matters,
      source: undefined,
      addition: undefined,
      withdrawn: undefined,
      withdrawnReason: undefined,
      code: undefined,
    });
    expect(own.status, JSON.stringify(own.body)).toBe(200);
    expect((await powers(countyOfficer, w.orgs.township.id)).powerItems.find((p: { code: string }) => p.code === 'XZXK-002').source.orgName).toBe(
      '咸安区应急管理局',
    );
    const history = await countyOfficer.get(`/api/catalogue/power-items/XZXK-002/history?orgId=${w.orgs.county.id}`);
    expect(history.body.revisions.map((v: { orgName: string; action: string }) => [v.orgName, v.action])).toEqual([
      ['咸安区应急管理局', 'saved'],
      ['咸宁市应急管理局', 'withdrawn'],
    ]);
    expect(history.body.builtIn.matters).toHaveLength(2);
  });
});
