import type { ServerModule } from '../../platform/modules.js';
import { catalogueCapabilities } from './capabilities.js';
import { catalogueRoutes } from './routes.js';
import * as tables from './schema.js';

/** 法律法规与裁量: laws, violation types, discretion benchmarks, checklists, power list. */
export const catalogueModule: ServerModule = {
  name: 'catalogue',
  label: '法律法规与裁量',
  tables,
  capabilities: catalogueCapabilities,
  routes: catalogueRoutes,
  samples: () => import('./permission-samples.js'),
};
