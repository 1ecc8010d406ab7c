import type { TFunction } from 'i18next';
import {
  ENTERPRISE_SIZES,
  ENTERPRISE_STATUSES,
  KEY_CATEGORIES,
  RISK_GRADES,
  STANDARDIZATION_GRADES,
  type RiskGrade,
} from '../../../../src/modules/registry/contract';
import { INDUSTRY_SECTIONS } from '../../../../src/modules/registry/industries';

// The Chinese labels themselves live in the server's contract.ts (LABELS, FIELD_LABELS), which
// zh.ts reads; the import template and export use the same ones.

export const ENUM_VALUES = {
  size: ENTERPRISE_SIZES,
  riskGrade: RISK_GRADES,
  standardizationGrade: STANDARDIZATION_GRADES,
  status: ENTERPRISE_STATUSES,
  keyCategory: KEY_CATEGORIES,
} as const;
export type EnumKind = keyof typeof ENUM_VALUES;

/** 红橙黄蓝: the four colours of the safety risk grading. */
export const RISK_COLOR: Record<RiskGrade, string> = { major: 'red', high: 'orange', moderate: 'gold', low: 'blue' };

/** A code the client does not know (a newer server) is shown raw rather than hidden. */
export function enumLabel(t: TFunction, kind: EnumKind, value: string): string {
  if (!(ENUM_VALUES[kind] as readonly string[]).includes(value)) return value;
  return t(`registryLabels.${kind}.${value}` as 'registryLabels.size.large');
}

export function enumOptions(t: TFunction, kind: EnumKind) {
  return ENUM_VALUES[kind].map((value) => ({ value, label: enumLabel(t, kind, value) }));
}

/** Fields in the order the form and the details show them. */
export const FIELD_ORDER = [
  'uscc',
  'name',
  'legalRepresentative',
  'principalPerson',
  'address',
  'regionCode',
  'orgId',
  'industryCode',
  'size',
  'riskGrade',
  'standardizationGrade',
  'status',
  'keyCategories',
  'licences',
  'contacts',
];

export function fieldLabel(t: TFunction, field: string): string {
  return FIELD_ORDER.includes(field) ? t(`enterpriseFields.${field}` as 'enterpriseFields.uscc') : field;
}

/** Unknown fields go last, so a field added on the server still shows. */
export function byFieldOrder(a: string, b: string): number {
  const rank = (f: string) => (FIELD_ORDER.includes(f) ? FIELD_ORDER.indexOf(f) : FIELD_ORDER.length);
  return rank(a) - rank(b);
}

/** GB/T 4754 sections with their divisions, for a TreeSelect: "C" matches every C code. */
export const INDUSTRY_TREE = Object.entries(INDUSTRY_SECTIONS).map(([letter, section]) => ({
  value: letter,
  title: `${letter} ${section.name}`,
  children: Object.entries(section.divisions).map(([code, name]) => ({ value: letter + code, title: `${letter}${code} ${name}` })),
}));

/** The same divisions grouped by section, for an AutoComplete that also takes 3–4 digit classes. */
export const INDUSTRY_OPTIONS = INDUSTRY_TREE.map((section) => ({
  label: section.title,
  options: section.children.map((d) => ({ value: d.value, label: d.title })),
}));
