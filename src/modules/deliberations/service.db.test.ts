// 集体讨论 through the routes: a meeting arranged, two cases awaiting deliberation put on it, votes
// recorded (an investigator stands aside), closed by the head — the minutes numbered and each case's
// deliberation recorded in the same transaction, citing the meeting. Refusals: 400 naming the field,
// 403 for the wrong role or org, 409 on a stale version, 422 for a rule; none writes a ledger entry.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Actor } from '../../platform/context.js';
import { ledgerEntry } from '../../platform/ledger/schema.js';
import { headSeq } from '../../platform/ledger/service.js';
import { createWorld, signIn, type Client, type TestWorld } from '../../testing/fixture.js';
import { getCase } from '../cases/service.js';
import { investigatedCase, staff, takeStep } from '../cases/testing.js';
import { sampleEnterprise } from '../registry/fixture.js';
import { createEnterprise } from '../registry/service.js';
import { bareStatements } from '../../../bench/scenarios/report-figures-bare.js';
import { rows } from '../../platform/db/index.js';
import { deliberationFigures } from './figures.js';
import { deliberationMeeting } from './schema.js';

let w: TestWorld;
let head: Actor, deputy: Actor, chief: Actor, o1: Actor, o2: Actor;
let headC: Client, chiefC: Client, officerC: Client, otherC: Client, reviewerC: Client;
let entId: string;

async function refused(client: Client, url: string, body: unknown) {
  const seq = await headSeq(w.app.db);
  const r = await client.send('POST', url, body);
  expect(await headSeq(w.app.db), 'a refusal writes nothing').toBe(seq);
  return r;
}

/** A case in 集体讨论: investigated, reviewed internally by the chief, submitted for deliberation. */
async function awaiting(investigators: [Actor, Actor]) {
  const c = await investigatedCase(w, w.orgs.county, entId, { investigators, head });
  await takeStep(w, deputy, c.id, 'completeInternalReview');
  await takeStep(w, deputy, c.id, 'submitForDeliberation');
  return c.id;
}

const board = () => [
  { userId: head.userId, kind: 'chair', present: true },
  { userId: deputy.userId, kind: 'member', present: true },
  { userId: chief.userId, kind: 'member', present: true },
  { userId: o1.userId, kind: 'attendee', present: true },
];

beforeAll(async () => {
  w = await createWorld(new Date('2026-03-02T02:00:00Z'));
  const { county, siblingCounty } = w.orgs;
  head = await staff(w, 'dl.head', county, ['head']);
  deputy = await staff(w, 'dl.deputy', county, ['deputyHead', 'sectionChief']);
  chief = await staff(w, 'dl.chief', county, ['sectionChief', 'officer']);
  o1 = await staff(w, 'dl.o1', county, ['officer']);
  o2 = await staff(w, 'dl.o2', county, ['officer']);
  await staff(w, 'dl.reviewer', county, ['legalReviewer']);
  await staff(w, 'dl.other', siblingCounty, ['head']);
  entId = (await createEnterprise(w.app, systemActor, sampleEnterprise(71, '421202', { name: '咸宁市集体讨论测试化工有限公司' }))).id;
  [headC, chiefC, officerC, otherC, reviewerC] = await Promise.all(['dl.head', 'dl.chief', 'dl.o1', 'dl.other', 'dl.reviewer'].map((u) => signIn(w, u)));
}, 120_000);
afterAll(() => w.close());

