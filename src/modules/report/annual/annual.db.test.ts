// The yearly report's life through the API: drafted on the default outline with the figures placed,
// narratives kept as versions, submitted, returned, approved by a principal leader who wrote none
// of it, and so published on the portal with its figures frozen.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../../platform/context.js';
import { rows } from '../../../platform/db/index.js';
import { verifyLedger } from '../../../platform/ledger/verify.js';
import { addUser, createWorld, signIn, type Client, type TestWorld } from '../../../testing/fixture.js';
import { addTasks } from '../../plans/fixture.js';
import { sampleEnterprise } from '../../registry/fixture.js';
import { createEnterprise } from '../../registry/service.js';
import { defaultOutline } from './rules.js';

let w: TestWorld;
let reviewer: Client;
let head: Client;
let writingHead: Client;
let officer: Client;
let countyReviewer: Client;
const anonymous = async (url: string) => {
  const r = await w.http.inject({ method: 'GET', url });
  return {
    status: r.statusCode,
    body: r.headers['content-type']?.toString().includes('json') ? r.json() : r.rawPayload,
    type: String(r.headers['content-type']),
  };
};
let enterpriseId: string;

beforeAll(async () => {
  w = await createWorld();
  await addUser(w, 'city.reviewer', w.orgs.city.id, ['legalReviewer']);
  await addUser(w, 'city.head', w.orgs.city.id, ['head']);
  await addUser(w, 'city.head2', w.orgs.city.id, ['head']);
  await addUser(w, 'city.officer', w.orgs.city.id, ['officer']);
  await addUser(w, 'county.reviewer', w.orgs.county.id, ['legalReviewer']);
  [reviewer, head, writingHead, officer, countyReviewer] = await Promise.all(
    ['city.reviewer', 'city.head2', 'city.head', 'city.officer', 'county.reviewer'].map((u) => signIn(w, u)),
  );
  enterpriseId = (await createEnterprise(w.app, systemActor, sampleEnterprise(1, '421202'))).id;
  await addTasks(w.app.db, w.orgs.county.id, [{ enterpriseId, planId: null, matterCode: null, status: 'completed', completedOn: '2025-05-20' }], w.clock.now());
}, 60_000);
afterAll(() => w.close());

const figureOf = (report: { figures: { sections: { figures: { code: string; text: string }[] }[] } }, code: string) =>
  report.figures.sections.flatMap((s) => s.figures).find((f) => f.code === code);

