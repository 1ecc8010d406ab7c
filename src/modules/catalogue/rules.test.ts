import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VIOLATION_TYPES } from './law/work-safety-law.js';
import type { Party, ViolationType } from './law/types.js';
import { type Benchmark, type CircumstanceGrade, type Facts, GRADES, type Stage, cite, defaultBenchmark, discretion, statutoryRange } from './rules.js';

const byCode = (code: string) => VIOLATION_TYPES.find((v) => v.code === code)!;
const FROM = '2021-09-01';

const QUIET: Facts = {
  minorInNature: false,
  firstOffence: false,
  correctedPromptly: false,
  harmCaused: 'none',
  repeatOffence: false,
  obstruction: false,
  refusedToCorrect: false,
  activelyReducedHarm: false,
  coerced: false,
  confessed: false,
  cooperatedWithMerit: false,
};
// Facts that land on each grade without any 不予处罚 route open.
const FACTS_FOR: Record<CircumstanceGrade, Facts> = {
  minor: { ...QUIET, minorInNature: true },
  ordinary: { ...QUIET, harmCaused: 'slight' },
  serious: { ...QUIET, harmCaused: 'harmful' },
  severe: { ...QUIET, harmCaused: 'serious' },
};

/** Every (violation type, party, stage) whose fine is a plain statutory range. */
const PLAIN = VIOLATION_TYPES.flatMap((v) =>
  (['unit', 'person'] as const).flatMap((party) =>
    (['initial', 'notCorrected'] as const).filter((stage) => statutoryRange(v, party, stage)).map((stage) => ({ v, party, stage })),
  ),
);

function run(v: ViolationType, party: Party, facts: Facts, stage: Stage = 'initial', benchmark = defaultBenchmark(v, FROM, stage)) {
  return discretion({ violation: v, benchmark, party, facts, stage });
}

describe('the calculator on every shipped plain-range violation type and grade', () => {
  const cases = PLAIN.flatMap(({ v, party, stage }) => GRADES.map((grade) => [v.code, party, stage, grade, v] as const));
  it('covers the catalogue', () => expect(cases.length).toBeGreaterThan(150));
  it.each(cases)('%s %s %s %s', (_code, party, stage, grade, v) => {
    const b = defaultBenchmark(v, FROM, stage);
    const r = run(v, party, FACTS_FOR[grade], stage, b);
    if (r.outcome !== 'penalty') throw new Error(JSON.stringify(r));
    const band = b.grades.find((g) => g.grade === grade)![party === 'unit' ? 'unitFine' : 'personFine']!;
    expect(r.grade).toBe(grade);
    expect(r.range).toEqual(band);
    expect(r.suggested).toBeGreaterThanOrEqual(band.min);
    expect(r.suggested).toBeLessThanOrEqual(band.max);
    expect(r.suggested).toBeGreaterThan(0);
    expect(r.reasons).toContain(cite(v.punishingProvision));
    expect(r.legalBasis).toContainEqual(v.punishingProvision);
  });
});

