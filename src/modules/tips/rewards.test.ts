import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACCIDENT_GRADE_LABELS,
  ACCIDENT_GRADES,
  type AccidentGrade,
  EXCLUSIONS,
  firstTipster,
  formatYuan,
  REWARD_KIND_LABELS,
  REWARD_RULES,
  type RewardInput,
  type RewardResult,
  rewardFor,
} from './rewards.js';

const yuan = (y: number) => Math.round(y * 100);
const fineTip = (finesFen: number, extra: Partial<Pick<RewardInput, 'isFirst' | 'exclusion'>> = {}): RewardInput => ({
  kind: 'hazardOrIllegal',
  finesFen,
  isFirst: true,
  exclusion: null,
  ...extra,
});
const deathTip = (grade: AccidentGrade, concealedDeaths: number, extra: Partial<Pick<RewardInput, 'isFirst' | 'exclusion'>> = {}): RewardInput => ({
  kind: 'concealedAccident',
  grade,
  concealedDeaths,
  isFirst: true,
  exclusion: null,
  ...extra,
});

function amountOf(r: RewardResult): number {
  if ('none' in r) throw new Error(`expected an amount, got none: ${r.none}`);
  return r.amountFen;
}
function computationOf(r: RewardResult): string {
  if ('none' in r) throw new Error(`expected an amount, got none: ${r.none}`);
  return r.computation;
}

/** Reference for 15% rounded half up to the fen, in plain integer arithmetic (valid while fen·15 is a safe integer). */
function round15(fineFen: number): number {
  const a = fineFen * 15 + 50;
  return (a - (a % 100)) / 100;
}
const { minFen, maxFen } = REWARD_RULES.fineBased;

describe('the rules as data', () => {
  it('holds 15% as an exact fraction, the limits in fen and a basis naming the document', () => {
    expect(REWARD_RULES.fineBased).toMatchObject({ rateNumerator: 15, rateDenominator: 100, minFen: 300_000, maxFen: 30_000_000, rounding: 'halfUpToFen' });
    expect(REWARD_RULES.deathBased.perDeathFen).toEqual({ general: 3_000_000, larger: 4_000_000, major: 5_000_000, especiallyMajor: 6_000_000 });
    expect(REWARD_RULES.deathBased.maxFen).toBe(30_000_000);
    for (const basis of [REWARD_RULES.fineBased.basis, REWARD_RULES.deathBased.basis, REWARD_RULES.firstTipster.basis, ...EXCLUSIONS.map((e) => e.basis)]) {
      expect(basis).toContain('安监总财〔2018〕19号');
    }
  });

  it('labels every grade and kind in Chinese, and every exclusion code is unique', () => {
    expect(ACCIDENT_GRADES.map((g) => ACCIDENT_GRADE_LABELS[g])).toEqual(['一般事故', '较大事故', '重大事故', '特别重大事故']);
    expect(REWARD_KIND_LABELS).toEqual({ hazardOrIllegal: '举报重大事故隐患、违法生产经营建设', concealedAccident: '举报瞒报、谎报事故' });
    expect(new Set(EXCLUSIONS.map((e) => e.code)).size).toBe(EXCLUSIONS.length);
  });

  it('formats yuan with two decimals and spaced thousands', () => {
    expect(formatYuan(0)).toBe('0.00');
    expect(formatYuan(5)).toBe('0.05');
    expect(formatYuan(2_000_000)).toBe('20 000.00');
    expect(formatYuan(300_000_000)).toBe('3 000 000.00');
    expect(formatYuan(123_456_789_01)).toBe('123 456 789.01');
  });
});

