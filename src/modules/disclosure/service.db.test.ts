import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Actor } from '../../platform/context.js';
import { payloadDigest } from '../../platform/ledger/chain.js';
import { ledgerEntry } from '../../platform/ledger/schema.js';
import { createCheckpoint } from '../../platform/ledger/service.js';
import { createWorld, signIn, type Client, type TestWorld } from '../../testing/fixture.js';
import { caseEvent } from '../cases/schema.js';
import { createCase, fire, getCase } from '../cases/service.js';
import { staff } from '../cases/testing.js';
import { createMatter } from '../draws/matters.js';
import { sampleAnnouncement, sampleMatter } from '../draws/fixture.js';
import { announceDraw, makeDraw } from '../draws/service.js';
import { inspectionScene } from '../inspections/fixture.js';
import { sampleEnterprise } from '../registry/fixture.js';
import { createEnterprise } from '../registry/service.js';
import type { ConsistencyBundle, ProofBundle } from './contract.js';
import { proofUrl, proveCommand, verifyProofCommand } from './cli.js';
import { pendingDisclosure } from './fixture.js';
import { verifyConsistencyBundle, verifyProofBundle } from './proof.js';
import { nodeProofCrypto } from './proof-node.js';
import { disclosure } from './schema.js';
import { runDailyDisclosure } from './service.js';

let w: TestWorld;
let officer: Actor;
let officerClient: Client;
let leaderClient: Client;
let ent: { id: string; name: string; uscc: string };
let decisionId: string;

const pub = async (url: string) => {
  const r = await w.http.inject({ method: 'GET', url });
  return { status: r.statusCode, body: r.headers['content-type']?.toString().includes('json') ? r.json() : r.body, headers: r.headers };
};

beforeAll(async () => {
  w = await createWorld();
  officer = await staff(w, 'disc.officer', w.orgs.county, ['officer']);
  await staff(w, 'disc.chief', w.orgs.county, ['sectionChief']);
  officerClient = await signIn(w, 'disc.officer');
  leaderClient = await signIn(w, 'disc.chief');
  const e = await createEnterprise(w.app, systemActor, sampleEnterprise(41, '421202', { name: '咸宁市温泉精细化工有限公司' }));
  ent = { id: e.id, name: '咸宁市温泉精细化工有限公司', uscc: e.uscc };
}, 120_000);
afterAll(() => w.close());

describe('due items made with the act', () => {
  it('a summary decision makes its disclosure item in the same transaction, due 7 working days later', async () => {
    const c = await createCase(w.app, officer, {
      orgId: w.orgs.county.id,
      procedure: 'summary',
      partyKind: 'organisation',
      enterpriseId: ent.id,
      violationTypeCode: 'WSL-97-1',
      violationDate: '2026-03-02',
      summary: '现场发现未配备安全生产管理人员，联系人电话 13812345678',
      investigatorIds: [officer.userId!],
    });
    const { version } = await getCase(w.app, systemActor, c.id);
    await fire(w.app, officer, c.id, { event: 'decideOnSite', version, payload: { penalty: { measures: ['fine'], fineYuan: 2_000, confiscationYuan: 0 } } });
    const [d] = await w.app.db.select().from(disclosure).where(eq(disclosure.sourceId, c.id));
    const [ev] = await w.app.db
      .select()
      .from(caseEvent)
      .where(and(eq(caseEvent.caseId, c.id), eq(caseEvent.event, 'decideOnSite')));
    expect(d).toMatchObject({
      kind: 'summaryDecision',
      status: 'pending',
      decidedOn: '2026-03-02',
      dueOn: '2026-03-11',
      enterpriseName: ent.name,
      uscc: ent.uscc,
      regionCode: '421202',
      actSeq: ev.ledgerSeq,
    });
    expect(d.body).not.toContain('13812345678');
    expect(d.body).toContain('138****5678');
    decisionId = d.id;
  });

  it('a draw makes one result item, and a completed inspection record its result item', async () => {
    const chief: Actor = { userId: null, username: 'sys', orgId: w.orgs.city.id, orgPath: w.orgs.city.path, roles: ['sectionChief'] };
    const m = await createMatter(w.app, chief, sampleMatter(w.orgs.city.id, 'SC-DISC'));
    const a = await announceDraw(w.app, chief, sampleAnnouncement(m.id, '2026-03-02'));
    const morning = w.clock.now();
    w.clock.set(new Date('2026-03-02T13:20:00Z')); // after the 21:15 lottery, same Beijing date
    await makeDraw(w.app, chief, a.id, { beacon: '01 02 03 04 05 06+07', version: a.version });
    w.clock.set(morning);
    const rows = await w.app.db.select().from(disclosure).where(eq(disclosure.sourceId, a.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: 'drawResult', dueOn: '2026-03-30' });
    const s = await inspectionScene(w, w.orgs.county, '421202', { record: true, complete: true });
    const [r] = await w.app.db.select().from(disclosure).where(eq(disclosure.sourceId, s.record!.id));
    expect(r).toMatchObject({ kind: 'inspectionResult', dueOn: '2026-03-30', enterpriseId: s.e.id });
    expect(r.fields.find((f) => f.label === '检查结果')?.value).toContain('1 项');
  });
});

