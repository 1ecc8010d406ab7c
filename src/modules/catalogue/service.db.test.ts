import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headSeq } from '../../platform/ledger/service.js';
import { addUser, createWorld, signIn, type Client, type TestWorld } from '../../testing/fixture.js';

let w: TestWorld;
let provinceReviewer: Client;
let cityHead: Client;
let cityOfficer: Client;

beforeAll(async () => {
  w = await createWorld();
  await addUser(w, 'prov.reviewer', w.orgs.province.id, ['legalReviewer']);
  await addUser(w, 'city.head', w.orgs.city.id, ['head']);
  await addUser(w, 'city.officer', w.orgs.county.id, ['officer']);
  provinceReviewer = await signIn(w, 'prov.reviewer');
  cityHead = await signIn(w, 'city.head');
  cityOfficer = await signIn(w, 'city.officer');
}, 60_000);
afterAll(() => w.close());

// 安全生产法 第九十七条第一项: unit fine up to 100,000 yuan at the first stage.
const grades = (bands: [number, number][]) =>
  (['minor', 'ordinary', 'serious', 'severe'] as const).map((grade, i) => ({
    grade,
    unitFine: { min: bands[i][0], max: bands[i][1] },
    personFine: null,
    circumstances: `${grade} 情形说明`,
  }));
const PROVINCE = grades([
  [0, 10_000],
  [10_000, 30_000],
  [30_000, 60_000],
  [60_000, 100_000],
]);
const calc = (c: Client, over: Record<string, unknown> = {}) =>
  c.send('POST', '/api/catalogue/discretion', {
    violationTypeCode: 'WSL-97-1',
    party: 'unit',
    orgId: w.orgs.county.id,
    violationDate: '2026-02-01',
    facts: { harmCaused: 'slight' },
    ...over,
  });

