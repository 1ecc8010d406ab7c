import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../platform/context.js';
import { headSeq } from '../../platform/ledger/service.js';
import { ledgerEntry } from '../../platform/ledger/schema.js';
import { addUser, createWorld, signIn, type Client, type TestWorld } from '../../testing/fixture.js';
import { progressOf } from './service.js';
import { sampleEnterprise } from '../registry/fixture.js';
import { createEnterprise } from '../registry/service.js';
import { officerPair } from '../inspections/fixture.js';
import { inspectionTask } from '../inspections/schema.js';

let w: TestWorld;
let officer: Client;
let chief: Client;
let deputy: Client;
let officerIds: string[];
const ent: string[] = [];
const onlyIn = (m: number) => Array.from({ length: 12 }, (_, i) => (i + 1 === m ? 1 : 0));

beforeAll(async () => {
  w = await createWorld();
  await addUser(w, 'p.officer', w.orgs.city.id, ['officer']);
  await addUser(w, 'p.chief', w.orgs.city.id, ['sectionChief']);
  await addUser(w, 'p.deputy', w.orgs.city.id, ['deputyHead']);
  [officer, chief, deputy] = await Promise.all(['p.officer', 'p.chief', 'p.deputy'].map((u) => signIn(w, u)));
  officerIds = await officerPair(w, w.orgs.city);
  for (let n = 1; n <= 3; n++) ent.push((await createEnterprise(w.app, systemActor, sampleEnterprise(n, '421202'))).id);
}, 60_000);
afterAll(() => w.close());

/** A plan the officer drafts and submits; approved by the deputy unless `approve` is false. */
async function plan(year: number, approve = true) {
  const items = [
    { kind: 'key', name: '重大危险源企业', enterpriseIds: [ent[0], ent[1]], targets: onlyIn(4) },
    { kind: 'key', name: '粉尘涉爆企业', enterpriseIds: [ent[2]], targets: onlyIn(4) },
  ];
  const created = await officer.send('POST', '/api/plans', { orgId: w.orgs.city.id, year, title: `${year}年度监督检查计划`, items });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const submitted = await officer.send('POST', `/api/plans/${created.body.id}/submit`, { version: 1 });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
  if (approve) expect((await deputy.send('POST', `/api/plans/${created.body.id}/approve`, { version: 2 })).status).toBe(200);
  return created.body.id as string;
}

const issue = (c: Client, body: Record<string, unknown>) => c.send('POST', '/api/inspections/tasks/from-plan', body);

describe('tasks from the annual plan key list', () => {
  it('issues one task per key enterprise of the month, once; progress counts them when completed', async () => {
    const planId = await plan(2026);
    const body = { planId, month: 4, officerIds, plannedOn: '2026-04-15' };
    const seq = await headSeq(w.app.db);
    const first = await issue(chief, body);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({ createdCount: 3, skippedCount: 0 });
    expect(first.body.created.map((t: { enterpriseId: string }) => t.enterpriseId).sort()).toEqual([...ent].sort());
    expect(first.body.created[0]).toMatchObject({ source: 'plan', plannedOn: '2026-04-15', status: 'assigned' });
    expect(first.body.created[0].officers.map((o: { id: string }) => o.id).sort()).toEqual([...officerIds].sort());
    expect(await headSeq(w.app.db)).toBe(seq + 1);
    const [entry] = await w.app.db
      .select()
      .from(ledgerEntry)
      .where(and(eq(ledgerEntry.action, 'inspection.tasksFromPlan'), eq(ledgerEntry.subjectId, planId)));
    expect((entry.payload as { taskIds: string[] }).taskIds.sort()).toEqual(first.body.created.map((t: { id: string }) => t.id).sort());

    // Twice: nothing new, nothing written; the answer says all three were skipped.
    const second = await issue(chief, body);
    expect(second.body).toMatchObject({ createdCount: 0, skippedCount: 3, created: [] });
    expect(await headSeq(w.app.db)).toBe(seq + 1);
    const stored = await w.app.db.select().from(inspectionTask).where(eq(inspectionTask.planId, planId));
    expect(stored).toHaveLength(3);

    // A cancelled task frees its enterprise for a new one.
    const taskOf = (e: string) => first.body.created.find((t: { enterpriseId: string }) => t.enterpriseId === e).id as string;
    await w.app.db
      .update(inspectionTask)
      .set({ status: 'cancelled' })
      .where(eq(inspectionTask.id, taskOf(ent[2])));
    expect((await issue(chief, body)).body).toMatchObject({ createdCount: 1, skippedCount: 2 });

    // Plan progress counts the plan's tasks once completed (the record flow sets this status).
    expect((await progressOf(w.app, systemActor, planId)).items.map((i) => i.totalDone)).toEqual([0, 0]);
    await w.app.db
      .update(inspectionTask)
      .set({ status: 'completed', completedOn: '2026-04-15' })
      .where(eq(inspectionTask.id, taskOf(ent[0])));
    expect((await progressOf(w.app, systemActor, planId)).items.map((i) => i.totalDone)).toEqual([1, 0]);
  });

  it('refuses an unapproved plan, a month without key enterprises, a date outside the month, one officer, and officers', async () => {
    const draft = await plan(2027, false);
    const approved = await plan(2028);
    const wuhanPair = await officerPair(w, w.orgs.siblingCity, 'ptw');
    const seq = await headSeq(w.app.db);
    const notApproved = await issue(chief, { planId: draft, month: 4, officerIds, plannedOn: '2027-04-15' });
    expect(notApproved.status).toBe(409);
    expect(notApproved.body.error.message).toContain('尚未批准');
    const empty = await issue(chief, { planId: approved, month: 5, officerIds, plannedOn: '2028-05-15' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toContain('5月没有安排重点检查企业');
    expect((await issue(chief, { planId: approved, month: 4, officerIds, plannedOn: '2028-05-01' })).status).toBe(400);
    expect((await issue(chief, { planId: approved, month: 4, officerIds: [officerIds[0], officerIds[0]], plannedOn: '2028-04-15' })).status).toBe(422);
    expect((await issue(officer, { planId: approved, month: 4, officerIds, plannedOn: '2028-04-15' })).status).toBe(403);
    const foreign = await issue(chief, { planId: approved, month: 4, officerIds: wuhanPair, plannedOn: '2028-04-15' });
    expect(foreign).toMatchObject({ status: 403, body: { error: { field: 'officerIds' } } });
    expect(await headSeq(w.app.db)).toBe(seq);
  });

  it('opens a tip task with its reference, shown on the task; refuses a tip without one', async () => {
    const body = { orgId: w.orgs.city.id, enterpriseId: ent[0], officerIds, reason: '群众举报夜间违规动火作业', plannedOn: '2026-03-05', source: 'tip' };
    const missing = await chief.send('POST', '/api/inspections/tasks', body);
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatchObject({ field: 'tipRef' });
    const opened = await chief.send('POST', '/api/inspections/tasks', { ...body, tipRef: '12350热线 JB-2026-0042' });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    const shown = await chief.get(`/api/inspections/tasks/${opened.body.id}`);
    expect(shown.body).toMatchObject({ source: 'tip', tipRef: '12350热线 JB-2026-0042', reason: '群众举报夜间违规动火作业' });
    // A routine task keeps no tip reference even if one is sent.
    const routine = await chief.send('POST', '/api/inspections/tasks', { ...body, source: 'routine', tipRef: '不应保存' });
    expect(routine.body).toMatchObject({ source: 'routine', tipRef: null });
  });
});
