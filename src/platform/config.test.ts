import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('has working defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3000, databaseUrl: undefined, hashAlg: 'sm3', seed: 'demo' });
    expect(c.dataDir.endsWith('/data')).toBe(true);
  });
  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ ZHIFA_HASH_ALG: 'md5' })).toThrow(ConfigError);
  });
  it('accepts a PostgreSQL URL and the sha256 setting', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@127.0.0.1:5432/z', ZHIFA_HASH_ALG: 'sha256' })).toMatchObject({
      databaseUrl: 'postgres://u@127.0.0.1:5432/z',
      hashAlg: 'sha256',
    });
  });
});