describe('fine-based reward: 15% of the fines, at least 3 000, at most 300 000 yuan', () => {
  it.each([
    [10_000, 3_000],
    [19_999.96, 3_000],
    [20_000, 3_000],
    [20_000.07, 3_000.01],
    [100_000, 15_000],
    [1_000_000, 150_000],
    [2_000_000, 300_000],
    [2_000_000.04, 300_000],
    [3_000_000, 300_000],
    [0.01, 3_000],
  ])('a fine of %s yuan → %s yuan', (fine, reward) => {
    expect(amountOf(rewardFor(fineTip(yuan(fine))))).toBe(yuan(reward));
  });

  it('10 000 yuan: the minimum lifts 1 500 to 3 000, and says so', () => {
    const r = rewardFor(fineTip(yuan(10_000)));
    expect(r).toEqual({
      amountFen: 300_000,
      basis: REWARD_RULES.fineBased.basis,
      computation: '罚款 10 000.00 元 × 15% = 1 500.00 元；低于最低奖励 3 000 元，按 3 000 元',
    });
  });

  it('20 000 yuan: 15% is exactly the minimum, so no adjustment is stated', () => {
    expect(computationOf(rewardFor(fineTip(yuan(20_000))))).toBe('罚款 20 000.00 元 × 15% = 3 000.00 元');
  });

  it('one fen below 20 000 yuan rounds up to exactly the minimum', () => {
    expect(computationOf(rewardFor(fineTip(yuan(19_999.99))))).toBe('罚款 19 999.99 元 × 15% = 2 999.9985 元，四舍五入到分为 3 000.00 元');
    expect(amountOf(rewardFor(fineTip(yuan(19_999.99))))).toBe(300_000);
  });

  it('2 000 000 yuan: 15% is exactly the maximum, so no adjustment is stated', () => {
    expect(computationOf(rewardFor(fineTip(yuan(2_000_000))))).toBe('罚款 2 000 000.00 元 × 15% = 300 000.00 元');
    // 2 000 000.01 × 15% = 300 000.0015, rounds down to exactly the maximum: still no adjustment.
    expect(computationOf(rewardFor(fineTip(yuan(2_000_000.01))))).toBe('罚款 2 000 000.01 元 × 15% = 300 000.0015 元，四舍五入到分为 300 000.00 元');
  });

  it('3 000 000 yuan: the cap brings 450 000 down to 300 000, and says so', () => {
    expect(computationOf(rewardFor(fineTip(yuan(3_000_000))))).toBe('罚款 3 000 000.00 元 × 15% = 450 000.00 元；高于最高奖励 300 000 元，按 300 000 元');
  });

  it('1 000 000 yuan → 150 000 with no adjustment', () => {
    expect(computationOf(rewardFor(fineTip(yuan(1_000_000))))).toBe('罚款 1 000 000.00 元 × 15% = 150 000.00 元');
  });

  it('rounds half up to the fen in 0.33-yuan steps above 1 000 000 yuan', () => {
    // fine (fen above 100 000 000) → 15% exact in fen → rounded
    const steps: [number, number][] = [
      [0, 15_000_000], // 15 000 000
      [33, 15_000_005], // 15 000 004.95
      [66, 15_000_010], // 15 000 009.9
      [99, 15_000_015], // 15 000 014.85
      [132, 15_000_020], // 15 000 019.8
      [165, 15_000_025], // 15 000 024.75
      [198, 15_000_030], // 15 000 029.7
    ];
    for (const [extraFen, expected] of steps) {
      expect(amountOf(rewardFor(fineTip(100_000_000 + extraFen)))).toBe(expected);
    }
    expect(computationOf(rewardFor(fineTip(100_000_033)))).toBe('罚款 1 000 000.33 元 × 15% = 150 000.0495 元，四舍五入到分为 150 000.05 元');
  });

  it('rounds exactly half a fen up, and less than half down', () => {
    expect(amountOf(rewardFor(fineTip(100_000_010)))).toBe(15_000_002); // 15 000 001.5
    expect(amountOf(rewardFor(fineTip(100_000_030)))).toBe(15_000_005); // 15 000 004.5
    expect(amountOf(rewardFor(fineTip(100_000_003)))).toBe(15_000_000); // 15 000 000.45
    expect(amountOf(rewardFor(fineTip(100_000_007)))).toBe(15_000_001); // 15 000 001.05
  });

  it('stays exact for fines beyond what 15 × fen can hold in a double', () => {
    expect(amountOf(rewardFor(fineTip(Number.MAX_SAFE_INTEGER)))).toBe(maxFen);
  });

  it('zero fine → none', () => {
    const r = rewardFor(fineTip(0));
    expect(r).toEqual({ none: '不予奖励：举报引出的案件未处罚款，无可计算的奖励金额', basis: REWARD_RULES.fineBased.basis });
  });

  it('rejects negative or fractional fen', () => {
    expect(() => rewardFor(fineTip(-1))).toThrow();
    expect(() => rewardFor(fineTip(10.5))).toThrow();
  });
});

