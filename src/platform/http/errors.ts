import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.js';
import { recordSecurityEvent } from '../auth/service.js';
import { DomainError, Forbidden } from '../errors.js';

export interface ErrorBody {
  error: { code: string; message: string; field?: string; article?: string };
}

/** The one place where errors become HTTP responses. Bad input is a 4xx, never a 500. */
export function errorHandler(app: AppContext) {
  return async (err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    if (hasZodFastifySchemaValidationErrors(err)) {
      const first = err.validation[0];
      const field =
        first.instancePath.replace(/^\//, '').replaceAll('/', '.') || (first.params as { issue?: { path?: PropertyKey[] } })?.issue?.path?.join('.') || '';
      const where = err.validationContext === 'querystring' ? '查询参数' : err.validationContext === 'params' ? '路径参数' : '字段';
      const message = field ? `${where}「${field}」${first.message}` : `请求${where}不合法：${first.message}`;
      return reply.status(400).send(body('validation', message, field || undefined));
    }
    if (err instanceof DomainError) {
      if (err instanceof Forbidden) {
        await recordSecurityEvent(app.db, app, {
          kind: 'permissionDenied',
          userId: req.principal?.userId,
          username: req.principal?.username,
          ip: req.ip,
          detail: { method: req.method, route: req.routeOptions.url ?? req.url, reason: err.message },
        }).catch((e) => req.log.error(e, 'could not record permission denial'));
      }
      return reply.status(err.status).send(body(err.code, err.message, err.field, err.article));
    }
    const status = err.statusCode ?? 500;
    if (status < 500) {
      const message = FASTIFY_MESSAGES[err.code] ?? (status === 413 ? '请求体过大' : status === 404 ? '资源不存在' : `请求不合法（${err.code ?? status}）`);
      return reply.status(status).send(body('badRequest', message));
    }
    req.log.error({ err }, 'unhandled error');
    return reply.status(500).send(body('internal', '服务器内部错误，请稍后再试或联系管理员'));
  };
}

const FASTIFY_MESSAGES: Record<string, string> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: '不支持的请求内容类型',
  FST_ERR_CTP_EMPTY_JSON_BODY: '请求体不能为空',
  FST_ERR_CTP_INVALID_JSON_BODY: '请求体不是合法的 JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: '请求体过大',
};

const body = (code: string, message: string, field?: string, article?: string): ErrorBody => ({
  error: { code, message, ...(field ? { field } : {}), ...(article ? { article } : {}) },
});
