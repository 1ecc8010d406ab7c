import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.js';
import { applicationRoutes } from './application-routes.js';
import { guideRoutes } from './guide-routes.js';

export function licensingRoutes(api: FastifyInstance, app: AppContext) {
  guideRoutes(api, app);
  applicationRoutes(api, app);
}
