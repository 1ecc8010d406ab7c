import { describe, expect, it } from 'vitest';
import { canonicalJson, hash, HASH_ALGS, type HashAlg } from './hash.js';

const hex = (b: Buffer) => b.toString('hex');

describe('hash', () => {
  // GB/T 32905-2016 Appendix A, examples 1 and 2.
  it('matches the SM3 standard vectors', () => {
    expect(hex(hash('sm3', 'abc'))).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
    expect(hex(hash('sm3', 'abcd'.repeat(16)))).toBe('debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732');
    expect(hex(hash('sm3'))).toBe('1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b');
  });

  // FIPS 180-2 "abc" and the empty message.
  it('matches the SHA-256 standard vectors', () => {
    expect(hex(hash('sha256', 'abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hex(hash('sha256'))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it.each(HASH_ALGS)('%s: concatenates parts, strings as UTF-8', (alg) => {
    const whole = hash(alg, 'abc');
    expect(hash(alg, 'a', 'b', 'c')).toEqual(whole);
    expect(hash(alg, Uint8Array.of(0x61), 'b', Buffer.from('c'))).toEqual(whole);
    expect(hash(alg, '', 'abc', new Uint8Array(0))).toEqual(whole);
    expect(hash(alg, '执法')).toEqual(hash(alg, Buffer.from([0xe6, 0x89, 0xa7, 0xe6, 0xb3, 0x95])));
    expect(hash(alg, 'ab')).not.toEqual(whole);
  });

  it('produces 32-byte digests that differ between algorithms', () => {
    for (const alg of HASH_ALGS) expect(hash(alg, 'x')).toHaveLength(32);
    expect(hash('sm3', 'x')).not.toEqual(hash('sha256', 'x'));
  });

  it('refuses algorithms other than the configured set', () => {
    for (const alg of ['md5', 'sha1', 'SM3', '']) {
      expect(() => hash(alg as HashAlg, 'abc')).toThrow(/unsupported ledger hash algorithm/);
    }
  });
});

describe('canonicalJson (RFC 8785)', () => {
  it('sorts keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}');
    expect(canonicalJson([3, 1, 2])).toBe('[3,1,2]');
    expect(canonicalJson({})).toBe('{}');
    expect(canonicalJson([])).toBe('[]');
  });

  it('gives the same text however the object was built', () => {
    const a = { orgId: 'o', action: '立案', n: 1 };
    const b = { n: 1, action: '立案', orgId: 'o' };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
  });

  it('keeps Chinese text as UTF-8, unescaped', () => {
    expect(canonicalJson({ 案由: '未按规定开展安全生产教育和培训' })).toBe('{"案由":"未按规定开展安全生产教育和培训"}');
  });

  it('sorts keys by UTF-16 code units, including Chinese and astral characters', () => {
    // 执 U+6267 < 案 U+6848; ASCII sorts first.
    expect(canonicalJson({ 案件: 2, 执法: 1, a: 3 })).toBe('{"a":3,"执法":1,"案件":2}');
    // RFC 8785 §3.2.3: the emoji (surrogates D83D DE00) sorts before U+FB33, unlike code point order.
    const input = JSON.parse(
      '{"\\u20ac":"Euro Sign","\\r":"Carriage Return","\\ufb33":"Hebrew Letter Dalet With Dagesh","1":"One",' +
        '"\\ud83d\\ude00":"Emoji: Grinning Face","\\u0080":"Control","\\u00f6":"Latin Small Letter O With Diaeresis"}',
    );
    expect(canonicalJson(input)).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis",' +
        '"\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });

  it('reproduces the RFC 8785 §3.2.2 example byte for byte', () => {
    const input = JSON.parse(
      '{"numbers":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001],' +
        '"string":"\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/","literals":[null,true,false]}',
    );
    expect(canonicalJson(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' + '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('serialises numbers the ECMAScript way', () => {
    expect(canonicalJson([0, -0, 1, -1, 1.5, 100, 1e21, 1e-7, 0.000001, 9007199254740991, 5e-324])).toBe(
      '[0,0,1,-1,1.5,100,1e+21,1e-7,0.000001,9007199254740991,5e-324]',
    );
  });

  it('treats values as JSON would: toJSON honoured, undefined members dropped', () => {
    expect(canonicalJson({ at: new Date('2026-11-23T08:00:00Z'), gone: undefined })).toBe('{"at":"2026-11-23T08:00:00.000Z"}');
    expect(canonicalJson([undefined])).toBe('[null]');
    expect(canonicalJson('s')).toBe('"s"');
    expect(canonicalJson(null)).toBe('null');
  });

  it('refuses values with no JSON representation', () => {
    expect(() => canonicalJson(undefined)).toThrow(/undefined has no JSON representation/);
    expect(() => canonicalJson(() => 1)).toThrow(/function has no JSON representation/);
    expect(() => canonicalJson(Symbol('s'))).toThrow(/symbol has no JSON representation/);
    expect(() => canonicalJson({ n: NaN })).toThrow();
    expect(() => canonicalJson([Infinity])).toThrow();
    expect(() => canonicalJson(1n)).toThrow();
    expect(() => canonicalJson('\ud800')).toThrow(/surrogate/);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(/Circular/);
  });
});
