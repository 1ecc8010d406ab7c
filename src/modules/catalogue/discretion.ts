import { type Benchmark, type CircumstanceGrade, GRADES, GRADE_ZH, type Stage, benchmarkProblem, statutoryRange } from './benchmark.js';
import { cite, citeAll, rangeText } from './citation.js';
import { ACCIDENT_GRADE_ZH, type FineRange, type Formula, MEASURES, type MeasureCode, type Party, type ProvisionRef, type ViolationType } from './law/types.js';

// The discretion calculator (自由裁量计算). Pure: the same input gives the same decision text.

export type Harm = 'none' | 'slight' | 'harmful' | 'serious';

export interface Facts {
  /** 违法行为轻微: the officer's finding on the nature of the act (e.g. listed as such in the
   * published 不予处罚清单); harmlessness alone does not make an act minor (行政处罚法 第三十三条). */
  minorInNature: boolean;
  firstOffence: boolean;
  /** 及时改正: corrected on the spot or within the time allowed. */
  correctedPromptly: boolean;
  harmCaused: Harm;
  repeatOffence: boolean;
  /** 阻碍执法: refusing, obstructing or deceiving the investigation. */
  obstruction: boolean;
  refusedToCorrect: boolean;
  /** 行政处罚法 第三十二条第一项至第四项. */
  activelyReducedHarm: boolean;
  coerced: boolean;
  confessed: boolean;
  cooperatedWithMerit: boolean;
}

export interface DiscretionInput {
  violation: ViolationType;
  benchmark: Benchmark;
  party: Party;
  facts: Facts;
  /** Defaults to 'initial'. */
  stage?: Stage;
}

export type DiscretionResult =
  | { outcome: 'noPenalty'; grade: 'minor'; mandatory: boolean; legalBasis: ProvisionRef[]; reasons: string }
  | { outcome: 'penalty'; grade: CircumstanceGrade; range: FineRange; suggested: number; measures: MeasureCode[]; legalBasis: ProvisionRef[]; reasons: string }
  /** The calculator does not decide: a formula fine, no fine for this party, or a bad benchmark. */
  | { outcome: 'refused'; reason: 'formula' | 'noFine' | 'benchmark'; formula?: Formula['kind']; message: string };

const APL = 'administrative-penalty-law-2021' as const;
const APL_32_ITEMS = [
  ['activelyReducedHarm', 1, '主动消除或者减轻违法行为危害后果'],
  ['coerced', 2, '受他人胁迫或者诱骗实施违法行为'],
  ['confessed', 3, '主动供述行政机关尚未掌握的违法行为'],
  ['cooperatedWithMerit', 4, '配合行政机关查处违法行为有立功表现'],
] as const;
const AGGRAVATING = [
  ['repeatOffence', '系再次违法'],
  ['obstruction', '有拒绝、阻碍执法情节'],
  ['refusedToCorrect', '拒不改正'],
] as const;
const HARM_ZH: Record<Harm, string> = { none: '未造成危害后果', slight: '危害后果轻微', harmful: '造成了危害后果', serious: '造成了严重危害后果' };
const HARM_BASE: Record<Harm, number> = { none: 0, slight: 1, harmful: 2, serious: 3 };

const FORMULA_NEEDS: Record<Formula['kind'], string> = {
  accidentGrade: '按事故等级确定，须先认定事故等级（及是否情节特别严重、影响特别恶劣）',
  incomeShare: '按当事人上一年年收入的比例确定，须先查明其上一年年收入',
  incomeShareByAccidentGrade: `按事故等级（${Object.values(ACCIDENT_GRADE_ZH).join('、')}）对应的上一年年收入比例确定，须先认定事故等级并查明年收入`,
  illegalGains: '按违法所得确定，须先查明违法所得数额',
  dailyRepeat: '按原处罚数额按日连续计算，须先确定原处罚数额和拒不改正的天数',
};

/**
 * How facts decide the outcome (stage 'initial' unless noted):
 * 不予处罚 — never with an aggravating fact (再次违法, 阻碍执法, 拒不改正) or at stage 'notCorrected':
 *   mandatory (第三十三条第一款前段): minorInNature, no harm, corrected promptly;
 *   discretionary (后段, 首违不罚): first offence, harm none or slight, corrected promptly.
 * Otherwise the grade:
 *   1. from harm: none → 轻微 if minorInNature else 一般; slight → 一般; harmful → 较重; serious → 严重;
 *   2. any 第三十二条 fact and no aggravating fact → one grade lower (从轻), not below 轻微;
 *   3. one aggravating fact → at least 较重; two or more → 严重 (after step 2, so 从轻 cannot undo it).
 * Suggested amount: the band's midpoint moved by 1/8 of the band toward its lower edge per
 * mitigating fact (each 第三十二条 fact, first offence, prompt correction) and toward its upper
 * edge per aggravating fact, capped at the edges, rounded to whole hundreds; never 0 yuan.
 */
