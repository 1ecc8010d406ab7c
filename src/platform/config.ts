import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { HASH_ALGS } from './ledger/hash.js';

// Read once at start-up; a bad value stops the process with a message that names the variable.
const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  ZHIFA_DATA_DIR: z.string().min(1).default('./data'),
  // An empty value means unset, as shells and .env files often leave it.
  DATABASE_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
      .optional(),
  ),
  ZHIFA_HASH_ALG: z.enum(HASH_ALGS as unknown as ['sm3', 'sha256']).default('sm3'),
  ZHIFA_CHECKPOINT_EVERY: z.coerce.number().int().min(1).default(1000),
  ZHIFA_CHECKPOINT_MINUTES: z.coerce.number().min(0.01).default(10),
  ZHIFA_SEED: z.enum(['demo', 'none']).default('demo'),
  ZHIFA_COOKIE_SECURE: z.enum(['true', 'false']).default('false'),
  // The address the public reaches the portal at: links in the Atom feed and in instruments are
  // built from it, never from a request's Host header. Defaults to this machine's port.
  ZHIFA_PUBLIC_URL: z.preprocess((v) => (v === '' ? undefined : v), z.url({ protocol: /^https?$/, error: '须为 http:// 或 https:// 开头的网址' }).optional()),
  // The key that seals personal data at rest (a tipster's identity), 96 hex digits, for a key kept
  // in a secrets manager; unset, it is created in <data dir>/keys/seal.key on first start.
  ZHIFA_SEAL_KEY: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .regex(/^[0-9a-fA-F]{96}$/, '须为 96 位十六进制数字')
      .optional(),
  ),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // A CJK font for PDF instruments: a .ttf/.otf, or a .ttc with '#PostScriptName' (see documents/render/fonts.ts).
  ZHIFA_PDF_FONT: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .refine((v) => fs.existsSync(v.split('#')[0]), '字体文件不存在 (font file not found)')
      .optional(),
  ),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  hashAlg: 'sm3' | 'sha256';
  checkpointEvery: number;
  checkpointMinutes: number;
  seed: 'demo' | 'none';
  cookieSecure: boolean;
  /** No trailing slash, e.g. https://zhifa.example.gov.cn */
  publicUrl: string;
  logLevel: string;
  pdfFont: string | undefined;
  sealKey: string | undefined;
};

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`配置错误 (invalid configuration):\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.ZHIFA_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    hashAlg: e.ZHIFA_HASH_ALG,
    checkpointEvery: e.ZHIFA_CHECKPOINT_EVERY,
    checkpointMinutes: e.ZHIFA_CHECKPOINT_MINUTES,
    seed: e.ZHIFA_SEED,
    cookieSecure: e.ZHIFA_COOKIE_SECURE === 'true',
    publicUrl: (e.ZHIFA_PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    logLevel: e.LOG_LEVEL,
    pdfFont: e.ZHIFA_PDF_FONT,
    sealKey: e.ZHIFA_SEAL_KEY,
  };
}