describe('discretion benchmarks', () => {
  it('falls back to the built-in split until an org adopts a benchmark', async () => {
    const r = await calc(cityOfficer);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.benchmark.orgId).toBeNull();
    expect(r.body.result).toMatchObject({ outcome: 'penalty', grade: 'ordinary' });
    expect(r.body.result.reasons).toContain('《中华人民共和国安全生产法》第九十七条');
  });

  it('lets the province adopt a benchmark within the statute, refusing one beyond it with the article', async () => {
    const beyond = await provinceReviewer.send('POST', '/api/catalogue/benchmarks', {
      violationTypeCode: 'WSL-97-1',
      orgId: w.orgs.province.id,
      effectiveFrom: '2025-01-01',
      grades: grades([
        [0, 10_000],
        [10_000, 30_000],
        [30_000, 60_000],
        [60_000, 150_000],
      ]),
      basisDocument: '鄂应急规〔2025〕1号',
    });
    expect(beyond.status).toBe(422);
    expect(beyond.body.error.message).toContain('超出法定上限');
    expect(beyond.body.error.article).toContain('第三十四条');
    const seq = await headSeq(w.app.db);
    const ok = await provinceReviewer.send('POST', '/api/catalogue/benchmarks', {
      violationTypeCode: 'WSL-97-1',
      orgId: w.orgs.province.id,
      effectiveFrom: '2025-01-01',
      grades: PROVINCE,
      basisDocument: '鄂应急规〔2025〕1号',
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(await headSeq(w.app.db)).toBe(seq + 1);
    const r = await calc(cityOfficer);
    expect(r.body.benchmark.orgName).toBe('湖北省应急管理厅');
    expect(r.body.result.range).toEqual({ min: 10_000, max: 30_000 });
  });

  it('lets a city refine within the province, never widen it, and uses the version in force on the violation date', async () => {
    const wider = await cityHead.send('POST', '/api/catalogue/benchmarks', {
      violationTypeCode: 'WSL-97-1',
      orgId: w.orgs.city.id,
      effectiveFrom: '2026-01-01',
      grades: grades([
        [0, 5_000],
        [5_000, 35_000],
        [35_000, 60_000],
        [60_000, 100_000],
      ]),
      basisDocument: '咸应急〔2026〕3号',
    });
    expect(wider.status).toBe(422);
    expect(wider.body.error.message).toContain('上级基准幅度内');
    const refined = await cityHead.send('POST', '/api/catalogue/benchmarks', {
      violationTypeCode: 'WSL-97-1',
      orgId: w.orgs.city.id,
      effectiveFrom: '2026-01-01',
      grades: grades([
        [0, 8_000],
        [10_000, 20_000],
        [30_000, 50_000],
        [60_000, 90_000],
      ]),
      basisDocument: '咸应急〔2026〕3号',
    });
    expect(refined.status, JSON.stringify(refined.body)).toBe(201);
    const next = await cityHead.send('POST', '/api/catalogue/benchmarks', {
      violationTypeCode: 'WSL-97-1',
      orgId: w.orgs.city.id,
      effectiveFrom: '2026-02-15',
      grades: grades([
        [0, 8_000],
        [12_000, 22_000],
        [30_000, 50_000],
        [60_000, 90_000],
      ]),
      basisDocument: '咸应急〔2026〕9号',
    });
    expect(next.status).toBe(201);
    const stale = await cityHead.send('POST', '/api/catalogue/benchmarks', {
      violationTypeCode: 'WSL-97-1',
      orgId: w.orgs.city.id,
      effectiveFrom: '2026-02-15',
      grades: PROVINCE,
      basisDocument: '咸应急〔2026〕10号',
    });
    expect(stale.status).toBe(409);

    expect((await calc(cityOfficer, { violationDate: '2025-12-31' })).body.result.range).toEqual({ min: 10_000, max: 30_000 });
    expect((await calc(cityOfficer, { violationDate: '2026-01-01' })).body.result.range).toEqual({ min: 10_000, max: 20_000 });
    expect((await calc(cityOfficer, { violationDate: '2026-02-14' })).body.result.range).toEqual({ min: 10_000, max: 20_000 });
    expect((await calc(cityOfficer, { violationDate: '2026-02-15' })).body.result.range).toEqual({ min: 12_000, max: 22_000 });
    const detail = await cityOfficer.get(`/api/catalogue/violation-types/WSL-97-1?orgId=${w.orgs.county.id}`);
    expect(detail.body.benchmarks.map((b: { effectiveFrom: string; effectiveTo: string | null }) => [b.effectiveFrom, b.effectiveTo])).toEqual([
      ['2021-09-01', null],
      ['2025-01-01', null],
      ['2026-01-01', '2026-02-14'],
      ['2026-02-15', null],
    ]);
  });

  it('gives 不予处罚 where the law allows, and checks a proposed fine against band and statute', async () => {
    const first = await calc(cityOfficer, { facts: { firstOffence: true, correctedPromptly: true, harmCaused: 'slight' } });
    expect(first.body.result.outcome).toBe('noPenalty');
    expect(first.body.result.reasons).toContain('第三十三条');
    const outside = await calc(cityOfficer, { proposedAmount: 25_000 });
    expect(outside.body.proposedCheck).toMatchObject({ allowed: false, needsLegalReview: false });
    const reasoned = await calc(cityOfficer, { proposedAmount: 25_000, reasons: '当事人多次整改不到位，且涉及人员较多，依法从重' });
    expect(reasoned.body.proposedCheck).toEqual({ allowed: true, needsLegalReview: true });
    const illegal = await calc(cityOfficer, { proposedAmount: 150_000, reasons: '当事人多次整改不到位，且涉及人员较多，依法从重' });
    expect(illegal.body.proposedCheck.allowed).toBe(false);
    expect(illegal.body.proposedCheck.problem).toContain('超出法定幅度');
  });

  it('refuses officers adopting benchmarks, and unknown violation types with the field named', async () => {
    expect(
      (
        await cityOfficer.send('POST', '/api/catalogue/benchmarks', {
          violationTypeCode: 'WSL-97-1',
          orgId: w.orgs.county.id,
          effectiveFrom: '2026-03-01',
          grades: PROVINCE,
          basisDocument: '无权发布',
        })
      ).status,
    ).toBe(403);
    const unknown = await calc(cityOfficer, { violationTypeCode: 'WSL-999' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.field).toBe('violationTypeCode');
  });
});