export function discretion(input: DiscretionInput): DiscretionResult {
  const { violation: v, benchmark: b, party, facts } = input;
  const stage = input.stage ?? 'initial';
  if (v.formula?.party === party) {
    return { outcome: 'refused', reason: 'formula', formula: v.formula.kind, message: `该违法行为的罚款${FORMULA_NEEDS[v.formula.kind]}，不适用裁量基准` };
  }
  const statutory = statutoryRange(v, party, stage);
  if (!statutory) {
    const later = stage === 'initial' && statutoryRange(v, party, 'notCorrected') ? '，逾期未改正或者拒不改正的方可罚款' : '';
    return { outcome: 'refused', reason: 'noFine', message: `依照${cite(v.punishingProvision)}，此阶段不对${partyZh(v, party)}处以罚款${later}` };
  }
  const problem = (b.stage ?? 'initial') !== stage ? '裁量基准适用阶段与本案不一致' : benchmarkProblem(v, b);
  if (problem) return { outcome: 'refused', reason: 'benchmark', message: problem };

  const aggravating = AGGRAVATING.filter(([k]) => facts[k]);
  const mitigating32 = APL_32_ITEMS.filter(([k]) => facts[k]);
  const breach = v.breachedProvision ? [v.breachedProvision] : [];
  const opening = `当事人${v.title}的行为${v.breachedProvision ? `，违反了${cite(v.breachedProvision)}的规定` : ''}。经查，${factText(facts)}。`;

  const clean = aggravating.length === 0 && stage === 'initial' && facts.correctedPromptly;
  const mandatory = clean && facts.minorInNature && facts.harmCaused === 'none';
  const firstTime = clean && facts.firstOffence && (facts.harmCaused === 'none' || facts.harmCaused === 'slight');
  if (mandatory || firstTime) {
    const basis = [...breach, { lawCode: APL, article: 33, paragraph: 1 }, { lawCode: APL, article: 33, paragraph: 3 }];
    const rule = mandatory ? '违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚' : '初次违法且危害后果轻微并及时改正的，可以不予行政处罚';
    const reasons = `${opening}依照${cite(basis.at(-2)!)}“${rule}”的规定，${mandatory ? '决定' : '拟'}不予行政处罚，并依照${cite(basis.at(-1)!)}的规定对当事人进行教育。`;
    return { outcome: 'noPenalty', grade: 'minor', mandatory, legalBasis: basis, reasons };
  }

  let level = facts.harmCaused === 'none' && !facts.minorInNature ? 1 : HARM_BASE[facts.harmCaused];
  if (mitigating32.length > 0 && aggravating.length === 0) level = Math.max(0, level - 1);
  if (aggravating.length === 1) level = Math.max(level, 2);
  if (aggravating.length >= 2) level = 3;
  const grade = GRADES[level];
  const band = b.grades[level][party === 'unit' ? 'unitFine' : 'personFine']!;
  const suggested = suggest(band, mitigating32.length + Number(facts.firstOffence) + Number(facts.correctedPromptly), aggravating.length);

  const art32 = mitigating32.map(([, item]) => ({ lawCode: APL, article: 32, item }) as ProvisionRef);
  const art34: ProvisionRef = { lawCode: APL, article: 34 };
  const measures = stage === 'initial' ? v.measures : [...v.measures, ...(v.ifNotCorrected?.measures ?? [])];
  const reasons =
    opening +
    `依照${cite(v.punishingProvision)}的规定，${stage === 'initial' ? '' : '逾期未改正或者拒不改正的，'}对${partyZh(v, party)}可处${rangeText(statutory)}的罚款。` +
    `综合上述情节，认定违法情节为“${GRADE_ZH[grade]}”，依照${cite(art34)}及所适用的行政处罚裁量基准（${b.grades[level].circumstances}），罚款幅度为${rangeText(band)}。` +
    (art32.length ? `当事人${mitigating32.map(([, , zh]) => zh).join('、')}，依照${citeAll(art32)}的规定，应当从轻处罚。` : '') +
    `综上，拟对${partyZh(v, party)}处罚款人民币${suggested}元` +
    (measures.length ? `，并${measures.map((m) => MEASURES[m]).join('、')}。` : '。');
  return { outcome: 'penalty', grade, range: band, suggested, measures, legalBasis: [...breach, v.punishingProvision, art34, ...art32], reasons };
}

function suggest(band: FineRange, mitigating: number, aggravating: number): number {
  const position = Math.min(1, Math.max(0, 0.5 + (aggravating - mitigating) / 8));
  const rounded = Math.round((band.min + (band.max - band.min) * position) / 100) * 100;
  // A "处X元以下" band starts at 0, and a fine of 0 yuan is no fine.
  const floor = band.min > 0 ? band.min : Math.min(100, band.max);
  return Math.min(band.max, Math.max(floor, rounded));
}

function partyZh(v: ViolationType, party: Party): string {
  return party === 'unit' ? '生产经营单位' : (v.personRole ?? '直接负责的主管人员和其他直接责任人员');
}

function factText(f: Facts): string {
  const parts = [
    f.repeatOffence ? '当事人系再次违法' : f.firstOffence ? '当事人系初次违法' : '当事人非初次违法',
    ...(f.minorInNature ? ['违法行为轻微'] : []),
    f.correctedPromptly ? '已及时改正' : '未及时改正',
    HARM_ZH[f.harmCaused],
    ...AGGRAVATING.filter(([k]) => k !== 'repeatOffence' && f[k]).map(([, zh]) => zh),
  ];
  return parts.join('，');
}
