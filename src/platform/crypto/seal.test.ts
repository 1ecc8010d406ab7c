import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateSealKey, loadOrCreateSealKey, SealError, seal, unseal } from './seal.js';

describe('sealed fields', () => {
  const key = generateSealKey();

  it('round-trips any text, and never shows it in the sealed bytes', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 200 }), (text) => {
        const sealed = seal(key, text);
        expect(unseal(key, sealed)).toBe(text);
      }),
    );
    const sealed = seal(key, '张三 13800138000');
    expect(sealed.includes(Buffer.from('张三'))).toBe(false);
    expect(sealed.includes(Buffer.from('13800138000'))).toBe(false);
    // A random IV: the same text seals differently each time.
    expect(seal(key, '张三').equals(seal(key, '张三'))).toBe(false);
  });

  it('refuses a value altered anywhere, or sealed with another key', () => {
    const sealed = seal(key, '举报人：李四');
    for (const at of [0, 3, 12, 30, sealed.length - 1]) {
      const bent = Buffer.from(sealed);
      bent[at] ^= 0x01;
      expect(() => unseal(key, bent)).toThrow(SealError);
    }
    expect(() => unseal(generateSealKey(), sealed)).toThrow('不是用当前密钥加密的');
    expect(() => unseal(key, sealed.subarray(0, 40))).toThrow(SealError);
  });

  it('keeps its key outside the database: a file made once (0600) or the environment', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-seal-'));
    const first = loadOrCreateSealKey(dir);
    expect(fs.statSync(path.join(dir, 'keys', 'seal.key')).mode & 0o777).toBe(0o600);
    expect(loadOrCreateSealKey(dir).keyId).toBe(first.keyId);
    const hex = 'ab'.repeat(48);
    expect(loadOrCreateSealKey(dir, hex).keyId).not.toBe(first.keyId);
    expect(() => loadOrCreateSealKey(dir, 'abc')).toThrow('ZHIFA_SEAL_KEY');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
