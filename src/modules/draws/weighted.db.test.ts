import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Actor } from '../../platform/context.js';
import { addUser, createWorld, type TestWorld } from '../../testing/fixture.js';
import { creditListing } from '../credit/schema.js';
import { addCredential } from '../people/service.js';
import { sampleEnterprise } from '../registry/fixture.js';
import { createEnterprise } from '../registry/service.js';
import { verifyDrawCommand } from './cli.js';
import { sampleAnnouncement, sampleMatter } from './fixture.js';
import { createMatter } from './matters.js';
import { paramsDigest } from './params.js';
import { drawBundle, verifyPublished } from './public.js';
import { announceDraw, makeDraw } from './service.js';
import { loadSnapshot } from './snapshot-store.js';
import { verifyBundle, type DrawBundle } from './verify.js';

// 差异化监管 (issue 20): a credit-weighted draw tags the listed enterprises in its snapshot at the
// announcement, carries the weights in its digested parameters, and verifies from its bundle.

let w: TestWorld;
let chief: Actor;
let matterId: string;
const enterprises: string[] = [];

beforeAll(async () => {
  w = await createWorld();
  const u = await addUser(w, 'wdraw.chief', w.orgs.city.id, ['sectionChief']);
  chief = { userId: u.id, username: 'wdraw.chief', orgId: w.orgs.city.id, orgPath: w.orgs.city.path, roles: ['sectionChief'] };
  for (let i = 0; i < 4; i++) {
    const o = await addUser(w, `wdraw.officer${i}`, w.orgs.city.id, ['officer']);
    await addCredential(w.app, systemActor, o.id, {
      number: `WDRAW-${i}`,
      issuer: '湖北省人民政府',
      scope: '安全生产',
      validFrom: '2024-01-01',
      validTo: '2028-12-31',
    });
  }
  // Low risk but for enterprise 4 (重大风险) and 6 (较大风险, also listed).
  const grade = (i: number) => (i === 4 ? 'major' : i === 6 ? 'high' : 'low');
  for (let i = 0; i < 10; i++) enterprises.push((await createEnterprise(w.app, systemActor, sampleEnterprise(300 + i, '421202', { riskGrade: grade(i) }))).id);
  // Two enterprises on the 严重失信主体名单 now, one whose listing has ended: the table as the credit module keeps it.
  const listing = (enterpriseId: string, state: 'listed' | 'removed', n: number) => ({
    caseId: crypto.randomUUID(),
    penaltyDecisionNumber: `黄应急罚〔2025〕${n}号`,
    penaltyDecidedOn: '2025-06-01',
    orgId: w.orgs.city.id,
    enterpriseId,
    criterion: 'majorAccident' as const,
    facts: '发生较大生产安全事故，负有责任',
    state,
    proposedBy: u.id,
    proposedOn: '2025-06-02',
    createdAt: new Date('2025-06-02T02:00:00Z'),
  });
  await w.app.db
    .insert(creditListing)
    .values([listing(enterprises[1], 'listed', 1), listing(enterprises[6], 'listed', 2), listing(enterprises[3], 'removed', 3)]);
  matterId = (await createMatter(w.app, chief, { ...sampleMatter(w.orgs.city.id, 'SC-W1'), ratioPermille: 300, strataBy: 'none' })).id;
}, 120_000);
afterAll(() => w.close());

describe('credit-weighted draw (差异化抽查)', () => {
  let drawId: string;

  it('refuses a weight outside 1 to 10, naming the field, and records the weights with the announcement', async () => {
    const base = {
      ...sampleAnnouncement(matterId, '2026-03-02'),
      beacon: { source: '双色球第2026023期', expectedAt: '2026-03-03T21:15:00+08:00', format: '红球升序+蓝球' },
    };
    await expect(announceDraw(w.app, chief, { ...base, weights: { creditListed: 11 } })).rejects.toMatchObject({ status: 400, field: 'weights.creditListed' });
    const d = await announceDraw(w.app, chief, { ...base, weights: { creditListed: 5, highRisk: 2 } });
    drawId = d.id;
    expect(d.weights).toEqual({ creditListed: 5, highRisk: 2 });
    const snapshot = await loadSnapshot(w.app.db, drawId);
    const tags = Object.fromEntries(snapshot.enterprises.filter((e) => e.tags !== undefined).map((e) => [e.id, e.tags]));
    // The removed listing (enterprise 3) no longer counts.
    expect(tags).toEqual({ [enterprises[1]]: ['creditListed'], [enterprises[4]]: ['highRisk'], [enterprises[6]]: ['creditListed', 'highRisk'] });
    const bundle = await drawBundle(w.app, drawId);
    expect(bundle.params.weights).toEqual({ creditListed: 5, highRisk: 2 });
    expect(bundle.paramsDigest).toBe(paramsDigest(bundle.params).toString('hex'));
    expect(bundle.ledger.find((e) => e.action === 'draw.announce')!.payload).toMatchObject({
      weights: { creditListed: 5, highRisk: 2 },
      paramsDigest: bundle.paramsDigest,
    });
  });

  it('draws, and the bundle verifies; the weights cannot be changed afterwards', async () => {
    w.clock.set(new Date('2026-03-03T13:30:00Z'));
    const d = await makeDraw(w.app, chief, drawId, { beacon: '03 07 12 19 25 31+09', version: 1 });
    expect(d.enterprises).toHaveLength(3);
    const verdict = await verifyPublished(w.app, drawId);
    expect(verdict.checks.filter((c) => !c.ok)).toEqual([]);
    const bundle = JSON.parse(JSON.stringify(await drawBundle(w.app, drawId))) as DrawBundle;
    const snapshot = await loadSnapshot(w.app.db, drawId);
    expect(verifyBundle(bundle, snapshot).ok).toBe(true);
    // Unweighted, with the digest recomputed to match: the announcement's ledger entry gives it away.
    const plain = structuredClone(bundle);
    delete plain.params.weights;
    plain.paramsDigest = paramsDigest(plain.params).toString('hex');
    const v = verifyBundle(plain, snapshot);
    expect(v.checks.find((c) => c.name === '公告先于抽取固定输入')!.ok).toBe(false);
    // The listed enterprises' tags stripped from the snapshot: its digest no longer matches.
    const untagged = { ...snapshot, enterprises: snapshot.enterprises.map(({ tags: _t, ...e }) => e) };
    expect(verifyBundle(bundle, untagged).checks.find((c) => c.name === '名录库快照摘要')!.ok).toBe(false);
  });

  it('zhifa draw verify replays the weighted draw from its public address', async () => {
    const address = await w.http.listen({ port: 0, host: '127.0.0.1' });
    const lines: string[] = [];
    expect(await verifyDrawCommand(`${address}/portal/draws/${drawId}`, undefined, (l) => lines.push(l))).toBe(0);
    expect(lines.at(-1)).toContain('验证通过');
    expect(lines.join('\n')).toContain('重新计算结果与公布结果一致');
  });
});
