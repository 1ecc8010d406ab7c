import { describe, expect, it } from 'vitest';
import { commitment } from '../draws/seed.js';
import { drawFiles, type EvaluationBundle, type EvaluationParams, filesToDraw, paramsDigest, poolDigest, verifyEvaluationDraw } from './draw.js';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const SECRET = 'ab'.repeat(32);
const pool = {
  orgs: [
    { orgId: id(2), caseIds: Array.from({ length: 7 }, (_, i) => id(200 + i)) },
    { orgId: id(1), caseIds: Array.from({ length: 3 }, (_, i) => id(100 + i)) },
    { orgId: id(3), caseIds: [] },
  ],
};
const params: EvaluationParams = {
  alg: 'sm3',
  roundOrgId: id(9),
  periodFrom: '2026-01-01',
  periodTo: '2026-06-30',
  orgIds: [id(1), id(2), id(3)],
  perOrg: 2,
  sharePercent: null,
  beacon: { source: '双色球', format: '红球升序+蓝球', expectedAt: '2026-07-01T21:15:00+08:00' },
};

function bundle(over: Partial<EvaluationBundle> = {}): EvaluationBundle {
  const inputs = { pool, params, commitment: commitment('sm3', SECRET), secret: SECRET, beacon: '01 02 03 04 05 06+07' };
  return {
    format: 'zhifa-evaluation-draw/1',
    ...inputs,
    poolDigest: poolDigest('sm3', pool).toString('hex'),
    paramsDigest: paramsDigest(params).toString('hex'),
    announcedAt: '2026-07-01T02:00:00.000Z',
    result: drawFiles(inputs),
    ...over,
  };
}

describe('filesToDraw', () => {
  it('takes the number per org, or the share rounded up, never more than there are', () => {
    for (let n = 0; n <= 30; n++) {
      for (const k of [1, 2, 5]) expect(filesToDraw(n, { perOrg: k, sharePercent: null })).toBe(Math.min(n, k));
      for (const p of [1, 10, 33, 100]) expect(filesToDraw(n, { perOrg: null, sharePercent: p })).toBe(Math.min(n, Math.ceil((n * p) / 100)));
    }
  });
});

describe('the evaluation draw', () => {
  it('draws each org’s share from its own files, orgs in id order, the same every time', () => {
    const b = bundle();
    const again = drawFiles({ pool, params, commitment: b.commitment, secret: SECRET, beacon: b.beacon });
    expect(again).toEqual(b.result);
    expect(b.result!.files.map((f) => f.orgId)).toEqual([id(1), id(1), id(2), id(2)]);
    for (const f of b.result!.files) expect(pool.orgs.find((o) => o.orgId === f.orgId)!.caseIds).toContain(f.caseId);
    expect(new Set(b.result!.files.map((f) => f.caseId)).size).toBe(4);
  });

  it('does not depend on the order the pool or the orgs were listed in', () => {
    const shuffled = { orgs: [...pool.orgs].reverse().map((o) => ({ ...o, caseIds: [...o.caseIds].reverse() })) };
    const p2 = { ...params, orgIds: [...params.orgIds].reverse() };
    expect(poolDigest('sm3', shuffled)).toEqual(poolDigest('sm3', pool));
    expect(paramsDigest(p2)).toEqual(paramsDigest(params));
    expect(drawFiles({ pool: shuffled, params: p2, commitment: commitment('sm3', SECRET), secret: SECRET, beacon: '01 02 03 04 05 06+07' })).toEqual(
      bundle().result,
    );
  });

  it('gives another list for another beacon value', () => {
    const other = drawFiles({ pool, params, commitment: commitment('sm3', SECRET), secret: SECRET, beacon: '09 10 11 12 13 14+15' });
    expect(other.seed).not.toBe(bundle().result!.seed);
  });

  it('refuses a secret that does not open the commitment', () => {
    expect(() => drawFiles({ pool, params, commitment: commitment('sm3', 'cd'.repeat(32)), secret: SECRET, beacon: 'x' })).toThrow('承诺');
  });

  it('draws every file of an org about equally often (1 of 7, over 1400 beacons)', () => {
    const seen = new Map<string, number>();
    const one = { orgs: [pool.orgs[0]] };
    const p = { ...params, orgIds: [id(2)], perOrg: 1 };
    for (let i = 0; i < 1400; i++) {
      const [f] = drawFiles({ pool: one, params: p, commitment: commitment('sm3', SECRET), secret: SECRET, beacon: String(i) }).files;
      seen.set(f.caseId, (seen.get(f.caseId) ?? 0) + 1);
    }
    expect(seen.size).toBe(7);
    // Expected 200 each; a fair draw stays within ±60 with overwhelming probability (σ ≈ 13).
    for (const n of seen.values()) expect(Math.abs(n - 200)).toBeLessThan(60);
  });
});

describe('verifyEvaluationDraw', () => {
  it('passes the published bundle', () => {
    const v = verifyEvaluationDraw(bundle());
    expect(v.checks.filter((c) => !c.ok)).toEqual([]);
    expect(v.ok).toBe(true);
  });
  it('fails a retouched pool, parameters, result or secret, and an announcement after the beacon', () => {
    const b = bundle();
    const fails = (x: EvaluationBundle, name: string) => {
      const v = verifyEvaluationDraw(x);
      expect(v.ok).toBe(false);
      expect(v.checks.find((c) => c.name === name)?.ok, name).toBe(false);
    };
    fails({ ...b, pool: { orgs: [{ ...pool.orgs[0], caseIds: pool.orgs[0].caseIds.slice(1) }, ...pool.orgs.slice(1)] } }, '案卷池摘要');
    fails({ ...b, params: { ...params, perOrg: 3 } }, '抽取参数摘要');
    fails({ ...b, result: { ...b.result!, files: [...b.result!.files].reverse() } }, '重新计算结果与公布结果一致');
    fails({ ...b, secret: 'cd'.repeat(32) }, '秘密值与承诺相符');
    fails({ ...b, announcedAt: '2026-07-01T14:00:00.000Z' }, '公告早于随机源公布');
  });
});

describe('zhifa evaluation verify', () => {
  it('passes a saved bundle and fails a retouched one, from the file alone', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { verifyEvaluationCommand } = await import('./cli.js');
    const dir = mkdtempSync(join(tmpdir(), 'zhifa-eval-'));
    const b = bundle();
    writeFileSync(join(dir, 'ok.json'), JSON.stringify({ bundle: b, verdict: {} }));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...b, beacon: 'retouched' }));
    const lines: string[] = [];
    expect(await verifyEvaluationCommand(join(dir, 'ok.json'), (l) => lines.push(l))).toBe(0);
    expect(lines.at(-1)).toContain('验证通过');
    expect(await verifyEvaluationCommand(join(dir, 'bad.json'), (l) => lines.push(l))).toBe(1);
    expect(lines.at(-1)).toContain('验证失败');
  });
});
