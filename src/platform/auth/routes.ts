import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { Unauthenticated } from '../errors.js';
import { SESSION_COOKIE, principalOf } from '../http/access.js';
import { changePassword, listSecurityEvents, loadPrincipal, signIn, signOut, type Principal } from './service.js';

const meOut = z.object({
  user: z.object({
    id: z.uuid(),
    username: z.string(),
    displayName: z.string(),
    orgId: z.uuid(),
    orgName: z.string(),
    roles: z.array(z.string()),
    mustChangePassword: z.boolean(),
    /** Whom the user works for when it is not the org: an enterprise user's company. */
    affiliation: z.string().nullable(),
  }),
  csrfToken: z.string(),
});
/** The first module that knows whom a principal works for (`ServerModule.affiliation`). */
export type AffiliationOf = (p: Principal) => Promise<string | null>;

const me = async (p: Principal, affiliationOf: AffiliationOf) => ({
  user: {
    id: p.userId,
    username: p.username,
    displayName: p.displayName,
    orgId: p.orgId,
    orgName: p.orgName,
    roles: [...p.roles],
    mustChangePassword: p.mustChangePassword,
    affiliation: await affiliationOf(p),
  },
  csrfToken: p.csrfToken,
});

/** An expired or unavailable session is no session; anything else (the database down) is an error. */
const noSession = (e: unknown) => {
  if (e instanceof Unauthenticated) return null;
  throw e;
};

export function authRoutes(api: FastifyInstance, app: AppContext, opts: { cookieSecure: boolean; affiliationOf: AffiliationOf }) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['登录与账户 auth'];
  const duringChange = { signedIn: true, duringPasswordChange: true } as const;

  r.post(
    '/auth/sign-in',
    {
      config: { access: { public: true } },
      schema: {
        tags,
        summary: '登录',
        body: z.object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(128) }),
        response: { 200: meOut },
      },
    },
    async (req, reply) => {
      const { token, principal } = await signIn(app, { ...req.body, ip: req.ip });
      reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure: opts.cookieSecure, path: '/' });
      return me(principal, opts.affiliationOf);
    },
  );
  // The web app asks this on every page, the public portal included: no session is an answer
  // (null), not an error, so a visitor's console stays clean. An expired session ends here too.
  r.get(
    '/auth/session',
    {
      config: { access: { public: true } },
      schema: { tags, summary: '当前会话（未登录时为 null）', response: { 200: z.object({ session: meOut.nullable() }) } },
    },
    async (req, reply) => {
      const token = req.cookies[SESSION_COOKIE];
      const principal = token ? await loadPrincipal(app, token, req.ip).catch(noSession) : null;
      if (token && !principal) reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { session: principal ? await me(principal, opts.affiliationOf) : null };
    },
  );
  r.get('/auth/me', { config: { access: duringChange }, schema: { tags, summary: '当前用户与 CSRF 令牌', response: { 200: meOut } } }, async (req) =>
    me(principalOf(req), opts.affiliationOf),
  );
  r.post('/auth/sign-out', { config: { access: duringChange }, schema: { tags, summary: '退出登录' } }, async (req, reply) => {
    await signOut(app, principalOf(req), req.ip);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send();
  });
  r.post(
    '/auth/password',
    {
      config: { access: duringChange },
      schema: { tags, summary: '修改密码', body: z.object({ currentPassword: z.string().min(1).max(128), newPassword: z.string().min(1).max(128) }) },
    },
    async (req, reply) => {
      await changePassword(app, principalOf(req), req.body, req.ip);
      return reply.status(204).send();
    },
  );
  r.get(
    '/security-events',
    {
      config: { access: { can: 'securityEvent.read' } },
      schema: {
        tags,
        summary: '安全审计日志（仅审计管理员）',
        querystring: z.object({
          kind: z.string().max(40).optional(),
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(200).default(20),
        }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.number(),
                at: z.date(),
                kind: z.string(),
                userId: z.string().nullable(),
                username: z.string().nullable(),
                ip: z.string().nullable(),
                detail: z.unknown(),
              }),
            ),
            total: z.number(),
          }),
        },
      },
    },
    (req) => listSecurityEvents(app.db, { ...req.query, orgPath: principalOf(req).orgPath }),
  );
}
