import { z } from 'zod';
import { isoDate } from '../../platform/contract.js';
import { GRADES } from './benchmark.js';
import {
  CHECKLIST_SCOPES,
  ENFORCEMENT_LEVELS,
  POWER_KINDS,
  type CheckItem,
  type Checklist,
  type EnforcementMatter,
  type PowerItem,
} from './standards/types.js';

// Shared by server and web. The statute's own data are served as they are in law/ and
// standards/ (typed there); these schemas cover what users send and the benchmark records.

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

// An org's 检查表 and 权责清单 entries (lists.ts). The shapes are checked here; the legal checks
// (basis cited, codes known and unique) are rules in lists.ts, answered with 422 naming the field.
// Forms send null for a cleared optional field; the service drops it.
const listVersion = z.number().int().positive().nullable();
const optionalCode = z.string().trim().max(40).nullish();

export const provisionIn = z.object({
  lawCode: z.string().trim().min(1).max(60),
  article: z.number(),
  paragraph: z.number().nullish(),
  item: z.number().nullish(),
});

export const checkItemIn = z.object({
  code: z.string().trim().min(1).max(40),
  text: z.string().trim().min(2).max(500),
  basis: provisionIn,
  violationTypeCode: optionalCode,
  majorHazardCode: optionalCode,
});

export const saveChecklistIn = z.object({
  orgId: z.uuid(),
  /** The org's own version the editor started from; null when the org has none yet. */
  version: listVersion,
  title: z.string().trim().min(2).max(100),
  scope: z.enum(CHECKLIST_SCOPES),
  items: z.array(checkItemIn).max(500),
});
export type SaveChecklistIn = z.infer<typeof saveChecklistIn>;

export const matterIn = z.object({
  code: z.string().trim().min(1).max(40),
  name: z.string().trim().min(2).max(300),
  level: z.enum(ENFORCEMENT_LEVELS),
});

export const savePowerItemIn = z.object({
  orgId: z.uuid(),
  version: listVersion,
  kind: z.enum(POWER_KINDS),
  name: z.string().trim().min(2).max(300),
  basis: z.string().trim().min(1).max(1000),
  subject: z.string().trim().min(2).max(100),
  responsibilities: z.string().trim().max(4000).nullish(),
  accountability: z.string().trim().max(4000).nullish(),
  matters: z.array(matterIn).max(200),
});
export type SavePowerItemIn = z.infer<typeof savePowerItemIn>;

export const withdrawIn = z.object({ orgId: z.uuid(), reason: z.string().trim().min(2).max(500) });
export type WithdrawIn = z.infer<typeof withdrawIn>;

export const listQuery = z.object({ orgId: z.uuid().optional(), includeWithdrawn: z.enum(['true', 'false']).optional() });
export const historyQuery = z.object({ orgId: z.uuid().optional() });

/** Where an entry in force comes from: the built-in list (orgId null) or an org's row and its version. */
export interface EntrySource {
  orgId: string | null;
  orgName: string | null;
  version: number | null;
  updatedAt: string | null;
}

export interface ListEntryMeta {
  source: EntrySource;
  /** An org's own entry rather than a built-in one (as shipped or replaced). */
  addition: boolean;
  withdrawn: boolean;
  withdrawnReason: string | null;
}

export type CitedCheckItem = CheckItem & { citation: string };
export type ChecklistOut = Omit<Checklist, 'items'> & { items: CitedCheckItem[] } & ListEntryMeta;
export type PowerItemOut = PowerItem & ListEntryMeta;
export interface PowerItemsOut {
  powerItems: PowerItemOut[];
  enforcementMatters: EnforcementMatter[];
}

export interface ListRevision<C> {
  orgId: string;
  orgName: string;
  version: number;
  at: string;
  actorName: string | null;
  action: 'saved' | 'withdrawn';
  withdrawn: boolean;
  reason: string | null;
  content: C;
}

/** Every version of one code in an org's chain, newest first, and the built-in entry it started from. */
export interface ListHistory<C> {
  code: string;
  builtIn: C | null;
  revisions: ListRevision<C>[];
}
