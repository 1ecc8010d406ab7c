// 统计分析 dashboard: the figures month by month through a year, and side by side for the orgs
// directly below one. Each figure's name, unit and 口径 come once (`definitions`); the series
// carry only values, so twelve months do not repeat thirty definitions each.
import { z } from 'zod';
import { FIGURE_SECTIONS } from '../../platform/figures/types.js';
import { figureOut } from './contract.js';

export const trendsQuery = z.object({
  /** The org whose subtree is counted; the caller's own org when absent. */
  orgId: z.uuid().optional(),
  year: z.coerce.number().int().min(2000).max(2100),
});
export type TrendsQuery = z.infer<typeof trendsQuery>;

/** A figure's value in one scope: its printed text and the counts behind it. */
export const figureValue = figureOut.pick({ code: true, text: true, count: true, fen: true, part: true, whole: true });
export type FigureValue = z.infer<typeof figureValue>;

export const figureDefinitionOut = figureOut
  .pick({ code: true, name: true, unit: true, unitName: true, definition: true })
  .extend({ section: z.enum(Object.keys(FIGURE_SECTIONS) as [keyof typeof FIGURE_SECTIONS]), sectionName: z.string() });
export type FigureDefinitionOut = z.infer<typeof figureDefinitionOut>;

export const trendsOut = z.object({
  orgId: z.string(),
  orgName: z.string(),
  year: z.number(),
  definitions: z.array(figureDefinitionOut),
  /** January to December, each the month's first to last day (China dates). */
  months: z.array(z.object({ month: z.number(), from: z.string(), to: z.string(), figures: z.array(figureValue) })),
});
export type TrendsOut = z.infer<typeof trendsOut>;

export const rankingOut = z.object({
  orgId: z.string(),
  orgName: z.string(),
  from: z.string(),
  to: z.string(),
  definitions: z.array(figureDefinitionOut),
  /** The orgs directly below, each counted over its own subtree; the parent's own records are in none of them. */
  children: z.array(z.object({ orgId: z.string(), orgName: z.string(), shortName: z.string(), figures: z.array(figureValue) })),
});
export type RankingOut = z.infer<typeof rankingOut>;
