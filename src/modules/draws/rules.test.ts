import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseParams, inputArb, SECRET } from './fixture.js';
import { monthsBefore } from './params.js';
import { assertComplete, runDraw, type DrawInput, type DrawResult } from './rules.js';
import { commitment } from './seed.js';
import type { PoolSnapshot } from './snapshot.js';

const selection = (r: DrawResult) => r.enterprises.map((e) => `${e.enterpriseId}:${e.officerIds.join(',')}`).join(' ');

/** A roomy pool (40 enterprises, 12 officers, all eligible) so that distinct seeds give distinct draws. */
function roomyInput(): DrawInput {
  const strata = ['421202:hazardousChemicals', '421202:mining', '421221:metallurgy'];
  const snapshot: PoolSnapshot = {
    enterprises: Array.from({ length: 40 }, (_, i) => ({
      id: `E${String(i).padStart(3, '0')}`,
      uscc: `91421202MA${String(i).padStart(8, '0')}`,
      stratum: strata[i % 3],
      status: 'active',
      lastInspectedOn: null,
    })),
    officers: Array.from({ length: 12 }, (_, i) => ({
      id: `P${String(i).padStart(3, '0')}`,
      orgId: `org-${i % 3}`,
      credentialValidFrom: '2025-01-01',
      credentialValidTo: '2027-12-31',
    })),
  };
  const params = baseParams({ total: 6 });
  return { snapshot, params, seedMaterial: { secret: SECRET, commitment: commitment('sm3', SECRET), beacon: '03 07 12 19 25 31+09' } };
}

const hex32 = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => Buffer.from(b).toString('hex'));

type Mutation = (i: DrawInput) => DrawInput;
const mutationArb: fc.Arbitrary<[string, Mutation]> = fc.oneof(
  fc
    .nat(39)
    .map((k): [string, Mutation] => [
      'enterprise uscc',
      (i) => ({ ...i, snapshot: { ...i.snapshot, enterprises: i.snapshot.enterprises.map((e, j) => (j === k ? { ...e, uscc: `${e.uscc}X` } : e)) } }),
    ]),
  fc
    .nat(39)
    .map((k): [string, Mutation] => [
      'enterprise removed',
      (i) => ({ ...i, snapshot: { ...i.snapshot, enterprises: i.snapshot.enterprises.filter((_, j) => j !== k) } }),
    ]),
  fc
    .nat(11)
    .map((k): [string, Mutation] => [
      'officer org',
      (i) => ({ ...i, snapshot: { ...i.snapshot, officers: i.snapshot.officers.map((o, j) => (j === k ? { ...o, orgId: 'org-x' } : o)) } }),
    ]),
  fc
    .nat(11)
    .map((k): [string, Mutation] => [
      'officer credential',
      (i) => ({ ...i, snapshot: { ...i.snapshot, officers: i.snapshot.officers.map((o, j) => (j === k ? { ...o, credentialValidTo: '2027-12-30' } : o)) } }),
    ]),
  fc
    .string({ minLength: 1 })
    .map((s): [string, Mutation] => [
      'beacon spec',
      (i) => ({ ...i, params: { ...i.params, beacon: { ...i.params.beacon, source: i.params.beacon.source + s } } }),
    ]),
  fc
    .nat(39)
    .map((k): [string, Mutation] => [
      'excluded by name',
      (i) => ({ ...i, params: { ...i.params, excludeEnterprises: [{ enterpriseId: `E${String(k).padStart(3, '0')}`, reason: '在办案件' }] } }),
    ]),
  fc.constantFrom<[string, Mutation]>(
    ['repeat window', (i) => ({ ...i, params: { ...i.params, repeatRecusalMonths: 13 } })],
    ['draw date', (i) => ({ ...i, params: { ...i.params, drawDate: '2026-12-02' } })],
    [
      'alg',
      (i) => ({ ...i, params: { ...i.params, alg: 'sha256' }, seedMaterial: { ...i.seedMaterial, commitment: commitment('sha256', i.seedMaterial.secret) } }),
    ],
  ),
  hex32.map((secret): [string, Mutation] => [
    'secret',
    (i) => ({ ...i, seedMaterial: { ...i.seedMaterial, secret, commitment: commitment(i.params.alg, secret) } }),
  ]),
  fc
    .string({ minLength: 1 })
    .map((s): [string, Mutation] => ['beacon value', (i) => ({ ...i, seedMaterial: { ...i.seedMaterial, beacon: i.seedMaterial.beacon + s } })]),
);

