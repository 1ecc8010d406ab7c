import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, exclusionOf, hamilton } from './draw.js';
import { baseParams, SECRET } from './fixture.js';
import { canonicalParams, monthsBefore, paramsDigest } from './params.js';
import { commitment, drawSeed, verifyCommitment } from './seed.js';
import { canonicalSnapshot, snapshotDigest } from './snapshot.js';

const strataArb = fc.uniqueArray(fc.record({ key: fc.string({ minLength: 1, maxLength: 3 }), weight: fc.nat(20), size: fc.nat(30) }), {
  selector: (s) => s.key,
  maxLength: 6,
});

describe('allocation', () => {
  it('Hamilton: sums to the total and each share is within one of its exact quota', () => {
    fc.assert(
      fc.property(fc.nat(500), strataArb, (total, strata) => {
        const W = strata.reduce((s, x) => s + x.weight, 0);
        fc.pre(W > 0);
        const shares = hamilton(total, strata);
        expect([...shares.values()].reduce((a, b) => a + b, 0)).toBe(total);
        for (const s of strata) {
          const quota = (total * s.weight) / W;
          expect(shares.get(s.key)! >= Math.floor(quota) && shares.get(s.key)! <= Math.ceil(quota)).toBe(true);
        }
      }),
    );
  });

  it('Hamilton: ties of remainder go to the smaller key', () => {
    expect(
      Object.fromEntries(
        hamilton(1, [
          { key: 'b', weight: 1 },
          { key: 'a', weight: 1 },
        ]),
      ),
    ).toEqual({ a: 1, b: 0 });
    expect(
      Object.fromEntries(
        hamilton(10, [
          { key: 'x', weight: 1 },
          { key: 'y', weight: 1 },
          { key: 'z', weight: 1 },
        ]),
      ),
    ).toEqual({ x: 4, y: 3, z: 3 });
  });

  it('capped: never above a stratum size, sums to min(total, room), equals Hamilton when no cap binds', () => {
    fc.assert(
      fc.property(fc.nat(100), strataArb, (total, strata) => {
        const alloc = allocate(total, strata);
        const room = strata.filter((s) => s.weight > 0).reduce((a, s) => a + s.size, 0);
        expect([...alloc.values()].reduce((a, b) => a + b, 0)).toBe(Math.min(total, room));
        for (const s of strata) {
          expect(alloc.get(s.key)!).toBeLessThanOrEqual(s.weight > 0 ? s.size : 0);
        }
        const open = strata.filter((s) => s.weight > 0 && s.size > 0);
        const plain = hamilton(total, open);
        if (open.every((s) => (plain.get(s.key) ?? 0) <= s.size)) {
          for (const s of open) expect(alloc.get(s.key)).toBe(plain.get(s.key));
        }
      }),
    );
  });
});

describe('exclusions and dates', () => {
  it('monthsBefore clamps to the end of the month and crosses years', () => {
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2024-03-31', 1)).toBe('2024-02-29');
    expect(monthsBefore('2026-01-15', 12)).toBe('2025-01-15');
    expect(monthsBefore('2026-01-15', 13)).toBe('2024-12-15');
    expect(monthsBefore('2026-05-10', 0)).toBe('2026-05-10');
  });

  it('applies named, status and recent-inspection exclusions in that order', () => {
    const p = baseParams({ drawDate: '2026-12-01', excludeInspectedWithinMonths: 6, excludeEnterprises: [{ enterpriseId: 'E1', reason: '在办案件' }] });
    const e = { id: 'E1', uscc: 'x', stratum: 's', status: 'closed', lastInspectedOn: '2026-11-01' };
    expect(exclusionOf(e, p)?.reason).toBe('named');
    expect(exclusionOf({ ...e, id: 'E2' }, p)?.reason).toBe('status');
    expect(exclusionOf({ ...e, id: 'E2', status: 'active' }, p)?.reason).toBe('recentlyInspected');
    // Exactly six months before is not "within" six months.
    expect(exclusionOf({ ...e, id: 'E2', status: 'active', lastInspectedOn: '2026-06-01' }, p)).toBeNull();
    expect(exclusionOf({ ...e, id: 'E2', status: 'active', lastInspectedOn: '2026-06-02' }, p)?.reason).toBe('recentlyInspected');
    expect(exclusionOf({ ...e, id: 'E2', status: 'active', lastInspectedOn: null }, p)).toBeNull();
  });
});

describe('canonical inputs and the seed', () => {
  it('snapshot and params digests ignore list order but reject duplicates and bad dates', () => {
    const s = {
      enterprises: [
        { id: 'E2', uscc: 'u2', stratum: 'a', status: 'active', lastInspectedOn: null },
        { id: 'E1', uscc: 'u1', stratum: 'a', status: 'active', lastInspectedOn: '2026-01-01' },
      ],
      officers: [{ id: 'P1', orgId: 'o', credentialValidFrom: '2025-01-01', credentialValidTo: '2027-12-31' }],
    };
    const r = { ...s, enterprises: [...s.enterprises].reverse() };
    expect(snapshotDigest(s, 'sm3')).toEqual(snapshotDigest(r, 'sm3'));
    expect(canonicalSnapshot(s).enterprises.map((e) => e.id)).toEqual(['E1', 'E2']);
    expect(() => canonicalSnapshot({ ...s, enterprises: [s.enterprises[0], s.enterprises[0]] })).toThrow(/重复/);
    expect(() => canonicalSnapshot({ ...s, enterprises: [{ ...s.enterprises[0], lastInspectedOn: '2026-13-01' }] })).toThrow(/YYYY-MM-DD/);
    const p = baseParams();
    expect(paramsDigest({ ...p, strata: [...p.strata].reverse() })).toEqual(paramsDigest(p));
    expect(paramsDigest({ ...p, total: 7 })).not.toEqual(paramsDigest(p));
    expect(() => canonicalParams({ ...p, perEnterprise: 1 })).toThrow(/perEnterprise/);
  });

  it('the commitment verifies only its own secret; the seed refuses a secret that does not match', () => {
    const c = commitment('sm3', SECRET);
    expect(verifyCommitment('sm3', c, SECRET)).toBe(true);
    const other = SECRET.replace(/^6/, '7');
    expect(verifyCommitment('sm3', c, other)).toBe(false);
    expect(verifyCommitment('sha256', c, SECRET)).toBe(false);
    expect(() => commitment('sm3', 'abc')).toThrow(/64/);
    const d = Buffer.alloc(32);
    expect(() => drawSeed('sm3', d, d, { secret: other, commitment: c, beacon: '1' })).toThrow(/承诺/);
    expect(() => drawSeed('sm3', d, d, { secret: SECRET, commitment: c, beacon: ' ' })).toThrow(/beacon/);
    const seed = drawSeed('sm3', d, d, { secret: SECRET, commitment: c, beacon: '1' });
    expect(drawSeed('sm3', d, d, { secret: SECRET, commitment: c, beacon: '2' })).not.toEqual(seed);
  });
});
