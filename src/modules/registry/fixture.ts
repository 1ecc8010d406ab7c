import type { EnterpriseIn } from './contract.js';
import { withCheckChar } from './uscc.js';

/** A valid USCC for serial n, registered in the given county (tests and generators). */
export function usccFor(n: number, regionCode = '421202'): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e9) throw new RangeError(`serial out of range: ${n}`);
  const body = String(n).padStart(9, '0');
  return withCheckChar(`91${regionCode.slice(0, 6)}${body}`);
}

/** A complete, valid enterprise record; override any field. */
export function sampleEnterprise(n: number, regionCode = '421202', over: Partial<EnterpriseIn> = {}): EnterpriseIn {
  return {
    uscc: usccFor(n, regionCode),
    name: `测试化工有限公司${n}号`,
    legalRepresentative: '张三',
    principalPerson: '李四',
    address: '湖北省咸宁市咸安区永安大道1号',
    regionCode,
    industryCode: 'C2614',
    size: 'small',
    riskGrade: 'high',
    keyCategories: ['hazardousChemicals'],
    standardizationGrade: 'level3',
    status: 'operating',
    contacts: [{ name: '王五', phone: '13972000000', title: '安全管理员' }],
    ...over,
  };
}
