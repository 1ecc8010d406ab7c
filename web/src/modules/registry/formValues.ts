import type { NamePath } from 'antd/es/form/interface';
import type { Contact, Enterprise, EnterpriseIn, EnterpriseUpdateIn } from './api';
import { FIELD_ORDER } from './labels';

export const DATE = 'YYYY-MM-DD';
/** enterpriseIn takes at most 20 contacts (licences are in the licence register, licensing). */
export const MAX_LIST = 20;

/** What the form holds: EnterpriseIn with dates as Dayjs and the org optional. */
export interface EnterpriseFormValues extends Omit<EnterpriseIn, 'orgId'> {
  orgId?: string;
  contacts: Contact[];
}

export const NEW_ENTERPRISE: Partial<EnterpriseFormValues> = {
  keyCategories: [],
  standardizationGrade: 'none',
  status: 'operating',
  contacts: [],
};

export function toFormValues(e: Enterprise): EnterpriseFormValues {
  return {
    uscc: e.uscc,
    name: e.name,
    legalRepresentative: e.legalRepresentative,
    principalPerson: e.principalPerson,
    address: e.address,
    regionCode: e.regionCode,
    industryCode: e.industryCode,
    size: e.size,
    riskGrade: e.riskGrade,
    keyCategories: e.keyCategories,
    standardizationGrade: e.standardizationGrade,
    status: e.status,
    orgId: e.orgId,
    contacts: e.contacts,
  };
}

function toBody(v: EnterpriseFormValues): Omit<EnterpriseIn, 'uscc' | 'orgId'> {
  return {
    name: v.name.trim(),
    legalRepresentative: v.legalRepresentative.trim(),
    principalPerson: v.principalPerson.trim(),
    address: v.address.trim(),
    regionCode: v.regionCode.trim(),
    industryCode: v.industryCode.trim(),
    size: v.size,
    riskGrade: v.riskGrade,
    keyCategories: v.keyCategories ?? [],
    standardizationGrade: v.standardizationGrade,
    status: v.status,
    contacts: (v.contacts ?? []).map((c) => ({ name: c.name.trim(), phone: c.phone.trim(), title: (c.title ?? '').trim() })),
  };
}

export function toCreateBody(v: EnterpriseFormValues): EnterpriseIn {
  return { uscc: v.uscc.trim(), ...toBody(v), ...(v.orgId ? { orgId: v.orgId } : {}) };
}

/**
 * The org is sent only when the officer picked a different one: left as it was, the server keeps
 * it, or finds the org of a changed region code itself.
 */
export function toUpdateBody(v: EnterpriseFormValues, before: Enterprise): EnterpriseUpdateIn {
  const orgId = v.orgId && v.orgId !== before.orgId ? v.orgId : undefined;
  return { ...toBody(v), ...(orgId ? { orgId } : {}), version: before.version };
}

/** "contacts.0.phone" from the server's 400 → the form's name path, when the form has it. */
export function formPath(field: string | undefined): NamePath | null {
  if (!field) return null;
  const parts = field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  return FIELD_ORDER.includes(String(parts[0])) ? parts : null;
}