describe('death-based reward for a concealed or falsely reported accident', () => {
  it.each([
    ['general', 1, 30_000],
    ['larger', 1, 40_000],
    ['major', 1, 50_000],
    ['especiallyMajor', 1, 60_000],
    ['general', 3, 90_000],
    ['larger', 3, 120_000],
    ['major', 6, 300_000],
    ['general', 10, 300_000],
    ['general', 11, 300_000],
    ['especiallyMajor', 5, 300_000],
    ['especiallyMajor', 6, 300_000],
  ] as const)('%s accident, %s concealed deaths → %s yuan', (grade, deaths, reward) => {
    expect(amountOf(rewardFor(deathTip(grade, deaths)))).toBe(yuan(reward));
  });

  it('states the arithmetic with the grade in Chinese', () => {
    expect(rewardFor(deathTip('larger', 3))).toEqual({
      amountFen: 12_000_000,
      basis: REWARD_RULES.deathBased.basis,
      computation: '较大事故每查实瞒报谎报 1 人 40 000.00 元 × 3 人 = 120 000.00 元',
    });
  });

  it('caps 6 deaths × 60 000 at 300 000 and says so', () => {
    expect(computationOf(rewardFor(deathTip('especiallyMajor', 6)))).toBe(
      '特别重大事故每查实瞒报谎报 1 人 60 000.00 元 × 6 人 = 360 000.00 元；高于最高奖励 300 000 元，按 300 000 元',
    );
  });

  it('has no minimum: one death in a general accident is 30 000, not lifted', () => {
    expect(computationOf(rewardFor(deathTip('general', 1)))).toBe('一般事故每查实瞒报谎报 1 人 30 000.00 元 × 1 人 = 30 000.00 元');
  });

  it.each(ACCIDENT_GRADES)('zero concealed deaths in a %s accident → none', (grade) => {
    expect(rewardFor(deathTip(grade, 0))).toEqual({ none: '不予奖励：未查实瞒报、谎报的死亡人数', basis: REWARD_RULES.deathBased.basis });
  });

  it('rejects an unknown grade or a fractional count', () => {
    expect(() =>
      rewardFor({ kind: 'concealedAccident', grade: 'catastrophic' as AccidentGrade, concealedDeaths: 1, isFirst: true, exclusion: null }),
    ).toThrow();
    expect(() => rewardFor(deathTip('general', 1.5))).toThrow();
  });
});

describe('only the first tipster, and never an excluded one', () => {
  const notFirst = { none: '不予奖励：同一事项已有更早受理的举报，奖励只给最先受理的举报人', basis: REWARD_RULES.firstTipster.basis };

  it('a later tipster of the same matter gets nothing, of either kind', () => {
    expect(rewardFor(fineTip(yuan(1_000_000), { isFirst: false }))).toEqual(notFirst);
    expect(rewardFor(deathTip('major', 2, { isFirst: false }))).toEqual(notFirst);
  });

  it.each(EXCLUSIONS)('excluded ($code) → none with its label and basis', (exclusion) => {
    const expected = { none: `不予奖励：${exclusion.label}`, basis: exclusion.basis };
    expect(rewardFor(fineTip(yuan(1_000_000), { exclusion: exclusion.code }))).toEqual(expected);
    expect(rewardFor(deathTip('general', 2, { exclusion: exclusion.code }))).toEqual(expected);
  });

  it('an exclusion is reported before not-first, and not-first before an empty outcome', () => {
    expect(rewardFor(fineTip(0, { isFirst: false, exclusion: 'officialRelative' }))).toMatchObject({ none: expect.stringContaining('近亲属') });
    expect(rewardFor(fineTip(0, { isFirst: false }))).toEqual(notFirst);
  });

  it('rejects an unknown exclusion code', () => {
    expect(() => rewardFor(fineTip(100, { exclusion: 'mayor' as never }))).toThrow();
  });
});

describe('firstTipster', () => {
  const at = (iso: string) => new Date(iso);

  it('picks the tip received earliest, whatever the list order', () => {
    const tips = [
      { id: 'b', receivedAt: at('2026-03-02T08:00:00Z') },
      { id: 'c', receivedAt: at('2026-03-01T09:30:00Z') },
      { id: 'a', receivedAt: at('2026-03-01T10:00:00Z') },
    ];
    expect(firstTipster(tips)).toBe('c');
    expect(firstTipster([...tips].reverse())).toBe('c');
  });

  it('breaks a tie in time by the smaller id, by code unit', () => {
    const t = at('2026-03-01T09:30:00Z');
    expect(
      firstTipster([
        { id: 'T-0002', receivedAt: t },
        { id: 'T-0001', receivedAt: new Date(t) },
      ]),
    ).toBe('T-0001');
    expect(
      firstTipster([
        { id: 'b', receivedAt: t },
        { id: 'B', receivedAt: t },
      ]),
    ).toBe('B');
  });

  it('returns null for no tips and throws on an invalid date', () => {
    expect(firstTipster([])).toBeNull();
    expect(() => firstTipster([{ id: 'x', receivedAt: new Date('not a date') }])).toThrow(RangeError);
  });
});

