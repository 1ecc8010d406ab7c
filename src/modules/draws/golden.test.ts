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
      '{"alg":"sm3","beacon":{"expectedOn":"2026-12-03","format":"十进制数字","source":"示例公开随机源"},"conflicts":[{"enterpriseId":"E1","officerId":"P1"}],"drawDate":"2026-12-01","excludeEnterprises":[],"excludeInspectedWithinMonths":6,"excludeStatuses":["closed"],"history":[{"enterpriseId":"E4","officerId":"P2","on":"2026-03-10"}],"perEnterprise":2,"repeatRecusalMonths":12,"strata":[{"key":"A","weight":2},{"key":"B","weight":1}],"teamDistinctOrgs":false,"total":3}',
    );
  });

  it('digests, commitment and seed (SM3)', () => {
    const r = runDraw(input('sm3'));
    expect(r.snapshotDigest).toBe('04f082845a61780e0a718563fb4cf85ce8c741dedd409f18da8476302509f6e6');
    expect(r.paramsDigest).toBe('fe76ff93a2b2e99baa1a0102d943d79e7845885a6abf65fd5fb03232a1867185');
    expect(r.commitment).toBe('1e1fe88f99aeae706d145ab58739b9dcfa68f838eaaf640edff5fb60b004a9f1');
    expect(r.seed).toBe('36442e7c45be7702356ee701e4cf7d9495a19d2617366a9ff38ee4a5daa31afe');
  });

  it('the DRBG outputs consumed, in order', () => {
    const p = prepare(input('sm3'));
    const e = stream(p, STREAM_ENTERPRISES);
    expect([0, 1, 2].map(() => e.generate(4).toString('hex'))).toEqual(['551ebaf5', 'b3ff5f87', '56ffe561']);
    const o = stream(p, STREAM_OFFICERS);
    expect([3, 2, 1, 2, 1, 2].map((n) => uniformInt(o, n))).toEqual([2, 1, 0, 1, 0, 0]);
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
      { enterpriseId: 'E1', stratum: 'A', officerIds: ['P5', 'P4'] },
      { enterpriseId: 'E4', stratum: 'A', officerIds: ['P1', 'P5'] },
      { enterpriseId: 'E7', stratum: 'B', officerIds: ['P2', 'P1'] },
    ]);
    expect(r.failures).toEqual([]);
  });

  it('re-draws (SM3)', () => {
    const r = runDraw(input('sm3'));
    const a = redraw(input('sm3'), r, { kind: 'officer', officerId: 'P5', enterpriseId: 'E1', reason: '申请回避' });
    expect(a.redraws[0]).toMatchObject({ seq: 1, replacementEnterpriseId: null, addedOfficerIds: ['P2'] });
    expect(a.enterprises[0]).toEqual({ enterpriseId: 'E1', stratum: 'A', officerIds: ['P4', 'P2'] });
    const b = redraw(input('sm3'), r, { kind: 'enterprise', enterpriseId: 'E1', reason: '企业已停产' });
    expect(b.redraws[0]).toMatchObject({ seq: 1, replacementEnterpriseId: 'E3', addedOfficerIds: ['P4', 'P5'] });
  });

  it('the same example with SHA-256', () => {
    const r = runDraw(input('sha256'));
    expect(r.seed).toBe('5ccb441502d94febbc5661d35928a4593dd14858f7550c3bfd56e987c09790c9');
    expect(r.enterprises.map((e) => `${e.enterpriseId}:${e.officerIds.join(',')}`)).toEqual(['E1:P2,P4', 'E4:P5,P1', 'E7:P2,P4']);
  });
});
