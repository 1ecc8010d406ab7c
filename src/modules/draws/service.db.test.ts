import { and, eq } from 'drizzle-orm';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Actor } from '../../platform/context.js';
import { headSeq } from '../../platform/ledger/service.js';
import { ledgerEntry } from '../../platform/ledger/schema.js';
import { addUser, createWorld, signIn, type TestWorld } from '../../testing/fixture.js';
import { inspectionTask } from '../inspections/schema.js';
import { addCredential } from '../people/service.js';
import { sampleEnterprise } from '../registry/fixture.js';
import { createEnterprise } from '../registry/service.js';
import { sampleAnnouncement, sampleMatter } from './fixture.js';
import { draw } from './schema.js';
import { verifyDrawCommand } from './cli.js';
import { createMatter, listMatters, updateMatter } from './matters.js';
import { drawBundle, verifyPublished } from './public.js';
import { announceDraw, getDraw, loadSnapshot, makeDraw, withdraw } from './service.js';
import { verifyBundle, type DrawBundle } from './verify.js';

let w: TestWorld;
let chief: Actor;
let matterId: string;
const officers: string[] = [];
const enterprises: string[] = [];

beforeAll(async () => {
  w = await createWorld();
  const u = await addUser(w, 'draw.chief', w.orgs.city.id, ['sectionChief']);
  chief = { userId: u.id, username: 'draw.chief', orgId: w.orgs.city.id, orgPath: w.orgs.city.path, roles: ['sectionChief'] };
  for (let i = 0; i < 6; i++) {
    const o = await addUser(w, `draw.officer${i}`, i < 3 ? w.orgs.city.id : w.orgs.county.id, ['officer']);
    // Officer 5's credential has lapsed: never drawn.
    await addCredential(w.app, systemActor, o.id, {
      number: `DRAW-${i}`,
      issuer: '湖北省人民政府',
      scope: '安全生产',
      validFrom: '2024-01-01',
      validTo: i === 5 ? '2026-01-31' : '2028-12-31',
    });
    officers.push(o.id);
  }
  for (let i = 0; i < 12; i++)
    enterprises.push(
      (await createEnterprise(w.app, systemActor, sampleEnterprise(100 + i, i < 8 ? '421202' : '421221', { status: i === 11 ? 'closed' : 'operating' }))).id,
    );
  await createEnterprise(w.app, systemActor, sampleEnterprise(900, '420102'));
  matterId = (await createMatter(w.app, chief, { ...sampleMatter(w.orgs.city.id, 'SC-01'), ratioPermille: 250 })).id;
}, 120_000);
afterAll(() => w.close());

