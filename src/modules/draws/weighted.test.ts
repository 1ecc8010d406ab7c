import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawEnterprises, weightedSample } from './draw.js';
import { HmacDrbg, uniformInt } from './drbg.js';
import { baseParams, SECRET } from './fixture.js';
import { canonicalParams, paramsDigest, type DrawParams } from './params.js';
import { redraw } from './redraw.js';
import { runDraw, type DrawInput } from './rules.js';
import { commitment } from './seed.js';
import { canonicalSnapshot, type PoolEnterprise } from './snapshot.js';

// 差异化监管 (issue 20): the weighted draw of draw.ts `weightedSample`.

const drbgOf = (seed: number) => new HmacDrbg('sha256', Buffer.from(`weighted-test-${seed}`, 'utf8'));

/** The definition weightedSample implements, as a linear scan with removal. */
function reference<T>(items: T[], weights: number[], k: number, drbg: HmacDrbg): T[] {
  const left = items.map((item, i) => ({ item, w: weights[i] }));
  const out: T[] = [];
  while (out.length < k && left.length > 0) {
    const r = uniformInt(
      drbg,
      left.reduce((s, x) => s + x.w, 0),
    );
    let i = 0;
    for (let run = left[0].w; run <= r; run += left[i].w) i++;
    out.push(left[i].item);
    left.splice(i, 1);
  }
  return out;
}

/**
 * Exact expected number of listed enterprises drawn when k are drawn successively from m listed of
 * weight w and n − m others of weight 1: members of a group are exchangeable, so the state is the
 * count of each left. Each listed one's inclusion probability is that over m.
 */
function expectedListed(n: number, m: number, w: number, k: number): number {
  const memo = new Map<string, number>();
  const go = (a: number, b: number, left: number): number => {
    if (left === 0 || a + b === 0) return 0;
    const key = `${a}/${b}/${left}`;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    const pa = (a * w) / (a * w + b);
    const v = (a > 0 ? pa * (1 + go(a - 1, b, left - 1)) : 0) + (b > 0 ? (1 - pa) * go(a, b - 1, left - 1) : 0);
    memo.set(key, v);
    return v;
  };
  return go(m, n - m, k);
}

function pool(n: number, listed: number): PoolEnterprise[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `E${String(i).padStart(4, '0')}`,
    uscc: `U${i}`,
    stratum: 'A',
    status: 'active',
    lastInspectedOn: null,
    ...(i % Math.floor(n / listed) === 0 && i / Math.floor(n / listed) < listed ? { tags: ['creditListed'] } : {}),
  }));
}

const weighted = (total: number, weights: DrawParams['weights']): DrawParams =>
  canonicalParams(baseParams({ total, strata: [{ key: 'A', weight: 1 }], excludeInspectedWithinMonths: null, weights }));

describe('weightedSample', () => {
  it('is exactly the linear scan with removal it documents, for any positive weights', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 100 }), { maxLength: 40 }), fc.nat(45), fc.nat(1000), (weights, k, seed) => {
        const items = weights.map((_, i) => i);
        const got = weightedSample(items, weights, k, drbgOf(seed));
        expect(got).toEqual(reference(items, weights, k, drbgOf(seed)));
        expect(new Set(got).size).toBe(Math.min(k, items.length));
      }),
      { numRuns: 300 },
    );
  });

  it('with equal weights every member is equally likely (χ² over 6 000 single picks of 6, below the 0.1% critical value 20.5)', () => {
    const counts = [0, 0, 0, 0, 0, 0];
    for (let s = 0; s < 6000; s++) counts[weightedSample([0, 1, 2, 3, 4, 5], [1, 1, 1, 1, 1, 1], 1, drbgOf(s))[0]]++;
    const chi2 = counts.reduce((a, c) => a + (c - 1000) ** 2 / 1000, 0);
    expect(chi2).toBeLessThan(20.5);
  });
});

