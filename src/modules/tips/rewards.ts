import { z } from 'zod';

// 举报奖励的计算规则：纯函数，无 I/O、无时钟。金额一律以整数“分”表示（1 元 = 100 分）。
//
// 依据：《安全生产领域举报奖励办法》（国家安全监管总局、财政部，安监总财〔2018〕19号，2018年1月4日印发）。
// 条号：只核到第一条至第五条的原文；计算标准、最先受理者得奖、不予奖励的情形三处的条号尚未核对原文，
// 各条 basis 中写明“条号待核”，核实后只改这里的 basis 字符串。

const DOCUMENT = '《安全生产领域举报奖励办法》（安监总财〔2018〕19号）';

export type AccidentGrade = 'general' | 'larger' | 'major' | 'especiallyMajor';
export type RewardKind = 'hazardOrIllegal' | 'concealedAccident';

export const ACCIDENT_GRADES = ['general', 'larger', 'major', 'especiallyMajor'] as const satisfies readonly AccidentGrade[];

export const ACCIDENT_GRADE_LABELS: Readonly<Record<AccidentGrade, string>> = {
  general: '一般事故',
  larger: '较大事故',
  major: '重大事故',
  especiallyMajor: '特别重大事故',
};

export const REWARD_KIND_LABELS: Readonly<Record<RewardKind, string>> = {
  hazardOrIllegal: '举报重大事故隐患、违法生产经营建设',
  concealedAccident: '举报瞒报、谎报事故',
};

export const REWARD_RULES = {
  document: DOCUMENT,
  fineBased: {
    // 15% 用整数分子分母表示，避免浮点；结果四舍五入到分（半分进一）。
    rateNumerator: 15,
    rateDenominator: 100,
    rounding: 'halfUpToFen',
    minFen: 300_000,
    maxFen: 30_000_000,
    basis: `${DOCUMENT}（条号待核）：对举报重大事故隐患、违法生产经营建设的，奖励金额按照行政处罚金额的15%计算，最低奖励3000元，最高不超过30万元`,
  },
  deathBased: {
    perDeathFen: { general: 3_000_000, larger: 4_000_000, major: 5_000_000, especiallyMajor: 6_000_000 } satisfies Record<AccidentGrade, number>,
    maxFen: 30_000_000,
    basis: `${DOCUMENT}（条号待核）：对举报瞒报、谎报事故的，按照最终确认的事故等级和查实举报的瞒报谎报死亡人数给予奖励，一般、较大、重大、特别重大事故每查实1人分别奖励3万元、4万元、5万元、6万元，最高不超过30万元`,
  },
  firstTipster: {
    basis: `${DOCUMENT}（条号待核）：多人多次举报同一事项的，只奖励最先受理的举报人一次`,
  },
} as const;

export type ExclusionCode = 'supervisoryOfficial' | 'officialRelative' | 'instructedByOfficial' | 'ownUnitResponsible' | 'alreadyKnown';

export interface Exclusion {
  readonly code: ExclusionCode;
  readonly label: string;
  readonly basis: string;
}

export const EXCLUSIONS: readonly Exclusion[] = [
  {
    code: 'supervisoryOfficial',
    label: '具有安全生产管理、监管、监察职责的工作人员的举报',
    basis: `${DOCUMENT}（条号待核）：具有安全生产管理、监管、监察职责的工作人员的举报不在奖励之列`,
  },
  {
    code: 'officialRelative',
    label: '上述工作人员的近亲属的举报',
    basis: `${DOCUMENT}（条号待核）：上述工作人员的近亲属的举报不在奖励之列`,
  },
  {
    code: 'instructedByOfficial',
    label: '上述工作人员授意他人的举报',
    basis: `${DOCUMENT}（条号待核）：上述工作人员授意他人的举报不在奖励之列`,
  },
  {
    // 全国办法原文是否列入此项尚未核实；多地实施办法列有此项。
    code: 'ownUnitResponsible',
    label: '生产经营单位的负责人、安全生产管理人员举报本单位的事项',
    basis: `${DOCUMENT}（条号待核；全国办法是否列入此项待核，见各地实施办法）`,
  },
  {
    code: 'alreadyKnown',
    label: '举报事项已由生产经营单位或负有安全监管职责的部门发现并依法处理',
    basis: `${DOCUMENT}（条号待核）：奖励限于生产经营单位和负有安全监管职责的部门没有发现，或者虽然发现但未依法处理的事项`,
  },
];

const EXCLUSION_BY_CODE = new Map(EXCLUSIONS.map((e) => [e.code, e]));

const fen = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

export const rewardInputSchema = z.intersection(
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('hazardOrIllegal'), finesFen: fen }),
    z.object({ kind: z.literal('concealedAccident'), grade: z.enum(ACCIDENT_GRADES), concealedDeaths: z.number().int().nonnegative().max(1_000_000) }),
  ]),
  z.object({
    isFirst: z.boolean(),
    exclusion: z.enum(EXCLUSIONS.map((e) => e.code) as [ExclusionCode, ...ExclusionCode[]]).nullable(),
  }),
);

/**
 * The verified outcome of one tip. `finesFen` is the total of the fines imposed on the cases the tip led to;
 * `concealedDeaths` the concealed or falsely reported deaths confirmed, with the finally confirmed accident grade.
 */
