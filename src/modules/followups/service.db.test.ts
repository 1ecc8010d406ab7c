// 执法回访 through the routes: a decision on the spot makes its follow-up in the decision's own
// transaction (and a closed hazard when the rule draws it); an officer records a visit; the
// enterprise answers online, unhappy, and the legal office — not the officer who decided — closes
// the problem. Refusals: 400 naming the field, 403 for the wrong role, org, enterprise or duty,
// 409 on a stale version or a second record; none writes a ledger entry.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Actor } from '../../platform/context.js';
import { headSeq } from '../../platform/ledger/service.js';
import { ledgerEntry } from '../../platform/ledger/schema.js';
import { createWorld, signIn, type Client, type TestWorld } from '../../testing/fixture.js';
import { column, readSheet } from '../../testing/sheets.js';
import { staff } from '../cases/testing.js';
import { createCase, fire, getCase } from '../cases/service.js';
import { enterpriseUser, inspectionScene } from '../inspections/fixture.js';
import { completeRecord } from '../inspections/records/service.js';
import { fireHazard } from '../inspections/hazards/service.js';
import { sampleEnterprise } from '../registry/fixture.js';
import { createEnterprise } from '../registry/service.js';
import { followUpFigures } from './figures.js';
import { sampled, samplingLine } from './rules.js';
import { followUpVisit } from './schema.js';

let w: TestWorld;
let chief: Actor;
let officer: Client, leader: Client, reviewer: Client, other: Client, ent: Client, ent2: Client;
let entId: string;

/** A case decided on the spot by the chief (an officer too) against the enterprise; its follow-up's id. */
async function decided(enterpriseId = entId) {
  const c = await createCase(w.app, chief, {
    orgId: w.orgs.county.id,
    procedure: 'summary',
    partyKind: 'organisation',
    enterpriseId,
    violationTypeCode: 'WSL-97-1',
    violationDate: '2026-03-02',
    summary: '现场发现未配备安全生产管理人员',
    investigatorIds: [chief.userId!],
  });
  const { version } = await getCase(w.app, systemActor, c.id);
  await fire(w.app, chief, c.id, { event: 'decideOnSite', version, payload: { penalty: { measures: ['fine'], fineYuan: 2_000, confiscationYuan: 0 } } });
  const [f] = await w.app.db.select().from(followUpVisit).where(eq(followUpVisit.subjectId, c.id));
  return { caseId: c.id, f };
}

/** Sends and checks that a refusal wrote nothing. */
async function refused(client: Client, url: string, body: unknown) {
  const seq = await headSeq(w.app.db);
  const r = await client.send('POST', url, body);
  expect(await headSeq(w.app.db), 'a refusal writes nothing').toBe(seq);
  return r;
}

const SATISFIED = { fairness: 'satisfied', conduct: 'satisfied', satisfaction: 'satisfied' };

beforeAll(async () => {
  w = await createWorld(new Date('2026-03-02T02:00:00Z'));
  const { county, siblingCounty } = w.orgs;
  chief = await staff(w, 'fu.chief', county, ['sectionChief', 'officer']);
  await staff(w, 'fu.officer', county, ['officer']);
  await staff(w, 'fu.reviewer', county, ['legalReviewer']);
  await staff(w, 'fu.other', siblingCounty, ['sectionChief', 'officer']);
  const e = await createEnterprise(w.app, systemActor, sampleEnterprise(61, '421202', { name: '咸宁市回访测试化工有限公司' }));
  const e2 = await createEnterprise(w.app, systemActor, sampleEnterprise(62, '421202', { name: '咸宁市另一家企业有限公司' }));
  entId = e.id;
  await enterpriseUser(w, 'fu.ent', county.id, e.id);
  await enterpriseUser(w, 'fu.ent2', county.id, e2.id);
  [officer, leader, reviewer, other, ent, ent2] = await Promise.all(
    ['fu.officer', 'fu.chief', 'fu.reviewer', 'fu.other', 'fu.ent', 'fu.ent2'].map((u) => signIn(w, u)),
  );
}, 120_000);
afterAll(() => w.close());

