import { describe, expect, it } from 'vitest';
import { VIOLATION_TYPES } from './law/work-safety-law.js';
import {
  type Benchmark,
  type Stage,
  benchmarkInForce,
  benchmarkProblem,
  defaultBenchmark,
  fineOutsideBenchmark,
  refinementProblem,
  statutoryRange,
} from './rules.js';

const byCode = (code: string) => VIOLATION_TYPES.find((v) => v.code === code)!;
const FROM = '2021-09-01';

/** Every (violation type, party, stage) whose fine is a plain statutory range. */
const PLAIN = VIOLATION_TYPES.flatMap((v) =>
  (['unit', 'person'] as const).flatMap((party) =>
    (['initial', 'notCorrected'] as const).filter((stage) => statutoryRange(v, party, stage)).map((stage) => ({ v, party, stage })),
  ),
);

describe('default benchmarks', () => {
  it.each(PLAIN.map(({ v, party, stage }) => [v.code, party, stage, v] as const))('%s %s %s is valid and spans the statute', (_c, party, stage, v) => {
    const b = defaultBenchmark(v, FROM, stage);
    expect(benchmarkProblem(v, b)).toBeNull();
    const bands = b.grades.map((g) => (party === 'unit' ? g.unitFine : g.personFine)!);
    expect(bands[0].min).toBe(statutoryRange(v, party, stage)!.min);
    expect(bands[3].max).toBe(statutoryRange(v, party, stage)!.max);
    for (const [i, band] of bands.slice(1).entries()) expect(band.min).toBe(bands[i].max);
  });
  it('splits into quarters at whole hundreds', () => {
    expect(defaultBenchmark(byCode('WSL-97-1'), FROM).grades.map((g) => g.unitFine)).toEqual([
      { min: 0, max: 25_000 },
      { min: 25_000, max: 50_000 },
      { min: 50_000, max: 75_000 },
      { min: 75_000, max: 100_000 },
    ]);
    expect(defaultBenchmark(byCode('WSL-98-1'), FROM).grades.map((g) => g.personFine!.max)).toEqual([27_500, 35_000, 42_500, 50_000]);
    expect(defaultBenchmark(byCode('WSL-94'), FROM, 'notCorrected').grades.map((g) => g.personFine!.min)).toEqual([50_000, 62_500, 75_000, 87_500]);
  });
});

describe('benchmark validation', () => {
  const v = byCode('WSL-98-1');
  const ok = () => defaultBenchmark(v, FROM);
  const withUnit = (i: number, min: number, max: number): Benchmark => {
    const b = ok();
    b.grades[i] = { ...b.grades[i], unitFine: { min, max } };
    return b;
  };
  it.each<[string, Benchmark, RegExp]>([
    ['overlap', withUnit(1, 150_000, 300_000), /重叠/],
    ['min above max', withUnit(2, 400_000, 300_000), /下限不得高于上限/],
    ['above the statutory maximum', withUnit(3, 400_000, 500_001), /超出法定上限 500000/],
    ['below the statutory minimum', withUnit(0, 90_000, 200_000), /低于法定下限 100000/],
    ['fractional yuan', withUnit(0, 100_000, 150_000.5), /整数/],
    ['a grade missing', { ...ok(), grades: ok().grades.slice(1) }, /四个情节档次/],
    ['grades out of order', { ...ok(), grades: [...ok().grades].reverse() }, /四个情节档次/],
    ['no circumstances', { ...ok(), grades: ok().grades.map((g, i) => (i === 2 ? { ...g, circumstances: ' ' } : g)) }, /较重/],
    ['another violation type', { ...ok(), violationTypeCode: 'WSL-98-2' }, /不一致/],
    ['an impossible date', { ...ok(), effectiveFrom: '2022-02-30' }, /有效日期/],
    ['ends before it starts', { ...ok(), effectiveFrom: '2023-01-01', effectiveTo: '2022-12-31' }, /失效日期不得早于/],
    ['before the law is in force', { ...ok(), effectiveFrom: '2021-08-31' }, /2021-09-01/],
  ])('refuses %s', (_name, b, message) => expect(benchmarkProblem(v, b)).toMatch(message));
  it('refuses a personal band where the statute fines only the unit, and a missing one where it fines', () => {
    const v97 = byCode('WSL-97-1');
    const b = defaultBenchmark(v97, FROM);
    b.grades[0] = { ...b.grades[0], personFine: { min: 0, max: 100 } };
    expect(benchmarkProblem(v97, b)).toMatch(/不对个人/);
    const c = ok();
    c.grades[1] = { ...c.grades[1], personFine: null };
    expect(benchmarkProblem(v, c)).toMatch(/缺少个人罚款幅度/);
  });
  it('accepts bands that share an edge or leave a gap, and refuses a benchmark where nothing is fined', () => {
    expect(benchmarkProblem(v, withUnit(1, 210_000, 300_000))).toBeNull();
    const none = byCode('WSL-93-1');
    expect(benchmarkProblem(none, defaultBenchmark(none, FROM))).toMatch(/无需裁量基准/);
  });
});

