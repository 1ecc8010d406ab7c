import type { ProvisionRef } from '../law/types.js';
// Types shared by the legal-catalogue reference data in this folder (重大事故隐患判定标准, 检查表,
// 权责清单). Pure data types: no I/O, nothing here is loaded at run time from outside the bundle.

/** Industry and special-area keys; the same strings as the registry's 重点监管类别 (KeyCategory). */
export const INDUSTRY_KEYS = [
  'metallurgy', // 冶金
  'nonFerrous', // 有色
  'buildingMaterials', // 建材
  'machinery', // 机械
  'lightIndustry', // 轻工
  'textiles', // 纺织
  'tobacco', // 烟草
  'commerce', // 商贸
  'combustibleDust', // 存在粉尘爆炸危险 (粉尘涉爆)
  'ammoniaRefrigeration', // 使用液氨制冷
  'confinedSpace', // 有中毒风险的有限空间作业
] as const;
export type IndustryKey = (typeof INDUSTRY_KEYS)[number];

/** Checklists also cover 危险化学品, which the 工贸 standard leaves to its own rules (判定标准第二条). */
export const CHECKLIST_SCOPES = ['general', 'hazardousChemicals', ...INDUSTRY_KEYS] as const;
export type ChecklistScope = (typeof CHECKLIST_SCOPES)[number];

/**
 * 重大事故隐患判定标准 one 情形. `verification` says whether the wording was checked against a
 * published copy of 应急管理部令第10号 ('confirmed') or is our summary of its meaning ('summarised');
 * see the header of major-hazard-criteria.ts for the sources behind each.
 */
export interface MajorHazardCriterion {
  /** 'MHC-2023-<article>-<item>'. */
  code: string;
  article: number;
  item: number;
  scope: 'general' | IndustryKey;
  text: string;
  verification: 'confirmed' | 'summarised';
}

/** One article of the standard: its lead-in (verbatim) and its items in order, 第（一）项 first. */
export interface CriteriaArticle {
  article: number;
  scope: 'general' | IndustryKey;
  heading: string;
  items: ReadonlyArray<readonly [text: string, verification: MajorHazardCriterion['verification']]>;
}

/** A provision: article, and where the duty sits in a paragraph (款) or item (项), those too. */
export type Basis = ProvisionRef;

/** 检查项. */
export interface CheckItem {
  code: string;
  /** What the inspector checks, in Chinese. */
  text: string;
  /** The provision that imposes the duty being checked. */
  basis: Basis;
  /** The 安全生产法 violation type a failed item points to: 'WSL-<article>[-<item>]'. */
  violationTypeCode?: string;
  /** A code from major-hazard-criteria.ts when failing the item is a 重大事故隐患. */
  majorHazardCode?: string;
}

/** 检查表. */
export interface Checklist {
  code: string;
  title: string;
  scope: ChecklistScope;
  items: CheckItem[];
}

export const POWER_KINDS = ['行政处罚', '行政强制', '行政检查', '行政许可', '行政奖励', '其他'] as const;
export type PowerKind = (typeof POWER_KINDS)[number];

/** 权责清单 entry (权力事项). */
export interface PowerItem {
  code: string;
  kind: PowerKind;
  name: string;
  /** Full citation text, as published: 《中华人民共和国安全生产法》第九十七条… */
  basis: string;
  /** 实施主体. */
  subject: string;
  /** 责任事项. */
  responsibilities?: string;
  /** 追责情形. */
  accountability?: string;
}

export const ENFORCEMENT_LEVELS = ['province', 'city', 'county', 'township'] as const;
export type EnforcementLevel = (typeof ENFORCEMENT_LEVELS)[number];

/** 行政执法事项: one matter under a power item, exercised at one level. */
export interface EnforcementMatter {
  code: string;
  powerCode: string;
  name: string;
  level: EnforcementLevel;
}