describe('follow-ups made with the act', () => {
  it('a decision on the spot makes its follow-up in the same transaction, due 20 working days later, its investigators kept', async () => {
    const { caseId, f } = await decided();
    expect(f).toMatchObject({
      subjectKind: 'case',
      orgId: w.orgs.county.id,
      enterpriseId: entId,
      ruleKey: 'case.summary',
      subjectOn: '2026-03-02',
      dueOn: '2026-03-30',
      state: 'due',
      handlerIds: [chief.userId],
      version: 1,
    });
    expect(f.basis).toMatch(/待核/);
    const entries = await w.app.db.select().from(ledgerEntry).where(eq(ledgerEntry.subjectId, f.id));
    expect(entries.map((e) => e.action)).toEqual(['followUp.scheduled']);
    const [decision] = await w.app.db
      .select()
      .from(ledgerEntry)
      .where(and(eq(ledgerEntry.subjectId, caseId), eq(ledgerEntry.action, 'case.decideOnSite')));
    expect(entries[0].seq).toBe(decision.seq + 1);
  });

  it('a closed hazard makes one when the rule draws it: every major one, a share of general ones', async () => {
    const s = await inspectionScene(w, w.orgs.county, '421202', { record: true });
    await completeRecord(w.app, s.officer, s.record!.id, s.record!.version);
    const h = s.hazard!;
    await fireHazard(w.app, s.officer, h.id, { type: 'reinspect', passed: true, note: '经复查已整改' }, h.version);
    const rows = await w.app.db.select().from(followUpVisit).where(eq(followUpVisit.subjectId, h.id));
    expect(rows.length).toBe(sampled(samplingLine('hazard', h.grade)!, h.id) ? 1 : 0);
    if (rows[0]) expect(rows[0]).toMatchObject({ subjectKind: 'hazard', enterpriseId: s.e.id, handlerIds: expect.arrayContaining([s.officer.userId]) });
  });
});

