import type { FastifyInstance } from 'fastify';
import { catalogueRoutes } from '../../modules/catalogue/routes.js';
import { orgRoutes } from '../../modules/orgs/routes.js';
import { peopleRoutes } from '../../modules/people/routes.js';
import { registryRoutes } from '../../modules/registry/routes.js';
import { authRoutes } from '../auth/routes.js';
import type { AppContext } from '../context.js';
import { ledgerRoutes } from '../ledger/routes.js';

/** Every module's routes, under /api. A new module adds one line here. */
export function registerModuleRoutes(api: FastifyInstance, app: AppContext, opts: { cookieSecure: boolean }) {
  authRoutes(api, app, opts);
  orgRoutes(api, app);
  peopleRoutes(api, app);
  registryRoutes(api, app);
  catalogueRoutes(api, app);
  ledgerRoutes(api, app);
}
