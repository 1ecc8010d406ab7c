import type { ServerModule } from '../../platform/modules.js';
import { inspectionCapabilities } from './capabilities.js';
import { markCased } from './hazards/cased.js';
import { tasksOnDraw, tasksOnRedraw } from './tasks/draw-tasks.js';
import { inspectionRoutes } from './routes.js';
import * as tables from './schema.js';
import { startSweeper } from './hazards/sweeper.js';

/** 执法检查: tasks, on-site records, evidence, hazards and their rectification. */
export const inspectionsModule: ServerModule = {
  name: 'inspections',
  label: '执法检查',
  tables,
  capabilities: inspectionCapabilities,
  routes: inspectionRoutes,
  subscribers: { 'draw.made': tasksOnDraw, 'draw.redrawn': tasksOnRedraw, 'case.openedFromFinding': markCased },
  // Marks hazards past their rectification deadline, once a day.
  jobs: [startSweeper],
  samples: () => import('./permission-samples.js'),
};
