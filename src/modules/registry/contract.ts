import { z } from 'zod';
import { industryCodeProblem } from './industries.js';
import { usccProblem } from './uscc.js';

// Shared by server, web and the importer: one definition of an enterprise record.

export const ENTERPRISE_SIZES = ['large', 'medium', 'small', 'micro'] as const;
/** 安全风险等级 (红橙黄蓝): 重大, 较大, 一般, 低. */
export const RISK_GRADES = ['major', 'high', 'moderate', 'low'] as const;
/** 安全生产标准化等级 (一级, 二级, 三级, 未达标). */
export const STANDARDIZATION_GRADES = ['level1', 'level2', 'level3', 'none'] as const;
export const ENTERPRISE_STATUSES = ['operating', 'suspended', 'closed'] as const;
/** 重点监管类别: the bureau's key-supervision lists (工贸 = the eight industries from metallurgy to commerce). */
export const KEY_CATEGORIES = [
  'hazardousChemicals',
  'nonCoalMine',
  'fireworks',
  'metallurgy',
  'nonFerrous',
  'buildingMaterials',
  'machinery',
  'lightIndustry',
  'textiles',
  'tobacco',
  'commerce',
  'combustibleDust',
  'ammoniaRefrigeration',
  'confinedSpace',
  'majorHazardInstallation',
] as const;

export type EnterpriseSize = (typeof ENTERPRISE_SIZES)[number];
export type RiskGrade = (typeof RISK_GRADES)[number];
export type StandardizationGrade = (typeof STANDARDIZATION_GRADES)[number];
export type EnterpriseStatus = (typeof ENTERPRISE_STATUSES)[number];
export type KeyCategory = (typeof KEY_CATEGORIES)[number];

/** Chinese labels: the UI, the import template's headers and values, and export use these. */
export const LABELS = {
  size: { large: '大型', medium: '中型', small: '小型', micro: '微型' } satisfies Record<EnterpriseSize, string>,
  riskGrade: { major: '重大风险', high: '较大风险', moderate: '一般风险', low: '低风险' } satisfies Record<RiskGrade, string>,
  standardizationGrade: { level1: '一级', level2: '二级', level3: '三级', none: '未达标' } satisfies Record<StandardizationGrade, string>,
  status: { operating: '在营', suspended: '停产停业', closed: '关闭' } satisfies Record<EnterpriseStatus, string>,
  keyCategory: {
    hazardousChemicals: '危险化学品',
    nonCoalMine: '非煤矿山',
    fireworks: '烟花爆竹',
    metallurgy: '冶金',
    nonFerrous: '有色',
    buildingMaterials: '建材',
    machinery: '机械',
    lightIndustry: '轻工',
    textiles: '纺织',
    tobacco: '烟草',
    commerce: '商贸',
    combustibleDust: '粉尘涉爆',
    ammoniaRefrigeration: '涉氨制冷',
    confinedSpace: '有限空间',
    majorHazardInstallation: '重大危险源',
  } satisfies Record<KeyCategory, string>,
};

/** Field names in Chinese, for error messages and the import template's header row. */
export const FIELD_LABELS = {
  uscc: '统一社会信用代码',
  name: '单位名称',
  legalRepresentative: '法定代表人',
  principalPerson: '主要负责人',
  address: '地址',
  regionCode: '行政区划代码',
  industryCode: '行业代码',
  size: '企业规模',
  riskGrade: '安全风险等级',
  keyCategories: '重点监管类别',
  standardizationGrade: '安全生产标准化等级',
  status: '经营状态',
  /** A former field: licences are in the licence register (licensing) since migration 0035; old revisions still name it. */
  licences: '许可证',
  contacts: '联系人',
} as const;

const text = (min: number, max: number) => z.string().trim().min(min).max(max);

export const uscc = z
  .string()
  .trim()
  .superRefine((v, ctx) => {
    const problem = usccProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const industryCode = z
  .string()
  .trim()
  .superRefine((v, ctx) => {
    const problem = industryCodeProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const regionCode = z
  .string()
  .trim()
  .regex(/^\d{6}(\d{3})?$/, { error: '行政区划代码应为 6 位（县级）或 9 位（乡镇级）数字' });

export const contact = z.object({
  name: text(1, 30),
  phone: z
    .string()
    .trim()
    .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, { error: '电话应为 11 位手机号或带区号的固定电话' }),
  title: text(0, 30).default(''),
});

export const enterpriseIn = z.object({
  uscc,
  name: text(2, 100),
  legalRepresentative: text(1, 30),
  principalPerson: text(1, 30),
  address: text(2, 200),
  regionCode,
  industryCode,
  size: z.enum(ENTERPRISE_SIZES),
  riskGrade: z.enum(RISK_GRADES),
  keyCategories: z.array(z.enum(KEY_CATEGORIES)).max(KEY_CATEGORIES.length).default([]),
  standardizationGrade: z.enum(STANDARDIZATION_GRADES).default('none'),
  status: z.enum(ENTERPRISE_STATUSES).default('operating'),
  contacts: z.array(contact).max(20).default([]),
  /** The supervising org; when absent, the org whose region code matches the enterprise's. */
  orgId: z.uuid().optional(),
});
export type EnterpriseIn = z.infer<typeof enterpriseIn>;

export const enterpriseUpdateIn = enterpriseIn.omit({ uscc: true }).extend({ version: z.number().int().min(1) });
export type EnterpriseUpdateIn = z.infer<typeof enterpriseUpdateIn>;

export const enterpriseOut = enterpriseIn.omit({ orgId: true }).extend({
  id: z.uuid(),
  orgId: z.uuid(),
  orgName: z.string(),
  version: z.number(),
  updatedAt: z.date(),
});
export type EnterpriseOut = z.infer<typeof enterpriseOut>;

export const listEnterprisesQuery = z.object({
  orgId: z.uuid().optional(),
  q: z.string().trim().max(60).optional(),
  regionCode: z
    .string()
    .trim()
    .regex(/^\d{2,9}$/)
    .optional(),
  industry: z
    .string()
    .trim()
    .regex(/^[A-T](\d{2,4})?$/)
    .optional(),
  riskGrade: z.enum(RISK_GRADES).optional(),
  keyCategory: z.enum(KEY_CATEGORIES).optional(),
  status: z.enum(ENTERPRISE_STATUSES).optional(),
  size: z.enum(ENTERPRISE_SIZES).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type ListEnterprisesQuery = z.infer<typeof listEnterprisesQuery>;

export const revisionOut = z.object({
  version: z.number(),
  at: z.date(),
  actorName: z.string().nullable(),
  changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })),
});

export const idParams = z.object({ id: z.uuid() });

export const IMPORT_STATUSES = ['validating', 'validated', 'committing', 'committed', 'failed'] as const;
export const rowErrorOut = z.object({ rowNumber: z.number(), field: z.string(), column: z.string(), message: z.string() });
export const importOut = z.object({
  id: z.uuid(),
  fileName: z.string(),
  format: z.enum(['xlsx', 'csv']),
  status: z.enum(IMPORT_STATUSES),
  processedRows: z.number(),
  totalRows: z.number(),
  validRows: z.number(),
  errorCount: z.number(),
  errors: z.array(rowErrorOut),
  result: z.object({ created: z.number(), updated: z.number(), unchanged: z.number() }).nullable(),
  failure: z.string().nullable(),
  createdAt: z.date(),
});
export type ImportOut = z.infer<typeof importOut>;
export const stageImportQuery = z.object({ fileName: z.string().trim().min(1).max(200) });
