import { z } from 'zod';
import { LICENSE_MATTER_CODES } from './codes.js';

// 办事指南 (serviceGuide) of the licence matters, as the portal publishes them (事前公开).
// Shared by server and web: zod and data only. The guides themselves are in matters.ts.

/** 行政许可 proper, or a 备案 (filing) that the law does not make a licence. */
export const GUIDE_KINDS = ['license', 'filing'] as const;
export type GuideKind = (typeof GUIDE_KINDS)[number];

/** Which level of 应急管理部门 issues: 设区的市级 or 县级. */
export const ISSUING_LEVELS = ['city', 'county'] as const;
export type IssuingLevel = (typeof ISSUING_LEVELS)[number];

export const GUIDE_LABELS = {
  kind: { license: '行政许可', filing: '备案' } satisfies Record<GuideKind, string>,
  level: { city: '设区的市级应急管理部门', county: '县级应急管理部门' } satisfies Record<IssuingLevel, string>,
};

/** One provision the matter rests on; `article` ends in 「（条号待核）」 where no two sources agreed. */
export const guideBasisOut = z.object({ law: z.string(), article: z.string(), text: z.string() });

/**
 * One 申请材料. `code` is stable: the application form and the 补正 notice name materials by it.
 * `required` false with a `condition`: required only in that case (e.g. 带有储存设施的).
 */
export const guideMaterialOut = z.object({
  code: z.string(),
  name: z.string(),
  required: z.boolean(),
  condition: z.string().nullable(),
  note: z.string(),
});

/** Who issues, and for which applicants. */
export const guideIssuerOut = z.object({ level: z.enum(ISSUING_LEVELS), scope: z.string(), basis: z.string() });

/** Periods count in 工作日 (行政许可法 第八十二条). */
export const guidePeriodOut = z.object({ days: z.number().int().positive(), basis: z.string() });

export const guideStepOut = z.object({ title: z.string(), description: z.string() });

export const serviceGuideOut = z.object({
  code: z.enum(LICENSE_MATTER_CODES),
  name: z.string(),
  kind: z.enum(GUIDE_KINDS),
  /** 办理对象. */
  applicants: z.string(),
  basis: z.array(guideBasisOut),
  issuers: z.array(guideIssuerOut),
  conditions: z.array(z.string()),
  materials: z.array(guideMaterialOut),
  /** 法定办结时限, from acceptance (受理). */
  statutory: guidePeriodOut,
  /** 承诺办结时限: the bureau's own promise, shorter than the statutory period. */
  promised: guidePeriodOut,
  /** 有效期 of the licence or 备案证明, in years ("最长" where the issuer sets it within a ceiling). */
  validity: z.object({ years: z.number().int().positive(), upTo: z.boolean(), basis: z.string() }),
  fee: z.object({ text: z.string(), basis: z.string() }),
  where: z.object({ counter: z.string(), online: z.string() }),
  steps: z.array(guideStepOut),
  /** 延续 (or 重新备案) before expiry. */
  renewal: z.string(),
  /** 变更 and 重新申请. */
  changes: z.array(z.string()),
});
export type ServiceGuide = z.infer<typeof serviceGuideOut>;
export type GuideMaterial = z.infer<typeof guideMaterialOut>;

export const guideSummaryOut = z.object({
  code: z.enum(LICENSE_MATTER_CODES),
  name: z.string(),
  kind: z.enum(GUIDE_KINDS),
  statutoryDays: z.number().int().positive(),
  promisedDays: z.number().int().positive(),
  issuingLevels: z.array(z.enum(ISSUING_LEVELS)),
});
export type GuideSummary = z.infer<typeof guideSummaryOut>;
export const guideListOut = z.object({ items: z.array(guideSummaryOut) });

export const guideParams = z.object({ code: z.string().max(40) });