describe('recording, answering and resolving', () => {
  it('an officer records a visit; a second record or a stale version is 409; a missing answer 400 naming the field', async () => {
    const { f } = await decided();
    const url = `/api/followups/${f.id}/record`;
    const missing = await refused(officer, url, { version: 1, outcome: 'answered', channel: 'visit', ...SATISFIED });
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatchObject({ field: 'respondent' });
    expect(missing.body.error.message).toMatch(/受访人/);
    const badRating = await refused(officer, url, { version: 1, outcome: 'answered', channel: 'visit', respondent: '张三', ...SATISFIED, conduct: 'ok' });
    expect(badRating.status).toBe(400);
    expect(badRating.body.error.field).toBe('conduct');
    const noNote = await refused(officer, url, { version: 1, outcome: 'unreachable', channel: 'phone' });
    expect(noNote.status).toBe(400);
    expect(noNote.body.error.field).toBe('note');
    expect((await refused(officer, url, { version: 9, outcome: 'answered', channel: 'visit', respondent: '张三', ...SATISFIED })).status).toBe(409);

    const ok = await officer.send('POST', url, { version: 1, outcome: 'answered', channel: 'visit', respondent: '张三（安全科长）', ...SATISFIED });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ state: 'done', channel: 'visit', problem: false, answeredOn: '2026-03-02', version: 2 });
    const again = await refused(officer, url, { version: 2, outcome: 'answered', channel: 'phone', respondent: '张三', ...SATISFIED });
    expect(again.status).toBe(409);
    expect(again.body.error.field).toBe('state');
  });

  it('records the enterprise unreachable with a note', async () => {
    const { f } = await decided();
    const r = await officer.send('POST', `/api/followups/${f.id}/record`, {
      version: 1,
      outcome: 'unreachable',
      channel: 'phone',
      note: '连续三天拨打无人接听',
    });
    expect(r.body).toMatchObject({ state: 'unreachable', answeredOn: null, problem: false });
  });

  it('refuses another org (403), the enterprise an officer’s record and an officer the enterprise’s answer (403)', async () => {
    const { f } = await decided();
    expect(
      (await refused(other, `/api/followups/${f.id}/record`, { version: 1, outcome: 'answered', channel: 'visit', respondent: '张三', ...SATISFIED })).status,
    ).toBe(403);
    expect((await other.get(`/api/followups/${f.id}`)).status).toBe(403);
    expect(
      (await refused(ent, `/api/followups/${f.id}/record`, { version: 1, outcome: 'answered', channel: 'visit', respondent: '张三', ...SATISFIED })).status,
    ).toBe(403);
    expect((await refused(officer, `/api/followups/${f.id}/answer`, { version: 1, ...SATISFIED })).status).toBe(403);
    expect((await refused(ent2, `/api/followups/${f.id}/answer`, { version: 1, ...SATISFIED })).status).toBe(403);
    expect((await ent2.get(`/api/followups/${f.id}`)).status).toBe(403);
  });

  it('the enterprise answers online, unhappy: routed to the legal office, which the deciding officer may not close (403) and the reviewer does', async () => {
    const { f } = await decided();
    const mine = await ent.get('/api/followups?state=due');
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((i: { id: string }) => i.id)).toContain(f.id);
    expect(mine.body.items.every((i: { enterpriseId: string }) => i.enterpriseId === entId)).toBe(true);
    expect((await ent2.get('/api/followups')).body.items.map((i: { id: string }) => i.id)).not.toContain(f.id);

    const answered = await ent.send('POST', `/api/followups/${f.id}/answer`, {
      version: 1,
      fairness: 'satisfied',
      conduct: 'dissatisfied',
      satisfaction: 'basicallySatisfied',
      problems: '执法人员态度生硬',
    });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ state: 'attention', channel: 'online', problem: true, version: 2 });
    const [entry] = await w.app.db
      .select()
      .from(ledgerEntry)
      .where(and(eq(ledgerEntry.subjectId, f.id), eq(ledgerEntry.action, 'followUp.answered')));
    expect(entry.payload).toMatchObject({ conduct: 'dissatisfied', problemsWritten: true, routedToLegalOffice: true });
    expect(JSON.stringify(entry.payload)).not.toContain('态度生硬');

    const attention = await reviewer.get('/api/followups?state=attention');
    expect(attention.body.items.map((i: { id: string }) => i.id)).toContain(f.id);
    const url = `/api/followups/${f.id}/resolve`;
    const self = await refused(leader, url, { version: 2, resolution: '已批评教育当事执法人员' });
    expect(self.status).toBe(403);
    expect(self.body.error.message).toBe('职责分离：所回访执法事项的承办人员不得办结该回访反映的问题');
    expect((await refused(officer, url, { version: 2, resolution: '已批评教育当事执法人员' })).status).toBe(403);
    expect((await refused(reviewer, url, { version: 2, resolution: '短' })).status).toBe(400);
    expect((await refused(reviewer, url, { version: 1, resolution: '已批评教育当事执法人员' })).status).toBe(409);
    const done = await reviewer.send('POST', url, { version: 2, resolution: '已批评教育当事执法人员，并向企业说明情况。' });
    expect(done.body).toMatchObject({ state: 'resolved', resolvedOn: '2026-03-02', version: 3 });
    expect((await refused(reviewer, url, { version: 3, resolution: '再次办结试试看' })).status).toBe(409);
  });
});

