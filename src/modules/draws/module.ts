import type { ServerModule } from '../../platform/modules.js';
import { drawCapabilities } from './capabilities.js';
import { seedDrawsDemo } from './demo.js';
import { drawRoutes } from './routes.js';
import * as tables from './schema.js';

/** 双随机、一公开: spot-check matters, verifiable draws. */
export const drawsModule: ServerModule = {
  name: 'draws',
  label: '双随机抽查',
  tables,
  capabilities: drawCapabilities,
  routes: drawRoutes,
  demo: seedDrawsDemo,
  samples: () => import('./permission-samples.js'),
};
