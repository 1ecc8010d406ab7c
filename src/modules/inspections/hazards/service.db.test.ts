import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../../platform/db/index.js';
import { ledgerEntry } from '../../../platform/ledger/schema.js';
import { headSeq } from '../../../platform/ledger/service.js';
import { verifyLedger } from '../../../platform/ledger/verify.js';
import { addUser, createWorld, signIn, type Client, type TestWorld } from '../../../testing/fixture.js';
import { rectificationOrderData } from '../records/documents.js';
import { openCaseFromFinding } from '../../cases/from-finding/service.js';
import { addHazard } from './service.js';
import { enterpriseUser, inspectionScene } from '../fixture.js';
import { samplePng } from '../instruments/samples.js';
import { scheduledJobRun } from '../../../platform/jobs/schema.js';
import { hazard } from '../schema.js';
import { OVERDUE_JOB, startSweeper, sweepOverdueHazards } from './sweeper.js';

let w: TestWorld;
let officer: Client; // on the team of the county scene
let chief: Client;
let wuhan: Client;
let owner: Client; // enterprise user of the county scene's enterprise
let neighbour: Client; // enterprise user of another enterprise
let scene: Awaited<ReturnType<typeof inspectionScene>>;
let other: Awaited<ReturnType<typeof inspectionScene>>;

beforeAll(async () => {
  w = await createWorld(new Date('2026-03-02T02:00:00Z'));
  scene = await inspectionScene(w, w.orgs.county, '421202', { record: true, complete: true });
  other = await inspectionScene(w, w.orgs.county, '421202', { record: true, complete: true });
  await enterpriseUser(w, 'ent.owner', w.orgs.county.id, scene.e.id);
  await enterpriseUser(w, 'ent.neighbour', w.orgs.county.id, other.e.id);
  await addUser(w, 'hz.chief', w.orgs.city.id, ['sectionChief']);
  await addUser(w, 'hz.wuhan', w.orgs.siblingCity.id, ['head']);
  const [u] = await rows<{ username: string }>(w.app.db, sql`select username from user_account where id = ${scene.officerIds[0]}`);
  [officer, chief, wuhan, owner, neighbour] = await Promise.all([u.username, 'hz.chief', 'hz.wuhan', 'ent.owner', 'ent.neighbour'].map((n) => signIn(w, n)));
}, 90_000);
afterAll(() => w.close());

const go = (c: Client, id: string, step: string, body: Record<string, unknown>) => c.send('POST', `/api/inspections/hazards/${id}/${step}`, body);
const entriesFor = async (id: string) =>
  (
    await w.app.db
      .select()
      .from(ledgerEntry)
      .where(and(eq(ledgerEntry.subjectType, 'hazard'), eq(ledgerEntry.subjectId, id)))
      .orderBy(ledgerEntry.seq)
  ).map((e) => e.action);
const numbersOf = async (id: string) =>
  await rows<{ type: string; number: string }>(
    w.app.db,
    sql`select type, number from instrument_number where subject_type = 'hazard' and subject_id = ${id} order by serial`,
  );
const download = (c: Client, id: string, file: string) =>
  w.http.inject({ method: 'GET', url: `/api/inspections/hazards/${id}/${file}`, headers: { cookie: c.cookie } });

describe('enterprise portal scope', () => {
  it('shows an enterprise user only their enterprise hazards and refuses another enterprise (403)', async () => {
    const mine = await owner.get('/api/inspections/hazards');
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((h: { id: string }) => h.id)).toEqual([scene.hazard!.id]);
    expect((await owner.get(`/api/inspections/hazards/${other.hazard!.id}`)).status).toBe(403);
    const before = await headSeq(w.app.db);
    expect((await owner.send('POST', `/api/inspections/hazards/${other.hazard!.id}/rectification`, { version: 1, note: '已组织考核合格' })).status).toBe(403);
    expect((await owner.send('POST', `/api/inspections/hazards/${other.hazard!.id}/evidence?fileName=a.png&kind=photo`)).status).toBe(403);
    expect(await headSeq(w.app.db)).toBe(before);
    // Nor the bureau's own pages, nor the officers' decisions.
    expect((await owner.get('/api/inspections/tasks')).status).toBe(403);
    expect((await owner.get(`/api/inspections/records/${scene.record!.id}`)).status).toBe(403);
    expect((await owner.send('POST', `/api/inspections/hazards/${scene.hazard!.id}/reinspection`, { version: 1, passed: true, note: '合格' })).status).toBe(
      403,
    );
    // And officers do not act for the enterprise.
    expect((await officer.send('POST', `/api/inspections/hazards/${scene.hazard!.id}/rectification`, { version: 1, note: '已组织考核合格' })).status).toBe(403);
    expect((await wuhan.get(`/api/inspections/hazards/${scene.hazard!.id}`)).status).toBe(403);
    expect((await neighbour.get('/api/inspections/hazards')).body.items.map((h: { id: string }) => h.id)).toEqual([other.hazard!.id]);
  });
});

