import { describe, expect, it } from 'vitest';
import { cite, citeAll, sameProvision } from '../citation.js';
import { type FineRange, MEASURES, type ProvisionRef } from './types.js';
import { LAWS, PROVISIONS, VIOLATION_TYPES } from './work-safety-law.js';

const WSL = 'work-safety-law-2021' as const;
const APL = 'administrative-penalty-law-2021' as const;
const byCode = (code: string) => VIOLATION_TYPES.find((v) => v.code === code)!;

function rangesOf(v: (typeof VIOLATION_TYPES)[number]): FineRange[] {
  const f = v.formula;
  const formulaRanges = f?.kind === 'accidentGrade' ? Object.values(f.ranges) : f?.kind === 'illegalGains' ? [f.otherwise] : [];
  return [v.unitFine, v.personFine, v.ifNotCorrected?.unitFine, v.ifNotCorrected?.personFine, ...formulaRanges].filter((r): r is FineRange => !!r);
}

describe('the catalogue data', () => {
  it('has unique violation type codes', () => {
    const codes = VIOLATION_TYPES.map((v) => v.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('has each provision once, in a law it lists', () => {
    PROVISIONS.forEach((p, i) => {
      expect(LAWS.some((l) => l.code === p.lawCode)).toBe(true);
      expect(PROVISIONS.findIndex((q) => sameProvision(p, q))).toBe(i);
      expect(p.summary.length).toBeGreaterThan(0);
    });
  });

  it.each(VIOLATION_TYPES.map((v) => [v.code, v] as const))('%s cites provisions that exist', (_code, v) => {
    const refs = [v.punishingProvision, ...(v.breachedProvision ? [v.breachedProvision] : [])];
    for (const ref of refs)
      expect(
        PROVISIONS.some((p) => sameProvision(p, ref)),
        cite(ref),
      ).toBe(true);
  });

  it.each(VIOLATION_TYPES.map((v) => [v.code, v] as const))('%s has whole-yuan ranges with min ≤ max', (_code, v) => {
    for (const r of rangesOf(v)) {
      expect(Number.isInteger(r.min) && Number.isInteger(r.max)).toBe(true);
      expect(r.min).toBeGreaterThanOrEqual(0);
      expect(r.min).toBeLessThanOrEqual(r.max);
      expect(r.max).toBeGreaterThan(0);
    }
  });

  it('uses only listed measures, and every row either fines, computes or orders something', () => {
    for (const v of VIOLATION_TYPES) {
      for (const m of [...v.measures, ...(v.ifNotCorrected?.measures ?? [])]) expect(MEASURES).toHaveProperty(m);
      expect(rangesOf(v).length + v.measures.length + (v.formula ? 1 : 0)).toBeGreaterThan(0);
    }
  });

  it('ships every row of the reference table (shared/reference/work-safety-law-fines.md)', () => {
    const expected = [
      'WSL-93-1',
      'WSL-94',
      'WSL-95',
      'WSL-96',
      ...[1, 2, 3, 4, 5, 6, 7].map((i) => `WSL-97-${i}`),
      'WSL-98-1',
      'WSL-98-2',
      'WSL-98-3',
      'WSL-98-4',
      ...[1, 2, 3, 4, 5, 7, 8].map((i) => `WSL-99-${i}`),
      ...[1, 2, 3, 4, 5].map((i) => `WSL-101-${i}`),
      'WSL-102',
      'WSL-103-1',
      'WSL-104',
      'WSL-105-1',
      'WSL-105-2',
      'WSL-108',
      'WSL-109',
      'WSL-110-1',
      'WSL-110-2',
      'WSL-112',
      'WSL-114',
    ];
    for (const code of expected) expect(byCode(code), code).toBeDefined();
  });

  it('keeps the amounts of the reference table', () => {
    expect(byCode('WSL-97-1')).toMatchObject({
      unitFine: { min: 0, max: 100_000 },
      ifNotCorrected: { unitFine: { min: 100_000, max: 200_000 }, personFine: { min: 20_000, max: 50_000 } },
    });
    expect(byCode('WSL-98-1')).toMatchObject({
      unitFine: { min: 100_000, max: 500_000 },
      personFine: { min: 20_000, max: 50_000 },
      ifNotCorrected: { unitFine: { min: 500_000, max: 1_000_000 }, personFine: { min: 50_000, max: 100_000 } },
    });
    expect(byCode('WSL-99-4')).toMatchObject({
      unitFine: { min: 0, max: 50_000 },
      ifNotCorrected: { unitFine: { min: 50_000, max: 200_000 }, personFine: { min: 10_000, max: 20_000 } },
    });
    expect(byCode('WSL-94')).toMatchObject({ personFine: { min: 20_000, max: 50_000 }, ifNotCorrected: { personFine: { min: 50_000, max: 100_000 } } });
    expect(byCode('WSL-96').personFine).toEqual({ min: 10_000, max: 30_000 });
    expect(byCode('WSL-102')).toMatchObject({ unitFine: { min: 0, max: 50_000 }, ifNotCorrected: { personFine: { min: 50_000, max: 100_000 } } });
    expect(byCode('WSL-104')).toMatchObject({ unitFine: { min: 0, max: 50_000 }, personFine: { min: 0, max: 10_000 } });
    expect(byCode('WSL-108').ifNotCorrected).toMatchObject({ unitFine: { min: 20_000, max: 200_000 }, personFine: { min: 10_000, max: 20_000 } });
    expect(byCode('WSL-109')).toMatchObject({ unitFine: { min: 50_000, max: 100_000 }, ifNotCorrected: { unitFine: { min: 100_000, max: 200_000 } } });
  });

  it('gives the income-, gains- and accident-based rows a formula instead of a range', () => {
    expect(byCode('WSL-95').formula).toMatchObject({
      kind: 'incomeShareByAccidentGrade',
      percent: { general: 40, larger: 60, major: 80, especiallyMajor: 100 },
    });
    expect(byCode('WSL-103-1').formula).toMatchObject({ kind: 'illegalGains', threshold: 100_000, otherwise: { min: 100_000, max: 200_000 } });
    expect(byCode('WSL-110-1').formula).toMatchObject({ kind: 'incomeShare', percent: { min: 60, max: 100 } });
    expect(byCode('WSL-112').formula?.kind).toBe('dailyRepeat');
    expect(byCode('WSL-114').formula).toMatchObject({
      kind: 'accidentGrade',
      ranges: { general: { min: 300_000, max: 1_000_000 }, especiallyMajor: { min: 10_000_000, max: 20_000_000 } },
    });
    for (const v of VIOLATION_TYPES.filter((x) => x.formula)) {
      expect(v.formula!.party === 'unit' ? v.unitFine : v.personFine, v.code).toBeNull();
    }
  });

  it('dates the laws as promulgated and in force', () => {
    expect(LAWS.find((l) => l.code === WSL)).toMatchObject({ promulgatedOn: '2021-06-10', effectiveFrom: '2021-09-01', effectiveTo: null });
    expect(LAWS.find((l) => l.code === APL)).toMatchObject({ effectiveFrom: '2021-07-15', effectiveTo: null });
  });
});

describe('citations', () => {
  const ref = (lawCode: ProvisionRef['lawCode'], article: number, paragraph?: number, item?: number): ProvisionRef => ({
    lawCode,
    article,
    ...(paragraph ? { paragraph } : {}),
    ...(item ? { item } : {}),
  });
  it.each([
    [ref(WSL, 97, undefined, 1), '《中华人民共和国安全生产法》第九十七条第一项'],
    [ref(WSL, 103, 2), '《中华人民共和国安全生产法》第一百零三条第二款'],
    [ref(WSL, 114, 1), '《中华人民共和国安全生产法》第一百一十四条第一款'],
    [ref(APL, 32), '《中华人民共和国行政处罚法》第三十二条'],
    [ref(APL, 33, 1), '《中华人民共和国行政处罚法》第三十三条第一款'],
  ])('%o reads %s', (r, text) => expect(cite(r)).toBe(text));

  it('names the law once per run and the article once per run of items', () => {
    expect(citeAll([ref(APL, 32, undefined, 1), ref(APL, 32, undefined, 3)])).toBe('《中华人民共和国行政处罚法》第三十二条第一项、第三项');
    expect(citeAll([ref(WSL, 28, 1), ref(WSL, 97, undefined, 3), ref(APL, 34)])).toBe(
      '《中华人民共和国安全生产法》第二十八条第一款、第九十七条第三项、《中华人民共和国行政处罚法》第三十四条',
    );
  });
});
