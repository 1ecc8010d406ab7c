// The export for the 全国信用信息共享平台 (docs/credit-export.md): exactly the listings in force whose
// deciding bureau is in the reader's subtree — not the proposed, withdrawn or removed ones, not a
// sibling's — with the documented fields, as JSON that the contract's schema accepts and as XLSX
// with the same records under the Chinese headers. The wrong role gets 403, a bad format 400.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../platform/context.js';
import { type Client, createWorld, signIn, type TestWorld } from '../../testing/fixture.js';
import { column, readSheet } from '../../testing/sheets.js';
import { staff } from '../cases/testing.js';
import { sampleEnterprise } from '../registry/fixture.js';
import { createEnterprise } from '../registry/service.js';
import type { ListingState, RemovalReason } from './codes.js';
import { CREDIT_EXPORT_FIELDS, creditExportOut } from './contract.js';
import { criterionBasis } from './rules.js';
import { creditListing } from './schema.js';

let w: TestWorld;
let countyReader: Client, cityReader: Client;
let proposer: string;
const firms: Record<string, { id: string; uscc: string }> = {};
let serial = 0;
const usccOf = (name: string) => firms[name].uscc;

async function firm(name: string, region: string) {
  const e = await createEnterprise(w.app, systemActor, sampleEnterprise(80 + ++serial, region, { name }));
  firms[name] = { id: e.id, uscc: e.uscc };
  return e.id;
}

/** A listing written directly in the given state: the export is about what it picks, not the procedure. */
async function listing(orgId: string, enterpriseName: string, state: ListingState, n: number, removalReason: RemovalReason | null = null) {
  const decided = state === 'listed' || state === 'removed';
  await w.app.db.insert(creditListing).values({
    caseId: crypto.randomUUID(),
    penaltyDecisionNumber: `咸应急罚〔2026〕${n}号`,
    penaltyDecidedOn: '2026-01-05',
    orgId,
    enterpriseId: firms[enterpriseName].id,
    criterion: n % 2 ? 'otherSerious' : 'concealedAccident',
    facts: '导出测试：列入事实（不应出现在导出中）',
    state,
    proposedBy: proposer,
    proposedOn: '2026-01-06',
    decisionNumber: decided ? `咸应急信列〔2026〕${n}号` : null,
    decidedOn: decided ? `2026-02-${String(n).padStart(2, '0')}` : null,
    listedOn: decided ? `2026-02-${String(n).padStart(2, '0')}` : null,
    termEndsOn: decided ? `2029-02-${String(n - 1).padStart(2, '0')}` : null,
    removedOn: state === 'removed' ? '2026-03-01' : null,
    removalReason,
    createdAt: new Date('2026-01-06T02:00:00Z'),
  });
}

beforeAll(async () => {
  w = await createWorld(new Date('2026-03-02T02:00:00Z'));
  const { county, city, siblingCounty } = w.orgs;
  proposer = (await staff(w, 'ex.officer', county, ['officer'])).userId as string;
  await staff(w, 'ex.reviewer', county, ['legalReviewer']);
  await staff(w, 'ex.cityHead', city, ['head']);
  await firm('咸宁市导出甲化工有限公司', '421202');
  await firm('咸宁市导出乙化工有限公司', '421202');
  await firm('咸宁市导出丙化工有限公司', '421202');
  await firm('武汉市导出丁化工有限公司', '420102');
  await listing(county.id, '咸宁市导出甲化工有限公司', 'listed', 3);
  await listing(county.id, '咸宁市导出乙化工有限公司', 'listed', 2);
  await listing(county.id, '咸宁市导出丙化工有限公司', 'proposed', 4);
  await listing(county.id, '咸宁市导出丙化工有限公司', 'noticed', 5);
  await listing(county.id, '咸宁市导出丙化工有限公司', 'withdrawn', 6);
  await listing(county.id, '咸宁市导出丙化工有限公司', 'removed', 7, 'repaired');
  await listing(siblingCounty.id, '武汉市导出丁化工有限公司', 'listed', 8);
  countyReader = await signIn(w, 'ex.reviewer');
  cityReader = await signIn(w, 'ex.cityHead');
}, 120_000);
afterAll(() => w.close());