describe('publication, the portal and proofs', () => {
  it('an officer publishes; the ledger entry digests exactly the published document', async () => {
    expect((await officerClient.send('POST', `/api/disclosures/${decisionId}/publish`, {})).status).toBe(200);
    expect((await officerClient.send('POST', `/api/disclosures/${decisionId}/publish`, {})).status).toBe(422);
    const [d] = await w.app.db.select().from(disclosure).where(eq(disclosure.id, decisionId));
    expect(d.status).toBe('published');
    expect(d.termEndsOn).toBe('2027-03-01');
    const [e] = await w.app.db.select().from(ledgerEntry).where(eq(ledgerEntry.seq, d.publishSeq!));
    expect(e).toMatchObject({ action: 'disclosure.publish', subjectId: decisionId, orgId: w.orgs.county.id });
    const detail = await pub(`/api/public/disclosures/${decisionId}`);
    expect(detail.status).toBe(200);
    expect(e.payload).toEqual(detail.body.document);
    expect(e.payloadDigest).toBe(payloadDigest('sm3', detail.body.document));
    // Provable on the portal at once: the publication signed a checkpoint that covers its entry.
    expect((await pub(`/api/public/disclosures/${decisionId}/proof`)).status).toBe(200);
  });

  it('searches by part of the name, USCC, region prefix, kind and date; pages by cursor', async () => {
    for (let i = 0; i < 5; i++) {
      const p = await pendingDisclosure(w, w.orgs.county.id, { enterpriseName: `赤壁市陆水建材有限公司${i}`, regionCode: '421281' });
      w.clock.advance(1000);
      await officerClient.send('POST', `/api/disclosures/${p.id}/publish`, {});
    }
    const ids = async (q: string) => ((await pub(`/api/public/disclosures?${q}`)).body.items as { id: string }[]).map((x) => x.id);
    expect(await ids(`q=${encodeURIComponent('温泉精细')}`)).toEqual([decisionId]);
    expect(await ids(`q=${encodeURIComponent('精细化')}`)).toEqual([decisionId]);
    expect(await ids(`q=${encodeURIComponent('陆水')}`)).toHaveLength(5);
    expect(await ids(`q=${encodeURIComponent('不存在的')}`)).toEqual([]);
    expect(await ids(`uscc=${ent.uscc}`)).toEqual([decisionId]);
    expect(await ids('region=4212')).toHaveLength(6);
    expect(await ids('region=421281')).toHaveLength(5);
    expect(await ids('kind=summaryDecision')).toEqual([decisionId]);
    expect(await ids('from=2026-03-03')).toEqual([]);
    // A window of at most a year takes the date index and sorts; the order must not change.
    expect(await ids('from=2026-03-01&to=2026-03-02')).toEqual(await ids(''));
    expect(await ids('from=2026-03-01&to=2026-03-02')).toHaveLength(6);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const r = await pub(`/api/public/disclosures?region=421281&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...r.body.items.map((x: { id: string }) => x.id));
      cursor = r.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    expect(seen).toEqual(await ids('region=421281'));
    expect((await pub('/api/public/disclosures?cursor=garbage')).status).toBe(400);
  });

  it('proves a publication at once (publishing signs a checkpoint) against that checkpoint; a tampered copy fails', async () => {
    const r = await pub(`/api/public/disclosures/${decisionId}/proof`);
    expect(r.status).toBe(200);
    const bundle = r.body as ProofBundle;
    expect(await verifyProofBundle(nodeProofCrypto, bundle)).toMatchObject({ ok: true, failed: null });
    const text = bundle.document.text;
    const tampered = { ...bundle, document: { ...bundle.document, text: text.replace(text[0], text[0] === '现' ? '见' : '现') } };
    expect(await verifyProofBundle(nodeProofCrypto, tampered)).toMatchObject({ ok: false, failed: 'payloadDigest' });
    const fine = {
      ...bundle,
      document: { ...bundle.document, fields: bundle.document.fields.map((f) => (f.label === '罚款金额（元）' ? { ...f, value: '200' } : f)) },
    };
    expect((await verifyProofBundle(nodeProofCrypto, fine)).failed).toBe('payloadDigest');
    const path = {
      ...bundle,
      inclusion: { ...bundle.inclusion, auditPath: bundle.inclusion.auditPath.map((p, i) => (i === 0 ? p.replace(/^./, p[0] === '0' ? '1' : '0') : p)) },
    };
    expect((await verifyProofBundle(nodeProofCrypto, path)).failed).toBe(bundle.inclusion.auditPath.length ? 'inclusion' : null);
    const sig = { ...bundle, checkpoint: { ...bundle.checkpoint, at: '2020-01-01T00:00:00.000Z' } };
    expect((await verifyProofBundle(nodeProofCrypto, sig)).failed).toBe('signature');
  });

  it('zhifa ledger prove / verify-proof: a saved proof verifies offline, a one-character edit fails', async () => {
    const [d] = await w.app.db.select().from(disclosure).where(eq(disclosure.id, decisionId));
    const out: string[] = [];
    expect(await proveCommand(w.app, d.publishSeq!, (l) => out.push(l))).toBe(0);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-proof-'));
    const good = path.join(dir, 'good.json');
    fs.writeFileSync(good, out.join('\n'));
    const lines: string[] = [];
    expect(await verifyProofCommand(good, (l) => lines.push(l))).toBe(0);
    expect(lines.at(-1)).toBe('校验通过 OK');
    const bad = path.join(dir, 'bad.json');
    const text = out.join('\n');
    expect(text).toContain('"value": "2000"');
    fs.writeFileSync(bad, text.replace('"value": "2000"', '"value": "2001"')); // the fine, one character
    const badLines: string[] = [];
    expect(await verifyProofCommand(bad, (l) => badLines.push(l))).toBe(1);
    expect(badLines.at(-1)).toBe('校验失败 FAILED: payloadDigest');
    expect(proofUrl(`https://gov.example/portal/disclosures/${decisionId}`)).toBe(`https://gov.example/api/public/disclosures/${decisionId}/proof`);
    fs.rmSync(dir, { recursive: true });
  });

  it('proves consistency between two checkpoints', async () => {
    const first = (await pub('/api/public/ledger/checkpoints')).body.items[0];
    const p = await pendingDisclosure(w, w.orgs.county.id);
    await officerClient.send('POST', `/api/disclosures/${p.id}/publish`, {});
    await createCheckpoint(w.app);
    const cps = (await pub('/api/public/ledger/checkpoints')).body.items;
    expect(cps[0].treeSize).toBeGreaterThan(first.treeSize);
    const r = await pub(`/api/public/ledger/consistency?from=${first.treeSize}&to=${cps[0].treeSize}`);
    expect(r.status).toBe(200);
    const b = r.body as ConsistencyBundle;
    expect(await verifyConsistencyBundle(nodeProofCrypto, b)).toMatchObject({ ok: true });
    const forged = { ...b, from: { ...b.from, rootHash: b.to.rootHash } };
    expect((await verifyConsistencyBundle(nodeProofCrypto, forged)).ok).toBe(false);
    expect((await pub(`/api/public/ledger/consistency?from=${cps[0].treeSize}&to=${first.treeSize}`)).status).toBe(400);
    expect((await pub('/api/public/ledger/consistency?from=1&to=2')).status).toBe(404);
  });

  it('serves the newest publications as Atom 1.0 with stable ids', async () => {
    const a = await pub('/api/public/disclosures/feed.atom');
    expect(a.status).toBe(200);
    expect(String(a.headers['content-type'])).toContain('application/atom+xml');
    const xml = a.body as string;
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    expect(xml).toContain(`<id>urn:uuid:${decisionId}</id>`);
    expect(xml.match(/<entry>/g)).toHaveLength(7);
    expect(
      xml
        .match(/<entry>[\s\S]*?<\/entry>/g)!
        .every((e) => /<id>urn:uuid:[0-9a-f-]{36}<\/id>/.test(e) && /<updated>\d{4}-\d\d-\d\dT[\d:.]+Z<\/updated>/.test(e) && /<title>[^<]+<\/title>/.test(e)),
    ).toBe(true);
    expect((await pub('/api/public/disclosures/feed.atom')).body).toBe(xml);
    // Links come from the configured public address, never from the request's Host header.
    expect(xml).toContain(`href="${w.app.publicUrl}/`);
    const spoofed = await w.http.inject({ method: 'GET', url: '/api/public/disclosures/feed.atom', headers: { host: 'evil.example' } });
    expect(spoofed.body).toBe(xml);
    expect(spoofed.body).not.toContain('evil.example');
  });

  it('a leader withdraws with a reason; the item leaves the portal and the withdrawal is recorded', async () => {
    expect((await officerClient.send('POST', `/api/disclosures/${decisionId}/withdraw`, { reason: 'creditRepair', note: '信用修复申请已通过' })).status).toBe(
      403,
    );
    expect((await leaderClient.send('POST', `/api/disclosures/${decisionId}/withdraw`, { reason: 'termEnded', note: '公示期满撤下' })).status).toBe(422);
    expect((await leaderClient.send('POST', `/api/disclosures/${decisionId}/withdraw`, { reason: 'creditRepair', note: '信用修复申请已通过' })).status).toBe(
      200,
    );
    expect((await pub(`/api/public/disclosures/${decisionId}`)).status).toBe(404);
    expect((await pub(`/api/public/disclosures/${decisionId}/proof`)).status).toBe(404);
    expect((await pub(`/api/public/disclosures?uscc=${ent.uscc}`)).body.items).toEqual([]);
    expect((await pub('/api/public/disclosures/feed.atom')).body).not.toContain(decisionId);
    const [e] = await w.app.db
      .select()
      .from(ledgerEntry)
      .where(and(eq(ledgerEntry.subjectId, decisionId), eq(ledgerEntry.action, 'disclosure.withdraw')));
    expect(e.payload).toMatchObject({ reason: 'creditRepair', note: '信用修复申请已通过' });
  });
});

describe('the daily job, the dashboard and the leader card', () => {
  it('publishes what falls due today, once a day, and withdraws what ran its term', async () => {
    const p = await pendingDisclosure(w, w.orgs.county.id, { decidedOn: '2026-03-02' }); // due 03-11
    w.clock.set(new Date('2026-03-10T16:30:00Z')); // 03-11 00:30 in China
    const run = await runDailyDisclosure(w.app);
    expect(run.ran).toBe(true);
    expect(run.published).toContain(p.id);
    expect((await runDailyDisclosure(w.app)).ran).toBe(false);
    const [d] = await w.app.db.select().from(disclosure).where(eq(disclosure.id, p.id));
    expect(d).toMatchObject({ status: 'published', publishedBy: null, termEndsOn: '2027-03-10' });
    w.clock.set(new Date('2027-03-11T01:00:00Z'));
    const later = await runDailyDisclosure(w.app);
    expect(later.withdrawn).toContain(p.id);
    const [gone] = await w.app.db.select().from(disclosure).where(eq(disclosure.id, p.id));
    expect(gone).toMatchObject({ status: 'withdrawn', withdrawalReason: 'termEnded' });
    w.clock.set(new Date('2026-03-20T02:00:00Z'));
  });

  it('counts due, on time, late and overdue exactly as a direct SQL count, scoped to the subtree', async () => {
    // The clock went to 2027 and back: sessions have expired.
    officerClient = await signIn(w, 'disc.officer');
    leaderClient = await signIn(w, 'disc.chief');
    // One late publication, one overdue pending item, one not yet due, and one in another city.
    const late = await pendingDisclosure(w, w.orgs.county.id, { decidedOn: '2026-03-04' }); // due 03-13
    expect((await officerClient.send('POST', `/api/disclosures/${late.id}/publish`, {})).status).toBe(200); // 03-20: late
    await pendingDisclosure(w, w.orgs.county.id, { decidedOn: '2026-03-05' }); // due 03-16: overdue
    await pendingDisclosure(w, w.orgs.township.id, { decidedOn: '2026-03-19' }); // due 03-30
    await pendingDisclosure(w, w.orgs.siblingCounty.id, { decidedOn: '2026-03-05' });
    const r = await leaderClient.get(`/api/disclosures/dashboard?orgId=${w.orgs.county.id}&from=2026-03-01&to=2026-03-31`);
    expect(r.status).toBe(200);
    const count = async (cond: string) => {
      const res = await w.app.db.execute(
        sql.raw(
          `select count(*)::int as n from disclosure d join org o on o.id = d.org_id where o.path like '${w.orgs.county.path}%' and d.due_on between '2026-03-01' and '2026-03-31' and (${cond})`,
        ),
      );
      return Number((res as unknown as { rows: { n: number }[] }).rows[0].n);
    };
    const expected = {
      due: await count('true'),
      publishedOnTime: await count(`d.published_at is not null and (d.published_at at time zone 'Asia/Shanghai')::date <= d.due_on`),
      publishedLate: await count(`d.published_at is not null and (d.published_at at time zone 'Asia/Shanghai')::date > d.due_on`),
      pendingOverdue: await count(`d.status = 'pending' and d.due_on < '2026-03-20'`),
      pendingNotYetDue: await count(`d.status = 'pending' and d.due_on >= '2026-03-20'`),
    };
    expect(r.body).toMatchObject(expected);
    // Late: this one, and the inspection result the 2027 job run published a year after its due date.
    expect(expected).toMatchObject({ due: 12, publishedOnTime: 8, publishedLate: 2, pendingOverdue: 1, pendingNotYetDue: 1 });
    expect(r.body.onTimeRate).toBeCloseTo(expected.publishedOnTime / (expected.publishedOnTime + expected.publishedLate + expected.pendingOverdue), 4);
    expect((await leaderClient.get(`/api/disclosures/dashboard?orgId=${w.orgs.siblingCounty.id}&from=2026-03-01&to=2026-03-31`)).status).toBe(403);
    const card = await leaderClient.get('/api/disclosures/overdue');
    expect(card.status).toBe(200);
    expect(card.body.items.map((i: { dueOn: string; daysLate: number }) => [i.dueOn, i.daysLate])).toEqual([['2026-03-16', 4]]);
  });
});
