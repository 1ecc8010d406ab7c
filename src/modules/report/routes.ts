import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.js';
import { principalOf } from '../../platform/http/access.js';
import type { ServerModule } from '../../platform/modules.js';
import { figuresOut, figuresQuery } from './contract.js';
import { figureCatalogue, figuresFor } from './service.js';
import { annualRoutes } from './annual/routes.js';
import { reportTrendRoutes } from './trend-routes.js';

export function reportRoutes(api: FastifyInstance, app: AppContext, wiring: { modules: readonly ServerModule[] }) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const catalogue = figureCatalogue(wiring.modules);
  r.get(
    '/report/figures',
    {
      config: { access: { can: 'report.read' } },
      schema: {
        tags: ['统计分析 report'],
        summary: '本机构及下级机构在期间内的各项统计数据（含统计口径与明细链接）',
        querystring: figuresQuery,
        response: { 200: figuresOut },
      },
    },
    (req) => figuresFor(app, principalOf(req), catalogue, req.query),
  );
  reportTrendRoutes(api, app, catalogue);
  annualRoutes(api, app, catalogue);
}