describe('GET /api/credit/listings/export', () => {
  it('holds exactly the listings in force of the reader subtree, oldest listed first, with the documented fields', async () => {
    const r = await countyReader.get('/api/credit/listings/export?format=json');
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const out = creditExportOut.parse(r.body);
    expect(out).toMatchObject({ format: 'zhifa.credit.dishonestyList', version: 1, asOf: '2026-03-02', scope: '咸安区应急管理局', total: 2 });
    expect(out.records).toEqual([
      {
        name: '咸宁市导出乙化工有限公司',
        uscc: usccOf('咸宁市导出乙化工有限公司'),
        decisionNumber: '咸应急信列〔2026〕2号',
        reason: '瞒报、谎报生产安全事故的',
        penaltyDecisionNumber: '咸应急罚〔2026〕2号',
        basis: criterionBasis('concealedAccident'),
        authority: '咸安区应急管理局',
        listedOn: '2026-02-02',
        validUntil: '2029-02-01',
        state: 'listed',
        stateLabel: '已列入',
      },
      expect.objectContaining({
        name: '咸宁市导出甲化工有限公司',
        decisionNumber: '咸应急信列〔2026〕3号',
        reason: expect.stringMatching(/^其他违反安全生产法律法规/),
      }),
    ]);
    for (const rec of out.records) expect(Object.keys(rec).sort()).toEqual([...CREDIT_EXPORT_FIELDS.map(([k]) => k), 'state'].sort());
    expect(JSON.stringify(out)).not.toContain('导出测试');
  });

  it('covers the whole subtree for a city reader, and one bureau when asked', async () => {
    const all = await cityReader.get('/api/credit/listings/export');
    expect(all.status).toBe(200);
    expect(all.body.records.map((x: { name: string }) => x.name)).toEqual(['咸宁市导出乙化工有限公司', '咸宁市导出甲化工有限公司']);
    const one = await cityReader.get(`/api/credit/listings/export?orgId=${w.orgs.county.id}`);
    expect([one.body.scope, one.body.total]).toEqual(['咸安区应急管理局', 2]);
    const sibling = await countyReader.get(`/api/credit/listings/export?orgId=${w.orgs.siblingCounty.id}`);
    expect(sibling.status).toBe(403);
  });

  it('serves the same records as XLSX under the Chinese field names', async () => {
    const r = await w.http.inject({ method: 'GET', url: '/api/credit/listings/export?format=xlsx', headers: { cookie: countyReader.cookie } });
    expect(r.statusCode, r.body.slice(0, 200)).toBe(200);
    expect(decodeURIComponent(String(r.headers['content-disposition']))).toContain('严重失信主体名单-报送-2026-03-02.xlsx');
    const sheet = await readSheet(r.rawPayload);
    expect(sheet[0]).toEqual(CREDIT_EXPORT_FIELDS.map(([, h]) => h));
    expect(column(sheet, '名称')).toEqual(['咸宁市导出乙化工有限公司', '咸宁市导出甲化工有限公司']);
    expect(column(sheet, '有效期至')).toEqual(['2029-02-01', '2029-02-02']);
    expect(column(sheet, '状态')).toEqual(['已列入', '已列入']);
  });

  it('refuses a bad format naming the field, and a reader without credit.read', async () => {
    const bad = await countyReader.get('/api/credit/listings/export?format=csv');
    expect([bad.status, bad.body.error.field]).toEqual([400, 'format']);
    await staff(w, 'ex.sysadmin', w.orgs.county, ['systemAdmin']);
    const admin = await signIn(w, 'ex.sysadmin');
    expect((await admin.get('/api/credit/listings/export')).status).toBe(403);
  });
});
