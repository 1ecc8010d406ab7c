import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PREFECTURE_COUNTIES } from './region-codes.js';
import { USCC_CHARSET, usccCheckChar, usccProblem, usccStartProblem, withCheckChar } from './uscc.js';
import { USCC_AUTHORITIES } from './uscc-codes.js';

// Real codes from published business licences (public registers); 133100 is 雄安新区, which is
// not a GB/T 2260 division.
const REAL = ['91110000802100433B', '914403001922038216', '91440300708461136T', '91330100716105852F', '91110108551385082Q', '91133100MA0D8N1J7G'];

// GB 32100-2015 表 A.1, written out a second time so that a slip in the data table shows.
const TABLE_A1 = '11 12 13 19 21 29 31 32 33 34 35 39 41 49 51 52 53 59 61 62 69 71 72 79 81 89 91 92 93 A1 A9 N1 N2 N3 N9 Y1'.split(' ');

const code = (first8: string) => withCheckChar(`${first8}MA4F5J8L2`);
const countyCodes = PREFECTURE_COUNTIES.flatMap((line) => {
  const [city, ...counties] = line.split(' ');
  return counties.map((c) => city + c);
});

describe('USCC (GB 32100-2015)', () => {
  it('accepts real codes', () => {
    for (const c of REAL) expect(usccProblem(c), c).toBeNull();
  });

  it('refuses every single-character mutation of a real code, naming a position', () => {
    for (const c of REAL) {
      for (let i = 0; i < 18; i++) {
        for (const s of `${USCC_CHARSET}IOSVZa-`) {
          if (s === c[i]) continue;
          const mutated = c.slice(0, i) + s + c.slice(i + 1);
          const problem = usccProblem(mutated);
          expect(problem, mutated).not.toBeNull();
          expect(problem).toMatch(/第 (\d+|1–2|3–8) 位/);
        }
      }
    }
  });

  it('names the wrong position and the expected check character', () => {
    expect(usccProblem('91440300708461136A')).toBe('统一社会信用代码第 18 位校验码应为「T」，实际为「A」，请核对前 17 位是否有误');
    expect(usccProblem('914403007O8461136T')).toContain('第 10 位「O」');
    expect(usccProblem('91440300708461136')).toContain('应为 18 位，实际为 17 位');
    expect(usccProblem('91A40300708461136T')).toContain('第 3–8 位');
  });

  it('accepts exactly the department and kind pairs of 表 A.1 (all 31 × 31 tried)', () => {
    expect(Object.entries(USCC_AUTHORITIES).flatMap(([a, { kinds }]) => Object.keys(kinds).map((k) => a + k))).toEqual(TABLE_A1);
    for (const a of USCC_CHARSET) {
      for (const k of USCC_CHARSET) {
        const problem = usccProblem(code(`${a}${k}421202`));
        if (TABLE_A1.includes(a + k)) expect(problem, a + k).toBeNull();
        else expect(problem, a + k).toMatch(new RegExp(`^统一社会信用代码第 1–2 位（登记管理部门代码和机构类别代码）无效：「${a}${k}」`));
      }
    }
  });

  it('says which kinds a known department has, and which departments there are', () => {
    expect(usccProblem(code('94421202'))).toBe(
      '统一社会信用代码第 1–2 位（登记管理部门代码和机构类别代码）无效：「94」，登记管理部门「9」（工商）的机构类别代码只有 1 企业、2 个体工商户、3 农民专业合作社（GB 32100-2015 表 A.1）',
    );
    expect(usccProblem(code('B1421202'))).toBe(
      '统一社会信用代码第 1–2 位（登记管理部门代码和机构类别代码）无效：「B1」，登记管理部门代码只有 1、2、3、4、5、6、7、8、9、A、N、Y（GB 32100-2015 表 A.1）',
    );
  });

  it('refuses a region no registering authority has, even with a recomputed check symbol', () => {
    expect(usccProblem(code('91999999'))).toBe('统一社会信用代码第 3–8 位（登记管理机关行政区划码）不是有效的行政区划代码：「999999」');
    // 12 Tianjin has no prefecture 1234, 42 Hubei none 4214; 1100 and 4200 are no prefecture; 99 and 00 no province.
    for (const region of ['123456', '421401', '110001', '420099', '990000', '000000']) {
      expect(usccProblem(code(`91${region}`)), region).toContain(`不是有效的行政区划代码：「${region}」`);
    }
  });

  it('accepts every province, prefecture and county code of the list, the state and the former prefectures', () => {
    for (const region of countyCodes) expect(usccProblem(code(`91${region}`)), region).toBeNull();
    for (const line of PREFECTURE_COUNTIES) {
      const city = line.slice(0, 4);
      expect(usccProblem(code(`12${city}00`)), city).toBeNull();
      expect(usccProblem(code(`51${city.slice(0, 2)}0000`)), city).toBeNull();
    }
    // 100000 国家; 130621 满城县 (130607 满城区 since 2015); 371202 莱芜市莱城区 (济南 since 2019);
    // 542200 山南地区 (540500 山南市 since 2016); 320576 苏州工业园区 (a statistics-only code).
    for (const region of ['100000', '130621', '371202', '542200', '320576']) expect(usccProblem(code(`91${region}`)), region).toBeNull();
  });

  it('computes a check character that always validates', () => {
    const pair = fc.constantFrom(...TABLE_A1);
    const region = fc.constantFrom(...countyCodes);
    const body = fc.array(fc.constantFrom(...USCC_CHARSET), { minLength: 9, maxLength: 9 });
    fc.assert(
      fc.property(pair, region, body, (p, r, b) => {
        const first17 = p + r + b.join('');
        const c = withCheckChar(first17);
        expect(usccProblem(c)).toBeNull();
        expect(usccCheckChar(first17)).toBe(c[17]);
        const wrong = USCC_CHARSET[(USCC_CHARSET.indexOf(c[17]) + 1) % 31];
        expect(usccProblem(first17 + wrong)).toMatch(/^统一社会信用代码第 18 位校验码/);
      }),
    );
  });
});

describe('usccStartProblem (while typing)', () => {
  it('finds nothing in any start of a valid code', () => {
    for (const c of REAL) for (let n = 0; n <= 18; n++) expect(usccStartProblem(c.slice(0, n)), c.slice(0, n)).toBeNull();
  });

  it('reports a department, kind or region start that cannot become valid', () => {
    expect(usccStartProblem('B')).toContain('第 1–2 位');
    expect(usccStartProblem('94')).toContain('无效：「94」');
    expect(usccStartProblem('919')).toBe('统一社会信用代码第 3–8 位（登记管理机关行政区划码）不是有效的行政区划代码：「9」');
    expect(usccStartProblem('911234')).toContain('「1234」');
    expect(usccStartProblem('914212')).toBeNull();
    expect(usccStartProblem('91A')).toContain('第 3–8 位应为登记管理机关行政区划码（6 位数字）');
    expect(usccStartProblem('91421202MO')).toContain('第 10 位「O」');
  });
});