describe('rectification to closure', () => {
  it('walks submit → reject → extension → grant → submit with evidence → close, one ledger entry each', async () => {
    const id = scene.hazard!.id;
    let v = 1;
    const step = async (c: Client, path: string, body: Record<string, unknown>, status: string) => {
      const res = await go(c, id, path, { version: v, ...body });
      expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBe(200);
      expect(res.body.status).toBe(status);
      v = res.body.version;
      return res.body;
    };
    await step(owner, 'rectification', { note: '已安排人员参加考核' }, 'rectificationSubmitted');
    expect((await go(owner, id, 'rectification', { version: v, note: '再次提交整改' })).status).toBe(422);
    await step(officer, 'reinspection', { passed: false, note: '尚无考核合格证明' }, 'open');
    expect((await go(owner, id, 'extension-request', { version: v, until: '2026-03-10', reason: '考核需排期' })).status).toBe(422); // not later than the deadline
    await step(owner, 'extension-request', { until: '2026-03-30', reason: '考核需排期，三月下旬统一考试' }, 'extensionRequested');
    const granted = await step(chief, 'extension-decision', { grant: true, until: '2026-03-30', note: '同意延期' }, 'open');
    expect(granted).toMatchObject({ deadline: '2026-03-30', requestedDeadline: null });
    await step(owner, 'rectification', { note: '两名安全管理人员已考核合格' }, 'rectificationSubmitted');
    const up = await w.http.inject({
      method: 'POST',
      url: `/api/inspections/hazards/${id}/evidence?fileName=${encodeURIComponent('合格证.png')}&kind=photo`,
      headers: { cookie: owner.cookie, 'x-csrf-token': owner.csrf, 'content-type': 'application/octet-stream' },
      payload: Buffer.from(samplePng()),
    });
    expect(up.statusCode).toBe(201);
    expect((await owner.get(`/api/inspections/hazards/${id}/evidence`)).body).toHaveLength(1);
    expect((await officer.get(`/api/inspections/evidence/${up.json().id}`)).status).toBe(200);
    expect((await go(officer, id, 'reinspection', { version: v - 1, passed: true, note: '合格' })).status).toBe(409);
    w.clock.advance(10 * 60_000);
    expect((await download(owner, id, 'on-site-measures.pdf')).statusCode).toBe(422); // no measure was taken
    const closed = await step(officer, 'reinspection', { passed: true, note: '复查合格，予以销号' }, 'closed');
    expect(closed.closedOn).toBe('2026-03-02');
    expect(await entriesFor(id)).toEqual([
      'hazard.found',
      'hazard.submitRectification',
      'hazard.reinspect',
      'instrument.numbered',
      'hazard.requestExtension',
      'hazard.decideExtension',
      'hazard.submitRectification',
      'hazard.reinspect',
      'instrument.numbered',
    ]);
    // Each re-inspection was answered by its own 整改复查意见书; the file is the latest one, for the enterprise too.
    const numbers = await numbersOf(id);
    expect(numbers.map((n) => n.type)).toEqual(['reinspectionOpinion', 'reinspectionOpinion']);
    expect(numbers[1].number).toMatch(/应急复查〔2026〕\d+号$/);
    const pdf = await download(owner, id, 'reinspection-opinion.pdf');
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await download(wuhan, id, 'reinspection-opinion.docx')).statusCode).toBe(403);
    expect(await numbersOf(id)).toEqual(numbers); // downloads issue nothing
    expect((await go(officer, id, 'escalation', { version: v, reason: '已经关闭的隐患' })).status).toBe(422);
    // The order served stays as served: the extension does not move its deadline.
    const order = await rectificationOrderData(w.app, scene.officer, scene.record!.id);
    expect(order).toMatchObject({ deadline: '2026-03-16', number: scene.record!.orderNumber, inspectionRecordNumber: scene.record!.number });
    expect((await verifyLedger(w.app.db)).ok).toBe(true);
  });

  it('escalates a major hazard at once, with a reason', async () => {
    const id = other.hazard!.id;
    expect((await go(officer, id, 'escalation', { version: 1, reason: '' })).status).toBe(400);
    expect((await download(neighbour, id, 'on-site-measures.docx')).statusCode).toBe(422);
    const res = await go(chief, id, 'escalation', { version: 1, reason: '重大事故隐患，须责令停产停业整顿并立案', measure: 'suspendProduction' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'escalated', escalationReason: '重大事故隐患，须责令停产停业整顿并立案', escalationMeasure: 'suspendProduction' });
    // The 现场处理措施决定书 was numbered with the escalation, and is served to the enterprise it binds.
    expect((await numbersOf(id)).map((n) => n.type)).toEqual(['onSiteMeasures']);
    const docx = await download(neighbour, id, 'on-site-measures.docx');
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('figures and the overdue sweeper', () => {
  const direct = async (orgPath: string, from: string, to: string) => {
    const [r] = await rows<Record<string, number>>(
      w.app.db,
      sql`select count(*)::int as found,
                 count(*) filter (where h.status = 'closed' and h.closed_on <= ${to})::int as rectified,
                 count(*) filter (where h.grade = 'major')::int as major,
                 count(*) filter (where h.status = 'overdue')::int as overdue,
                 count(*) filter (where h.grade = 'major' and exists (select 1 from penalty_case c where c.source_hazard_id = h.id))::int as "majorCased"
          from hazard h join org o on o.id = h.org_id
          where o.path like ${`${orgPath}%`} and h.found_on between ${from} and ${to}`,
    );
    return r;
  };

  it('marks overdue hazards once a day, survives a restart, and the figures equal a direct count', async () => {
    // A third scene with a general hazard due 2026-03-05 (scene: closed, other: escalated).
    const third = await inspectionScene(w, w.orgs.county, '421202', { record: true });
    const general = await addHazard(w.app, third.officer, third.record!.id, {
      description: '消防通道堆放杂物',
      location: '东侧通道',
      measures: '清理杂物',
      deadline: '2026-03-05',
      responsiblePerson: '李四',
    });

    const first = await sweepOverdueHazards(w.app);
    expect(first).toMatchObject({ ran: true, marked: [] });
    const seq = await headSeq(w.app.db);
    expect(await sweepOverdueHazards(w.app)).toMatchObject({ ran: false });
    // Past both third-scene deadlines (03-05 and 03-16).
    w.clock.set(new Date('2026-03-20T01:00:00Z'));
    const swept = await sweepOverdueHazards(w.app);
    expect(swept.ran).toBe(true);
    expect(new Set(swept.marked)).toEqual(new Set([general.id, third.hazard!.id]));
    expect(await headSeq(w.app.db)).toBe(seq + 1);
    // A restart is a new process calling the same function: the run row says it already ran.
    expect(await sweepOverdueHazards(w.app)).toMatchObject({ ran: false, marked: [] });
    expect(await headSeq(w.app.db)).toBe(seq + 1);
    const runs = await w.app.db.select().from(scheduledJobRun).where(eq(scheduledJobRun.job, OVERDUE_JOB));
    expect(runs.map((r) => r.runKey).sort()).toEqual(['2026-03-02', '2026-03-20']);
    const [g] = await w.app.db.select().from(hazard).where(eq(hazard.id, general.id));
    expect(g).toMatchObject({ status: 'overdue', version: 2 });

    // 立案 from two of the three major findings: the closed one and the escalated one.
    for (const s of [scene, other]) await openCaseFromFinding(w.app, s.officer, { hazardId: s.hazard!.id, violationTypeCode: 'WSL-97-2' });

    const chief2 = await signIn(w, 'hz.chief');
    for (const [orgId, path] of [
      [w.orgs.city.id, w.orgs.city.path],
      [w.orgs.county.id, w.orgs.county.path],
    ] as const) {
      const res = await chief2.get(`/api/inspections/figures?orgId=${orgId}&from=2026-03-01&to=2026-03-31`);
      expect(res.status).toBe(200);
      const want = await direct(path, '2026-03-01', '2026-03-31');
      expect(res.body).toMatchObject(want);
      expect(want).toEqual({ found: 4, rectified: 1, major: 3, overdue: 2, majorCased: 2 });
      expect(res.body.rectificationRate).toBe(25);
      expect(res.body.caseRate).toBe(66.67);
    }
    expect((await chief2.get(`/api/inspections/figures?orgId=${w.orgs.city.id}&from=2026-04-01&to=2026-04-30`)).body).toMatchObject({
      found: 0,
      rectificationRate: null,
      major: 0,
      caseRate: null,
    });
    expect((await chief2.get(`/api/inspections/figures?orgId=${w.orgs.siblingCity.id}&from=2026-03-01&to=2026-03-31`)).status).toBe(403);
  });

  it('runs the sweep when the server starts, once per China day', async () => {
    w.clock.set(new Date('2026-03-20T17:00:00Z')); // 03-21 01:00 in Beijing
    const first = startSweeper(w.app, { pollMs: 60_000 });
    await first.stop();
    const second = startSweeper(w.app, { pollMs: 60_000 });
    await second.stop();
    const runs = await w.app.db
      .select()
      .from(scheduledJobRun)
      .where(and(eq(scheduledJobRun.job, OVERDUE_JOB), eq(scheduledJobRun.runKey, '2026-03-21')));
    expect(runs).toHaveLength(1);
  });
});
