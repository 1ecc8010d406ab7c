import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../platform/ledger/hash.js';
import { uniformInt } from './drbg.js';
import { EXAMPLE, EXAMPLE_SECRET } from './example.js';
import { canonicalParams } from './params.js';
import { redraw } from './redraw.js';
import { prepare, runDraw, stream, STREAM_ENTERPRISES, STREAM_OFFICERS, type DrawInput } from './rules.js';
import { commitment } from './seed.js';
import { canonicalSnapshot } from './snapshot.js';

// Every value here is quoted in docs/draw-algorithm.md, "Worked example".
const input = (alg: 'sm3' | 'sha256'): DrawInput => ({
  snapshot: EXAMPLE.snapshot,
  params: { ...EXAMPLE.params, alg },
  seedMaterial: { secret: EXAMPLE_SECRET, commitment: commitment(alg, EXAMPLE_SECRET), beacon: EXAMPLE.beacon },
});

describe('worked example (docs/draw-algorithm.md)', () => {
  it('canonical JSON of the snapshot and the parameters', () => {
    expect(canonicalJson(canonicalSnapshot(EXAMPLE.snapshot))).toMatch(
      /^\{"enterprises":\[\{"id":"E1","lastInspectedOn":null,"status":"active","stratum":"A","uscc":"91421202MA00000011"\},/,
    );
    expect(canonicalJson(canonicalParams(EXAMPLE.params))).toBe(
      '{"alg":"sm3","beacon":{"expectedAt":"2026-12-03T21:15:00+08:00","format":"十进制数字","source":"示例公开随机源"},"conflicts":[{"enterpriseId":"E1","officerId":"P1"}],"drawDate":"2026-12-01","excludeEnterprises":[],"excludeInspectedWithinMonths":6,"excludeStatuses":["closed"],"history":[{"enterpriseId":"E4","officerId":"P2","on":"2026-03-10"}],"perEnterprise":2,"repeatRecusalMonths":12,"strata":[{"key":"A","weight":2},{"key":"B","weight":1}],"teamDistinctOrgs":false,"total":3}',
    );
  });

  it('digests, commitment and seed (SM3)', () => {
    const r = runDraw(input('sm3'));
    expect(r.snapshotDigest).toBe('04f082845a61780e0a718563fb4cf85ce8c741dedd409f18da8476302509f6e6');
    expect(r.paramsDigest).toBe('82b23d383556ff94430e2bfd4a5e9ee64a64ca0e2f6c966089e760a7bf97ca6f');
    expect(r.commitment).toBe('1e1fe88f99aeae706d145ab58739b9dcfa68f838eaaf640edff5fb60b004a9f1');
    expect(r.seed).toBe('f83846cc9c853070d80449b2c6aa47753eddf9480a52e76507b9afe1c3f89c5a');
  });

  it('the DRBG outputs consumed, in order', () => {
    const p = prepare(input('sm3'));
    const e = stream(p, STREAM_ENTERPRISES);
    expect([0, 1, 2].map(() => e.generate(4).toString('hex'))).toEqual(['2affa4e1', '29eb60dc', '109a1949']);
    const o = stream(p, STREAM_OFFICERS);
    expect([3, 2, 2, 1, 4, 3].map((n) => uniformInt(o, n))).toEqual([1, 0, 1, 0, 1, 1]);
  });

  it('allocation, exclusions, sample and teams (SM3)', () => {
    const r = runDraw(input('sm3'));
    expect(r.strata).toEqual([
      { key: 'A', weight: 2, poolSize: 4, eligibleSize: 3, allocated: 2 },
      { key: 'B', weight: 1, poolSize: 3, eligibleSize: 2, allocated: 1 },
    ]);
    expect(r.excluded).toEqual([
      { enterpriseId: 'E2', reason: 'recentlyInspected', detail: '2026-09-15' },
      { enterpriseId: 'E5', reason: 'status', detail: 'closed' },
    ]);
    expect(r.enterprises).toEqual([
      { enterpriseId: 'E4', stratum: 'A', officerIds: ['P4', 'P1'] },
      { enterpriseId: 'E3', stratum: 'A', officerIds: ['P5', 'P2'] },
      { enterpriseId: 'E7', stratum: 'B', officerIds: ['P2', 'P4'] },
    ]);
    expect(r.failures).toEqual([]);
  });

  it('re-draws (SM3)', () => {
    const r = runDraw(input('sm3'));
    const a = redraw(input('sm3'), r, { kind: 'officer', officerId: 'P4', enterpriseId: 'E4', reason: '申请回避' });
    expect(a.redraws[0]).toMatchObject({ seq: 1, replacementEnterpriseId: null, addedOfficerIds: ['P5'] });
    expect(a.enterprises[0]).toEqual({ enterpriseId: 'E4', stratum: 'A', officerIds: ['P1', 'P5'] });
    const b = redraw(input('sm3'), r, { kind: 'enterprise', enterpriseId: 'E4', reason: '企业已停产' });
    expect(b.redraws[0]).toMatchObject({ seq: 1, replacementEnterpriseId: 'E1', addedOfficerIds: ['P4', 'P5'] });
    expect(b.enterprises[0]).toEqual({ enterpriseId: 'E1', stratum: 'A', officerIds: ['P4', 'P5'] });
  });

  it('a date-only beacon, as announced before publication instants were required, keeps its form and its digests', () => {
    const legacy = { ...input('sm3'), params: { ...EXAMPLE.params, beacon: { source: '示例公开随机源', expectedOn: '2026-12-03', format: '十进制数字' } } };
    expect(canonicalJson(canonicalParams(legacy.params))).toContain('"beacon":{"expectedOn":"2026-12-03","format":"十进制数字","source":"示例公开随机源"}');
    const r = runDraw(legacy);
    expect(r.paramsDigest).toBe('fe76ff93a2b2e99baa1a0102d943d79e7845885a6abf65fd5fb03232a1867185');
    expect(r.seed).toBe('36442e7c45be7702356ee701e4cf7d9495a19d2617366a9ff38ee4a5daa31afe');
  });

  it('the same example with SHA-256', () => {
    const r = runDraw(input('sha256'));
    expect(r.seed).toBe('b96565774f48a0a04b2b78ba589fefe2c3b4f429b0fa659b81d675d29f81df8e');
    expect(r.enterprises.map((e) => `${e.enterpriseId}:${e.officerIds.join(',')}`)).toEqual(['E4:P4,P1', 'E3:P5,P2', 'E7:P1,P4']);
  });
});
