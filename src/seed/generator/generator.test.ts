import { describe, expect, it } from 'vitest';
import { enterpriseIn, type RiskGrade } from '../../modules/registry/contract.js';
import { usccProblem } from '../../modules/registry/uscc.js';
import { credentialStatus } from '../../modules/people/rules.js';
import { enterpriseBuilder, MAX_SERIAL, RISK_MIX, usccFor } from './enterprises.js';
import { officerPlan, type StaffedOrg } from './people.js';
import { provinceTree, townshipsUnder } from './regions.js';

const TODAY = '2026-03-02';
const xianning = townshipsUnder('4212');
const build = (seed: number) => enterpriseBuilder({ seed, townships: xianning, today: TODAY });
const sample = (seed: number, n: number, from = 0) => Array.from({ length: n }, (_, i) => build(seed)(from + i));

describe('enterprise generator', () => {
  it('gives the same records for the same seed, whatever order they are built in', () => {
    const a = sample(7, 500);
    const b = build(7);
    expect(a).toEqual(a.map((_, i) => b(i)));
    expect([...a].reverse()).toEqual(Array.from({ length: 500 }, (_, i) => b(499 - i)));
  });

  it('gives different records for a different seed', () => {
    const a = sample(7, 200);
    const c = sample(8, 200);
    const same = a.filter((x, i) => x.uscc === c[i].uscc || x.name === c[i].name).length;
    expect(same).toBeLessThan(5);
  });

  it('builds records the registry accepts, with unique valid USCCs registered in their county', () => {
    const records = sample(421200, 3000);
    for (const r of records) {
      const parsed = enterpriseIn.safeParse(r);
      expect(parsed.success, `${JSON.stringify(r)} ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      expect(r.uscc.slice(2, 8)).toBe(r.regionCode.slice(0, 6));
      expect(r.address).toContain('湖北省咸宁市');
    }
    expect(new Set(records.map((r) => r.uscc)).size).toBe(records.length);
  });

  it('never gives two serials the same USCC, even across counties and code styles', () => {
    const serials = [0, 1, 2, 30, 31, 961, 1_000_000, 20_000_000, MAX_SERIAL];
    const codes = serials.flatMap((s) => [usccFor('421202', s, 1, true), usccFor('421202', s, 1, false)]);
    expect(new Set(codes.map((c) => c.slice(8))).size).toBe(codes.length);
    for (const c of codes) expect(usccProblem(c)).toBeNull();
    expect(() => usccFor('421202', MAX_SERIAL + 1, 1, true)).toThrow();
  });

  it('matches the target risk mix within tolerance', () => {
    const n = 20_000;
    const counts: Record<string, number> = {};
    const b = build(99);
    for (let i = 0; i < n; i++) {
      const g = b(i).riskGrade;
      counts[g] = (counts[g] ?? 0) + 1;
    }
    for (const [grade, share] of Object.entries(RISK_MIX) as [RiskGrade, number][]) {
      // Four standard deviations of a binomial share at n = 20 000, and at least half a point.
      expect(Math.abs(counts[grade] / n - share)).toBeLessThan(Math.max(0.005, 4 * Math.sqrt((share * (1 - share)) / n)));
    }
  });

  it('keeps key-supervision categories consistent with the industry, and sizes mostly small', () => {
    const records = sample(5, 5000);
    const implies: [RegExp, string][] = [
      [/^C26(?!72)/, 'hazardousChemicals'],
      [/^C2672|^F5149/, 'fireworks'],
      [/^C31/, 'metallurgy'],
      [/^C32/, 'nonFerrous'],
      [/^C30/, 'buildingMaterials'],
      [/^B10/, 'nonCoalMine'],
      [/^F516|^F5265|^G5942/, 'hazardousChemicals'],
    ];
    for (const r of records) for (const [re, cat] of implies) if (re.test(r.industryCode)) expect(r.keyCategories, r.industryCode).toContain(cat);
    const share = (f: (r: (typeof records)[number]) => boolean) => records.filter(f).length / records.length;
    expect(share((r) => r.industryCode.startsWith('C'))).toBeGreaterThan(0.6);
    expect(share((r) => r.size === 'small' || r.size === 'micro')).toBeGreaterThan(0.8);
    expect(share((r) => r.keyCategories.includes('combustibleDust'))).toBeGreaterThan(0.03);
    expect(share((r) => r.keyCategories.includes('confinedSpace'))).toBeGreaterThan(0.03);
    expect(share((r) => r.licences.some((l) => l.validTo! < TODAY))).toBeGreaterThan(0);
  });
});

describe('officer plan', () => {
  const orgs: StaffedOrg[] = [{ id: 'p', level: 'province', regionCode: '420000' }];
  for (const c of provinceTree('42')) {
    orgs.push({ id: c.code, level: 'city', regionCode: c.code });
    for (const a of c.counties) {
      orgs.push({ id: a.code, level: 'county', regionCode: a.code });
      for (const t of a.townships) orgs.push({ id: t.code, level: 'township', regionCode: t.code });
    }
  }
  const plan = officerPlan(3, orgs, 5000, TODAY);

  it('staffs the whole province with the asked head count, deterministically', () => {
    expect(orgs.length).toBeGreaterThan(1300);
    expect(plan.length).toBeGreaterThanOrEqual(4999);
    expect(plan.length).toBeLessThanOrEqual(5000);
    expect(officerPlan(3, orgs, 5000, TODAY)).toEqual(plan);
    expect(new Set(plan.map((p) => p.username)).size).toBe(plan.length);
    expect(new Set(plan.map((p) => p.credential!.number)).size).toBe(plan.length);
  });

  it('has ~6% legal reviewers, a head per bureau, and a few expired or expiring credentials', () => {
    const share = (f: (p: (typeof plan)[number]) => boolean) => plan.filter(f).length / plan.length;
    expect(share((p) => p.roles.includes('legalReviewer'))).toBeGreaterThan(0.05);
    expect(share((p) => p.roles.includes('legalReviewer'))).toBeLessThan(0.08);
    for (const o of orgs.filter((o) => o.level === 'county')) expect(plan.find((p) => p.orgId === o.id)?.roles).toEqual(['head']);
    const status = (s: string) => share((p) => credentialStatus(p.credential!, TODAY) === s);
    expect(status('expired')).toBeGreaterThan(0.02);
    expect(status('expired')).toBeLessThan(0.04);
    expect(status('expiring')).toBeGreaterThan(0.01);
  });
});
