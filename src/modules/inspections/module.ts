import type { ServerModule } from '../../platform/modules.js';
import { seedInspectionsDemo } from './demo.js';
import { hazardInScope, recordInScope, taskInScope } from './scope.js';
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
  resources: {
    task: { label: '检查任务', at: '/inspections/tasks/:id', authorize: (app, actor, id) => taskInScope(app.db, actor, id) },
    record: { label: '现场检查记录', at: '/inspections/records/:id', authorize: (app, actor, id) => recordInScope(app.db, actor, id) },
    hazard: { label: '隐患', at: '/inspections/hazards/:id', authorize: (app, actor, id) => hazardInScope(app.db, actor, id) },
  },
  routes: inspectionRoutes,
  demo: seedInspectionsDemo,
  subscribers: { 'draw.made': tasksOnDraw, 'draw.redrawn': tasksOnRedraw, 'case.openedFromFinding': markCased },
  // Marks hazards past their rectification deadline, once a day.
  jobs: [startSweeper],
  samples: () => import('./permission-samples.js'),
};
