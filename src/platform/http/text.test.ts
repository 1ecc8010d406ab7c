import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.js';
import { assertStorableText, findBadText, textProblem } from './text.js';

describe('text that may be stored', () => {
  it('accepts ordinary, Chinese and astral text, refuses NUL and lone surrogates anywhere in the string', () => {
    for (const ok of ['', '安全出口堵塞', 'a\tb\nc', '𠮷野家 😀', '\ud842\udfb7']) expect(textProblem(ok)).toBeNull();
    for (const bad of ['\u0000', 'a\u0000b', '\ud800', 'x\udc00', '\udc00\ud800', '😀\ud800', 'end\ud83d']) expect(textProblem(bad)).not.toBeNull();
    expect(textProblem('a\u0000')).toMatch(/空字符/);
    expect(textProblem('\ud800')).toMatch(/代理项/);
  });

  it('finds the first bad string with its path through objects, arrays and keys, and skips bytes', () => {
    expect(findBadText({ a: 'ok', items: [{ note: 'ok' }, { note: 'x\u0000' }] })).toEqual({ path: 'items.1.note', problem: expect.stringMatching(/空字符/) });
    expect(findBadText({ 'k\ud800': 1 })?.path).toBe('k?');
    expect(findBadText(Buffer.from([0, 0xd8, 0]))).toBeNull();
    expect(findBadText(new Uint8Array([0]))).toBeNull();
    expect(findBadText({ n: 1, b: true, z: null, s: '好' })).toBeNull();
    expect(findBadText('\u0000')).toEqual({ path: '', problem: expect.any(String) });
  });

  it('names the part and the field in Chinese', () => {
    const refused = (req: object) => {
      try {
        assertStorableText(req);
      } catch (e) {
        return e as ValidationError;
      }
      return null;
    };
    expect(refused({ params: { id: 'x' }, query: { q: '安全' }, body: { name: '甲' } })).toBeNull();
    const q = refused({ query: { q: 'a\u0000' } });
    expect(q).toBeInstanceOf(ValidationError);
    expect(q?.message).toBe('查询参数「q」含有空字符（U+0000）');
    expect(q?.field).toBe('q');
    expect(refused({ body: { hazards: [{ description: '\ud800' }] } })?.field).toBe('hazards.0.description');
    expect(refused({ params: { code: '\u0000' } })?.message).toMatch(/^路径参数「code」/);
  });
});
