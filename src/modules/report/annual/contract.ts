import { z } from 'zod';
import { figuresOut } from '../contract.js';

// 法治政府建设情况报告: shared by server and web (no server imports).

export const ANNUAL_REPORT_STATES = ['drafting', 'submitted', 'approved'] as const;
export type AnnualReportState = (typeof ANNUAL_REPORT_STATES)[number];
export const ANNUAL_REPORT_ACTIONS = ['submit', 'approve', 'return'] as const;
export type AnnualReportAction = (typeof ANNUAL_REPORT_ACTIONS)[number];

export const ANNUAL_LABELS = {
  state: { drafting: '起草中', submitted: '待主要负责人审定', approved: '已审定并公开' } satisfies Record<AnnualReportState, string>,
  action: { submit: '提交审定', approve: '审定并公开', return: '退回修改' } satisfies Record<AnnualReportAction, string>,
};

/** A figure placed in a template: {{cases.penalties}}. */
export const PLACEHOLDER = /\{\{\s*([a-zA-Z][\w.]*)\s*\}\}/g;

export const outlineSection = z.object({
  /** Stable within the report: the narrative's versions hang on it. */
  key: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, '章节标识只能由小写字母、数字和连字符组成'),
  title: z.string().trim().min(2, '章节标题至少 2 个字').max(60, '章节标题不超过 60 个字'),
  /** 1: 一、…; 2: （一）… The numbers are given when the report is laid out, so reordering keeps them right. */
  level: z.union([z.literal(1), z.literal(2)]),
  /** Sentences with figures placed by code, e.g. 全年共开展执法检查{{inspections.tasks}}; empty when the section is narrative only. */
  template: z.string().max(4000, '统计语句不超过 4000 字').default(''),
});
export type OutlineSection = z.infer<typeof outlineSection>;

export const outlineIn = z.object({
  outline: z
    .array(outlineSection)
    .min(1, '提纲至少一个章节')
    .max(40, '提纲不超过 40 个章节')
    .refine((s) => new Set(s.map((x) => x.key)).size === s.length, { message: '章节标识不能重复' }),
  version: z.number().int().min(1),
});
export type OutlineIn = z.infer<typeof outlineIn>;

export const createAnnualIn = z.object({
  orgId: z.uuid(),
  year: z.number().int().min(2000).max(2100),
});
export type CreateAnnualIn = z.infer<typeof createAnnualIn>;

export const narrativeIn = z.object({
  text: z.string().max(20_000, '正文不超过 20000 字'),
  /** The version the writer started from (0 for none): a newer one saved meanwhile is a conflict, never overwritten. */
  baseVersion: z.number().int().min(0),
});
export type NarrativeIn = z.infer<typeof narrativeIn>;

export const annualTransitionIn = z.object({
  version: z.number().int().min(1),
  reason: z.string().trim().max(500).optional(),
});
export type AnnualTransitionIn = z.infer<typeof annualTransitionIn>;

export const annualListQuery = z.object({
  orgId: z.uuid().optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const annualIdParams = z.object({ id: z.uuid() });
export const sectionParams = z.object({ id: z.uuid(), key: z.string().min(1).max(40) });
export const documentQuery = z.object({ format: z.enum(['pdf', 'docx']).default('pdf') });

/** A run of the laid-out text: plain, or a figure (with its code, for the drill-down). */
export const segmentOut = z.object({ text: z.string(), code: z.string().optional() });
export type SegmentOut = z.infer<typeof segmentOut>;

const deadline = z.object({ on: z.string(), basis: z.string(), label: z.string() });

export const annualSummaryOut = z.object({
  id: z.uuid(),
  orgId: z.uuid(),
  orgName: z.string(),
  year: z.number(),
  title: z.string(),
  state: z.enum(ANNUAL_REPORT_STATES),
  version: z.number(),
  publishedOn: z.string().nullable(),
  updatedAt: z.date(),
});
export type AnnualSummaryOut = z.infer<typeof annualSummaryOut>;

export const annualSectionOut = outlineSection.extend({
  /** 一、 or （一）, from the outline's order. */
  number: z.string(),
  /** The template with its figures placed. */
  figureText: z.array(segmentOut),
  narrative: z.object({ text: z.string(), version: z.number(), authorName: z.string().nullable(), savedAt: z.date() }).nullable(),
});
export type AnnualSectionOut = z.infer<typeof annualSectionOut>;

export const annualReportOut = annualSummaryOut.extend({
  sections: z.array(annualSectionOut),
  figures: figuresOut,
  /** True once approved: the figures are those approved, not measured now. */
  figuresFrozen: z.boolean(),
  submittedBy: z.string().nullable(),
  approvedBy: z.string().nullable(),
  approvedAt: z.date().nullable(),
  returnReason: z.string().nullable(),
  editorIds: z.array(z.uuid()),
  deadlines: z.object({ report: deadline, publish: deadline }),
  /** Whether publication met the deadline; null until published. */
  publishedOnTime: z.boolean().nullable(),
});
export type AnnualReportOut = z.infer<typeof annualReportOut>;

export const narrativeVersionOut = z.object({ version: z.number(), text: z.string(), authorName: z.string().nullable(), savedAt: z.date() });

export const publicAnnualOut = z.object({
  id: z.uuid(),
  orgName: z.string(),
  year: z.number(),
  title: z.string(),
  publishedOn: z.string(),
});
export const publicAnnualDetailOut = publicAnnualOut.extend({
  sections: z.array(z.object({ number: z.string(), title: z.string(), level: z.number(), paragraphs: z.array(z.string()) })),
  annex: z.array(z.object({ code: z.string(), name: z.string(), text: z.string(), unitName: z.string(), definition: z.string() })),
});
