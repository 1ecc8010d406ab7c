import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import type { Logger } from 'pino';
import { jsonSchemaTransformObject, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { accessHook, type Access } from './access.js';
import { errorHandler } from './errors.js';
import { assertStorableText } from './text.js';
import { resourceHook, resourceOfRoute, resourceTableOf } from './resources.js';
import { errorComponents, openApiTransform, SECURITY_SCHEMES } from './openapi.js';
import { type AffiliationOf, authRoutes } from '../auth/routes.js';
import { ledgerRoutes } from '../ledger/routes.js';
import { ledgerLabelsOf } from '../ledger/labels.js';
import type { ServerModule } from '../modules.js';
import { capabilityTableOf, type CapabilityTable } from '../auth/capabilities.js';

// Validation messages in Chinese, for every schema in the process.
z.config(z.locales.zhCN());

export interface DeclaredRoute {
  method: string;
  url: string;
  access: Access;
}

export interface HttpOptions {
  /** The wiring list (`src/modules/index.ts`): every module's routes and capabilities. */
  modules: readonly ServerModule[];
  logger?: Logger;
  /** Built web app to serve at `/`; absent in API-only tests. */
  webDist?: string;
  cookieSecure?: boolean;
}

export type HttpApp = FastifyInstance & { declaredRoutes: DeclaredRoute[]; capabilities: CapabilityTable };

// Routes that libraries register are public by nature: the web app's files and the API docs.
// Every other /api route must declare its access rule.
const publicByNature = (url: string) => !url.startsWith('/api') || url.startsWith('/api/docs');

export async function buildHttpApp(app: AppContext, opts: HttpOptions): Promise<HttpApp> {
  const http = Fastify({
    ...(opts.logger ? { loggerInstance: opts.logger } : { logger: false }),
    trustProxy: true,
    bodyLimit: 10 * 1024 * 1024,
    // Refusals the router makes before any route runs (a path parameter too long, a malformed
    // escape) answer in the one error shape, in Chinese, like every other refusal.
    frameworkErrors: (err, _req, reply: FastifyReply) => {
      const message = err.code === 'FST_ERR_MAX_PARAM_LENGTH' ? '路径参数过长' : '请求地址不合法（含无效的转义字符）';
      return reply.status(err.statusCode ?? 400).send({ error: { code: 'badRequest', message } });
    },
  }).withTypeProvider<ZodTypeProvider>();
  // A module listed twice or a capability declared twice stops start-up here.
  const capabilities = capabilityTableOf(opts.modules);
  const resources = resourceTableOf(opts.modules);
  const declaredRoutes: DeclaredRoute[] = [];
  http.decorate('declaredRoutes', declaredRoutes);
  http.decorate('capabilities', capabilities);
  http.decorateRequest('principal', null);
  http.setValidatorCompiler(validatorCompiler);
  http.setSerializerCompiler(serializerCompiler);
  http.setErrorHandler(errorHandler(app));
  http.addHook('onRoute', (route) => {
    let access = route.config?.access;
    if (!access && publicByNature(route.url)) {
      access = { public: true };
      route.config = { ...route.config, access } as typeof route.config;
    }
    if (!access) throw new Error(`route ${route.method} ${route.url} declares no access rule`);
    if ('can' in access && !capabilities[access.can]) throw new Error(`route ${route.method} ${route.url} names an unknown capability ${access.can}`);
    const resource = resourceOfRoute(resources, route.url);
    if (resource) route.config = { ...route.config, resource } as typeof route.config;
    for (const method of [route.method].flat()) if (method !== 'HEAD') declaredRoutes.push({ method, url: route.url, access });
  });
  await http.register(helmet, securityHeaders(opts.cookieSecure ?? false));
  // The cookie parser's hook must run before the access hook reads the session cookie.
  await http.register(cookie);
  http.addHook('onRequest', accessHook(app, capabilities));
  // After the access check (a stranger learns nothing): the addressed record is the caller's to
  // touch (403/404 before any 400), then no string carries what cannot be stored, then the schema.
  http.addHook('preValidation', resourceHook(app, resources));
  http.addHook('preValidation', async (req) => assertStorableText(req));
  await http.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Zhifa 执法 API', version: '0.1.0', description: '应急管理综合行政执法平台接口。写操作须携带 x-csrf-token 请求头。' },
      servers: [{ url: '/', description: '本服务器' }],
      components: { securitySchemes: SECURITY_SCHEMES, schemas: errorComponents },
    },
    transform: openApiTransform,
    transformObject: jsonSchemaTransformObject,
  });
  // The API docs page brings its own scripts; the plugin sends a policy with their hashes.
  await http.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  http.get('/api/openapi.json', { config: { access: { public: true } }, schema: { hide: true } }, async () => http.swagger());
  http.get('/healthz', { config: { access: { public: true } }, schema: { hide: true } }, async () => {
    await app.db.execute(sql`select 1`);
    return { status: 'ok', database: app.dbKind };
  });

  await http.register(
    async (api) => {
      authRoutes(api, app, { cookieSecure: opts.cookieSecure ?? false, affiliationOf: affiliationOf(app, opts.modules) });
      ledgerRoutes(api, app, ledgerLabelsOf(opts.modules));
      for (const m of opts.modules) m.routes?.(api, app, { modules: opts.modules });
    },
    { prefix: '/api' },
  );

  if (opts.webDist && fs.existsSync(path.join(opts.webDist, 'index.html'))) {
    await http.register(fastifyStatic, { root: opts.webDist, wildcard: false });
    // Client-side routes: any unknown page path gets the app; unknown /api paths stay 404.
    http.setNotFoundHandler((req, reply) => {
      if ((req.method !== 'GET' && req.method !== 'HEAD') || req.url.startsWith('/api/'))
        return reply.status(404).send({ error: { code: 'notFound', message: '接口不存在' } });
      return reply.sendFile('index.html');
    });
  } else {
    http.setNotFoundHandler((_req, reply) => reply.status(404).send({ error: { code: 'notFound', message: '接口不存在' } }));
  }
  return http as unknown as HttpApp;
}

/**
 * Headers on every answer (pages, API, downloads). The app's scripts are its own files; antd
 * writes its styles at run time, hence 'unsafe-inline' for styles only; signatures and previews
 * are data: and blob: images. No other site may frame the app or the portal. HSTS only when the
 * cookie is marked secure, i.e. the server is reached over HTTPS.
 */
function securityHeaders(secure: boolean) {
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'self'"],
        ...(secure ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: secure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'same-origin' as const },
    xFrameOptions: { action: 'sameorigin' as const },
    crossOriginEmbedderPolicy: false,
  };
}

function affiliationOf(app: AppContext, modules: readonly ServerModule[]): AffiliationOf {
  const askers = modules.flatMap((m) => (m.affiliation ? [m.affiliation] : []));
  return async (p) => {
    for (const ask of askers) {
      const a = await ask(app, p);
      if (a) return a;
    }
    return null;
  };
}
