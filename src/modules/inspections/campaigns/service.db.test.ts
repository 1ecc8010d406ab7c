import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../../platform/context.js';
import { ledgerEntry } from '../../../platform/ledger/schema.js';
import { headSeq } from '../../../platform/ledger/service.js';
import { addUser, createWorld, signIn, type Client, type TestWorld } from '../../../testing/fixture.js';
import { sampleEnterprise } from '../../registry/fixture.js';
import { createEnterprise } from '../../registry/service.js';
import { actorOf, answerAll, inspectionScene, officerPair } from '../fixture.js';
import { samplePng } from '../instruments/samples.js';
import { completeRecord, saveRecord, startRecord } from '../records/service.js';
import { addHazard, fireHazard } from '../hazards/service.js';

let w: TestWorld;
let head: Client; // head of the city: launches and closes
let chief: Client; // section chief of the county: a leader, but below the campaign's org
let officer: Client; // county officer on the team
let stranger: Client; // officer of another city's county
let team: string[];
let chemical: string; // C2614, in scope
let machinery: string; // C3311, outside the campaign's industries
let scene: Awaited<ReturnType<typeof inspectionScene>>;
let campaignId = '';
let taskId = '';
const tasks = '/api/inspections/tasks';

beforeAll(async () => {
  w = await createWorld(new Date('2026-03-02T02:00:00Z'));
  team = await officerPair(w, w.orgs.county, 'cmp');
  await addUser(w, 'cmp.head', w.orgs.city.id, ['head']);
  await addUser(w, 'cmp.chief', w.orgs.county.id, ['sectionChief']);
  await addUser(w, 'cmp.stranger', w.orgs.siblingCounty.id, ['officer']);
  chemical = (await createEnterprise(w.app, systemActor, sampleEnterprise(901, '421202'))).id;
  machinery = (await createEnterprise(w.app, systemActor, sampleEnterprise(902, '421202', { industryCode: 'C3311', keyCategories: [] }))).id;
  // A hazard found before the campaign, still open when it starts.
  scene = await inspectionScene(w, w.orgs.county, '421202', { record: true, complete: true });
  [head, chief, officer, stranger] = await Promise.all(['cmp.head', 'cmp.chief', 'cmp.1', 'cmp.stranger'].map((u) => signIn(w, u)));
}, 60_000);
afterAll(() => w.close());

const base = () => ({ orgId: w.orgs.county.id, enterpriseId: chemical, officerIds: team, reason: '专项整治期间的现场检查', plannedOn: '2026-03-03' });

describe('task kinds through the API', () => {
  it('refuses each kind without its own field, naming the field in Chinese, and writes nothing', async () => {
    const seq = await headSeq(w.app.db);
    for (const [source, field, words] of [
      ['tip', 'tipRef', '举报编号或来源'],
      ['joint', 'departments', '联合执法部门'],
      ['campaign', 'campaignId', '所属专项整治'],
    ] as const) {
      const res = await officer.send('POST', tasks, { ...base(), source });
      expect(res.status, source).toBe(400);
      expect(res.body.error).toMatchObject({ field, message: expect.stringContaining(words) });
    }
    const alone = await officer.send('POST', tasks, { ...base(), source: 'unannounced', officerIds: [team[0]] });
    expect(alone.status).toBe(422);
    expect(alone.body.error).toMatchObject({
      field: 'officerIds',
      article: '行政处罚法 第四十二条',
      message: expect.stringContaining('暗查暗访的执法人员不得少于2人'),
    });
    expect(await headSeq(w.app.db)).toBe(seq);
  });

  it('opens a joint and an unannounced task, storing only their own fields', async () => {
    const joint = await officer.send('POST', tasks, { ...base(), source: 'joint', departments: ['市场监督管理局', ' 消防救援大队 '], tipRef: '不应保存' });
    expect(joint.status, JSON.stringify(joint.body)).toBe(201);
    expect(joint.body).toMatchObject({ source: 'joint', departments: ['市场监督管理局', '消防救援大队'], tipRef: null, campaignId: null });
    const covert = await officer.send('POST', tasks, { ...base(), source: 'unannounced', departments: ['不应保存'] });
    expect(covert.body).toMatchObject({ source: 'unannounced', departments: [] });
    const [entry] = await w.app.db
      .select()
      .from(ledgerEntry)
      .where(and(eq(ledgerEntry.subjectId, joint.body.id), eq(ledgerEntry.action, 'inspectionTask.opened')));
    expect(entry.payload).toMatchObject({ source: 'joint', departments: ['市场监督管理局', '消防救援大队'] });
  });
});

