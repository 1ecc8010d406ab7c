import { lawOf, rangeText } from './citation.js';
import type { FineRange, Party, ViolationType } from './law/types.js';

// 自由裁量基准: the statutory range of one violation type split into four 违法情节 grades
// (行政处罚法 第三十四条; 应急管理行政裁量权基准暂行规定, 应急管理部令第12号). Pure: no clock.

export type CircumstanceGrade = 'minor' | 'ordinary' | 'serious' | 'severe';
export const GRADES: readonly CircumstanceGrade[] = ['minor', 'ordinary', 'serious', 'severe'];
export const GRADE_ZH: Record<CircumstanceGrade, string> = { minor: '轻微', ordinary: '一般', serious: '较重', severe: '严重' };

/** 'initial': the fine imposed with the order to correct; 'notCorrected': 逾期未改正 / 拒不改正. */
export type Stage = 'initial' | 'notCorrected';

export interface BenchmarkGrade {
  grade: CircumstanceGrade;
  unitFine: FineRange | null;
  personFine: FineRange | null;
  /** When this grade applies, in Chinese, as published. */
  circumstances: string;
}

export interface Benchmark {
  violationTypeCode: string;
  /** Absent means 'initial'. */
  stage?: Stage;
  effectiveFrom: string;
  /** Last day in force (inclusive), or null while in force. */
  effectiveTo: string | null;
  /** null: the national or provincial default; otherwise the org that refined it. */
  orgId: string | null;
  grades: BenchmarkGrade[];
}

const PARTY_ZH: Record<Party, string> = { unit: '单位', person: '个人' };
const stageOf = (b: Benchmark): Stage => b.stage ?? 'initial';

/** The fine the statute allows `party` at `stage`; null when it sets none, or only a formula. */
export function statutoryRange(v: ViolationType, party: Party, stage: Stage): FineRange | null {
  if (v.formula?.party === party) return null;
  if (stage === 'initial') return party === 'unit' ? v.unitFine : v.personFine;
  return (party === 'unit' ? v.ifNotCorrected?.unitFine : v.ifNotCorrected?.personFine) ?? null;
}

const CIRCUMSTANCES: Record<CircumstanceGrade, string> = {
  minor: '违法行为轻微，没有造成危害后果，或者经从轻后降为本档',
  ordinary: '危害后果轻微，或者不属于其他档次的一般情形',
  serious: '造成危害后果，或者有再次违法、拒不改正、阻碍执法中的一项从重情节',
  severe: '造成严重危害后果，或者有两项以上从重情节',
};

// No published split was found to copy (应急〔2024〕90号's tables were not available), so the
// default takes quarters of the statutory range, edges rounded to whole hundreds. Adjacent grades
// share their edge amount, as benchmarks write "2.5万元以上5万元以下" then "5万元以上…"
// (以上、以下含本数). A "处X元以下" range starts at 0; the calculator never suggests 0.
function quarters(r: FineRange): FineRange[] {
  const edge = (k: number) => (k === 0 ? r.min : k === 4 ? r.max : Math.round((r.min + ((r.max - r.min) * k) / 4) / 100) * 100);
  return [0, 1, 2, 3].map((k) => ({ min: edge(k), max: edge(k + 1) }));
}