describe('draw service', () => {
  let drawId: string;

  it('announces: fixes snapshot, params and commitment in the ledger; the secret stays hidden', async () => {
    const d = await announceDraw(w.app, chief, {
      ...sampleAnnouncement(matterId, '2026-03-02'),
      beacon: { source: '双色球第2026023期', expectedOn: '2026-03-03', format: '红球升序+蓝球' },
    });
    drawId = d.id;
    expect(d.status).toBe('announced');
    expect(d.enterpriseCount).toBe(12); // the subtree's enterprises only, the closed one included
    expect(d.officerCount).toBe(6);
    expect(d.total).toBe(3); // ceil(11 operating × 25%)
    const [entry] = await w.app.db
      .select()
      .from(ledgerEntry)
      .where(and(eq(ledgerEntry.subjectId, drawId), eq(ledgerEntry.action, 'draw.announce')));
    expect(entry.payload).toMatchObject({ snapshotDigest: d.snapshotDigest, paramsDigest: d.paramsDigest, commitment: d.commitment });
    const bundle = await drawBundle(w.app, drawId);
    expect(bundle.secret).toBeNull();
    const [{ secret }] = await w.app.db.select({ secret: draw.secret }).from(draw).where(eq(draw.id, drawId));
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(bundle)).not.toContain(secret);
    expect((await verifyPublished(w.app, drawId)).ok).toBe(true);
  });

  it('refuses to draw before the beacon is public', async () => {
    await expect(makeDraw(w.app, chief, drawId, { beacon: '03 07 12 19 25 31+09', version: 1 })).rejects.toMatchObject({ status: 422, field: 'beacon' });
  });

  it('draws, creates one task per enterprise with two credentialed officers, and verifies', async () => {
    w.clock.set(new Date('2026-03-03T12:00:00Z'));
    const before = await headSeq(w.app.db);
    const d = await makeDraw(w.app, chief, drawId, { beacon: '03 07 12 19 25 31+09', version: 1 });
    expect(await headSeq(w.app.db)).toBe(before + 1);
    expect(d.status).toBe('drawn');
    expect(d.enterprises).toHaveLength(3);
    expect(d.failures).toEqual([]);
    const tasks = await w.app.db.select().from(inspectionTask).where(eq(inspectionTask.drawId, drawId));
    expect(tasks.map((t) => t.enterpriseId).sort()).toEqual(d.enterprises.map((e) => e.enterpriseId).sort());
    for (const t of tasks) {
      expect(t.officerIds).toHaveLength(2);
      expect(t.officerIds).not.toContain(officers[5]);
      expect(t).toMatchObject({ source: 'draw', matterCode: 'SC-01', plannedOn: '2026-03-02', status: 'assigned' });
      expect(enterprises.indexOf(t.enterpriseId)).not.toBe(11);
    }
    const verdict = await verifyPublished(w.app, drawId);
    expect(verdict.checks.filter((c) => !c.ok)).toEqual([]);
    await expect(makeDraw(w.app, chief, drawId, { beacon: 'again', version: 2 })).rejects.toMatchObject({ status: 422 });
  });

  it('a tampered result, snapshot, beacon or ledger payload fails verification', async () => {
    const bundle = JSON.parse(JSON.stringify(await drawBundle(w.app, drawId))) as DrawBundle;
    const snapshot = await loadSnapshot(w.app.db, drawId);
    expect(verifyBundle(bundle, snapshot).ok).toBe(true);
    const swapped = structuredClone(bundle);
    swapped.result!.enterprises[0].officerIds[0] = officers.find((o) => !swapped.result!.enterprises[0].officerIds.includes(o))!;
    expect(verifyBundle(swapped, snapshot).ok).toBe(false);
    const otherBeacon = { ...structuredClone(bundle), beacon: '03 07 12 19 25 31+10' };
    expect(verifyBundle(otherBeacon, snapshot).ok).toBe(false);
    const lessPool = { ...snapshot, enterprises: snapshot.enterprises.slice(1) };
    expect(verifyBundle(bundle, lessPool).ok).toBe(false);
    const forged = structuredClone(bundle);
    forged.ledger[0].payload = { ...forged.ledger[0].payload, commitment: '0'.repeat(64) };
    expect(verifyBundle(forged, snapshot).checks.find((c) => c.name === '公告记录完整')!.ok).toBe(false);
  });

  it('an officer withdrawal is a recorded re-draw: the task is re-issued, and the replay still verifies', async () => {
    const before = await getDraw(w.app, chief, drawId);
    const slot = before.enterprises[0];
    const leaving = slot.officers[0].id;
    await expect(
      withdraw(w.app, chief, drawId, {
        kind: 'officer',
        enterpriseId: slot.enterpriseId,
        officerId: leaving,
        reason: '与该企业负责人系近亲属，申请回避',
        version: 1,
      }),
    ).rejects.toMatchObject({ status: 409 });
    const d = await withdraw(w.app, chief, drawId, {
      kind: 'officer',
      enterpriseId: slot.enterpriseId,
      officerId: leaving,
      reason: '与该企业负责人系近亲属，申请回避',
      version: before.version,
    });
    const team = d.enterprises.find((e) => e.enterpriseId === slot.enterpriseId)!.officers.map((o) => o.id);
    expect(team).toHaveLength(2);
    expect(team).not.toContain(leaving);
    expect(d.redraws).toHaveLength(1);
    const tasks = await w.app.db
      .select()
      .from(inspectionTask)
      .where(and(eq(inspectionTask.drawId, drawId), eq(inspectionTask.enterpriseId, slot.enterpriseId)));
    expect(tasks.map((t) => t.status).sort()).toEqual(['assigned', 'cancelled']);
    expect(tasks.find((t) => t.status === 'assigned')!.officerIds.sort()).toEqual([...team].sort());
    expect((await verifyPublished(w.app, drawId)).ok).toBe(true);
  });

  it('an enterprise withdrawal draws a replacement from the same stratum', async () => {
    const before = await getDraw(w.app, chief, drawId);
    const slot = before.enterprises[1];
    const d = await withdraw(w.app, chief, drawId, { kind: 'enterprise', enterpriseId: slot.enterpriseId, reason: '企业已停产注销', version: before.version });
    const r = d.redraws[1];
    expect(r.replacementEnterpriseId).not.toBeNull();
    expect(d.enterprises[1]).toMatchObject({ enterpriseId: r.replacementEnterpriseId, stratum: slot.stratum });
    expect((await verifyPublished(w.app, drawId)).ok).toBe(true);
  });

  it('a second draw within 12 months never sends an officer back to the same enterprise', async () => {
    const all = await announceDraw(w.app, chief, { ...sampleAnnouncement(matterId, '2026-03-03'), total: 6, excludeInspectedWithinMonths: null });
    const d = await makeDraw(w.app, chief, all.id, { beacon: '11 12 13 14 15 16+01', version: 1 });
    const earlier = await w.app.db
      .select()
      .from(inspectionTask)
      .where(and(eq(inspectionTask.drawId, drawId), eq(inspectionTask.status, 'assigned')));
    for (const e of d.enterprises) {
      const past = earlier.find((t) => t.enterpriseId === e.enterpriseId);
      for (const o of e.officers) expect(past?.officerIds ?? []).not.toContain(o.id);
    }
  });

  it('checks input and scope over HTTP: field-named 400s, 403 outside the subtree, nothing written', async () => {
    await addUser(w, 'draw.other', w.orgs.siblingCity.id, ['sectionChief']);
    const other = await signIn(w, 'draw.other');
    const before = await headSeq(w.app.db);
    const res = await other.send('POST', '/api/draws', sampleAnnouncement(matterId, '2026-03-03'));
    expect(res.status).toBe(403);
    const c = await signIn(w, 'draw.chief');
    const bad = await c.send('POST', '/api/draws', { ...sampleAnnouncement(matterId, '2026-03-03'), perEnterprise: 1 });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('perEnterprise');
    const past = await c.send('POST', '/api/draws', { ...sampleAnnouncement(matterId, '2026-03-01') });
    expect(past.status).toBe(400);
    const noReason = await c.send('POST', `/api/draws/${drawId}/withdrawals`, { kind: 'enterprise', enterpriseId: enterprises[0], reason: '', version: 1 });
    expect(noReason.status).toBe(400);
    expect(await headSeq(w.app.db)).toBe(before);
    const pub = await w.http.inject({ method: 'GET', url: `/api/public/draws/${drawId}/verify` });
    expect(pub.statusCode).toBe(200);
    expect(pub.json().ok).toBe(true);
  });

  it('zhifa draw verify re-runs the draw from the published URL, and fails on a tampered file', async () => {
    const address = await w.http.listen({ port: 0, host: '127.0.0.1' });
    const lines: string[] = [];
    expect(await verifyDrawCommand(`${address}/portal/draws/${drawId}`, undefined, (l) => lines.push(l))).toBe(0);
    expect(lines.at(-1)).toContain('验证通过');
    const dir = await mkdtemp(path.join(tmpdir(), 'draw-'));
    const bundle = (await (await fetch(`${address}/api/public/draws/${drawId}`)).json()) as DrawBundle;
    await writeFile(
      path.join(dir, 'snapshot.json.gz'),
      Buffer.from(await (await fetch(`${address}/api/public/draws/${drawId}/snapshot.json.gz`)).arrayBuffer()),
    );
    await writeFile(path.join(dir, 'bundle.json'), JSON.stringify(bundle));
    expect(await verifyDrawCommand(path.join(dir, 'bundle.json'), path.join(dir, 'snapshot.json.gz'), () => {})).toBe(0);
    bundle.result!.enterprises.reverse();
    await writeFile(path.join(dir, 'tampered.json'), JSON.stringify(bundle));
    const bad: string[] = [];
    expect(await verifyDrawCommand(path.join(dir, 'tampered.json'), path.join(dir, 'snapshot.json.gz'), (l) => bad.push(l))).toBe(1);
    expect(bad.join('\n')).toContain('✗ 重新计算结果与公布结果一致');
  });
});

