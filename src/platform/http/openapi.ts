// The OpenAPI document as an integrator reads it: who may call each operation (the session cookie,
// and the CSRF header for writes), a stable operationId, and the error body with the 4xx statuses
// the error mapping (errors.ts) can answer. Checked by a validator in openapi.db.test.ts.

import type { SwaggerTransform } from '@fastify/swagger';
import type { OpenAPIV3_1 } from 'openapi-types';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { type Access, SESSION_COOKIE } from './access.js';

export const SECURITY_SCHEMES: Record<string, OpenAPIV3_1.SecuritySchemeObject> = {
  session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: '登录后服务器设置的会话 Cookie（HttpOnly）' },
  csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token', description: '写操作须携带的 CSRF 令牌，取自 GET /api/auth/me 的 csrfToken' },
};

const ERROR_BODY: OpenAPIV3_1.SchemaObject = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', description: '错误类别，如 validation、forbidden、ruleViolation' },
        message: { type: 'string', description: '中文说明，指明字段' },
        field: { type: 'string', description: '出错的字段' },
        article: { type: 'string', description: '所依据的法律条款' },
      },
    },
  },
};

export const ERROR_SCHEMA_NAME = 'Error';
export const errorComponents = { [ERROR_SCHEMA_NAME]: ERROR_BODY };

const ERRORS: Record<string, string> = {
  '400': '请求不合法（字段、类型或格式），message 指明字段',
  '401': '未登录或会话已过期',
  '403': '无权执行（角色、机构范围或职责分离）',
  '404': '资源不存在',
  '409': '数据已被他人更新（版本冲突）或与现有数据冲突',
  '422': '违反法定或业务规则，article 给出依据',
  '429': '尝试过于频繁',
};

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** `GET /api/cases/:id/instruments/:kind` → `getCasesByIdInstrumentsByKind`. */
export function operationIdOf(method: string, url: string): string {
  const words = url
    .replace(/^\/api\//, '')
    .split('/')
    .filter(Boolean)
    .map((seg) => (seg.startsWith(':') ? `by-${seg.slice(1)}` : seg))
    .join('-')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  return [method.toLowerCase(), ...words.map((w) => w[0].toUpperCase() + w.slice(1))].join('');
}

function securityOf(method: string, access: Access | undefined) {
  if (!access || 'public' in access) return [];
  return WRITES.has(method) ? [{ session: [], csrf: [] }] : [{ session: [] }];
}

/** The zod transform, then security, operationId and error responses from the route's declaration. */
export const openApiTransform: SwaggerTransform = (input) => {
  const out = jsonSchemaTransform(input as Parameters<typeof jsonSchemaTransform>[0]);
  const method = [input.route.method].flat()[0];
  const access = (input.route.config as { access?: Access } | undefined)?.access;
  const schema = out.schema as Record<string, unknown>;
  const responses = { ...(schema.response as Record<string, unknown> | undefined) };
  const statuses = ['400', ...(access && !('public' in access) ? ['401', '403'] : []), '404', ...(WRITES.has(method) ? ['409', '422'] : [])];
  if (input.url === '/api/auth/sign-in') statuses.push('423', '429');
  for (const status of statuses) {
    responses[status] ??= {
      description: ERRORS[status] ?? (status === '423' ? '账户已锁定' : '请求被拒绝'),
      content: { 'application/json': { schema: { $ref: `#/components/schemas/${ERROR_SCHEMA_NAME}` } } },
    };
  }
  return {
    url: out.url,
    schema: { ...schema, operationId: operationIdOf(method, input.url), security: securityOf(method, access), response: responses },
  };
};