/** The default benchmark a province publishes until it writes its own. */
export function defaultBenchmark(v: ViolationType, effectiveFrom: string, stage: Stage = 'initial'): Benchmark {
  const unit = statutoryRange(v, 'unit', stage);
  const person = statutoryRange(v, 'person', stage);
  const unitBands = unit ? quarters(unit) : null;
  const personBands = person ? quarters(person) : null;
  return {
    violationTypeCode: v.code,
    ...(stage === 'initial' ? {} : { stage }),
    effectiveFrom,
    effectiveTo: null,
    orgId: null,
    grades: GRADES.map((grade, i) => ({
      grade,
      unitFine: unitBands ? unitBands[i] : null,
      personFine: personBands ? personBands[i] : null,
      circumstances: CIRCUMSTANCES[grade],
    })),
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
function isDate(s: string): boolean {
  return DATE.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;
}

function periodProblem(b: Benchmark): string | null {
  if (!isDate(b.effectiveFrom)) return `生效日期 ${b.effectiveFrom} 不是有效日期（YYYY-MM-DD）`;
  if (b.effectiveTo !== null && !isDate(b.effectiveTo)) return `失效日期 ${b.effectiveTo} 不是有效日期（YYYY-MM-DD）`;
  if (b.effectiveTo !== null && b.effectiveTo < b.effectiveFrom) return '失效日期不得早于生效日期';
  return null;
}

/** Why benchmark `b` cannot be used for violation type `v`, or null. */
export function benchmarkProblem(v: ViolationType, b: Benchmark): string | null {
  if (b.violationTypeCode !== v.code) return `裁量基准所属违法行为 ${b.violationTypeCode} 与 ${v.code} 不一致`;
  const period = periodProblem(b);
  if (period) return period;
  const law = lawOf(v.punishingProvision.lawCode);
  if (b.effectiveFrom < law.effectiveFrom) return `裁量基准生效日期不得早于《${law.title}》施行日期 ${law.effectiveFrom}`;
  if (law.effectiveTo && (b.effectiveTo === null || b.effectiveTo > law.effectiveTo)) return `裁量基准不得在《${law.title}》失效后继续施行`;
  // The calculator can land on any grade, so each needs its band.
  if (b.grades.map((g) => g.grade).join() !== GRADES.join()) return '裁量基准须依次设轻微、一般、较重、严重四个情节档次';
  const empty = b.grades.find((g) => !g.circumstances.trim());
  if (empty) return `“${GRADE_ZH[empty.grade]}”档次须写明适用情形`;
  const stage = stageOf(b);
  let fined = false;
  for (const party of ['unit', 'person'] as const) {
    const statutory = statutoryRange(v, party, stage);
    fined ||= statutory !== null;
    const problem = bandsProblem(b.grades, party, statutory);
    if (problem) return problem;
  }
  return fined ? null : '该违法行为在此阶段不设固定幅度的罚款，无需裁量基准';
}

const bandOf = (g: BenchmarkGrade, party: Party) => (party === 'unit' ? g.unitFine : g.personFine);

function bandsProblem(grades: BenchmarkGrade[], party: Party, statutory: FineRange | null): string | null {
  const who = PARTY_ZH[party];
  let prev: FineRange | null = null;
  for (const g of grades) {
    const band = bandOf(g, party);
    const name = `“${GRADE_ZH[g.grade]}”档次`;
    if (!statutory) {
      if (band) return `该违法行为依法不对${who}处以固定幅度的罚款，${name}不得设${who}罚款`;
      continue;
    }
    if (!band) return `${name}缺少${who}罚款幅度`;
    if (!Number.isInteger(band.min) || !Number.isInteger(band.max)) return `${name}${who}罚款须为整数元`;
    if (band.min > band.max) return `${name}${who}罚款下限不得高于上限`;
    if (band.max <= 0) return `${name}${who}罚款上限须大于0元`;
    if (band.min < statutory.min) return `${name}${who}罚款下限 ${band.min} 元低于法定下限 ${statutory.min} 元`;
    if (band.max > statutory.max) return `${name}${who}罚款上限 ${band.max} 元超出法定上限 ${statutory.max} 元`;
    if (prev && band.min < prev.max) return `${name}与上一档次的${who}罚款幅度重叠或者倒置`;
    prev = band;
  }
  return null;
}

const within = (inner: FineRange | null, outer: FineRange | null) =>
  inner === null ? outer === null : outer !== null && inner.min >= outer.min && inner.max <= outer.max;

/** Why a city's refinement `child` does not lie within the province's `parent`, or null. */
export function refinementProblem(parent: Benchmark, child: Benchmark): string | null {
  if (child.violationTypeCode !== parent.violationTypeCode || stageOf(child) !== stageOf(parent)) return '细化基准与上级基准不属于同一违法行为';
  if (child.orgId === null || child.orgId === parent.orgId) return '细化基准须由下级机关制定';
  const period = periodProblem(child);
  if (period) return period;
  if (child.effectiveFrom < parent.effectiveFrom) return '细化基准的生效日期不得早于上级基准';
  if (parent.effectiveTo !== null && (child.effectiveTo === null || child.effectiveTo > parent.effectiveTo)) {
    return `上级基准于 ${parent.effectiveTo} 失效，细化基准不得晚于该日失效`;
  }
  if (child.grades.map((g) => g.grade).join() !== parent.grades.map((g) => g.grade).join()) return '细化基准的情节档次须与上级基准一致';
  for (const [i, g] of child.grades.entries()) {
    const p = parent.grades[i];
    for (const party of ['unit', 'person'] as const) {
      const [c, o] = [bandOf(g, party), bandOf(p, party)];
      if (!within(c, o)) {
        const allowed = o ? rangeText(o) : '不设罚款';
        return `“${GRADE_ZH[g.grade]}”档次${PARTY_ZH[party]}罚款须在上级基准幅度内（${allowed}）`;
      }
    }
  }
  return null;
}

/**
 * The benchmark in force on `onDate` (the day of the violation) for the most specific org:
 * `orgChain` lists org ids from the deciding org up to the province; the default (orgId null)
 * is the last resort. Within one org the latest effectiveFrom wins.
 */
export function benchmarkInForce(
  benchmarks: readonly Benchmark[],
  violationTypeCode: string,
  orgChain: readonly string[],
  onDate: string,
  stage: Stage = 'initial',
): Benchmark | null {
  const inForce = benchmarks.filter(
    (b) =>
      b.violationTypeCode === violationTypeCode && stageOf(b) === stage && b.effectiveFrom <= onDate && (b.effectiveTo === null || onDate <= b.effectiveTo),
  );
  for (const org of [...orgChain, null]) {
    const mine = inForce.filter((b) => b.orgId === org).sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
    if (mine[0]) return mine[0];
  }
  return null;
}

export interface OutsideBenchmark {
  allowed: boolean;
  needsLegalReview: boolean;
  problem?: string;
}

/** Minimum length of the written reasons for leaving the benchmark grade's range. */
export const MIN_REASONS_LENGTH = 10;

/**
 * A fine outside the grade's band stands only with written reasons and goes to 法制审核; outside
 * the statutory range it never stands (行政处罚法 第三十四条 binds the org to its own benchmark,
 * the statute binds everyone).
 */
export function fineOutsideBenchmark(ranges: { grade: FineRange; statutory: FineRange }, amount: number, writtenReasons?: string): OutsideBenchmark {
  if (!Number.isInteger(amount) || amount <= 0) return { allowed: false, needsLegalReview: false, problem: '罚款金额须为正整数元' };
  const { grade, statutory } = ranges;
  if (amount < statutory.min || amount > statutory.max) {
    return { allowed: false, needsLegalReview: false, problem: `罚款金额 ${amount} 元超出法定幅度（${rangeText(statutory)}）` };
  }
  if (amount >= grade.min && amount <= grade.max) return { allowed: true, needsLegalReview: false };
  if ([...(writtenReasons ?? '').trim()].length < MIN_REASONS_LENGTH) {
    return {
      allowed: false,
      needsLegalReview: false,
      problem: `罚款金额超出裁量基准幅度（${rangeText(grade)}），须书面说明理由（不少于${MIN_REASONS_LENGTH}字）`,
    };
  }
  return { allowed: true, needsLegalReview: true };
}
