import { describe, expect, it } from 'vitest';
import { KEY_CATEGORIES } from '../../registry/contract.js';
import { CHECKLISTS, checklistsFor } from './checklists.js';
import { LAW_CODES } from '../law/types.js';
import { LAWS } from '../law/work-safety-law.js';
import { chineseNumeral, citeBasis, wsl } from './laws.js';
import { BORROWED_ITEMS, criteriaFor, MAJOR_HAZARD_ARTICLES, MAJOR_HAZARD_CRITERIA, majorHazardCriterion } from './major-hazard-criteria.js';
import { ENFORCEMENT_MATTERS, POWER_ITEMS } from './power-list.js';
import { CHECKLIST_SCOPES, ENFORCEMENT_LEVELS, INDUSTRY_KEYS, POWER_KINDS } from './types.js';

const ALL_CHECK_ITEMS = CHECKLISTS.flatMap((c) => c.items);

function duplicates(values: readonly string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

describe('codes are unique within each list', () => {
  it.each([
    ['major-hazard criteria', MAJOR_HAZARD_CRITERIA.map((c) => c.code)],
    ['checklists', CHECKLISTS.map((c) => c.code)],
    ['check items (across all checklists)', ALL_CHECK_ITEMS.map((i) => i.code)],
    ['power items', POWER_ITEMS.map((p) => p.code)],
    ['enforcement matters', ENFORCEMENT_MATTERS.map((m) => m.code)],
  ])('%s', (_list, codes) => {
    expect(codes.length).toBeGreaterThan(0);
    expect(duplicates(codes)).toEqual([]);
  });
});

describe('重大事故隐患判定标准 (应急管理部令第10号)', () => {
  it('has the 64 情形 the ministry announced: 3 管理类, 47 行业类, 14 专项类', () => {
    const special = ['combustibleDust', 'ammoniaRefrigeration', 'confinedSpace'];
    expect(MAJOR_HAZARD_CRITERIA).toHaveLength(64);
    expect(MAJOR_HAZARD_CRITERIA.filter((c) => c.scope === 'general')).toHaveLength(3);
    expect(MAJOR_HAZARD_CRITERIA.filter((c) => c.scope !== 'general' && !special.includes(c.scope))).toHaveLength(47);
    expect(MAJOR_HAZARD_CRITERIA.filter((c) => special.includes(c.scope))).toHaveLength(14);
  });

  it('has the general items of 第三条', () => {
    const general = MAJOR_HAZARD_CRITERIA.filter((c) => c.scope === 'general');
    expect(general.map((c) => c.code)).toEqual(['MHC-2023-3-1', 'MHC-2023-3-2', 'MHC-2023-3-3']);
    expect(general.every((c) => c.article === 3)).toBe(true);
  });

  it('covers 第三条 to 第十三条 once each, in order', () => {
    expect(MAJOR_HAZARD_ARTICLES.map((a) => a.article)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    for (const a of MAJOR_HAZARD_ARTICLES) expect(a.heading, `第${a.article}条`).toMatch(/有下列情形之一的，应当判定为重大事故隐患：$/);
  });

  it('uses only the allowed scopes, and gives each an article with at least one item — except 商贸, which has none', () => {
    const allowed: string[] = ['general', ...INDUSTRY_KEYS];
    for (const c of MAJOR_HAZARD_CRITERIA) expect(allowed, c.code).toContain(c.scope);
    for (const key of INDUSTRY_KEYS) {
      const n = MAJOR_HAZARD_CRITERIA.filter((c) => c.scope === key).length;
      // 第二条 names 商贸 in the standard's scope, but no article lists 商贸 情形 of its own.
      if (key === 'commerce') expect(n).toBe(0);
      else expect(n, key).toBeGreaterThanOrEqual(1);
    }
  });

  it('numbers items from 1 within each article and builds each code from article and item', () => {
    for (const a of MAJOR_HAZARD_ARTICLES) {
      const items = MAJOR_HAZARD_CRITERIA.filter((c) => c.article === a.article);
      expect(items.map((c) => c.item)).toEqual(items.map((_, i) => i + 1));
      for (const c of items) {
        expect(c.code).toBe(`MHC-2023-${c.article}-${c.item}`);
        expect(c.scope).toBe(a.scope);
      }
    }
  });

  it('keeps item text as the standard words it: a 情形 ending in 的, without trailing punctuation', () => {
    for (const c of MAJOR_HAZARD_CRITERIA) {
      expect(c.text, c.code).toMatch(/的$/);
      expect(['confirmed', 'summarised'], c.code).toContain(c.verification);
    }
  });

  it('looks criteria up by code and by the enterprise’s industries', () => {
    expect(majorHazardCriterion('MHC-2023-11-3')?.text).toContain('泄爆、惰化、抑爆');
    expect(majorHazardCriterion('MHC-2023-14-1')).toBeUndefined();
    const forDust = criteriaFor(['combustibleDust']);
    expect(forDust).toHaveLength(3 + 10);
    expect(criteriaFor(['commerce']).every((c) => c.scope === 'general')).toBe(true);
  });

  it('borrows only items that exist in the article it names', () => {
    for (const b of BORROWED_ITEMS) {
      for (const item of b.items) expect(majorHazardCriterion(`MHC-2023-${b.article}-${item}`), `${b.article}-${item}`).toBeDefined();
    }
  });
});

describe('检查表', () => {
  it('has a general checklist of 15–25 items and the five special ones of 8–15 items', () => {
    const sizes = Object.fromEntries(CHECKLISTS.map((c) => [c.scope, c.items.length]));
    expect(sizes.general).toBeGreaterThanOrEqual(15);
    expect(sizes.general).toBeLessThanOrEqual(25);
    for (const scope of ['hazardousChemicals', 'combustibleDust', 'confinedSpace', 'ammoniaRefrigeration', 'metallurgy']) {
      expect(sizes[scope], scope).toBeGreaterThanOrEqual(8);
      expect(sizes[scope], scope).toBeLessThanOrEqual(15);
    }
  });

  it('uses only allowed scopes, one checklist per scope, and item codes under the checklist code', () => {
    for (const c of CHECKLISTS) {
      expect(CHECKLIST_SCOPES, c.code).toContain(c.scope);
      for (const item of c.items) expect(item.code.startsWith(`${c.code}-`), item.code).toBe(true);
    }
    expect(duplicates(CHECKLISTS.map((c) => c.scope))).toEqual([]);
  });

  it('points every majorHazardCode at an existing criterion', () => {
    for (const item of ALL_CHECK_ITEMS) {
      if (item.majorHazardCode) expect(majorHazardCriterion(item.majorHazardCode), item.code).toBeDefined();
    }
    expect(ALL_CHECK_ITEMS.some((i) => i.majorHazardCode)).toBe(true);
  });

  it('gives every item a basis in a known instrument with a positive article, paragraph and item', () => {
    for (const { code, basis } of ALL_CHECK_ITEMS) {
      expect(LAW_CODES, code).toContain(basis.lawCode);
      expect(Number.isInteger(basis.article) && basis.article > 0, code).toBe(true);
      for (const n of [basis.paragraph, basis.item]) {
        if (n !== undefined) expect(Number.isInteger(n) && n > 0, code).toBe(true);
      }
    }
  });

  it('picks the general checklist plus those of the enterprise’s categories', () => {
    expect(checklistsFor([]).map((c) => c.code)).toEqual(['CL-GEN']);
    expect(checklistsFor(['confinedSpace', 'metallurgy']).map((c) => c.code)).toEqual(['CL-GEN', 'CL-CS', 'CL-MT']);
  });
});

describe('industry keys', () => {
  it('are the registry’s key categories, so enterprises and standards use the same strings', () => {
    for (const key of [...INDUSTRY_KEYS, 'hazardousChemicals']) expect(KEY_CATEGORIES, key).toContain(key);
  });
});

describe('权责清单 and 行政执法事项', () => {
  it('has 15–25 power items, each of an allowed kind, and every kind used', () => {
    expect(POWER_ITEMS.length).toBeGreaterThanOrEqual(15);
    expect(POWER_ITEMS.length).toBeLessThanOrEqual(25);
    for (const p of POWER_ITEMS) expect(POWER_KINDS, p.code).toContain(p.kind);
    expect(new Set(POWER_ITEMS.map((p) => p.kind))).toEqual(new Set(POWER_KINDS));
  });

  it('cites an instrument and a numbered article for every power item, ready for disclosure', () => {
    for (const p of POWER_ITEMS) {
      expect(p.basis, p.code).toMatch(/^《[^》]+》第[一二三四五六七八九十百零]+条/);
      expect(p.name.length, p.code).toBeGreaterThan(0);
      expect(p.subject.length, p.code).toBeGreaterThan(0);
      expect(p.responsibilities, p.code).toBeTruthy();
      expect(p.accountability, p.code).toBeTruthy();
    }
  });

  it('points every enforcement matter at an existing power item, at a known level, and gives every power item a matter', () => {
    const powerCodes = new Set(POWER_ITEMS.map((p) => p.code));
    for (const m of ENFORCEMENT_MATTERS) {
      expect(powerCodes.has(m.powerCode), m.code).toBe(true);
      expect(m.code.startsWith(`${m.powerCode}-`), m.code).toBe(true);
      expect(ENFORCEMENT_LEVELS, m.code).toContain(m.level);
    }
    for (const code of powerCodes)
      expect(
        ENFORCEMENT_MATTERS.some((m) => m.powerCode === code),
        code,
      ).toBe(true);
  });
});

describe('citations', () => {
  it('writes article numbers as statutes do', () => {
    const cases: Array<[number, string]> = [
      [1, '一'],
      [10, '十'],
      [12, '十二'],
      [20, '二十'],
      [41, '四十一'],
      [100, '一百'],
      [101, '一百零一'],
      [110, '一百一十'],
      [114, '一百一十四'],
      [120, '一百二十'],
    ];
    for (const [n, text] of cases) expect(chineseNumeral(n)).toBe(text);
    expect(() => chineseNumeral(0)).toThrow(RangeError);
  });

  it('cites a basis with its paragraph and item', () => {
    expect(citeBasis(wsl(97))).toBe('《中华人民共和国安全生产法》第九十七条');
    expect(citeBasis(wsl(65, 1, 4))).toBe('《中华人民共和国安全生产法》第六十五条第一款第四项');
    expect(LAWS.map((l) => l.code).sort()).toEqual([...LAW_CODES].sort());
  });
});

describe('links into the violation catalogue', () => {
  it('every check item names a violation type the catalogue ships', async () => {
    const { VIOLATION_TYPES } = await import('../law/work-safety-law.js');
    const codes = new Set(VIOLATION_TYPES.map((v) => v.code));
    const dangling = CHECKLISTS.flatMap((c) =>
      c.items.filter((i) => i.violationTypeCode && !codes.has(i.violationTypeCode)).map((i) => `${i.code} → ${i.violationTypeCode}`),
    );
    expect(dangling).toEqual([]);
  });
});
