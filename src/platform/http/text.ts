// Text that may enter the system. PostgreSQL refuses U+0000 in text, and a lone UTF-16 surrogate
// cannot be encoded as UTF-8 (the driver would store U+FFFD, so the record would differ from what
// was submitted). Both are refused at the boundary, before any handler, with the field named.

import { ValidationError } from '../errors.js';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why `s` cannot be stored as text, or null. */
export function textProblem(s: string): string | null {
  if (s.includes('\u0000')) return '含有空字符（U+0000）';
  if (LONE_SURROGATE.test(s)) return '含有不成对的代理项（不是合法的 Unicode 文本）';
  return null;
}

/** The first string (or object key) in `value` that cannot be stored, with its path, or null. */
export function findBadText(value: unknown, path: string[] = [], depth = 0): { path: string; problem: string } | null {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    return problem ? { path: path.join('.'), problem } : null;
  }
  // Raw uploads (evidence files) are bytes, not text.
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value) || value instanceof Uint8Array) return null;
  if (depth > 64) return null; // deeper than any contract; the schema refuses it
  for (const [k, v] of Object.entries(value)) {
    const keyProblem = textProblem(k);
    if (keyProblem) return { path: [...path, k.replaceAll('\u0000', '?').replace(/[\ud800-\udfff]/g, '?')].join('.'), problem: keyProblem };
    const found = findBadText(v, [...path, k], depth + 1);
    if (found) return found;
  }
  return null;
}

const WHERE = { params: '路径参数', query: '查询参数', body: '字段' } as const;

/** Refuses a request whose path, query or body holds text that cannot be stored (400, field named). */
export function assertStorableText(req: { params?: unknown; query?: unknown; body?: unknown }): void {
  for (const part of ['params', 'query', 'body'] as const) {
    const found = findBadText(req[part]);
    if (!found) continue;
    const where = WHERE[part];
    const message = found.path ? `${where}「${found.path}」${found.problem}` : `请求${where}${found.problem}`;
    throw new ValidationError(message, found.path || part);
  }
}