describe('专项整治', () => {
  const campaign = {
    name: '危险化学品安全专项整治',
    basis: '咸应急〔2026〕8号',
    startsOn: '2026-03-10',
    endsOn: '2026-04-30',
    industryCodes: ['C26'],
    goal: '重大隐患动态清零',
  };

  it('is launched by a leader of the org or above only, with its period and industries checked', async () => {
    const body = { ...campaign, orgId: w.orgs.city.id };
    expect((await officer.send('POST', '/api/inspections/campaigns', body)).status).toBe(403);
    expect((await chief.send('POST', '/api/inspections/campaigns', body)).status).toBe(403);
    const backwards = await head.send('POST', '/api/inspections/campaigns', { ...body, endsOn: '2026-03-01' });
    expect(backwards.body.error).toMatchObject({ field: 'endsOn' });
    const unknown = await head.send('POST', '/api/inspections/campaigns', { ...body, industryCodes: ['C99'] });
    expect(unknown.body.error).toMatchObject({ field: 'industryCodes' });
    const seq = await headSeq(w.app.db);
    const res = await head.send('POST', '/api/inspections/campaigns', body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ status: 'planned', orgName: '咸宁市应急管理局', createdByName: 'cmp.head', version: 1 });
    expect(await headSeq(w.app.db)).toBe(seq + 1);
    campaignId = res.body.id;
  });

  it('is seen by the county below it, not by another city', async () => {
    expect((await officer.get('/api/inspections/campaigns')).body.map((c: { id: string }) => c.id)).toContain(campaignId);
    expect((await officer.get(`/api/inspections/campaigns/${campaignId}`)).status).toBe(200);
    expect((await stranger.get('/api/inspections/campaigns')).body).toEqual([]);
    for (const path of ['', '/figures', '/tasks']) expect((await stranger.get(`/api/inspections/campaigns/${campaignId}${path}`)).status).toBe(403);
    expect((await stranger.send('POST', `/api/inspections/campaigns/${campaignId}/close`, { nonsense: true })).status).toBe(403);
    expect((await officer.get('/api/inspections/campaigns/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('takes 专项检查 tasks in its period and scope only', async () => {
    const body = { ...base(), source: 'campaign', campaignId };
    expect((await officer.send('POST', tasks, body)).body.error).toMatchObject({ field: 'plannedOn' });
    expect((await officer.send('POST', tasks, { ...body, plannedOn: '2026-03-12', enterpriseId: machinery })).body.error).toMatchObject({
      field: 'enterpriseId',
    });
    const res = await officer.send('POST', tasks, { ...body, plannedOn: '2026-03-12' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ source: 'campaign', campaignId });
    taskId = res.body.id;
    expect((await officer.get(`/api/inspections/campaigns/${campaignId}/tasks`)).body.map((t: { id: string }) => t.id)).toEqual([taskId]);
  });

  it('counts its figures from the tasks, records and hazards, before and after', async () => {
    w.clock.set(new Date('2026-03-12T02:00:00Z'));
    // Ten days on, the sessions have timed out.
    [head, chief, officer] = await Promise.all(['cmp.head', 'cmp.chief', 'cmp.1'].map((u) => signIn(w, u)));
    const me = actorOf(team[0], w.orgs.county);
    let record = await startRecord(w.app, me, taskId, { checklistCode: 'CL-GEN', place: '储罐区' });
    record = await saveRecord(w.app, me, record.id, {
      version: record.version,
      place: '储罐区',
      present: [{ name: '赵六' }],
      items: answerAll('CL-GEN', { 'CL-GEN-05': { result: 'hazard', note: '未经考核' } }),
      findings: '发现一处隐患。',
      signerName: '赵六',
      signaturePng: Buffer.from(samplePng()).toString('base64'),
    });
    await addHazard(w.app, me, record.id, {
      checkItemCode: 'CL-GEN-05',
      description: '安全管理人员未经考核合格',
      location: '安全科',
      measures: '组织考核',
      deadline: '2026-04-10',
      responsiblePerson: '赵六',
    });
    await completeRecord(w.app, me, record.id, record.version);
    // The hazard from before the campaign is rectified during it.
    await fireHazard(w.app, scene.officer, scene.hazard!.id, { type: 'reinspect', passed: true, note: '已整改' }, scene.hazard!.version);
    const f = await officer.get(`/api/inspections/campaigns/${campaignId}/figures`);
    expect(f.body).toEqual({
      asOf: '2026-03-12',
      enterprisesInScope: 2, // chemical and the scene's enterprise (C2614); machinery is C3311
      tasks: 1,
      tasksCompleted: 1,
      enterprisesInspected: 1,
      hazardsFound: 1,
      hazardsRectified: 0,
      hazardsOpen: 1,
      // CL-GEN-05 is a 重大事故隐患 item: both hazards are major.
      majorFound: 1,
      majorRectified: 0,
      majorOpen: 1,
      openAtStart: 1,
      openAtEnd: 1,
      majorOpenAtStart: 1,
      majorOpenAtEnd: 1,
    });
  });

  it('is closed by a leader of its org, once, with the version and a summary; then takes no more tasks', async () => {
    const close = (c: Client, body: unknown) => c.send('POST', `/api/inspections/campaigns/${campaignId}/close`, body);
    expect((await officer.send('POST', `/api/inspections/campaigns/${campaignId}/close`, { version: 1, note: '总结' })).status).toBe(403);
    expect((await close(chief, { version: 1, note: '总结' })).status).toBe(403);
    expect((await close(head, { version: 2, note: '总结' })).status).toBe(409);
    const seq = await headSeq(w.app.db);
    const closed = await close(head, { version: 1, note: '排查企业2家，发现隐患1处' });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', closedOn: '2026-03-12', closingNote: '排查企业2家，发现隐患1处', version: 2 });
    expect(await headSeq(w.app.db)).toBe(seq + 1);
    const [entry] = await w.app.db
      .select()
      .from(ledgerEntry)
      .where(and(eq(ledgerEntry.subjectId, campaignId), eq(ledgerEntry.action, 'campaign.closed')));
    expect(entry.payload).toMatchObject({ figures: { tasks: 1, openAtStart: 1 } });
    expect((await close(head, { version: 2, note: '再次结束' })).body.error).toMatchObject({ field: 'status' });
    const late = await officer.send('POST', tasks, { ...base(), plannedOn: '2026-03-20', source: 'campaign', campaignId });
    expect(late.status).toBe(422);
    expect(late.body.error).toMatchObject({ field: 'campaignId', message: expect.stringContaining('已结束') });
    expect((await officer.get('/api/inspections/campaigns?status=closed')).body.map((c: { id: string }) => c.id)).toEqual([campaignId]);
  });
});
