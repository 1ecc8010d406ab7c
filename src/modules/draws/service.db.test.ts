import { and, eq } from 'drizzle-orm';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createPlan } from '../plans/service.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Actor } from '../../platform/context.js';
import { headSeq } from '../../platform/ledger/service.js';
import { ledgerEntry } from '../../platform/ledger/schema.js';
import { addUser, createWorld, signIn, type TestWorld } from '../../testing/fixture.js';
import { inspectionTask } from '../inspections/schema.js';
import { addCredential } from '../people/service.js';
import { sampleEnterprise } from '../registry/fixture.js';
import { createEnterprise } from '../registry/service.js';
import type { AnnounceIn } from './contract.js';
import { sampleAnnouncement, sampleMatter } from './fixture.js';
import { draw } from './schema.js';
import { verifyDrawCommand } from './cli.js';
import { createMatter, listMatters, updateMatter } from './matters.js';
import { drawBundle, verifyPublished } from './public.js';
import { getDraw } from './read.js';
import { announceDraw, makeDraw, withdraw } from './service.js';
import { loadSnapshot } from './snapshot-store.js';
import { paramsDigest } from './params.js';
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
      beacon: { source: '双色球第2026023期', expectedAt: '2026-03-03T21:15:00+08:00', format: '红球升序+蓝球' },
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

  it('refuses to draw before the beacon is public, to the minute: 20:00 on the day of a 21:15 lottery is too early', async () => {
    await expect(makeDraw(w.app, chief, drawId, { beacon: '03 07 12 19 25 31+09', version: 1 })).rejects.toMatchObject({ status: 422, field: 'beacon' });
    w.clock.set(new Date('2026-03-03T12:00:00Z'));
    await expect(makeDraw(w.app, chief, drawId, { beacon: '03 07 12 19 25 31+09', version: 1 })).rejects.toMatchObject({
      status: 422,
      field: 'beacon',
      message: expect.stringContaining('2026-03-03 21:15:00 北京时间'),
    });
  });

  it('draws, creates one task per enterprise with two credentialed officers, and verifies', async () => {
    w.clock.set(new Date('2026-03-03T13:30:00Z'));
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
    // A beacon time moved before the announcement, even with the parameters' digest recomputed to match.
    const earlier = structuredClone(bundle);
    earlier.params.beacon = { source: earlier.params.beacon.source, expectedAt: '2026-03-02T09:59:59+08:00', format: earlier.params.beacon.format };
    earlier.paramsDigest = paramsDigest(earlier.params).toString('hex');
    const v = verifyBundle(earlier, snapshot);
    expect(v.ok).toBe(false);
    expect(v.checks.find((c) => c.name === '公告早于随机源公布')).toMatchObject({ ok: false, detail: expect.stringContaining('2026-03-02 09:59:59 北京时间') });
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

  it('names each stratum in Chinese: a county stratum by its org, not its code', async () => {
    const d = await getDraw(w.app, chief, drawId);
    const named = new Map(d.enterprises.map((e) => [e.stratum, e.stratumName]));
    expect(named.get('421202')).toBe('咸安区');
    // A county with no bureau in the tree is still said to be a region code, never a bare number.
    for (const [key, name] of named) expect(name, key).toMatch(/^(咸安区|区划代码 \d{6})$/);
  });

  it('a second draw within 12 months never sends an officer back to the same enterprise', async () => {
    const all = await announceDraw(w.app, chief, {
      ...sampleAnnouncement(matterId, '2026-03-03', '2026-03-03T22:00:00+08:00'),
      total: 6,
      excludeInspectedWithinMonths: null,
    });
    w.clock.set(new Date('2026-03-03T14:05:00Z'));
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

  it('says plainly when fewer enterprises could be drawn than were asked for, and why', async () => {
    const short = await announceDraw(w.app, chief, {
      ...sampleAnnouncement(matterId, '2026-03-03', '2026-03-03T23:00:00+08:00'),
      total: 12,
      excludeInspectedWithinMonths: null,
      excludeEnterprises: [{ enterpriseId: enterprises[0], reason: '已列入专项整治' }],
    });
    expect(short.tally).toBeNull();
    w.clock.set(new Date('2026-03-03T15:05:00Z'));
    const d = await makeDraw(w.app, chief, short.id, { beacon: '21 22 23 24 25 26+02', version: 1 });
    expect(d.enterprises).toHaveLength(10);
    expect(d.tally).toMatchObject({ requested: 12, pool: 12, eligible: 10, excluded: { status: 1, named: 1, recentlyInspected: 0 }, drawn: 10 });
    expect(d.tally?.tasks).toBe(d.taskCount);
    expect(d.tally?.note).toMatch(/^抽取 12 家，实际派发检查任务 \d+ 项：符合条件的仅 10 家（名录库 12 家，排除：已关闭 1 家、申报排除 1 家），已全部抽中/);
  });

  it('checks input and scope over HTTP: field-named 400s, 403 outside the subtree, nothing written', async () => {
    await addUser(w, 'draw.other', w.orgs.siblingCity.id, ['sectionChief']);
    const other = await signIn(w, 'draw.other');
    const foreign = await createPlan(w.app, systemActor, { orgId: w.orgs.siblingCity.id, year: 2026, title: '外市年度计划', items: [] });
    const before = await headSeq(w.app.db);
    const res = await other.send('POST', '/api/draws', sampleAnnouncement(matterId, '2026-03-03'));
    expect(res.status).toBe(403);
    const c = await signIn(w, 'draw.chief');
    const bad = await c.send('POST', '/api/draws', { ...sampleAnnouncement(matterId, '2026-03-03'), perEnterprise: 1 });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('perEnterprise');
    const past = await c.send('POST', '/api/draws', { ...sampleAnnouncement(matterId, '2026-03-01') });
    expect(past.status).toBe(400);
    // The plan a draw carries out is authorised like a path: another city's plan is refused, naming the field.
    const linked = await c.send('POST', '/api/draws', { ...sampleAnnouncement(matterId, '2026-03-03'), planId: foreign.id });
    expect({ status: linked.status, field: (linked.body as { error: { field: string } }).error.field }).toEqual({ status: 403, field: 'planId' });
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
    expect(lines).toContain(
      '  ✓ 公告早于随机源公布: 公告记入执法记录于 2026-03-02 10:00:00 北京时间，早于随机源（双色球第2026023期）公布时间 2026-03-03 21:15:00 北京时间',
    );
    const dir = await mkdtemp(path.join(tmpdir(), 'draw-'));
    const bundle = (await (await fetch(`${address}/api/public/draws/${drawId}`)).json()) as DrawBundle;
    await writeFile(
      path.join(dir, 'snapshot.json.gz'),
      Buffer.from(await (await fetch(`${address}/api/public/draws/${drawId}/snapshot.json.gz`)).arrayBuffer()),
    );
    await writeFile(path.join(dir, 'bundle.json'), JSON.stringify(bundle));
    expect(await verifyDrawCommand(path.join(dir, 'bundle.json'), path.join(dir, 'snapshot.json.gz'), () => {})).toBe(0);
    // The beacon's time moved before the announcement: the order check fails whatever else is retouched.
    const early = structuredClone(bundle);
    early.params.beacon = { source: early.params.beacon.source, expectedAt: '2026-03-02T09:00:00+08:00', format: early.params.beacon.format };
    await writeFile(path.join(dir, 'early.json'), JSON.stringify(early));
    const late: string[] = [];
    expect(await verifyDrawCommand(path.join(dir, 'early.json'), path.join(dir, 'snapshot.json.gz'), (l) => late.push(l))).toBe(1);
    expect(late).toContain(
      '  ✗ 公告早于随机源公布: 公告记入执法记录于 2026-03-02 10:00:00 北京时间，不早于随机源（双色球第2026023期）公布时间 2026-03-02 09:00:00 北京时间',
    );
    expect(late.join('\n')).toContain('✗ 抽取参数摘要');
    bundle.result!.enterprises.reverse();
    await writeFile(path.join(dir, 'tampered.json'), JSON.stringify(bundle));
    const bad: string[] = [];
    expect(await verifyDrawCommand(path.join(dir, 'tampered.json'), path.join(dir, 'snapshot.json.gz'), (l) => bad.push(l))).toBe(1);
    expect(bad.join('\n')).toContain('✗ 重新计算结果与公布结果一致');
  });
});

describe('the announcement precedes the beacon, both as instants', () => {
  let small: string;
  beforeAll(async () => {
    small = (await createMatter(w.app, chief, { ...sampleMatter(w.orgs.city.id, 'SC-03'), targetFilter: { regionPrefix: '421221' } })).id;
  });
  const drawsOf = async (m: string) => w.app.db.select({ id: draw.id }).from(draw).where(eq(draw.matterId, m));

  it('refuses (422) to announce at 21:19 a lottery drawn at 21:15 the same evening, over HTTP too; a date alone is not accepted', async () => {
    w.clock.set(new Date('2026-03-05T13:19:03Z'));
    await expect(announceDraw(w.app, chief, sampleAnnouncement(small, '2026-03-05'))).rejects.toMatchObject({
      status: 422,
      field: 'beacon.expectedAt',
      message: expect.stringContaining(
        '公告记入执法记录于 2026-03-05 21:19:03 北京时间，不早于随机源（中国福利彩票双色球当日开奖号码）公布时间 2026-03-05 21:15:00 北京时间',
      ),
    });
    const c = await signIn(w, 'draw.chief');
    const before = await headSeq(w.app.db);
    const res = await c.send('POST', '/api/draws', sampleAnnouncement(small, '2026-03-05'));
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ error: { field: 'beacon.expectedAt', message: expect.stringContaining('须晚于抽取公告记入执法记录的时间') } });
    const dateOnly = await c.send('POST', '/api/draws', {
      ...sampleAnnouncement(small, '2026-03-05'),
      beacon: { source: '双色球', expectedOn: '2026-03-06', format: '红球升序+蓝球' },
    });
    expect(dateOnly.status).toBe(400);
    expect(JSON.stringify(dateOnly.body)).toContain('beacon.expectedAt');
    expect(await headSeq(w.app.db)).toBe(before);
    expect(await drawsOf(small)).toEqual([]);
  });

  it("judges by the ledger entry's own time: a beacon passed while the pool was being read refuses the announcement, nothing written", async () => {
    // Every reading of this clock is 20 s later than the one before, from 21:14:00: the check at the
    // start (21:14:20) is before the 21:14:30 beacon, the ledger entry that follows is not.
    let reads = 0;
    const slow = { ...w.app, clock: { now: () => new Date(Date.parse('2026-03-05T13:14:00Z') + 20_000 * reads++) } };
    const before = await headSeq(w.app.db);
    await expect(announceDraw(slow, chief, sampleAnnouncement(small, '2026-03-05', '2026-03-05T21:14:30+08:00'))).rejects.toMatchObject({
      status: 422,
      field: 'beacon.expectedAt',
    });
    expect(await headSeq(w.app.db)).toBe(before);
    expect(await drawsOf(small)).toEqual([]);
  });

  it('a date-only beacon announced on an earlier day still draws and verifies, flagged as counted from 00:00', async () => {
    w.clock.set(new Date('2026-03-06T02:00:00Z'));
    // As the service stored it before publication instants were required; the contract no longer accepts it.
    const legacy = { ...sampleAnnouncement(small, '2026-03-06'), beacon: { source: '双色球第2026026期', expectedOn: '2026-03-07', format: '红球升序+蓝球' } };
    const a = await announceDraw(w.app, chief, legacy as unknown as AnnounceIn);
    expect(a).toMatchObject({ beaconExpectedAt: '2026-03-07T00:00:00+08:00', beaconDateOnly: true });
    w.clock.set(new Date('2026-03-07T13:30:00Z'));
    await makeDraw(w.app, chief, a.id, { beacon: '02 05 09 14 22 30+11', version: a.version });
    const v = await verifyPublished(w.app, a.id);
    expect(v.checks.filter((c) => !c.ok)).toEqual([]);
    expect(v.checks.find((c) => c.name === '公告早于随机源公布')!.detail).toContain('公告只写明公布日期 2026-03-07，按当日 0 时计');
  });

  it('a date-only beacon announced on the day itself cannot show it came first: the draw is refused (422)', async () => {
    w.clock.set(new Date('2026-03-08T02:00:00Z'));
    const a = await announceDraw(w.app, chief, sampleAnnouncement(small, '2026-03-08'));
    // The row as the date-only check let it through: announced at 10:00 on the beacon's day.
    const [row] = await w.app.db.select().from(draw).where(eq(draw.id, a.id));
    const { source, format } = row.params.beacon;
    await w.app.db
      .update(draw)
      .set({ params: { ...row.params, beacon: { source, expectedOn: '2026-03-08', format } } })
      .where(eq(draw.id, a.id));
    w.clock.set(new Date('2026-03-08T13:30:00Z'));
    await expect(makeDraw(w.app, chief, a.id, { beacon: '01 02 03 04 05 06+07', version: a.version })).rejects.toMatchObject({
      status: 422,
      field: 'beacon.expectedOn',
      message: expect.stringContaining('公告记入执法记录于 2026-03-08 10:00:00 北京时间，不早于随机源'),
    });
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