describe('refinements', () => {
  const v = byCode('WSL-99-1');
  const province = { ...defaultBenchmark(v, '2022-01-01'), orgId: 'hubei' };
  const city = (edit?: (b: Benchmark) => void): Benchmark => {
    const b: Benchmark = { ...structuredClone(province), orgId: 'yichang', effectiveFrom: '2022-03-01' };
    edit?.(b);
    return b;
  };
  it('accepts bands inside the province grade by grade', () => {
    expect(
      refinementProblem(
        province,
        city((b) => (b.grades[1].unitFine = { min: 15_000, max: 20_000 })),
      ),
    ).toBeNull();
  });
  it.each<[string, Benchmark, RegExp]>([
    ['a band outside the province grade', city((b) => (b.grades[1].unitFine = { min: 10_000, max: 30_000 })), /一般.*12500元以上25000元以下/],
    ['a band where the province has none', city((b) => (b.grades[0].personFine = { min: 0, max: 100 })), /不设罚款/],
    ['a default with no org', city((b) => (b.orgId = null)), /下级机关/],
    ['a start before the province', city((b) => (b.effectiveFrom = '2021-12-31')), /不得早于上级/],
    ['another violation type', city((b) => (b.violationTypeCode = 'WSL-99-2')), /同一违法行为/],
  ])('refuses %s', (_n, child, message) => expect(refinementProblem(province, child)).toMatch(message));
  it('ends no later than the province version', () => {
    const ending = { ...province, effectiveTo: '2023-12-31' };
    expect(refinementProblem(ending, city())).toMatch(/2023-12-31/);
    expect(
      refinementProblem(
        ending,
        city((b) => (b.effectiveTo = '2023-12-31')),
      ),
    ).toBeNull();
  });
});

describe('the benchmark in force on the day of the violation', () => {
  const v = byCode('WSL-101-4');
  const v1 = { ...defaultBenchmark(v, '2022-01-01'), effectiveTo: '2023-12-31' };
  const v2 = defaultBenchmark(v, '2024-01-01');
  const city = { ...defaultBenchmark(v, '2024-06-01'), orgId: 'yichang' };
  const later = defaultBenchmark(v, '2024-01-01', 'notCorrected');
  const all = [city, v2, v1, later];
  const pick = (date: string, chain = ['yichang', 'hubei'], stage: Stage = 'initial') => benchmarkInForce(all, v.code, chain, date, stage);
  it.each([
    ['2021-12-31', null],
    ['2022-01-01', v1],
    ['2023-12-31', v1],
    ['2024-01-01', v2],
    ['2024-05-31', v2],
    ['2024-06-01', city],
    ['2030-01-01', city],
  ] as const)('on %s', (date, expected) => expect(pick(date)).toBe(expected));
  it('falls back to the default for another city, and keeps stages apart', () => {
    expect(pick('2024-06-01', ['wuhan', 'hubei'])).toBe(v2);
    expect(pick('2024-06-01', ['yichang'], 'notCorrected')).toBe(later);
    expect(benchmarkInForce(all, 'WSL-101-5', ['yichang'], '2024-06-01')).toBeNull();
  });
  it('stops on the day after effectiveTo, falling back to the next org up', () => {
    const ended = { ...city, effectiveTo: '2024-12-31' };
    expect(benchmarkInForce([ended, v1], v.code, ['yichang'], '2024-12-31')).toBe(ended);
    expect(benchmarkInForce([ended, v1], v.code, ['yichang'], '2025-01-01')).toBeNull();
    expect(benchmarkInForce([ended, v2], v.code, ['yichang'], '2025-01-01')).toBe(v2);
  });
});

describe('fines outside the benchmark grade', () => {
  const ranges = { grade: { min: 25_000, max: 50_000 }, statutory: { min: 0, max: 100_000 } };
  it.each([
    [25_000, undefined, { allowed: true, needsLegalReview: false }],
    [50_000, undefined, { allowed: true, needsLegalReview: false }],
    [50_001, undefined, { allowed: false, needsLegalReview: false }],
    [24_900, '九个字的理由不够长', { allowed: false, needsLegalReview: false }],
    [24_900, '          ', { allowed: false, needsLegalReview: false }],
    [24_900, '当事人经营困难且已全面整改', { allowed: true, needsLegalReview: true }],
    [100_000, '情节特别恶劣，已造成人员受伤', { allowed: true, needsLegalReview: true }],
    [100_001, '情节特别恶劣，已造成人员受伤', { allowed: false, needsLegalReview: false }],
    [0, '当事人经营困难且已全面整改', { allowed: false, needsLegalReview: false }],
    [30_000.5, undefined, { allowed: false, needsLegalReview: false }],
  ] as const)('%d with reasons %j', (amount, reasons, expected) => {
    const r = fineOutsideBenchmark(ranges, amount, reasons);
    expect(r).toMatchObject(expected);
    if (r.allowed) expect(r.problem).toBeUndefined();
    else expect(r.problem).toBeTruthy();
  });
  it('says which range was left', () => {
    expect(fineOutsideBenchmark(ranges, 120_000, '理由充分且超过十个字的说明').problem).toMatch(/法定幅度（100000元以下）/);
    expect(fineOutsideBenchmark(ranges, 60_000).problem).toMatch(/25000元以上50000元以下.*不少于10字/);
  });
});
