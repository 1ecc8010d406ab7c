import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.js';
import { holds, type CapabilityTable } from '../auth/capabilities.js';
import { loadPrincipal, type Principal } from '../auth/service.js';
import { Forbidden, Unauthenticated } from '../errors.js';

/**
 * Every route declares who may call it; a route without a declaration is refused at start-up
 * (deny by default). Org subtree and separation of duties are checked again in the services.
 */
export type Access =
  | { public: true }
  | { signedIn: true; duringPasswordChange?: boolean }
  /** A named capability of the one table (`platform/auth/capabilities.ts`, each module's `capabilities.ts`). */
  | { can: string };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
}

export const SESSION_COOKIE = 'zhifa_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function accessOf(req: FastifyRequest): Access | undefined {
  return req.routeOptions.config?.access;
}

/** onRequest hook: session, then role, then CSRF for anything that changes state. */
export function accessHook(app: AppContext, capabilities: CapabilityTable) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    // No route matched: the not-found handler answers (the web app or a 404), nothing to guard.
    if (req.is404) return;
    const access = accessOf(req);
    if (!access) throw new Forbidden('该接口未声明访问权限，拒绝访问');
    if ('public' in access) return;
    const token = req.cookies[SESSION_COOKIE];
    let principal: Principal | null = null;
    try {
      principal = token ? await loadPrincipal(app, token, req.ip) : null;
    } catch (e) {
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      throw e;
    }
    if (!principal) throw new Unauthenticated('请先登录');
    req.principal = principal;
    if (!SAFE_METHODS.has(req.method) && req.headers['x-csrf-token'] !== principal.csrfToken) {
      throw new Forbidden('缺少或错误的 CSRF 令牌 (x-csrf-token)', 'x-csrf-token');
    }
    if (principal.mustChangePassword && !('signedIn' in access && access.duringPasswordChange)) {
      throw new Forbidden('首次登录须先修改初始密码');
    }
    if ('can' in access && !holds(capabilities, principal.roles, access.can)) {
      throw new Forbidden('当前角色无权执行此操作');
    }
  };
}

/** The signed-in principal of a route that is not public. */
export function principalOf(req: FastifyRequest): Principal {
  if (!req.principal) throw new Unauthenticated('请先登录');
  return req.principal;
}
