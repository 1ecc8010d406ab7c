import { describe, expect, it } from 'vitest';
import { changedFields, regionCandidates, TRACKED_FIELDS } from './rules.js';

const base = {
  name: '咸宁市某化工有限公司',
  legalRepresentative: '张三',
  principalPerson: '李四',
  address: '咸宁市咸安区某路1号',
  regionCode: '421202',
  orgId: 'o1',
  industryCode: 'C26',
  size: 'small',
  riskGrade: 'high',
  keyCategories: ['hazardousChemicals', 'confinedSpace'],
  standardizationGrade: 'level3',
  status: 'operating',
  contacts: [{ name: '王五', phone: '13900000000', title: '安全员' }],
};

describe('changedFields', () => {
  it('reports nothing for identical records, whatever the key order or category order', () => {
    const shuffled = {
      ...base,
      keyCategories: ['confinedSpace', 'hazardousChemicals'],
      contacts: [{ title: '安全员', phone: '13900000000', name: '王五' }],
    };
    expect(changedFields(base, shuffled)).toEqual({});
  });

  it('reports each changed field with its old and new value', () => {
    for (const f of TRACKED_FIELDS) {
      const after = { ...base, [f]: f === 'keyCategories' || f === 'contacts' ? [] : 'changed' };
      expect(Object.keys(changedFields(base, after)), f).toEqual([f]);
    }
    expect(changedFields(base, { ...base, riskGrade: 'major' })).toEqual({ riskGrade: { from: 'high', to: 'major' } });
  });

  it('reports every field of a new record as changed from null', () => {
    expect(Object.keys(changedFields(null, base))).toEqual([...TRACKED_FIELDS]);
  });
});

describe('regionCandidates', () => {
  it('walks from township to province', () => {
    expect(regionCandidates('421202001')).toEqual(['421202001', '421202', '421200', '420000']);
    expect(regionCandidates('421202')).toEqual(['421202', '421200', '420000']);
    expect(regionCandidates('421200')).toEqual(['421200', '420000']);
  });
});
