import { z } from 'zod';
import { FIGURE_SECTIONS } from '../../platform/figures/types.js';

const day = z.iso.date();

export const figuresQuery = z
  .object({
    /** The org whose subtree is counted; the caller's own org when absent. */
    orgId: z.uuid().optional(),
    from: day,
    to: day,
  })
  .refine((q) => q.from <= q.to, { message: '截止日期不能早于起始日期', path: ['to'] });
export type FiguresQuery = z.infer<typeof figuresQuery>;

export const figureOut = z.object({
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  /** 次, 家, 万元, % … */
  unitName: z.string(),
  definition: z.string(),
  /** As the report prints it: "295", "725.67", "95.90", "—". */
  text: z.string(),
  /** The counts behind it: a count, money in fen, or a rate's part and whole. */
  count: z.number().optional(),
  fen: z.number().optional(),
  part: z.number().optional(),
  whole: z.number().optional(),
  /** The web list of exactly the records counted, when the owning module has one. */
  drill: z.string().nullable(),
  /** The module that answers for it. */
  module: z.string(),
});
export type FigureOut = z.infer<typeof figureOut>;

export const figuresOut = z.object({
  orgId: z.string(),
  orgName: z.string(),
  from: z.string(),
  to: z.string(),
  sections: z.array(
    z.object({
      section: z.enum(Object.keys(FIGURE_SECTIONS) as [keyof typeof FIGURE_SECTIONS]),
      name: z.string(),
      figures: z.array(figureOut),
    }),
  ),
});
export type FiguresOut = z.infer<typeof figuresOut>;
