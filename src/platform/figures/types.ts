// 统计口径 (figureDefinition): each module declares the figures it answers for, computed from its
// own tables for an org subtree and a period of China dates; the report module only reads these
// (its manifest never names another module's tables). A figure's definition says what is
// counted, by which date and for which orgs, as the yearly report's annex prints it.
import type { Executor } from '../db/index.js';

/** Where the yearly report and the 统计分析 page place a figure. */
export const FIGURE_SECTIONS = {
  inspection: '监督检查',
  hazard: '隐患排查整治',
  penalty: '行政处罚',
  procedure: '执法程序与三项制度',
  tips: '举报投诉',
  licensing: '行政许可',
  followUps: '执法回访',
  credit: '信用监管',
  oversight: '执法监督',
  people: '执法队伍',
} as const;
export type FigureSection = keyof typeof FIGURE_SECTIONS;

/** How a figure is counted and shown: a whole number of things, money (万元), a rate (%), or an average of working days. */
export type FigureUnit = 'times' | 'enterprises' | 'cases' | 'items' | 'persons' | 'wanYuan' | 'percent' | 'workdays' | 'points';

export const UNIT_NAMES: Record<FigureUnit, string> = {
  times: '次',
  enterprises: '家',
  cases: '件',
  items: '项',
  persons: '人',
  wanYuan: '万元',
  percent: '%',
  workdays: '个工作日',
  points: '分',
};

/** The org subtree (the org and everything below it) and the period, both ends included. */
export interface FigureScope {
  orgId: string;
  orgPath: string;
  from: string;
  to: string;
}

export interface FigureDefinition {
  /** Stable code printed beside the figure in the report: `cases.penalties`. */
  code: string;
  name: string;
  unit: FigureUnit;
  section: FigureSection;
  /** 口径: what is counted, by which date, for which org; and the rounding rule for a rate or money. */
  definition: string;
  /** The web list that shows exactly the records counted, for the scope (the drill-down), if one does. */
  drill?: (scope: FigureScope) => string;
  /** The capability that list needs to show every row the figure counts; without it no drill is offered. */
  drillNeeds?: string;
}

/** What a module measures: a count, money in integer fen, or a rate (or an average: days over things) as its two counts. */
export type Measure = { count: number } | { fen: number } | { part: number; whole: number };

export interface FigureSet {
  definitions: readonly FigureDefinition[];
  /** Every defined code's measure for the scope, from the module's own tables. */
  measure(ex: Executor, scope: FigureScope): Promise<Record<string, Measure>>;
}
