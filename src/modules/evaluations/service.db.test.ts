// 案卷评查 through the routes: the city announces a round over its county (the pool of closed and
// archived cases, the commitment before the beacon), draws once the beacon is out, the draw
// verifies from the published bundle; evaluators who handled a case or work for the county are
// refused; a file is scored with deductions, notified (a numbered notice), answered by the county;
// the round closes with its 优秀案卷; the figures agree with the bench's bare SQL. Refusals write nothing.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bareStatements } from '../../../bench/scenarios/report-figures-bare.js';
import { systemActor, type Actor } from '../../platform/context.js';
import { rows } from '../../platform/db/index.js';
import { ledgerEntry } from '../../platform/ledger/schema.js';
import { headSeq } from '../../platform/ledger/service.js';
import { createWorld, signIn, type Client, type TestWorld } from '../../testing/fixture.js';
import { caseEvent, penaltyCase } from '../cases/schema.js';
import { draftCase, staff } from '../cases/testing.js';
import { sampleEnterprise } from '../registry/fixture.js';
import { createEnterprise } from '../registry/service.js';
import { evaluationFigures } from './figures.js';

let w: TestWorld;
let approver: Actor;
let reviewerC: Client, headC: Client, approverC: Client, countyOfficerC: Client, countyChiefC: Client, otherC: Client;
const caseIds: string[] = [];

async function refused(client: Client, url: string, body: unknown) {
  const seq = await headSeq(w.app.db);
  const r = await client.send('POST', url, body);
  expect(await headSeq(w.app.db), 'a refusal writes nothing').toBe(seq);
  return r;
}

/** A county case closed on `closedOn` (its closure approved by the city's `approver`), written directly: the round reads it, not how it got there. */
async function closedCase(investigators: Actor[], entId: string, closedOn: string, state: 'closed' | 'archived') {
  const c = await draftCase(w, investigators[0], w.orgs.county, entId, investigators);
  await w.app.db
    .update(penaltyCase)
    .set({ state, decisionNumber: `（测）应急罚〔2026〕${caseIds.length + 1}号` })
    .where(eq(penaltyCase.id, c.id));
  await w.app.db.insert(caseEvent).values({
    caseId: c.id,
    version: 50,
    event: 'approveClosure',
    fromState: 'closurePending',
    toState: 'closed',
    actorId: approver.userId,
    at: new Date(`${closedOn}T02:00:00Z`),
    payload: {},
    ledgerSeq: 1,
  });
  caseIds.push(c.id);
  return c.id;
}

const BEACON = { source: '中国福利彩票双色球 第2026075期 开奖号码', format: '红球升序以空格分隔+蓝球', expectedAt: '2026-07-01T21:15:00+08:00' };

beforeAll(async () => {
  w = await createWorld(new Date('2026-07-01T13:00:00Z'));
  const { city, county, siblingCounty } = w.orgs;
  await staff(w, 'ev.reviewer', city, ['legalReviewer']);
  await staff(w, 'ev.head', city, ['head']);
  approver = await staff(w, 'ev.approver', city, ['officer']);
  const o1 = await staff(w, 'ev.o1', county, ['officer']);
  const o2 = await staff(w, 'ev.o2', county, ['officer']);
  await staff(w, 'ev.cchief', county, ['sectionChief', 'officer']);
  await staff(w, 'ev.other', siblingCounty, ['sectionChief', 'officer']);
  const entId = (await createEnterprise(w.app, systemActor, sampleEnterprise(83, '421202', { name: '咸宁市案卷评查测试机械有限公司' }))).id;
  await closedCase([o1, o2], entId, '2026-03-10', 'archived');
  await closedCase([o1, o2], entId, '2026-04-20', 'archived');
  await closedCase([o1, o2], entId, '2026-05-30', 'closed');
  // Closed after the period: not in the pool.
  await closedCase([o1, o2], entId, '2026-06-20', 'closed');
  [reviewerC, headC, approverC, countyOfficerC, countyChiefC, otherC] = await Promise.all(
    ['ev.reviewer', 'ev.head', 'ev.approver', 'ev.o1', 'ev.cchief', 'ev.other'].map((u) => signIn(w, u)),
  );
}, 120_000);
afterAll(() => w.close());

