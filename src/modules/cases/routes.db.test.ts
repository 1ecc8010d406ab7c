import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Actor } from '../../platform/context.js';
import { createWorld, signIn, type Client, type TestWorld } from '../../testing/fixture.js';
import { sampleEnterprise } from '../registry/fixture.js';
import { createEnterprise } from '../registry/service.js';
import { staff } from './testing.js';

let w: TestWorld;
let inv1: Actor, inv2: Actor, dual: Actor;
let officer: Client, head: Client, reviewer: Client, dualClient: Client, outsider: Client;
let enterpriseId: string;

beforeAll(async () => {
  w = await createWorld(new Date('2026-02-10T02:00:00Z'));
  inv1 = await staff(w, 'r.inv1', w.orgs.county, ['officer']);
  inv2 = await staff(w, 'r.inv2', w.orgs.county, ['officer']);
  dual = await staff(w, 'r.dual', w.orgs.county, ['officer', 'legalReviewer']);
  await staff(w, 'r.head', w.orgs.county, ['head']);
  await staff(w, 'r.reviewer', w.orgs.city, ['legalReviewer']);
  await staff(w, 'r.outsider', w.orgs.siblingCity, ['head']);
  enterpriseId = (await createEnterprise(w.app, systemActor, sampleEnterprise(7, '421202'))).id;
  [officer, head, reviewer, dualClient, outsider] = await Promise.all(['r.inv1', 'r.head', 'r.reviewer', 'r.dual', 'r.outsider'].map((u) => signIn(w, u)));
}, 60_000);
afterAll(() => w.close());

const newCase = (investigators: Actor[]) => ({
  orgId: w.orgs.county.id,
  procedure: 'general',
  partyKind: 'organisation',
  enterpriseId,
  violationTypeCode: 'WSL-97-1',
  violationDate: '2026-01-20',
  summary: '未配备安全生产管理人员',
  investigatorIds: investigators.map((i) => i.userId),
});

describe('/api/cases', () => {
  it('opens a case, lists it by state, shows the events the caller may take, and takes them with the version', async () => {
    const created = await officer.send('POST', '/api/cases', newCase([inv1, inv2]));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id as string;
    expect(created.body).toMatchObject({
      state: 'draft',
      stateName: '草稿',
      orgName: '咸安区应急管理局',
      availableEvents: [{ event: 'submitFiling', name: '提请立案' }],
    });

    expect((await officer.get(`/api/cases?state=draft`)).body).toMatchObject({ total: 1, items: [{ id }] });
    expect((await officer.get(`/api/cases?state=investigating`)).body).toMatchObject({ total: 0, items: [] });
    expect((await outsider.get(`/api/cases/${id}`)).status).toBe(403);
    expect((await outsider.get('/api/cases')).body.total).toBe(0);

    const filed = await officer.send('POST', `/api/cases/${id}/events`, { event: 'submitFiling', version: 1 });
    expect(filed.status).toBe(200);
    expect(filed.body).toMatchObject({
      state: 'filingPending',
      version: 2,
      availableEvents: [],
      events: [{ event: 'submitFiling', eventName: '提请立案', actorName: 'r.inv1' }],
    });
    expect((await head.get(`/api/cases/${id}`)).body.availableEvents.map((e: { event: string }) => e.event)).toEqual([
      'approveFiling',
      'returnFiling',
      'transfer',
    ]);

    const stale = await head.send('POST', `/api/cases/${id}/events`, { event: 'approveFiling', version: 1 });
    expect(stale.status).toBe(409);
    const wrongRole = await officer.send('POST', `/api/cases/${id}/events`, { event: 'approveFiling', version: 2 });
    expect(wrongRole).toMatchObject({ status: 403, body: { error: { field: 'actor' } } });
    const wrongState = await head.send('POST', `/api/cases/${id}/events`, { event: 'decide', version: 2 });
    expect(wrongState).toMatchObject({ status: 422, body: { error: { code: 'ruleViolation', field: 'state' } } });
    expect(wrongState.body.error.article).toMatch(/第五十七条/);
    expect((await head.send('POST', `/api/cases/${id}/events`, { event: 'approveFiling', version: 2 })).body).toMatchObject({
      state: 'investigating',
      decisionDueOn: '2026-05-11',
      nextDeadline: { kind: 'decision', daysLeft: 90 },
    });
  });

  it("queues cases for review in the reviewer's subtree, never to their own investigator, and records the review", async () => {
    const id = (await dualClient.send('POST', '/api/cases', newCase([dual, inv2]))).body.id as string;
    const fire = async (c: Client, event: string, payload?: unknown) => {
      const version = (await c.get(`/api/cases/${id}`)).body.version;
      const r = await c.send('POST', `/api/cases/${id}/events`, { event, version, payload });
      expect(r.status, `${event}: ${JSON.stringify(r.body)}`).toBe(200);
      return r.body;
    };
    await fire(dualClient, 'submitFiling');
    await fire(head, 'approveFiling');
    await fire(dualClient, 'completeInvestigation', {
      penalty: { measures: ['fine'], fineYuan: 90_000 },
      discretionFacts: { harmCaused: 'slight' },
      benchmarkDeviationReasons: '隐患长期存在且拒不整改',
    });
    const chief = await staff(w, 'r.chief', w.orgs.county, ['sectionChief']);
    const chiefClient = await signIn(w, chief.username);
    await fire(chiefClient, 'completeInternalReview');
    await fire(chiefClient, 'submitForLegalReview');

    expect((await reviewer.get('/api/cases/review-queue')).body.items.map((c: { id: string }) => c.id)).toEqual([id]);
    expect((await dualClient.get('/api/cases/review-queue')).body.items).toEqual([]);
    expect((await officer.get('/api/cases/review-queue')).status).toBe(403);
    const version = (await reviewer.get(`/api/cases/${id}`)).body.version;
    const checklist = Object.fromEntries(
      ['competence', 'facts', 'evidence', 'lawApplied', 'procedure', 'discretion', 'instrumentWording'].map((k) => [k, { ok: true }]),
    );
    expect((await dualClient.send('POST', `/api/cases/${id}/reviews`, { checklist, outcome: 'pass', version })).status).toBe(403);
    const incomplete = await reviewer.send('POST', `/api/cases/${id}/reviews`, { checklist: { ...checklist, facts: undefined }, outcome: 'pass', version });
    expect(incomplete.status).toBe(400);
    const passed = await reviewer.send('POST', `/api/cases/${id}/reviews`, { checklist, outcome: 'pass', version });
    expect(passed.status, JSON.stringify(passed.body)).toBe(200);
    expect(passed.body).toMatchObject({
      state: 'noticePending',
      legalReviewPassed: true,
      reviews: [{ outcome: 'pass', reviewerName: 'r.reviewer', stage: 'legalReview' }],
    });
    expect((await reviewer.get('/api/cases/review-queue')).body.items).toEqual([]);
  });
});