describe('credit-weighted draw: listed enterprises are drawn at the stated higher rate', () => {
  // Pool of 1 000 with 100 listed, weight 3, 10 drawn per run, 3 000 runs (30 000 picks). Exact
  // inclusion probabilities of successive sampling: a listed one's π_L = E/100, another's
  // π_O = (10 − E)/900, E from expectedListed; their ratio is 2.98, the stated 3 less a small
  // without-replacement effect. Tolerance: the observed listed share of the picks within 4
  // standard errors (√(p(1−p)/30 000) ≈ 0.25 %) of the exact one, and the observed ratio of rates
  // within 5 % of the weight.
  it('inclusion rate of a listed enterprise is the weight times that of another, within tolerance', () => {
    const n = 1000;
    const m = 100;
    const w = 3;
    const k = 10;
    const runs = 3000;
    const snapshot = canonicalSnapshot({ enterprises: pool(n, m), officers: [] });
    expect(snapshot.enterprises.filter((e) => e.tags).length).toBe(m);
    const params = weighted(k, { creditListed: w });
    const listed = new Set(snapshot.enterprises.filter((e) => e.tags).map((e) => e.id));
    let listedPicks = 0;
    for (let s = 0; s < runs; s++) {
      const { sample } = drawEnterprises(snapshot, params, drbgOf(s));
      expect(sample).toHaveLength(k);
      for (const x of sample) if (listed.has(x.enterpriseId)) listedPicks++;
    }
    const E = expectedListed(n, m, w, k);
    const exactShare = E / k;
    const se = Math.sqrt((exactShare * (1 - exactShare)) / (runs * k));
    expect(Math.abs(listedPicks / (runs * k) - exactShare)).toBeLessThan(4 * se);
    const ratio = listedPicks / m / ((runs * k - listedPicks) / (n - m));
    expect(E / m / ((k - E) / (n - m)) / w).toBeGreaterThan(0.99); // the exact ratio is close to the weight
    expect(Math.abs(ratio / w - 1)).toBeLessThan(0.05);
  });

  it('a small pool drawn heavily matches the exact without-replacement inclusion probability', () => {
    // 12 of 30, 5 listed of weight 4: π_L is well below 4 π_O (a listed one cannot be drawn twice);
    // the observed share of listed picks within 4 standard errors of the exact one over 4 000 runs.
    const n = 30;
    const m = 5;
    const w = 4;
    const k = 12;
    const runs = 4000;
    const snapshot = canonicalSnapshot({ enterprises: pool(n, m), officers: [] });
    const params = weighted(k, { creditListed: w });
    let listedPicks = 0;
    for (let s = 0; s < runs; s++)
      for (const x of drawEnterprises(snapshot, params, drbgOf(s)).sample) if (snapshot.enterprises.find((e) => e.id === x.enterpriseId)!.tags) listedPicks++;
    const E = expectedListed(n, m, w, k);
    // Per run the listed count lies in [0, 5]; its variance is at most 5²/4, a safe bound for the error.
    const se = Math.sqrt(6.25 / runs);
    expect(Math.abs(listedPicks / runs - E)).toBeLessThan(4 * se);
  });
});

describe('unweighted draws are unchanged', () => {
  const snapshot = { enterprises: pool(40, 4), officers: [] };
  const input = (weights: DrawParams['weights']): DrawInput => ({
    snapshot,
    params: baseParams({ total: 5, strata: [{ key: 'A', weight: 1 }], weights }),
    seedMaterial: { secret: SECRET, commitment: commitment('sm3', SECRET), beacon: '01 02 03 04 05 06+07' },
  });

  it('no weights, or every factor 1: the same canonical parameters, digest and draw as before', () => {
    const before = paramsDigest(baseParams({ total: 5, strata: [{ key: 'A', weight: 1 }] })).toString('hex');
    for (const weights of [undefined, {}, { creditListed: 1 }, { creditListed: 1, highRisk: 1 }]) {
      expect(paramsDigest(input(weights).params).toString('hex')).toBe(before);
      expect('weights' in canonicalParams(input(weights).params)).toBe(false);
      expect(runDraw(input(weights))).toEqual(runDraw(input(undefined)));
    }
  });

  it('a weighted draw differs in its parameters digest, and its re-draw replaces by weight too', () => {
    const r = runDraw(input({ creditListed: 5 }));
    expect(r.paramsDigest).not.toBe(runDraw(input(undefined)).paramsDigest);
    const next = redraw(input({ creditListed: 5 }), r, { kind: 'enterprise', enterpriseId: r.enterprises[0].enterpriseId, reason: '企业已停产' });
    expect(next.redraws[0].replacementEnterpriseId).not.toBeNull();
    expect(redraw(input({ creditListed: 5 }), r, { kind: 'enterprise', enterpriseId: r.enterprises[0].enterpriseId, reason: '企业已停产' })).toEqual(next);
  });

  it('refuses a factor that is not an integer from 1 to 10, naming the field', () => {
    expect(() => canonicalParams(baseParams({ weights: { creditListed: 11 } }))).toThrow(expect.objectContaining({ field: 'weights.creditListed' }));
    expect(() => canonicalParams(baseParams({ weights: { highRisk: 1.5 } }))).toThrow(expect.objectContaining({ field: 'weights.highRisk' }));
    expect(() => canonicalParams(baseParams({ weights: { other: 2 } as never }))).toThrow(expect.objectContaining({ field: 'weights' }));
  });
});
