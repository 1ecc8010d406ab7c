import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { USCC_CHARSET, usccCheckChar, usccProblem, withCheckChar } from './uscc.js';

// Real codes from published business licences (public registers).
const REAL = ['91110000802100433B', '914403001922038216', '91440300708461136T', '91330100716105852F', '91110108551385082Q'];

describe('USCC (GB 32100-2015)', () => {
  it('accepts real codes', () => {
    for (const code of REAL) expect(usccProblem(code), code).toBeNull();
  });

  it('refuses every single-character mutation of a real code, naming a position', () => {
    for (const code of REAL) {
      for (let i = 0; i < 18; i++) {
        for (const c of `${USCC_CHARSET}IOSVZa-`) {
          if (c === code[i]) continue;
          const mutated = code.slice(0, i) + c + code.slice(i + 1);
          const problem = usccProblem(mutated);
          expect(problem, mutated).not.toBeNull();
          expect(problem).toMatch(/第 (\d+|3–8) 位/);
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

  it('computes a check character that always validates', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...USCC_CHARSET), { minLength: 17, maxLength: 17 }), fc.constantFrom(...'0123456789'.split('')), (body, d) => {
        const first17 = body.slice(0, 2).join('') + d.repeat(6) + body.slice(8).join('');
        const code = withCheckChar(first17);
        expect(usccProblem(code)).toBeNull();
        expect(usccCheckChar(first17)).toBe(code[17]);
      }),
    );
  });
});