describe('法治政府建设情况报告', () => {
  let id: string;
  let version: number;

  it('is drafted on the default outline, numbered, with the year’s figures placed in its sentences', async () => {
    const r = await reviewer.send('POST', '/api/report/annual', { orgId: w.orgs.city.id, year: 2025 });
    expect(r.status).toBe(201);
    id = r.body.id;
    version = r.body.version;
    expect(r.body.title).toBe('咸宁市应急管理局2025年法治政府建设情况报告');
    expect(r.body.state).toBe('drafting');
    expect(r.body.sections.map((s: { number: string }) => s.number)).toEqual([
      '一、',
      '（一）',
      '（二）',
      '（三）',
      '（四）',
      '（五）',
      '（六）',
      '（七）',
      '二、',
      '三、',
      '四、',
    ]);
    const enforcement = r.body.sections.find((s: { key: string }) => s.key === 'enforcement');
    const placed = enforcement.figureText.find((x: { code?: string }) => x.code === 'inspections.total');
    // The county's completed inspection counts in the city's subtree.
    expect(figureOf(r.body, 'inspections.total')?.text).toBe('1');
    expect(placed.text).toBe('1次');
    expect(enforcement.figureText.map((x: { text: string }) => x.text).join('')).toContain('全年共开展安全生产执法检查1次');
    expect(r.body.deadlines.publish.on).toBe('2026-03-31');
    expect(r.body.deadlines.report.on).toBe('2026-02-28');
    expect(r.body.figuresFrozen).toBe(false);
  });

  it('is one per org and year, only in the drafter’s subtree, never for a year not begun', async () => {
    expect((await reviewer.send('POST', '/api/report/annual', { orgId: w.orgs.city.id, year: 2025 })).status).toBe(409);
    expect((await countyReviewer.send('POST', '/api/report/annual', { orgId: w.orgs.city.id, year: 2025 })).status).toBe(403);
    const future = await reviewer.send('POST', '/api/report/annual', { orgId: w.orgs.city.id, year: 2027 });
    expect(future.status).toBe(400);
    expect(future.body.error.field).toBe('year');
    expect((await officer.send('POST', '/api/report/annual', { orgId: w.orgs.city.id, year: 2024 })).status).toBe(403);
    expect((await countyReviewer.get(`/api/report/annual/${id}`)).status).toBe(403);
  });

  it('takes an outline of the bureau’s own, refusing a figure that does not exist', async () => {
    const outline = defaultOutline(2025);
    outline[3] = { ...outline[3], template: `${outline[3].template}另有{{cases.unknown}}。` };
    const bad = await reviewer.send('PUT', `/api/report/annual/${id}/outline`, { outline, version });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('outline.3.template');
    expect(bad.body.error.message).toContain('{{cases.unknown}}');
    const mine = [
      ...defaultOutline(2025).filter((s) => s.key !== 'services'),
      { key: 'safety-culture', level: 2 as const, title: '安全文化建设', template: '' },
    ];
    const ok = await reviewer.send('PUT', `/api/report/annual/${id}/outline`, { outline: mine, version });
    expect(ok.status).toBe(200);
    expect(ok.body.sections.at(-1).title).toBe('安全文化建设');
    // A second level after 四、 is numbered under it.
    expect(ok.body.sections.at(-1).number).toBe('（一）');
    version = ok.body.version;
    expect((await reviewer.send('PUT', `/api/report/annual/${id}/outline`, { outline: mine, version: version - 1 })).status).toBe(409);
  });

  it('keeps every saved draft of a narrative and never overwrites one saved meanwhile', async () => {
    const url = `/api/report/annual/${id}/sections/leader`;
    expect((await reviewer.send('PUT', url, { text: '局党委书记、局长认真履行第一责任人职责。', baseVersion: 0 })).body.version).toBe(1);
    const clash = await writingHead.send('PUT', url, { text: '另一稿', baseVersion: 0 });
    expect(clash.status).toBe(409);
    expect(clash.body.error.field).toBe('baseVersion');
    expect(
      (await writingHead.send('PUT', url, { text: '局党委书记、局长认真履行推进法治建设第一责任人职责，全年专题研究法治工作4次。', baseVersion: 1 })).body
        .version,
    ).toBe(2);
    const versions = await reviewer.get(`${url}/versions`);
    expect(versions.body.map((v: { version: number; authorName: string }) => [v.version, v.authorName])).toEqual([
      [2, 'city.head'],
      [1, 'city.reviewer'],
    ]);
    expect((await reviewer.send('PUT', `/api/report/annual/${id}/sections/nope`, { text: 'x', baseVersion: 0 })).status).toBe(404);
  });

  it('is not submitted while a section has neither figures nor text', async () => {
    const r = await reviewer.send('POST', `/api/report/annual/${id}/submit`, { version });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toContain('坚持依法科学民主决策');
  });

  it('is approved only by a principal leader who wrote none of it, after a return with reasons', async () => {
    const current = (await reviewer.get(`/api/report/annual/${id}`)).body;
    const parent = (i: number) => current.sections[i].level === 1 && current.sections[i + 1]?.level === 2;
    const bare = current.sections.filter((x: { template: string; narrative: unknown }, i: number) => !x.template && !x.narrative && !parent(i));
    for (const s of bare) {
      expect(
        (await reviewer.send('PUT', `/api/report/annual/${id}/sections/${s.key}`, { text: `${s.title}方面的工作情况。\n\n第二段。`, baseVersion: 0 })).status,
      ).toBe(200);
    }
    const submitted = await reviewer.send('POST', `/api/report/annual/${id}/submit`, { version });
    expect(submitted.status).toBe(200);
    expect(submitted.body.state).toBe('submitted');
    version = submitted.body.version;
    expect((await reviewer.send('PUT', `/api/report/annual/${id}/sections/leader`, { text: 'x', baseVersion: 2 })).status).toBe(409);
    expect((await reviewer.send('POST', `/api/report/annual/${id}/approve`, { version })).status).toBe(403);
    const own = await writingHead.send('POST', `/api/report/annual/${id}/approve`, { version });
    expect(own.status).toBe(403);
    expect(own.body.error.message).toContain('职责分离');
    expect((await head.send('POST', `/api/report/annual/${id}/return`, { version })).status).toBe(400);
    const returned = await head.send('POST', `/api/report/annual/${id}/return`, { version, reason: '请补充隐患整改情况' });
    expect(returned.body.state).toBe('drafting');
    expect(returned.body.returnReason).toBe('请补充隐患整改情况');
    version = (await reviewer.send('POST', `/api/report/annual/${id}/submit`, { version: returned.body.version })).body.version;
    const approved = await head.send('POST', `/api/report/annual/${id}/approve`, { version });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ state: 'approved', publishedOn: '2026-03-02', publishedOnTime: true, figuresFrozen: true, approvedBy: 'city.head2' });
  });

  it('keeps the approved figures when the records change afterwards', async () => {
    await addTasks(w.app.db, w.orgs.city.id, [{ enterpriseId, planId: null, matterCode: null, status: 'completed', completedOn: '2025-07-01' }], w.clock.now());
    const live = await reviewer.get(`/api/report/figures?orgId=${w.orgs.city.id}&from=2025-01-01&to=2025-12-31`);
    expect(figureOf({ figures: live.body }, 'inspections.total')?.text).toBe('2');
    const report = (await reviewer.get(`/api/report/annual/${id}`)).body;
    expect(figureOf(report, 'inspections.total')?.text).toBe('1');
  });

  it('is on the portal, text and annex, while drafts are not', async () => {
    await countyReviewer.send('POST', '/api/report/annual', { orgId: w.orgs.county.id, year: 2025 });
    const list = await anonymous('/api/public/reports');
    expect(list.body.map((r: { title: string }) => r.title)).toEqual(['咸宁市应急管理局2025年法治政府建设情况报告']);
    const detail = await anonymous(`/api/public/reports/${id}`);
    expect(detail.status).toBe(200);
    const all = detail.body.sections.flatMap((s: { paragraphs: string[] }) => s.paragraphs).join('\n');
    expect(all).toContain('全年共开展安全生产执法检查1次');
    expect(all).toContain('全年专题研究法治工作4次');
    expect(detail.body.annex.find((a: { code: string }) => a.code === 'inspections.total').text).toBe('1');
    const drafts = (await countyReviewer.get('/api/report/annual')).body;
    expect((await anonymous(`/api/public/reports/${drafts[0].id}`)).status).toBe(404);
  });

  it('prints as DOCX and PDF, for the bureau and on the portal', async () => {
    const docx = await reviewer.get(`/api/report/annual/${id}/document?format=docx`);
    expect(docx.status).toBe(200);
    expect(Buffer.from(docx.body).subarray(0, 2).toString()).toBe('PK');
    const pdf = await anonymous(`/api/public/reports/${id}/document?format=pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    expect(Buffer.from(pdf.body).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('writes every step to the ledger', async () => {
    const actions = await rows<{ action: string }>(w.app.db, sql`select action from ledger_entry where subject_id = ${id} order by seq`);
    const saved = await rows<{ n: number }>(w.app.db, sql`select count(*)::int as n from annual_report_text where report_id = ${id}`);
    expect(actions.filter((a) => a.action === 'annualReport.textSaved').length).toBe(saved[0].n);
    expect(actions.map((a) => a.action).filter((a) => a !== 'annualReport.textSaved')).toEqual([
      'annualReport.created',
      'annualReport.outlineChanged',
      'annualReport.submitted',
      'annualReport.returned',
      'annualReport.submitted',
      'annualReport.approved',
    ]);
    expect((await verifyLedger(w.app.db)).ok).toBe(true);
  });
});