describe('an evaluation round from announcement to close', () => {
  let id: string;
  let round: { version: number; files: { id: string; version: number; caseId: string; state: string }[] };

  it('announces over a subordinate org, refuses its own org, and holds the secret back', async () => {
    const body = {
      orgId: w.orgs.city.id,
      name: '2026年上半年行政处罚案卷评查',
      periodFrom: '2026-01-01',
      periodTo: '2026-05-31',
      orgIds: [w.orgs.county.id],
      perOrg: 2,
      beacon: BEACON,
    };
    const own = await refused(reviewerC, '/api/evaluations', { ...body, orgIds: [w.orgs.city.id] });
    expect(own.status).toBe(422);
    expect(own.body.error.field).toBe('orgIds.0');
    const both = await refused(reviewerC, '/api/evaluations', { ...body, sharePercent: 50 });
    expect(both.status).toBe(400);
    const late = await refused(reviewerC, '/api/evaluations', { ...body, beacon: { ...BEACON, expectedAt: '2026-07-01T20:00:00+08:00' } });
    expect(late.status).toBe(422);
    expect(await refused(countyOfficerC, '/api/evaluations', body)).toMatchObject({ status: 403 });

    const r = await reviewerC.send('POST', '/api/evaluations', body);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ state: 'announced', secret: null, fileCount: 0, orgs: [{ orgId: w.orgs.county.id, poolSize: 3 }] });
    id = r.body.id;
    const [entry] = await w.app.db.select().from(ledgerEntry).where(eq(ledgerEntry.subjectId, id));
    expect(entry.action).toBe('evaluation.announced');
  });

  it('draws only once the beacon is out, and the bundle verifies', async () => {
    const early = await refused(reviewerC, `/api/evaluations/${id}/draw`, { version: 1, beacon: '03 08 14 21 27 32+11' });
    expect(early.status).toBe(422);
    w.clock.set(new Date('2026-07-01T13:20:00Z'));
    expect((await refused(reviewerC, `/api/evaluations/${id}/draw`, { version: 9, beacon: '03 08 14 21 27 32+11' })).status).toBe(409);
    const r = await reviewerC.send('POST', `/api/evaluations/${id}/draw`, { version: 1, beacon: '03 08 14 21 27 32+11' });
    expect(r.status).toBe(200);
    expect(r.body.state).toBe('drawn');
    expect(r.body.secret).toMatch(/^[0-9a-f]{64}$/);
    expect(r.body.files).toHaveLength(2);
    for (const f of r.body.files) expect(caseIds.slice(0, 3)).toContain(f.caseId);
    round = r.body;
    const b = await countyChiefC.get(`/api/evaluations/${id}/bundle`);
    expect(b.status).toBe(200);
    expect(b.body.verdict.ok).toBe(true);
    expect(b.body.bundle.result.files.map((f: { caseId: string }) => f.caseId)).toEqual(round.files.map((f) => f.caseId));
  });

  it('refuses an evaluator who handled the case or works for the evaluated org', async () => {
    const f = round.files[0];
    const body = { version: f.version, deductions: [] };
    const handled = await refused(approverC, `/api/evaluations/${id}/files/${f.id}/score`, body);
    expect(handled.status).toBe(422);
    expect(handled.body.error.message).toContain('批准人不得评查该案卷');
    const own = await refused(countyChiefC, `/api/evaluations/${id}/files/${f.id}/score`, body);
    expect(own.status).toBe(422);
    expect(own.body.error.message).toContain('被评查机关的工作人员');
    const investigator = await refused(countyOfficerC, `/api/evaluations/${id}/files/${f.id}/score`, body);
    expect(investigator.body.error.message).toContain('本案调查人员不得评查该案卷');
    expect((await refused(otherC, `/api/evaluations/${id}/files/${f.id}/score`, body)).status).toBe(403);
  });

  it('scores with deductions, notifies with a numbered notice, and the county answers', async () => {
    const [f, g] = round.files;
    const bad = await refused(reviewerC, `/api/evaluations/${id}/files/${f.id}/score`, {
      version: f.version,
      deductions: [{ ruleCode: 'nope', times: 1, note: '问题' }],
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.field).toBe('deductions.0.ruleCode');
    let r = await reviewerC.send('POST', `/api/evaluations/${id}/files/${f.id}/score`, {
      version: f.version,
      deductions: [
        { ruleCode: 'evidence.form', times: 2, note: '现场照片未注明拍摄时间和地点' },
        { ruleCode: 'discretion.reasons', times: 1, note: '罚款数额未说明裁量理由' },
      ],
      comment: '证据形式和裁量说理需规范',
    });
    expect(r.status).toBe(200);
    let scored = r.body.files.find((x: { id: string }) => x.id === f.id);
    expect(scored).toMatchObject({ state: 'scored', score: 93, grade: 'excellent', defectCount: 2 });
    r = await reviewerC.send('POST', `/api/evaluations/${id}/files/${g.id}/score`, { version: g.version, deductions: [] });
    expect(r.body.files.find((x: { id: string }) => x.id === g.id)).toMatchObject({ score: 100, grade: 'excellent' });

    // The county sees no draft score before the result is notified, in the round or the list.
    expect((await countyChiefC.get(`/api/evaluations/${id}`)).body.files.map((x: { score: number | null }) => x.score)).toEqual([null, null]);
    expect((await countyChiefC.get('/api/evaluations/files')).body.total).toBe(0);
    expect((await reviewerC.get('/api/evaluations/files')).body.total).toBe(2);
    const early = await refused(countyChiefC, `/api/evaluations/${id}/files/${f.id}/answer`, {
      version: scored.version,
      answer: '已对照评查意见整改完毕，补充说明。',
    });
    expect(early.status).toBe(422);
    r = await headC.send('POST', `/api/evaluations/${id}/files/${f.id}/notify`, { version: scored.version });
    expect(r.status).toBe(200);
    scored = r.body.files.find((x: { id: string }) => x.id === f.id);
    expect(scored.noticeNumber).toMatch(/应急评查〔2026〕1号$/);
    const doc = await countyChiefC.get(`/api/evaluations/${id}/files/${f.id}/notice?format=docx`);
    expect(doc.status).toBe(200);
    const pdf = await countyChiefC.get(`/api/evaluations/${id}/files/${f.id}/notice?format=pdf`);
    expect(pdf.status).toBe(200);

    // The county sees its files, not the sibling's; a sibling county may not answer.
    expect((await otherC.get(`/api/evaluations/${id}`)).status).toBe(403);
    expect((await refused(otherC, `/api/evaluations/${id}/files/${f.id}/answer`, { version: scored.version, answer: '越权反馈的整改说明内容' })).status).toBe(
      403,
    );
    // Nor does the running org answer on the county's behalf.
    expect((await refused(headC, `/api/evaluations/${id}/files/${f.id}/answer`, { version: scored.version, answer: '代为反馈的整改说明内容' })).status).toBe(
      403,
    );
    r = await countyChiefC.send('POST', `/api/evaluations/${id}/files/${f.id}/answer`, {
      version: scored.version,
      answer: '已组织办案人员补注照片拍摄信息，并在决定书中补充裁量说理，今后统一执行。',
    });
    expect(r.status).toBe(200);
    expect(r.body.files.find((x: { id: string }) => x.id === f.id)).toMatchObject({ state: 'answered' });
    const gv = (await reviewerC.get(`/api/evaluations/${id}`)).body.files.find((x: { id: string }) => x.id === g.id);
    await headC.send('POST', `/api/evaluations/${id}/files/${g.id}/notify`, { version: gv.version });
  });

  it('closes with its 优秀案卷, and the figures agree with the bare SQL and the drill-down', async () => {
    const now = (await reviewerC.get(`/api/evaluations/${id}`)).body;
    const [f, g] = now.files;
    const r = await headC.send('POST', `/api/evaluations/${id}/close`, {
      version: now.version,
      excellentFileIds: [g.id],
      summary: '本次评查抽取案卷两份，总体规范。',
    });
    expect(r.status).toBe(200);
    expect(r.body.state).toBe('closed');
    expect(r.body.files.find((x: { id: string }) => x.id === g.id).excellent).toBe(true);
    expect(r.body.files.find((x: { id: string }) => x.id === f.id).excellent).toBe(false);
    expect((await refused(reviewerC, `/api/evaluations/${id}/files/${f.id}/score`, { version: 9, deductions: [] })).status).toBe(422);

    const scope = { orgId: w.orgs.city.id, orgPath: w.orgs.city.path, from: '2026-07-01', to: '2026-07-31' };
    const measured = await evaluationFigures.measure(w.app.db, scope);
    expect(measured).toEqual({
      'evaluations.files': { count: 2 },
      'evaluations.averageScore': { part: 193, whole: 2 },
      'evaluations.defects': { count: 2 },
      'evaluations.excellent': { count: 1 },
    });
    const bare = bareStatements(scope.orgPath, scope.from, scope.to).find((b) => b.module === 'evaluations')!;
    const [row] = await rows<Record<string, unknown>>(w.app.db, bare.query);
    expect(bare.read(row)).toEqual(measured);
    const drill = evaluationFigures.definitions[0].drill!(scope);
    const listed = await reviewerC.get(`/api${drill}`);
    expect(listed.body.total).toBe(2);
    const found = await countyChiefC.get('/api/evaluations/files?grade=excellent&sort=score&order=desc&excellent=true');
    expect(found.body.items.map((x: { id: string }) => x.id)).toEqual([g.id]);
    const xlsx = await reviewerC.get('/api/evaluations/files/export.xlsx');
    expect(xlsx.status).toBe(200);
  });
});