describe('the list and its export', () => {
  it('filters, sorts, pages and exports the same rows in Chinese', async () => {
    const all = await leader.get('/api/followups?subjectKind=case&sort=dueOn&order=asc&pageSize=2');
    expect(all.status).toBe(200);
    expect(all.body.items).toHaveLength(2);
    expect(all.body.total).toBeGreaterThanOrEqual(5);
    const q = await leader.get(`/api/followups?q=${encodeURIComponent('回访测试化工')}&state=resolved`);
    expect(q.body.items.map((i: { state: string; enterpriseName: string }) => [i.state, i.enterpriseName])).toEqual([
      ['resolved', '咸宁市回访测试化工有限公司'],
    ]);
    const sheet = await leader.get('/api/followups/export.xlsx?subjectKind=case');
    expect(sheet.status).toBe(200);
    const rows = await readSheet(sheet.body);
    expect(rows.length - 1).toBe(all.body.total);
    expect(new Set(column(rows, '状态'))).toEqual(new Set(['待回访', '已回访', '无法联系', '问题已办结']));
    expect(column(rows, '回访事项').every((k) => k === '行政处罚决定')).toBe(true);
  });

  it('measures the figures: 回访率, 满意率, problems, with drill-downs to the same rows', async () => {
    const scope = { orgId: w.orgs.county.id, orgPath: w.orgs.county.path, from: '2026-03-01', to: '2026-03-31' };
    const m = await followUpFigures.measure(w.app.db, scope);
    const due = await w.app.db.$count(followUpVisit);
    expect(m['followUps.due']).toEqual({ count: due });
    expect(m['followUps.visited']).toEqual({ count: 2 });
    expect(m['followUps.rate']).toEqual({ part: 2, whole: due });
    expect(m['followUps.answered']).toEqual({ count: 2 });
    expect(m['followUps.channel.visit']).toEqual({ count: 1 });
    expect(m['followUps.channel.online']).toEqual({ count: 1 });
    expect(m['followUps.satisfactionRate']).toEqual({ part: 2, whole: 2 });
    expect(m['followUps.problems']).toEqual({ count: 1 });
    expect(m['followUps.resolved']).toEqual({ count: 1 });
    const drill = await leader.get(`/api/followups?figure=followUps.problems&orgId=${scope.orgId}&from=${scope.from}&to=${scope.to}`);
    expect(drill.body.total).toBe(1);
  });
});

describe('the workbench’s 回访期限', () => {
  const on = (date: string) => w.clock.set(new Date(`${date}T02:00:00Z`)); // 10:00 in China
  // A day's jump lapses the sessions: each step signs in afresh.
  const as = (username: string) => signIn(w, username);
  const agendaOf = async (client: Client) => {
    const r = await client.get('/api/followups/agenda');
    expect(r.status).toBe(200);
    return r.body as { today: string; items: { id: string; dueOn: string; workdaysLeft: number; late: boolean; enterpriseName: string }[] };
  };

  it('lists the subtree’s follow-ups still to be made within 3 working days of their due day, or late, soonest first', async () => {
    on('2026-03-02');
    const { f } = await decided(); // due Mon 30 Mar
    on('2026-03-24'); // Tue: four working days left
    expect((await agendaOf(await as('fu.chief'))).items.some((i) => i.id === f.id)).toBe(false);
    on('2026-03-25');
    const soon = (await agendaOf(await as('fu.officer'))).items.find((i) => i.id === f.id);
    expect(soon).toMatchObject({ dueOn: '2026-03-30', workdaysLeft: 3, late: false, enterpriseName: '咸宁市回访测试化工有限公司' });
    on('2026-04-01');
    const leader = await as('fu.chief');
    const agenda = await agendaOf(leader);
    expect(agenda.today).toBe('2026-04-01');
    expect(agenda.items.find((i) => i.id === f.id)).toMatchObject({ workdaysLeft: -2, late: true });
    expect(agenda.items.every((i, n) => n === 0 || agenda.items[n - 1].dueOn <= i.dueOn)).toBe(true);
    // Another county's leader, the legal office and the enterprise do not see it here.
    expect((await agendaOf(await as('fu.other'))).items.some((i) => i.id === f.id)).toBe(false);
    expect((await (await as('fu.reviewer')).get('/api/followups/agenda')).status).toBe(403);
    expect((await (await as('fu.ent')).get('/api/followups/agenda')).status).toBe(403);
    // Once recorded it leaves the agenda.
    const version = (await leader.get(`/api/followups/${f.id}`)).body.version;
    const done = await leader.send('POST', `/api/followups/${f.id}/record`, {
      version,
      outcome: 'answered',
      channel: 'phone',
      respondent: '张经理',
      ...SATISFIED,
    });
    expect(done.status).toBe(200);
    expect((await agendaOf(leader)).items.some((i) => i.id === f.id)).toBe(false);
  });
});
