import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.js';
import { applicationRoutes } from './application-routes.js';
import { guideRoutes } from './guide-routes.js';
import { licenceRoutes } from './licence-routes.js';
import { instrumentRoutes } from './instrument-routes.js';

export function licensingRoutes(api: FastifyInstance, app: AppContext) {
  guideRoutes(api, app);
  applicationRoutes(api, app);
  licenceRoutes(api, app);
  instrumentRoutes(api, app);
}