describe('outcomes at the edges', () => {
  const v97 = byCode('WSL-97-1');
  const v98 = byCode('WSL-98-1');
  it('不予处罚 when the act is minor, harmless and promptly corrected (第三十三条第一款前段)', () => {
    const r = run(v97, 'unit', { ...QUIET, minorInNature: true, correctedPromptly: true });
    expect(r).toMatchObject({ outcome: 'noPenalty', grade: 'minor', mandatory: true });
    if (r.outcome !== 'noPenalty') return;
    expect(r.reasons).toContain('《中华人民共和国行政处罚法》第三十三条第一款“违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚”');
    expect(r.reasons).toContain('第三十三条第三款');
  });
  it('首违不罚 for a first offence with slight harm, promptly corrected (后段, discretionary)', () => {
    const r = run(v97, 'unit', { ...QUIET, firstOffence: true, harmCaused: 'slight', correctedPromptly: true });
    expect(r).toMatchObject({ outcome: 'noPenalty', mandatory: false });
    expect(r.outcome === 'noPenalty' && r.reasons).toContain('初次违法且危害后果轻微并及时改正的，可以不予行政处罚');
  });
  it('fines a harmless act that is not minor in nature, even when corrected', () => {
    expect(run(v97, 'unit', { ...QUIET, correctedPromptly: true })).toMatchObject({ outcome: 'penalty', grade: 'ordinary' });
  });
  it('never 不予处罚 with a repeat offence, an aggravating fact, real harm, or after 逾期未改正', () => {
    const open: Facts = { ...QUIET, minorInNature: true, firstOffence: true, correctedPromptly: true };
    for (const facts of [
      { ...open, repeatOffence: true },
      { ...open, obstruction: true },
      { ...open, refusedToCorrect: true },
      { ...open, harmCaused: 'harmful' as const },
      { ...open, harmCaused: 'serious' as const },
    ]) {
      expect(run(v97, 'unit', facts).outcome).toBe('penalty');
    }
    expect(run(v97, 'unit', open, 'notCorrected').outcome).toBe('penalty');
  });
  it('pushes aggravated cases to 较重 and 严重, and 从轻 cannot undo that', () => {
    expect(run(v97, 'unit', { ...QUIET, repeatOffence: true })).toMatchObject({ grade: 'serious' });
    expect(run(v97, 'unit', { ...QUIET, repeatOffence: true, confessed: true, activelyReducedHarm: true })).toMatchObject({ grade: 'serious' });
    expect(run(v97, 'unit', { ...QUIET, obstruction: true, refusedToCorrect: true })).toMatchObject({ grade: 'severe' });
    expect(run(v97, 'unit', { ...QUIET, harmCaused: 'slight', obstruction: true })).toMatchObject({ grade: 'serious' });
  });
  it('lowers one grade for a 第三十二条 fact and cites its item', () => {
    const r = run(v97, 'unit', { ...QUIET, harmCaused: 'harmful', activelyReducedHarm: true, confessed: true });
    expect(r).toMatchObject({ outcome: 'penalty', grade: 'ordinary' });
    expect(r.outcome === 'penalty' && r.reasons).toContain('《中华人民共和国行政处罚法》第三十二条第一项、第三项');
  });
  it('reaches the statutory minimum with every mitigating fact, never 0 yuan', () => {
    const lowest: Facts = { ...QUIET, firstOffence: true, activelyReducedHarm: true, coerced: true, confessed: true, cooperatedWithMerit: true };
    expect(run(v98, 'unit', lowest)).toMatchObject({ grade: 'minor', suggested: 100_000 });
    expect(run(v97, 'unit', lowest)).toMatchObject({ grade: 'minor', suggested: 100 });
  });
  it('stays at or under the statutory maximum with every aggravating fact', () => {
    const worst: Facts = { ...QUIET, harmCaused: 'serious', repeatOffence: true, obstruction: true, refusedToCorrect: true };
    const r = run(v98, 'unit', worst);
    expect(r).toMatchObject({ grade: 'severe', range: { min: 400_000, max: 500_000 }, suggested: 487_500 });
  });
  it('takes a one-amount band as it is', () => {
    const b = defaultBenchmark(v97, FROM);
    b.grades[1] = { ...b.grades[1], unitFine: { min: 30_000, max: 30_000 } };
    b.grades[2] = { ...b.grades[2], unitFine: { min: 50_000, max: 75_000 } };
    expect(run(v97, 'unit', FACTS_FOR.ordinary, 'initial', b)).toMatchObject({ suggested: 30_000 });
  });
});

