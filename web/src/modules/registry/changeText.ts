import type { TFunction } from 'i18next';
import { industryLabel } from '../../../../src/modules/registry/industries';
import { enumLabel, type EnumKind } from './labels';

// A history entry stores raw field values (codes, ids, arrays of objects); this turns one into
// the text an officer reads, with Chinese labels for codes.

const ENUM_FIELDS: Record<string, EnumKind> = {
  size: 'size',
  riskGrade: 'riskGrade',
  standardizationGrade: 'standardizationGrade',
  status: 'status',
};

interface Item {
  [key: string]: unknown;
}

const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

function licenceText(t: TFunction, l: Item): string {
  const validTo = str(l.validTo) || t('enterpriseForm.noExpiry');
  return t('enterpriseHistory.licence', { kind: str(l.kind), number: str(l.number), validTo });
}

function contactText(c: Item): string {
  return [str(c.name), str(c.title), str(c.phone)].filter(Boolean).join(' ');
}

export function changeText(t: TFunction, field: string, value: unknown, orgNames: Map<string, string>): string {
  if (value === null || value === undefined || value === '') return '';
  if (Array.isArray(value)) {
    if (value.length === 0) return '';
    const items = value.map((v: unknown) => {
      if (field === 'keyCategories') return enumLabel(t, 'keyCategory', str(v));
      if (field === 'licences' && typeof v === 'object' && v) return licenceText(t, v as Item);
      if (field === 'contacts' && typeof v === 'object' && v) return contactText(v as Item);
      return typeof v === 'object' ? JSON.stringify(v) : str(v);
    });
    return items.join(field === 'keyCategories' ? '、' : '；');
  }
  if (field in ENUM_FIELDS) return enumLabel(t, ENUM_FIELDS[field], str(value));
  if (field === 'industryCode') return industryLabel(str(value));
  if (field === 'orgId') return orgNames.get(str(value)) ?? str(value);
  return typeof value === 'object' ? JSON.stringify(value) : str(value);
}
