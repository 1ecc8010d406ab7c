import fc from 'fast-check';
import type { DrawParams } from './params';
import type { DrawInput } from './rules';
import { commitment } from './seed';
import type { PoolSnapshot } from './snapshot';

// Random but well-formed draw inputs for the property tests.

export const SECRET = '6b1f0d3c5a7e92d4c8b0a1f3e5d7c9b2a4f6e8d0c2b4a6f8e0d2c4b6a8f0e2d4';

export const date = fc
  .record({ y: fc.integer({ min: 2024, max: 2027 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

const STRATA = ['421202:hazardousChemicals', '421202:mining', '421221:metallurgy', '421222:fireworks'];

export function baseParams(over: Partial<DrawParams> = {}): DrawParams {
  return {
    alg: 'sm3',
    drawDate: '2026-12-01',
    total: 6,
    strata: [
      { key: STRATA[0], weight: 3 },
      { key: STRATA[1], weight: 2 },
      { key: STRATA[2], weight: 1 },
    ],
    excludeInspectedWithinMonths: 6,
    excludeStatuses: ['closed'],
    excludeEnterprises: [],
    perEnterprise: 2,
    conflicts: [],
    history: [],
    repeatRecusalMonths: 12,
    teamDistinctOrgs: false,
    beacon: { source: '中国福利彩票双色球第2026140期开奖号码', expectedAt: '2026-12-03T21:15:00+08:00', format: '红球升序两位数以空格分隔,加号,蓝球两位数' },
    ...over,
  };
}

export const snapshotArb = (maxEnterprises = 30, maxOfficers = 12): fc.Arbitrary<PoolSnapshot> =>
  fc.record({
    enterprises: fc
      .array(
        fc.record({
          stratum: fc.constantFrom(...STRATA),
          status: fc.constantFrom('active', 'active', 'active', 'closed'),
          lastInspectedOn: fc.option(date, { nil: null }),
        }),
        { maxLength: maxEnterprises },
      )
      .map((rows) => rows.map((r, i) => ({ id: `E${String(i).padStart(3, '0')}`, uscc: `91421202MA${String(i).padStart(8, '0')}`, ...r }))),
    officers: fc
      .array(
        fc.record({
          orgId: fc.constantFrom('org-a', 'org-b', 'org-c'),
          credentialValidFrom: fc.option(date, { nil: null, freq: 10 }),
          credentialValidTo: fc.option(date, { nil: null, freq: 10 }),
        }),
        { minLength: 0, maxLength: maxOfficers },
      )
      .map((rows) => rows.map((r, i) => ({ id: `P${String(i).padStart(3, '0')}`, ...r }))),
  });

/** Params whose recusal lists refer to members of the snapshot. */
export const paramsArb = (s: PoolSnapshot): fc.Arbitrary<DrawParams> => {
  const eIds = s.enterprises.map((e) => e.id);
  const oIds = s.officers.map((o) => o.id);
  type Pair = { officerId: string; enterpriseId: string };
  const pairs: fc.Arbitrary<Pair[]> =
    eIds.length && oIds.length
      ? fc.array(fc.record({ officerId: fc.constantFrom(...oIds), enterpriseId: fc.constantFrom(...eIds) }), { maxLength: 25 })
      : fc.constant([] as Pair[]);
  return fc
    .record({
      total: fc.integer({ min: 0, max: 20 }),
      weights: fc.tuple(fc.nat(5), fc.nat(5), fc.nat(5), fc.nat(5)),
      drawDate: date,
      excludeInspectedWithinMonths: fc.option(fc.integer({ min: 0, max: 24 }), { nil: null }),
      perEnterprise: fc.integer({ min: 2, max: 4 }),
      conflicts: pairs,
      history: pairs.chain((ps) => fc.tuple(...ps.map((x) => date.map((on) => ({ ...x, on }))))).map((h) => [...h]),
      teamDistinctOrgs: fc.boolean(),
      alg: fc.constantFrom('sm3' as const, 'sha256' as const),
    })
    .map(({ weights, ...r }) => baseParams({ ...r, strata: STRATA.map((key, i) => ({ key, weight: weights[i] })) }));
};

export const inputArb = (maxEnterprises?: number, maxOfficers?: number): fc.Arbitrary<DrawInput> =>
  snapshotArb(maxEnterprises, maxOfficers).chain((snapshot) =>
    paramsArb(snapshot).map((params) => ({
      snapshot,
      params,
      seedMaterial: { secret: SECRET, commitment: commitment(params.alg, SECRET), beacon: '03 07 12 19 25 31+09' },
    })),
  );

// Service-level samples: a spot-check matter over the whole subtree and an announcement for it.
export const sampleMatter = (orgId: string, code: string) => ({
  orgId,
  code,
  name: '危险化学品企业安全生产监督检查',
  legalBasis: '《中华人民共和国安全生产法》第六十五条',
  checklistCode: 'CL-GEN',
  ratioPermille: 500,
  frequency: '每年一次',
  targetFilter: {},
  strataBy: 'region' as const,
  active: true,
});

/** The beacon is that evening's lottery, drawn at 21:15 Beijing time unless `beaconAt` says otherwise. */
export const sampleAnnouncement = (matterId: string, today: string, beaconAt = `${today}T21:15:00+08:00`) => ({
  matterId,
  name: '2026年第一季度双随机抽查',
  drawDate: today,
  excludeInspectedWithinMonths: 12,
  excludeEnterprises: [],
  perEnterprise: 2,
  conflicts: [],
  repeatRecusalMonths: 12,
  teamDistinctOrgs: false,
  beacon: { source: '中国福利彩票双色球当日开奖号码', expectedAt: beaconAt, format: '红球升序以空格分隔+蓝球' },
});