describe('the calculator refuses what it cannot decide', () => {
  it.each(VIOLATION_TYPES.filter((v) => v.formula).map((v) => [v.code, v] as const))('%s: formula fine', (_c, v) => {
    const b: Benchmark = { violationTypeCode: v.code, effectiveFrom: FROM, effectiveTo: null, orgId: null, grades: [] };
    expect(discretion({ violation: v, benchmark: b, party: v.formula!.party, facts: QUIET })).toMatchObject({
      outcome: 'refused',
      reason: 'formula',
      formula: v.formula!.kind,
    });
  });
  it('no fine for the party at this stage, with a hint when one comes later', () => {
    const r = run(byCode('WSL-97-1'), 'person', QUIET);
    expect(r).toMatchObject({ outcome: 'refused', reason: 'noFine' });
    expect(r.outcome === 'refused' && r.message).toContain('逾期未改正');
    expect(run(byCode('WSL-93-1'), 'unit', QUIET)).toMatchObject({ outcome: 'refused', reason: 'noFine' });
  });
  it('a benchmark for another stage or one that fails validation', () => {
    const v = byCode('WSL-109');
    expect(run(v, 'unit', QUIET, 'notCorrected', defaultBenchmark(v, FROM))).toMatchObject({ outcome: 'refused', reason: 'benchmark' });
    expect(run(v, 'unit', QUIET, 'initial', { ...defaultBenchmark(v, FROM), effectiveFrom: '2020-01-01' })).toMatchObject({
      outcome: 'refused',
      reason: 'benchmark',
    });
  });
});

describe('properties over random facts', () => {
  const facts: fc.Arbitrary<Facts> = fc.record({
    minorInNature: fc.boolean(),
    firstOffence: fc.boolean(),
    correctedPromptly: fc.boolean(),
    harmCaused: fc.constantFrom('none', 'slight', 'harmful', 'serious'),
    repeatOffence: fc.boolean(),
    obstruction: fc.boolean(),
    refusedToCorrect: fc.boolean(),
    activelyReducedHarm: fc.boolean(),
    coerced: fc.boolean(),
    confessed: fc.boolean(),
    cooperatedWithMerit: fc.boolean(),
  });
  const target = fc.constantFrom(...PLAIN);
  it('the suggestion is a whole-yuan amount within its band and the statute', () => {
    fc.assert(
      fc.property(target, facts, ({ v, party, stage }, f) => {
        const r = run(v, party, f, stage);
        if (r.outcome === 'refused') return false;
        if (r.outcome === 'noPenalty') return true;
        const statutory = statutoryRange(v, party, stage)!;
        return (
          Number.isInteger(r.suggested) &&
          r.suggested > 0 &&
          r.suggested >= r.range.min &&
          r.suggested <= r.range.max &&
          r.suggested >= statutory.min &&
          r.suggested <= statutory.max &&
          r.reasons.includes(cite(v.punishingProvision))
        );
      }),
      { numRuns: 2000 },
    );
  });
  it('不予处罚 only on a clean record: no aggravating fact, no real harm, corrected, first stage', () => {
    fc.assert(
      fc.property(target, facts, ({ v, party, stage }, f) => {
        const r = run(v, party, f, stage);
        if (r.outcome !== 'noPenalty') return true;
        return (
          stage === 'initial' &&
          f.correctedPromptly &&
          !f.repeatOffence &&
          !f.obstruction &&
          !f.refusedToCorrect &&
          (f.harmCaused === 'none' || f.harmCaused === 'slight')
        );
      }),
      { numRuns: 2000 },
    );
  });
  it('more aggravation never lowers the grade', () => {
    fc.assert(
      fc.property(target, facts, ({ v, party, stage }, f) => {
        const a = run(v, party, f, stage);
        const b = run(v, party, { ...f, repeatOffence: true }, stage);
        if (a.outcome !== 'penalty' || b.outcome !== 'penalty') return b.outcome === 'penalty';
        return GRADES.indexOf(b.grade) >= GRADES.indexOf(a.grade);
      }),
      { numRuns: 1000 },
    );
  });
});
