import type { FastifyInstance } from 'fastify';
import { caseRoutes } from '../../modules/cases/routes.js';
import { catalogueRoutes } from '../../modules/catalogue/routes.js';
import { drawRoutes } from '../../modules/draws/routes.js';
import { orgRoutes } from '../../modules/orgs/routes.js';
import { peopleRoutes } from '../../modules/people/routes.js';
import { registryRoutes } from '../../modules/registry/routes.js';
import { planRoutes } from '../../modules/plans/routes.js';
import { inspectionRoutes } from '../../modules/inspections/routes.js';
import { disclosureRoutes } from '../../modules/disclosure/routes.js';
import { priorDisclosureRoutes } from '../../modules/disclosure/prior-routes.js';
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
  caseRoutes(api, app);
  drawRoutes(api, app);
  ledgerRoutes(api, app);
  planRoutes(api, app);
  inspectionRoutes(api, app);
  disclosureRoutes(api, app);
  priorDisclosureRoutes(api, app);
}
