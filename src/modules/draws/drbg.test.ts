import { describe, expect, it } from 'vitest';
import { HmacDrbg, uniformInt } from './drbg.js';

const hex = (s: string) => Buffer.from(s, 'hex');

describe('HMAC_DRBG', () => {
  it('matches NIST CAVP HMAC_DRBG.rsp [SHA-256], no prediction resistance, COUNT = 0', () => {
    // CAVP procedure: instantiate, generate 1024 bits (discarded), generate 1024 bits (compared).
    const d = new HmacDrbg('sha256', hex('ca851911349384bffe89de1cbdc46e6831e44d34a4fb935ee285dd14b71a7488'), hex('659ba96c601dc69fc902940805ec0ca8'));
    d.generate(128);
    expect(d.generate(128).toString('hex')).toBe(
      'e528e9abf2dece54d47c7e75e5fe302149f817ea9fb4bee6f4199697d04d5b89d54fbb978a15b5c443c9ec21036d2460' +
        'b6f73ebad0dc2aba6e624abf07745bc107694bb7547bb0995f70de25d6b29e2d3011bb19d27676c07162c8b5ccde0668' +
        '961df86803482cb37ed6d5c0bb8d50cf1f50d476aa0458bdaba806f48be9dcb8',
    );
  });

  it('with SM3 gives the recorded output for the same inputs (golden, self-recorded)', () => {
    const d = new HmacDrbg('sm3', hex('ca851911349384bffe89de1cbdc46e6831e44d34a4fb935ee285dd14b71a7488'), hex('659ba96c601dc69fc902940805ec0ca8'));
    d.generate(128);
    expect(d.generate(32).toString('hex')).toBe(SM3_GOLDEN);
  });

  it('is a function of its inputs, and every input matters', () => {
    const out = (e: string, n: string, p: string, add = '') => new HmacDrbg('sm3', hex(e), hex(n), hex(p)).generate(40, hex(add)).toString('hex');
    const base = out('00112233', '44', '55');
    expect(out('00112233', '44', '55')).toBe(base);
    for (const other of [out('00112234', '44', '55'), out('00112233', '45', '55'), out('00112233', '44', '56'), out('00112233', '44', '55', '01')]) {
      expect(other).not.toBe(base);
    }
    expect(new HmacDrbg('sha256', hex('00112233'), hex('44'), hex('55')).generate(40).toString('hex')).not.toBe(base);
  });

  it('refuses requests above 2^16 bytes and unknown hashes', () => {
    expect(() => new HmacDrbg('sm3', hex('00')).generate(65537)).toThrow();
    expect(() => new HmacDrbg('md5' as never, hex('00'))).toThrow();
  });
});

describe('uniformInt', () => {
  it('consumes exactly one 4-byte Generate call per attempt and rejects r ≥ 2^32 − (2^32 mod n)', () => {
    const seed = hex('0f'.repeat(32));
    const a = new HmacDrbg('sm3', seed);
    const b = new HmacDrbg('sm3', seed);
    for (let i = 0; i < 500; i++) {
      const n = 3 * 2 ** 30; // limit = 3·2^30: r in the top quarter is rejected
      let expected: number | undefined;
      while (expected === undefined) {
        const r = b.generate(4).readUInt32BE(0);
        if (r < n) expected = r % n;
      }
      expect(uniformInt(a, n)).toBe(expected);
    }
  });

  it('covers n = 1 and n = 2^32 and rejects bad ranges', () => {
    const d = new HmacDrbg('sm3', hex('01'));
    expect(uniformInt(d, 1)).toBe(0);
    const x = uniformInt(d, 2 ** 32);
    expect(x >= 0 && x < 2 ** 32).toBe(true);
    for (const n of [0, -1, 1.5, 2 ** 32 + 1]) expect(() => uniformInt(d, n)).toThrow();
  });

  it('is unbiased: chi-square over 7 cells and 14 000 draws stays below the 0.1% critical value', () => {
    const d = new HmacDrbg('sm3', hex('5a'.repeat(32)), Buffer.from('chi-square'));
    const n = 7;
    const draws = 14_000;
    const counts = new Array<number>(n).fill(0);
    for (let i = 0; i < draws; i++) counts[uniformInt(d, n)]++;
    const expected = draws / n;
    const chi2 = counts.reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
    expect(chi2).toBeLessThan(22.46); // χ²(6 d.f.) at p = 0.001
  });

  it('shows no modulo bias where a bare modulus would double the low third (n = 3·2^30)', () => {
    const d = new HmacDrbg('sha256', hex('a5'.repeat(32)));
    const draws = 6_000;
    let low = 0;
    for (let i = 0; i < draws; i++) if (uniformInt(d, 3 * 2 ** 30) < 2 ** 30) low++;
    // Unbiased: 1/3 (2 000 ± 37 s.d.); r mod n without rejection: 1/2.
    expect(Math.abs(low - draws / 3)).toBeLessThan(150);
  });
});

const SM3_GOLDEN = 'b0b6b63bc6509bca282b4470cb814b8ad68a48353c1e159c5b0b0045218e3ef3';
