import { z } from 'zod';
import { GRADES } from './benchmark.js';

// Shared by server and web. The statute's own data are served as they are in data/ and
// standards/ (typed there); these schemas cover what users send and the benchmark records.

const isoDate = z.iso.date({ error: '须为 YYYY-MM-DD 格式的日期' });
const yuan = z.number().int({ error: '金额须为整数元' }).min(0).max(100_000_000);
export const fineRange = z.object({ min: yuan, max: yuan });

export const benchmarkGradeIn = z.object({
  grade: z.enum(GRADES as unknown as ['minor', 'ordinary', 'serious', 'severe']),
  unitFine: fineRange.nullable(),
  personFine: fineRange.nullable(),
  circumstances: z.string().trim().min(2).max(500),
});

export const STAGES = ['initial', 'notCorrected'] as const;

export const saveBenchmarkIn = z.object({
  violationTypeCode: z.string().trim().min(3).max(40),
  stage: z.enum(STAGES).default('initial'),
  orgId: z.uuid(),
  effectiveFrom: isoDate,
  grades: z.array(benchmarkGradeIn).length(4, { error: '须依次设轻微、一般、较重、严重四个档次' }),
  basisDocument: z.string().trim().min(4).max(200),
});
export type SaveBenchmarkIn = z.infer<typeof saveBenchmarkIn>;

export const benchmarkOut = z.object({
  id: z.uuid().nullable(),
  violationTypeCode: z.string(),
  stage: z.enum(STAGES),
  orgId: z.uuid().nullable(),
  orgName: z.string(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  grades: z.array(benchmarkGradeIn),
  basisDocument: z.string(),
});
export type BenchmarkOut = z.infer<typeof benchmarkOut>;

export const factsIn = z.object({
  minorInNature: z.boolean().default(false),
  firstOffence: z.boolean().default(false),
  correctedPromptly: z.boolean().default(false),
  harmCaused: z.enum(['none', 'slight', 'harmful', 'serious']).default('none'),
  repeatOffence: z.boolean().default(false),
  obstruction: z.boolean().default(false),
  refusedToCorrect: z.boolean().default(false),
  activelyReducedHarm: z.boolean().default(false),
  coerced: z.boolean().default(false),
  confessed: z.boolean().default(false),
  cooperatedWithMerit: z.boolean().default(false),
});

export const discretionIn = z.object({
  violationTypeCode: z.string().trim().min(3).max(40),
  stage: z.enum(STAGES).default('initial'),
  party: z.enum(['unit', 'person']),
  orgId: z.uuid(),
  /** The day of the violation: the benchmark in force then applies. */
  violationDate: isoDate,
  facts: factsIn,
  /** Optional: a proposed fine to check against the band and the statute. */
  proposedAmount: z.number().int().positive().optional(),
  reasons: z.string().trim().max(2000).optional(),
});
export type DiscretionIn = z.infer<typeof discretionIn>;

export const codeParams = z.object({ code: z.string().trim().min(1).max(40) });
export const orgQuery = z.object({ orgId: z.uuid().optional() });
export const violationTypesQuery = z.object({ q: z.string().trim().max(60).optional() });
