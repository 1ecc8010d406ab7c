import { cite } from './citation.js';
import type { AccidentGrade, FineRange, ViolationType } from './law/types.js';

// Statutory fines stated as formulas (第九十五、九十六、一百零三、一百一十、一百一十二、一百一十四条).
// The discretion calculator refuses these rows; this turns the figures a case establishes into
// the statutory range, which the case then decides within and 法制审核 checks.

export interface FormulaFigures {
  accidentGrade?: AccidentGrade;
  /** 第一百一十四条第二款: 情节特别严重、影响特别恶劣. */
  especiallySerious?: boolean;
  /** Whole yuan. */
  lastYearIncome?: number;
  /** Whole yuan; 0 when there were none. */
  illegalGains?: number;
  /** 第一百一十二条: the amount of the original fine and the days of refusal. */
  originalAmount?: number;
  days?: number;
}

export type FormulaResult = { range: FineRange } | { problem: string };

const wholeYuan = (n: number | undefined): n is number => n !== undefined && Number.isInteger(n) && n >= 0;

/** The statutory range of `v`'s formula fine for these figures, in whole yuan. */
export function formulaRange(v: ViolationType, figures: FormulaFigures): FormulaResult {
  const f = v.formula;
  if (!f) return { problem: `${v.code} 的罚款为法定幅度，无需计算` };
  const basis = cite(v.punishingProvision);
  switch (f.kind) {
    case 'accidentGrade': {
      if (!figures.accidentGrade) return { problem: `依照${basis}，须先认定事故等级` };
      const r = f.ranges[figures.accidentGrade];
      return { range: figures.especiallySerious ? { min: r.min * f.aggravatedMultiple.min, max: r.max * f.aggravatedMultiple.max } : r };
    }
    case 'incomeShare': {
      if (!wholeYuan(figures.lastYearIncome)) return { problem: `依照${basis}，须先查明上一年年收入（整数元）` };
      // Inward rounding keeps both ends inside the statutory percentages.
      const income = figures.lastYearIncome;
      return { range: { min: Math.ceil((income * f.percent.min) / 100), max: Math.floor((income * f.percent.max) / 100) } };
    }
    case 'incomeShareByAccidentGrade': {
      if (!figures.accidentGrade || !wholeYuan(figures.lastYearIncome)) return { problem: `依照${basis}，须先认定事故等级并查明上一年年收入（整数元）` };
      const amount = Math.round((figures.lastYearIncome * f.percent[figures.accidentGrade]) / 100);
      return { range: { min: amount, max: amount } };
    }
    case 'illegalGains': {
      if (!wholeYuan(figures.illegalGains)) return { problem: `依照${basis}，须先查明违法所得数额（没有的填0）` };
      const gains = figures.illegalGains;
      return { range: gains >= f.threshold ? { min: gains * f.multiple.min, max: gains * f.multiple.max } : f.otherwise };
    }
    case 'dailyRepeat': {
      const { originalAmount, days } = figures;
      if (!wholeYuan(originalAmount) || originalAmount === 0 || !wholeYuan(days) || days === 0) {
        return { problem: `依照${basis}，须先确定原处罚数额和拒不改正的天数` };
      }
      return { range: { min: originalAmount * days, max: originalAmount * days } };
    }
  }
}