export type RewardInput = z.infer<typeof rewardInputSchema>;

export type RewardResult = { amountFen: number; basis: string; computation: string } | { none: string; basis: string };

/** "20 000.00": yuan with two decimals, thousands separated by a space. */
export function formatYuan(amountFen: number | bigint): string {
  const f = BigInt(amountFen);
  const sign = f < 0n ? '-' : '';
  const abs = f < 0n ? -f : f;
  return `${sign}${group(abs / 100n)}.${(abs % 100n).toString().padStart(2, '0')}`;
}

/** "3 000": for limits that are whole yuan. */
function formatWholeYuan(amountFen: number): string {
  return group(BigInt(amountFen) / 100n);
}

function group(n: bigint): string {
  return n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** 15% of the fines in hundredths of a fen (exact at 15/100), and that amount rounded half up to the fen. */
function fifteenPercent(finesFen: number): { exactCentiFen: bigint; roundedFen: bigint } {
  const { rateNumerator, rateDenominator } = REWARD_RULES.fineBased;
  const product = BigInt(finesFen) * BigInt(rateNumerator);
  const denominator = BigInt(rateDenominator);
  // Half up: floor(x + 1/2) = floor((2·fines·num + den) / (2·den)), exact for any integer rate.
  return { exactCentiFen: (product * 100n) / denominator, roundedFen: (2n * product + denominator) / (2n * denominator) };
}

function clampNote(valueFen: bigint, minFen: number | null, maxFen: number): { amountFen: number; note: string } {
  if (minFen !== null && valueFen < BigInt(minFen)) {
    return { amountFen: minFen, note: `；低于最低奖励 ${formatWholeYuan(minFen)} 元，按 ${formatWholeYuan(minFen)} 元` };
  }
  if (valueFen > BigInt(maxFen)) {
    return { amountFen: maxFen, note: `；高于最高奖励 ${formatWholeYuan(maxFen)} 元，按 ${formatWholeYuan(maxFen)} 元` };
  }
  return { amountFen: Number(valueFen), note: '' };
}

/**
 * The reward for one tip, or why there is none. Grounds for none are checked in a fixed order:
 * an exclusion, then not the first tipster, then nothing to compute from (no fine, no death).
 * Throws a ZodError when the input is malformed (negative or fractional fen, unknown grade or code).
 */
export function rewardFor(input: RewardInput): RewardResult {
  const parsed = rewardInputSchema.parse(input);
  if (parsed.exclusion !== null) {
    const e = EXCLUSION_BY_CODE.get(parsed.exclusion)!;
    return { none: `不予奖励：${e.label}`, basis: e.basis };
  }
  if (!parsed.isFirst) {
    return { none: '不予奖励：同一事项已有更早受理的举报，奖励只给最先受理的举报人', basis: REWARD_RULES.firstTipster.basis };
  }
  if (parsed.kind === 'hazardOrIllegal') {
    const rule = REWARD_RULES.fineBased;
    if (parsed.finesFen === 0) {
      return { none: '不予奖励：举报引出的案件未处罚款，无可计算的奖励金额', basis: rule.basis };
    }
    const { exactCentiFen, roundedFen } = fifteenPercent(parsed.finesFen);
    const exact =
      exactCentiFen % 100n === 0n
        ? `${formatYuan(roundedFen)} 元`
        : `${formatYuan(exactCentiFen / 100n)}${(exactCentiFen % 100n).toString().padStart(2, '0')} 元，四舍五入到分为 ${formatYuan(roundedFen)} 元`;
    const { amountFen, note } = clampNote(roundedFen, rule.minFen, rule.maxFen);
    return {
      amountFen,
      basis: rule.basis,
      computation: `罚款 ${formatYuan(parsed.finesFen)} 元 × ${(rule.rateNumerator * 100) / rule.rateDenominator}% = ${exact}${note}`,
    };
  }
  const rule = REWARD_RULES.deathBased;
  if (parsed.concealedDeaths === 0) {
    return { none: '不予奖励：未查实瞒报、谎报的死亡人数', basis: rule.basis };
  }
  const perDeath = rule.perDeathFen[parsed.grade];
  const total = BigInt(perDeath) * BigInt(parsed.concealedDeaths);
  const { amountFen, note } = clampNote(total, null, rule.maxFen);
  return {
    amountFen,
    basis: rule.basis,
    computation: `${ACCIDENT_GRADE_LABELS[parsed.grade]}每查实瞒报谎报 1 人 ${formatYuan(perDeath)} 元 × ${parsed.concealedDeaths} 人 = ${formatYuan(total)} 元${note}`,
  };
}

/**
 * The first tipster of a matter: the tip received earliest. Tips received at the same millisecond are ordered by
 * id, compared code unit by code unit (the plain `<` on strings, not locale collation), so the answer does not
 * depend on the order of the list or on the server's locale. Returns null for no tips; throws on an invalid date.
 */
export function firstTipster(tips: readonly { id: string; receivedAt: Date }[]): string | null {
  let best: { id: string; t: number } | null = null;
  for (const tip of tips) {
    const t = tip.receivedAt.getTime();
    if (Number.isNaN(t)) throw new RangeError(`举报 ${tip.id} 的受理时间无效`);
    if (best === null || t < best.t || (t === best.t && tip.id < best.id)) best = { id: tip.id, t };
  }
  return best?.id ?? null;
}
