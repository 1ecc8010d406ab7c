// Types of the legal catalogue (法律法规、条款、违法行为). Pure data: amounts are whole yuan,
// dates are YYYY-MM-DD (China's calendar), a provision is cited by article/paragraph/item.

/** Every instrument the catalogue cites; each has exactly one record in LAWS (data/work-safety-law.ts). */
export const LAW_CODES = [
  'work-safety-law-2021',
  'administrative-penalty-law-2021',
  'hazardous-chemicals-regulation-2013',
  'dust-explosion-rule-2021',
] as const;
export type LawCode = (typeof LAW_CODES)[number];

/** 法律法规规章: one record per instrument and version. */
export interface Law {
  code: LawCode;
  title: string;
  issuer: string;
  versionLabel: string;
  promulgatedOn: string;
  effectiveFrom: string;
  effectiveTo: string | null;
}

/** 条款: paragraph (款) and item (项) only where the duty or penalty sits in one. */
export interface ProvisionRef {
  lawCode: LawCode;
  article: number;
  paragraph?: number;
  item?: number;
}

export interface Provision extends ProvisionRef {
  /** Our own short Chinese wording, not the statute's text. */
  summary: string;
}

/** Inclusive on both ends (以上、以下含本数); a "处X元以下" range has min 0. */
export interface FineRange {
  min: number;
  max: number;
}

/** Measures other than fines that the punishing provision orders, with their Chinese labels. */
export const MEASURES = {
  orderCorrection: '责令改正（限期改正）',
  eliminateHazard: '责令立即消除或者限期消除事故隐患',
  provideFunds: '责令限期提供必需的资金',
  suspendForRectification: '责令停产停业整顿',
  suspendBusiness: '责令停产停业',
  stopConstruction: '责令停止建设',
  confiscateGains: '没收违法所得',
  revokeLicence: '吊销有关证照（资质证书）',
  suspendQualification: '暂停或者吊销与安全生产有关的资格',
  dailyPenalty: '按日连续处罚',
  closure: '提请地方人民政府予以关闭',
  occupationalBan: '主要负责人职业禁入',
} as const;
export type MeasureCode = keyof typeof MEASURES;

/** 生产安全事故报告和调查处理条例 第三条. */
export type AccidentGrade = 'general' | 'larger' | 'major' | 'especiallyMajor';
export const ACCIDENT_GRADE_ZH: Record<AccidentGrade, string> = {
  general: '一般事故',
  larger: '较大事故',
  major: '重大事故',
  especiallyMajor: '特别重大事故',
};

/**
 * A fine the statute states as a formula rather than a range. `party` is whose fine it is; the
 * other party's fine (if any) stays a plain range on the violation type.
 */
export type Formula =
  /** 第一百一十四条: a range per accident grade; 情节特别严重、影响特别恶劣 multiplies it. */
  | { kind: 'accidentGrade'; party: 'unit'; ranges: Record<AccidentGrade, FineRange>; aggravatedMultiple: FineRange }
  /** 第一百一十条, 第九十六条: a percentage range of last year's income. */
  | { kind: 'incomeShare'; party: 'person'; percent: FineRange }
  /** 第九十五条: a fixed percentage of last year's income per accident grade. */
  | { kind: 'incomeShareByAccidentGrade'; party: 'person'; percent: Record<AccidentGrade, number> }
  /** 第一百零三条: gains ≥ threshold → a multiple of gains, otherwise a plain range. */
  | { kind: 'illegalGains'; party: 'unit'; threshold: number; multiple: FineRange; otherwise: FineRange }
  /** 第一百一十二条: the original amount again for every day of refusal. */
  | { kind: 'dailyRepeat'; party: 'unit' };

export type Party = 'unit' | 'person';

/** 违法行为: the provision breached, the one that punishes, and what it allows. */
export interface ViolationType {
  /** 'WSL-<article>-<item>', or -<paragraph> where the article has no items. */
  code: string;
  title: string;
  /** null where the breach is whatever underlies the penalty (事故, 拒不改正). */
  breachedProvision: ProvisionRef | null;
  punishingProvision: ProvisionRef;
  unitFine: FineRange | null;
  personFine: FineRange | null;
  /** Who the personal fine falls on, as the statute names them. */
  personRole?: string;
  /** 逾期未改正 / 拒不改正 / 拒不执行: what the statute adds or substitutes. */
  ifNotCorrected: { unitFine?: FineRange; personFine?: FineRange; measures?: MeasureCode[] } | null;
  measures: MeasureCode[];
  formula?: Formula;
  note?: string;
}