describe('a meeting from arrangement to minutes', () => {
  it('arranges, puts cases on the agenda, records votes, closes and marks each case deliberated with the meeting', async () => {
    const plain = await awaiting([o1, o2]);
    const byChief = await awaiting([chief, o1]);
    const list = await chiefC.get('/api/deliberations/awaiting');
    expect(list.status).toBe(200);
    expect(list.body.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining([plain, byChief]));

    const created = await chiefC.send('POST', '/api/deliberations', {
      orgId: w.orgs.county.id,
      heldOn: '2026-03-02',
      place: '局三楼会议室',
      recorderId: (await staffId('dl.reviewer')) as string,
      members: board(),
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ state: 'open', chairName: expect.any(String), quorum: { named: 3, present: 3, required: 2, met: true }, version: 1 });
    const id = created.body.id as string;

    let m = (
      await chiefC.send('POST', `/api/deliberations/${id}/items`, {
        version: 1,
        caseId: plain,
        reportSummary: '经查，该公司未配备安全生产管理人员，事实清楚。',
      })
    ).body;
    expect(m.items[0]).toMatchObject({ caseId: plain, proposal: { measures: ['fine'], fineYuan: 60_000 }, conclusion: null });
    const again = await refused(chiefC, `/api/deliberations/${id}/items`, { version: 2, caseId: plain, reportSummary: '重复列入同一案件的汇报' });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ field: 'caseId', message: '该案件已列入本次会议' });
    m = (
      await chiefC.send('POST', `/api/deliberations/${id}/items`, {
        version: 2,
        caseId: byChief,
        reportSummary: '经查，该公司未配备安全生产管理人员，事实清楚。',
      })
    ).body;
    const [first, second] = m.items;

    // Closing before every case is concluded: 422 naming the items.
    const early = await refused(headC, `/api/deliberations/${id}/close`, { version: 3 });
    expect(early.status).toBe(422);
    expect(early.body.error).toMatchObject({ field: 'items', message: expect.stringContaining('尚未形成讨论结论') });

    const votes = [
      { userId: head.userId, vote: 'agree', opinion: '同意' },
      { userId: deputy.userId, vote: 'agree' },
      { userId: chief.userId, vote: 'disagree', opinion: '罚款偏重' },
    ];
    const noDissent = await refused(chiefC, `/api/deliberations/${id}/items/${first.id}/conclude`, {
      version: 3,
      conclusion: 'penalty',
      conclusionText: '事实清楚，同意拟处罚意见',
      votes,
    });
    expect(noDissent.status).toBe(422);
    expect(noDissent.body.error).toMatchObject({ field: 'dissent', message: '有不同意见的，须如实记录不同意见' });
    m = (
      await chiefC.send('POST', `/api/deliberations/${id}/items/${first.id}/conclude`, {
        version: 3,
        conclusion: 'penalty',
        conclusionText: '事实清楚，同意拟处罚意见',
        votes,
        dissent: '王科长认为罚款偏重',
      })
    ).body;
    expect(m.items[0]).toMatchObject({ conclusion: 'penalty', tally: { agree: 2, disagree: 1, abstain: 0, recused: 0 } });

    // The chief investigated the second case: a vote is refused; standing aside is recorded.
    const investigatorVotes = await refused(chiefC, `/api/deliberations/${id}/items/${second.id}/conclude`, {
      version: 4,
      conclusion: 'noPenalty',
      conclusionText: '违法行为轻微并及时改正，不予处罚',
      votes: [votes[0], votes[1], { userId: chief.userId, vote: 'agree' }],
    });
    expect(investigatorVotes.status).toBe(422);
    expect(investigatorVotes.body.error).toMatchObject({ field: 'votes.2.vote', message: '职责分离：本案调查人员不得参加本案集体讨论的表决，应记为回避' });
    await chiefC.send('POST', `/api/deliberations/${id}/items/${second.id}/conclude`, {
      version: 4,
      conclusion: 'noPenalty',
      conclusionText: '违法行为轻微并及时改正，不予处罚',
      votes: [votes[0], votes[1], { userId: chief.userId, vote: 'recused' }],
    });

    // Only the head closes (the case's 记录集体讨论 is the head's).
    expect((await refused(chiefC, `/api/deliberations/${id}/close`, { version: 5 })).status).toBe(403);
    expect((await refused(headC, `/api/deliberations/${id}/close`, { version: 4 })).status).toBe(409);
    const seq = await headSeq(w.app.db);
    const closed = await headC.send('POST', `/api/deliberations/${id}/close`, { version: 5 });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ state: 'closed', minutesNumber: expect.stringMatching(/^（.+）应急集讨〔2026〕1号$/), version: 6 });

    // One transaction: the minutes' number, the meeting's entry, then each case's 记录集体讨论 citing the meeting.
    const entries = (await w.app.db.select().from(ledgerEntry)).filter((e) => e.seq > seq).sort((a, b) => a.seq - b.seq);
    expect(entries.map((e) => e.action)).toEqual(['instrument.numbered', 'deliberation.closed', 'case.recordDeliberation', 'case.recordDeliberation']);
    expect(entries[1]).toMatchObject({ subjectId: id });
    expect(entries[2].payload).toMatchObject({ deliberation: { meetingId: id, minutesNumber: closed.body.minutesNumber, conclusion: 'penalty' } });
    for (const caseId of [plain, byChief]) {
      const c = await getCase(w.app, systemActor, caseId);
      expect(c).toMatchObject({ state: 'noticePending', collectiveDeliberationDone: true });
      const last = c.events[c.events.length - 1];
      expect(last).toMatchObject({ event: 'recordDeliberation', actorName: expect.any(String) });
      expect(last.opinion).toContain(closed.body.minutesNumber);
    }
    expect((await getCase(w.app, systemActor, byChief)).events.at(-1)?.opinion).toContain('不予行政处罚');

    // The case page's link: the meetings that had the case on the agenda.
    const byCase = await officerC.get(`/api/deliberations?caseId=${plain}`);
    expect(byCase.body).toMatchObject({ total: 1, items: [{ id, state: 'closed' }] });

    // The minutes, as DOCX and PDF; a closed meeting takes no more changes.
    const pdf = await officerC.get(`/api/deliberations/${id}/minutes?format=pdf`);
    expect(pdf.status).toBe(200);
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    const docx = await officerC.get(`/api/deliberations/${id}/minutes?format=docx`);
    expect((docx.body as Buffer).subarray(0, 2).toString()).toBe('PK');
    const late = await refused(chiefC, `/api/deliberations/${id}/members`, { version: 6, members: board() });
    expect(late.status).toBe(422);
    expect(late.body.error.message).toBe('会议已结束，不能再修改');
  });

  it('a meeting short of its quorum does not close, and a rollback in the case leaves the meeting open', async () => {
    const caseId = await awaiting([o1, o2]);
    const absent = board().map((b) => (b.kind === 'member' ? { ...b, present: false, absenceReason: '出差' } : b));
    const m = (
      await chiefC.send('POST', '/api/deliberations', {
        orgId: w.orgs.county.id,
        heldOn: '2026-03-02',
        place: '局三楼会议室',
        recorderId: chief.userId,
        members: absent,
      })
    ).body;
    const added = (await chiefC.send('POST', `/api/deliberations/${m.id}/items`, { version: 1, caseId, reportSummary: '经查，该公司未配备安全生产管理人员。' }))
      .body;
    const noVote = await refused(chiefC, `/api/deliberations/${m.id}/items/${added.items[0].id}/conclude`, {
      version: 2,
      conclusion: 'penalty',
      conclusionText: '同意拟处罚意见',
      votes: [{ userId: deputy.userId, vote: 'agree' }],
    });
    expect(noVote.body.error).toMatchObject({ field: 'votes.0.userId', message: '只有出席的主持人和参加讨论人员可以表决' });
    await chiefC.send('POST', `/api/deliberations/${m.id}/items/${added.items[0].id}/conclude`, {
      version: 2,
      conclusion: 'penalty',
      conclusionText: '同意拟处罚意见',
      votes: [{ userId: head.userId, vote: 'agree' }],
    });
    const short = await refused(headC, `/api/deliberations/${m.id}/close`, { version: 3 });
    expect(short.status).toBe(422);
    expect(short.body.error).toMatchObject({ field: 'members', message: '出席人数不足：应到3人，实到1人，须至少2人出席且主持人出席' });

    // Attendance corrected, but the case has moved on meanwhile (taken back by hand): the case's refusal rolls back the close.
    const present = (await chiefC.send('POST', `/api/deliberations/${m.id}/members`, { version: 3, members: board() })).body;
    expect(present.quorum.met).toBe(true);
    await takeStep(w, head, caseId, 'recordDeliberation', { opinion: '已另行集体讨论' });
    const seq = await headSeq(w.app.db);
    const moved = await headC.send('POST', `/api/deliberations/${m.id}/close`, { version: 4 });
    expect(moved.status).toBe(422);
    expect(await headSeq(w.app.db)).toBe(seq);
    const [row] = await w.app.db.select().from(deliberationMeeting).where(eq(deliberationMeeting.id, m.id));
    expect(row).toMatchObject({ state: 'open', minutesNumber: null, version: 4 });
  });

  it('refuses the wrong role, another org and bad input with the field named in Chinese', async () => {
    const body = { orgId: w.orgs.county.id, heldOn: '2026-03-02', place: '局三楼会议室', recorderId: chief.userId, members: board() };
    expect((await refused(officerC, '/api/deliberations', body)).status).toBe(403);
    const other = await refused(otherC, '/api/deliberations', body);
    expect(other.status).toBe(403);
    const bad = await refused(chiefC, '/api/deliberations', { ...body, place: '' });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ field: 'place', message: expect.stringContaining('会议地点至少 2 个字') });
    const officerChair = await refused(chiefC, '/api/deliberations', {
      ...body,
      members: [{ userId: o1.userId, kind: 'chair', present: true }, ...board().slice(1)],
    });
    expect(officerChair.status).toBe(422);
    expect(officerChair.body.error).toMatchObject({ field: 'members.0.userId', message: '主持人须为本机关负责人（局长或副局长）' });

    const m = (await chiefC.send('POST', '/api/deliberations', body)).body;
    expect((await otherC.get(`/api/deliberations/${m.id}`)).status).toBe(403);
    expect((await refused(otherC, `/api/deliberations/${m.id}/close`, { version: 1 })).status).toBe(403);
    expect((await reviewerC.get(`/api/deliberations/${m.id}`)).status).toBe(200);
    const notAwaiting = await investigatedCase(w, w.orgs.county, entId, { investigators: [o1, o2], head });
    const wrongState = await refused(chiefC, `/api/deliberations/${m.id}/items`, {
      version: 1,
      caseId: notAwaiting.id,
      reportSummary: '经查，事实清楚，证据确凿。',
    });
    expect(wrongState.status).toBe(422);
    expect(wrongState.body.error).toMatchObject({ field: 'caseId', message: '案件处于「案件审理」，不在集体讨论环节（须先提请集体讨论）' });
    const minutes = await officerC.get(`/api/deliberations/${m.id}/minutes?format=pdf`);
    expect(minutes.status).toBe(422);
    expect(minutes.body.error.message).toBe('会议尚未结束，没有集体讨论记录');
  });
  it('counts the meetings held and the cases they deliberated, as the bare SQL does and the drill-down lists', async () => {
    const scope = { orgId: w.orgs.county.id, orgPath: w.orgs.county.path, from: '2026-03-01', to: '2026-03-31' };
    const measured = await deliberationFigures.measure(w.app.db, scope);
    expect(measured).toEqual({ 'deliberations.meetings': { count: 1 }, 'deliberations.cases': { count: 2 } });
    const bare = bareStatements(scope.orgPath, scope.from, scope.to).find((b) => b.module === 'deliberations')!;
    const [row] = await rows<Record<string, unknown>>(w.app.db, bare.query);
    expect(bare.read(row)).toEqual(measured);
    expect(await deliberationFigures.measure(w.app.db, { ...scope, orgId: w.orgs.siblingCounty.id, orgPath: w.orgs.siblingCounty.path })).toEqual({
      'deliberations.meetings': { count: 0 },
      'deliberations.cases': { count: 0 },
    });
    const drill = deliberationFigures.definitions[0].drill!(scope);
    const listed = await chiefC.get(`/api${drill}`);
    expect(listed.body.total).toBe(1);
    expect(listed.body.items[0]).toMatchObject({ state: 'closed', itemCount: 2 });
  });
});

async function staffId(username: string) {
  const { userAccount } = await import('../../platform/auth/schema.js');
  const [u] = await w.app.db.select({ id: userAccount.id }).from(userAccount).where(eq(userAccount.username, username));
  return u?.id;
}
