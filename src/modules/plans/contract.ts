import { z } from 'zod';

// 年度监督检查计划: shared by server and web (no server imports).

export const PLAN_STATUSES = ['draft', 'submitted', 'approved', 'published'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const PLAN_ACTIONS = ['submit', 'approve', 'return', 'publish'] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];
/** 重点检查 (an explicit list of enterprises) or 双随机抽查 (a spot-check matter). */
export const ITEM_KINDS = ['key', 'random'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
export const CADENCES = ['month', 'quarter'] as const;
export type Cadence = (typeof CADENCES)[number];

export const LABELS = {
  status: { draft: '草稿', submitted: '已提交', approved: '已批准', published: '已公布' } satisfies Record<PlanStatus, string>,
  kind: { key: '重点检查', random: '双随机抽查' } satisfies Record<ItemKind, string>,
};

/** The most inspections one item may plan for one month: a typo guard, not a rule of law. */
export const MAX_MONTHLY_TARGET = 10_000;

const target = z.number().int().min(0).max(MAX_MONTHLY_TARGET);

export const planItemIn = z.object({
  kind: z.enum(ITEM_KINDS),
  name: z.string().trim().min(2).max(60),
  /** random items: the spot-check matter's code. */
  matterCode: z.string().trim().min(1).max(40).nullable().default(null),
  /** key items: the enterprises on the list. */
  enterpriseIds: z.array(z.uuid()).max(5000).default([]),
  cadence: z.enum(CADENCES).default('month'),
  /** 12 monthly targets, or 4 quarterly ones when the cadence is quarter. */
  targets: z.array(target).min(4).max(12),
});
export type PlanItemIn = z.infer<typeof planItemIn>;

export const planIn = z.object({
  orgId: z.uuid(),
  year: z.number().int().min(2000).max(2100),
  title: z.string().trim().min(2).max(100),
  items: z.array(planItemIn).max(100).default([]),
});
export type PlanIn = z.infer<typeof planIn>;

export const planUpdateIn = planIn.omit({ orgId: true, year: true }).extend({ version: z.number().int().min(1) });
export type PlanUpdateIn = z.infer<typeof planUpdateIn>;

export const transitionIn = z.object({
  version: z.number().int().min(1),
  /** Required when returning a plan to its drafter. */
  reason: z.string().trim().max(500).optional(),
});
export type TransitionIn = z.infer<typeof transitionIn>;

export const planItemOut = z.object({
  kind: z.enum(ITEM_KINDS),
  name: z.string(),
  matterCode: z.string().nullable(),
  matterName: z.string().nullable(),
  enterpriseIds: z.array(z.string()),
  /** The names of enterpriseIds, in the same order. */
  enterpriseNames: z.array(z.string()),
  cadence: z.enum(CADENCES),
  /** Always 12 monthly targets (a quarter's target spread by spreadQuarters). */
  targets: z.array(z.number()),
});
export type PlanItemOut = z.infer<typeof planItemOut>;

export const planOut = z.object({
  id: z.uuid(),
  orgId: z.uuid(),
  orgName: z.string(),
  year: z.number(),
  title: z.string(),
  status: z.enum(PLAN_STATUSES),
  items: z.array(planItemOut),
  version: z.number(),
  draftedBy: z.string().nullable(),
  /** Everyone who wrote the draft; none of them may approve it. */
  editorIds: z.array(z.string()),
  submittedBy: z.string().nullable(),
  approvedBy: z.string().nullable(),
  returnReason: z.string().nullable(),
  approvedAt: z.date().nullable(),
  publishedAt: z.date().nullable(),
  updatedAt: z.date(),
});
export type PlanOut = z.infer<typeof planOut>;

export const planSummaryOut = planOut.omit({ items: true }).extend({ itemCount: z.number() });
export type PlanSummaryOut = z.infer<typeof planSummaryOut>;

export const listPlansQuery = z.object({
  orgId: z.uuid().optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: z.enum(PLAN_STATUSES).optional(),
});
export type ListPlansQuery = z.infer<typeof listPlansQuery>;

export const publicPlansQuery = z.object({
  orgId: z.uuid().optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const monthProgress = z.object({ month: z.number(), target: z.number(), done: z.number() });
export const itemProgressOut = z.object({
  index: z.number(),
  kind: z.enum(ITEM_KINDS),
  name: z.string(),
  months: z.array(monthProgress),
  totalTarget: z.number(),
  totalDone: z.number(),
  /** Through the current month (China time) of the plan's year; 0 for a future year, 12 for a past one. */
  dueTarget: z.number(),
  dueDone: z.number(),
  shortfall: z.number(),
  behind: z.boolean(),
});
export type ItemProgressOut = z.infer<typeof itemProgressOut>;
export const progressOut = z.object({
  planId: z.uuid(),
  year: z.number(),
  throughMonth: z.number(),
  items: z.array(itemProgressOut),
  behindCount: z.number(),
});
export type ProgressOut = z.infer<typeof progressOut>;

export const publicPlanOut = z.object({
  id: z.uuid(),
  orgId: z.uuid(),
  orgName: z.string(),
  year: z.number(),
  title: z.string(),
  publishedAt: z.date().nullable(),
  // The key list's enterprises are not named in public: only how many there are.
  items: z.array(
    z.object({
      kind: z.enum(ITEM_KINDS),
      name: z.string(),
      matterCode: z.string().nullable(),
      matterName: z.string().nullable(),
      enterpriseCount: z.number(),
      targets: z.array(z.number()),
    }),
  ),
});

export const idParams = z.object({ id: z.uuid() });