describe('runDraw: reproducibility', () => {
  it('same input, same result; the order of the input lists does not matter', () => {
    fc.assert(
      fc.property(inputArb(), (input) => {
        const a = runDraw(input);
        expect(runDraw(structuredClone(input))).toEqual(a);
        const shuffled = { ...input, snapshot: { enterprises: [...input.snapshot.enterprises].reverse(), officers: [...input.snapshot.officers].reverse() } };
        expect(runDraw(shuffled)).toEqual(a);
      }),
      { numRuns: 200 },
    );
  });

  it('changing any one input — a pool member, a parameter, the secret, the beacon — changes the draw', () => {
    const base = roomyInput();
    const before = runDraw(base);
    fc.assert(
      fc.property(hex32, mutationArb, (secret, [, mutate]) => {
        const input = { ...base, seedMaterial: { ...base.seedMaterial, secret, commitment: commitment('sm3', secret) } };
        const a = runDraw(input);
        const b = runDraw(mutate(input));
        expect(b.seed).not.toBe(a.seed);
        expect(selection(b)).not.toBe(selection(a));
      }),
      { numRuns: 1000 },
    );
    expect(before.enterprises).toHaveLength(6);
  });
});

describe('runDraw: strata, exclusions and recusal over thousands of random pools', () => {
  it('never breaks a rule, fills every feasible team and reports every infeasible one', () => {
    fc.assert(
      fc.property(inputArb(30, 12), ({ snapshot, params, seedMaterial }) => {
        const r = runDraw({ snapshot, params, seedMaterial });
        const byId = new Map(snapshot.enterprises.map((e) => [e.id, e]));
        const officer = new Map(snapshot.officers.map((o) => [o.id, o]));
        const excluded = new Set(r.excluded.map((x) => x.enterpriseId));
        const cutoff = monthsBefore(params.drawDate, params.repeatRecusalMonths);
        const recused = (o: string, e: string) =>
          params.conflicts.some((c) => c.officerId === o && c.enterpriseId === e) ||
          params.history.some((h) => h.officerId === o && h.enterpriseId === e && h.on > cutoff);
        const valid = (o: string) => {
          const x = officer.get(o)!;
          return (
            x.credentialValidFrom !== null && x.credentialValidTo !== null && x.credentialValidFrom <= params.drawDate && params.drawDate <= x.credentialValidTo
          );
        };
        // Strata: the sample follows the allocation exactly, from eligible members, without repeats.
        expect(new Set(r.enterprises.map((e) => e.enterpriseId)).size).toBe(r.enterprises.length);
        for (const s of r.strata) expect(r.enterprises.filter((e) => e.stratum === s.key)).toHaveLength(s.allocated);
        const room = r.strata.filter((s) => s.weight > 0).reduce((a, s) => a + s.eligibleSize, 0);
        expect(r.enterprises).toHaveLength(Math.min(params.total, room));
        for (const e of r.enterprises) {
          expect(byId.get(e.enterpriseId)!.stratum).toBe(e.stratum);
          expect(excluded.has(e.enterpriseId)).toBe(false);
          expect(byId.get(e.enterpriseId)!.status === 'closed').toBe(false);
        }
        // Matching: rules hold for every assignment; a short team is reported, and only when unavoidable.
        for (const e of r.enterprises) {
          expect(new Set(e.officerIds).size).toBe(e.officerIds.length);
          for (const o of e.officerIds) {
            expect(valid(o)).toBe(true);
            expect(recused(o, e.enterpriseId)).toBe(false);
          }
          if (params.teamDistinctOrgs) expect(new Set(e.officerIds.map((o) => officer.get(o)!.orgId)).size).toBe(e.officerIds.length);
          const eligible = snapshot.officers.filter((o) => valid(o.id) && !recused(o.id, e.enterpriseId));
          const capacity = params.teamDistinctOrgs ? new Set(eligible.map((o) => o.orgId)).size : eligible.length;
          const failure = r.failures.find((f) => f.enterpriseId === e.enterpriseId);
          if (capacity >= params.perEnterprise) {
            expect(e.officerIds).toHaveLength(params.perEnterprise);
            expect(failure).toBeUndefined();
          } else {
            expect(e.officerIds).toHaveLength(0);
            expect(failure?.message).toMatch(/执法人员不足/);
          }
        }
        if (r.failures.length > 0) expect(() => assertComplete(r)).toThrow(/不足/);
      }),
      { numRuns: 3000 },
    );
  });

  it('balances workload: with no recusal and no org rule, loads differ by at most one (so max ≤ ⌈slots/officers⌉)', () => {
    fc.assert(
      fc.property(inputArb(30, 12), ({ snapshot, params, seedMaterial }) => {
        const officers = snapshot.officers.map((o) => ({ ...o, credentialValidFrom: '2020-01-01', credentialValidTo: '2030-12-31' }));
        fc.pre(officers.length >= params.perEnterprise);
        const p = { ...params, conflicts: [], history: [], teamDistinctOrgs: false };
        const r = runDraw({ snapshot: { ...snapshot, officers }, params: p, seedMaterial });
        const loads = officers.map((o) => r.enterprises.filter((e) => e.officerIds.includes(o.id)).length);
        const slots = r.enterprises.length * p.perEnterprise;
        expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
        expect(Math.max(...loads)).toBeLessThanOrEqual(Math.ceil(slots / officers.length));
      }),
      { numRuns: 1000 },
    );
  });
});