describe('spot-check matters', () => {
  it('refuse an unknown checklist and a duplicate code, and keep versions', async () => {
    await expect(createMatter(w.app, chief, { ...sampleMatter(w.orgs.city.id, 'SC-X'), checklistCode: 'CL-NONE' })).rejects.toMatchObject({
      status: 400,
      field: 'checklistCode',
    });
    await expect(createMatter(w.app, chief, sampleMatter(w.orgs.city.id, 'SC-01'))).rejects.toMatchObject({ status: 409, field: 'code' });
    const m = await createMatter(w.app, chief, { ...sampleMatter(w.orgs.city.id, 'SC-02'), targetFilter: { regionPrefix: '421221' } });
    expect(m.poolSize).toBe(4);
    const { orgId: _o, code: _c, ...rest } = sampleMatter(w.orgs.city.id, 'SC-02');
    const u = await updateMatter(w.app, chief, m.id, { ...rest, targetFilter: { regionPrefix: '421202' }, version: 1 });
    expect(u).toMatchObject({ version: 2, poolSize: 8 });
    await expect(updateMatter(w.app, chief, m.id, { ...rest, version: 1 })).rejects.toMatchObject({ status: 409 });
  });
});

describe('matter list', () => {
  it('counts every matter pool in one scan, each by its own filter and subtree', async () => {
    const list = await listMatters(w.app, chief);
    const byCode = new Map(list.map((m) => [`${m.orgName}:${m.code}`, m.poolSize]));
    expect(byCode.get(`${w.orgs.city.name}:SC-01`)).toBe(12);
    expect(byCode.get(`${w.orgs.city.name}:SC-02`)).toBe(8);
  });
});