describe('properties', () => {
  const fineFen = fc.integer({ min: 0, max: 1_000_000_000_000 }); // up to 10 billion yuan; ×15 stays a safe integer
  const grade = fc.constantFrom(...ACCIDENT_GRADES);
  const deaths = fc.integer({ min: 0, max: 10_000 });

  it('a positive fine always gives an amount within [min, max]', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000_000_000 }), (f) => {
        const a = amountOf(rewardFor(fineTip(f)));
        return a >= minFen && a <= maxFen;
      }),
    );
  });

  it('is 15% rounded half up, clamped to [min, max]; never above 15% unless the minimum lifts it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000_000_000 }), (f) => {
        const a = amountOf(rewardFor(fineTip(f)));
        const r = round15(f);
        expect(a).toBe(Math.min(maxFen, Math.max(minFen, r)));
        if (a > r) expect(a).toBe(minFen);
      }),
    );
  });

  it('is monotone non-decreasing in the fine', () => {
    fc.assert(
      fc.property(fineFen, fineFen, (x, y) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        const amount = (f: number) => {
          const r = rewardFor(fineTip(f));
          return 'none' in r ? 0 : r.amountFen;
        };
        return amount(lo) <= amount(hi);
      }),
    );
  });

  it('death-based: per death × count, capped; monotone in deaths and in grade', () => {
    fc.assert(
      fc.property(grade, deaths, deaths, (g, x, y) => {
        const amount = (gr: AccidentGrade, n: number) => {
          const r = rewardFor(deathTip(gr, n));
          return 'none' in r ? 0 : r.amountFen;
        };
        expect(amount(g, x)).toBe(Math.min(REWARD_RULES.deathBased.maxFen, REWARD_RULES.deathBased.perDeathFen[g] * x));
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        expect(amount(g, lo)).toBeLessThanOrEqual(amount(g, hi));
        const i = ACCIDENT_GRADES.indexOf(g);
        if (i + 1 < ACCIDENT_GRADES.length) expect(amount(g, x)).toBeLessThanOrEqual(amount(ACCIDENT_GRADES[i + 1], x));
      }),
    );
  });

  it('not first or excluded → never an amount', () => {
    const input = fc.oneof(
      fineFen.map((f) => fineTip(f)),
      fc.tuple(grade, deaths).map(([g, n]) => deathTip(g, n)),
    );
    fc.assert(
      fc.property(input, fc.boolean(), fc.option(fc.constantFrom(...EXCLUSIONS.map((e) => e.code)), { nil: null }), (base, isFirst, exclusion) => {
        fc.pre(!isFirst || exclusion !== null);
        return 'none' in rewardFor({ ...base, isFirst, exclusion });
      }),
    );
  });

  it('firstTipster is independent of order and picks the least (time, id)', () => {
    const tips = fc.uniqueArray(
      fc.record({
        id: fc.string({ minLength: 1, maxLength: 4 }),
        receivedAt: fc.integer({ min: 0, max: 20 }).map((m) => new Date(Date.UTC(2026, 0, 1, 0, m))),
      }),
      { minLength: 1, maxLength: 12, selector: (t) => t.id },
    );
    fc.assert(
      fc.property(tips, fc.infiniteStream(fc.nat()), (list, rnd) => {
        const shuffled = list
          .map((t) => ({ t, k: rnd.next().value }))
          .sort((a, b) => a.k - b.k)
          .map((x) => x.t);
        const first = firstTipster(list);
        expect(firstTipster(shuffled)).toBe(first);
        const winner = list.find((t) => t.id === first)!;
        for (const t of list) {
          const d = t.receivedAt.getTime() - winner.receivedAt.getTime();
          expect(d > 0 || (d === 0 && t.id >= winner.id)).toBe(true);
        }
      }),
    );
  });
});
