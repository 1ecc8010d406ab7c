import type { ServerModule } from '../../platform/modules.js';
import { seedCasesDemo } from './demo.js';
import { caseInScope } from './service.js';
import { caseCapabilities } from './capabilities.js';
import { caseOnEscalation } from './from-finding/service.js';
import { startCaseReminders } from './agenda/reminders.js';
import { caseRoutes } from './routes.js';
import * as tables from './schema.js';

/** 行政处罚案件: from filing to archive. */
export const casesModule: ServerModule = {
  name: 'cases',
  label: '行政处罚案件',
  tables,
  capabilities: caseCapabilities,
  resources: { case: { label: '案件', at: '/cases/:id', authorize: (app, actor, id) => caseInScope(app.db, actor, id) } },
  routes: caseRoutes,
  demo: seedCasesDemo,
  subscribers: { 'hazard.escalated': caseOnEscalation },
  // Deadline reminders (statutory periods in working days), once a day.
  jobs: [startCaseReminders],
  samples: () => import('./permission-samples.js'),
};
