import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.js';
import { campaignRoutes } from './campaigns/routes.js';
import { evidenceRoutes } from './evidence/routes.js';
import { hazardRoutes } from './hazards/routes.js';
import { recordRoutes } from './records/routes.js';
import { taskRoutes } from './tasks/routes.js';

/** The module's routes, one file per sub-feature. */
export function inspectionRoutes(api: FastifyInstance, app: AppContext) {
  taskRoutes(api, app);
  recordRoutes(api, app);
  evidenceRoutes(api, app);
  hazardRoutes(api, app);
  campaignRoutes(api, app);
}
