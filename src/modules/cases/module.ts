import type { ServerModule } from '../../platform/modules.js';
import { CASE_LEDGER_ACTIONS } from './ledger-actions.js';
import { seedCasesDemo } from './demo.js';
import { caseInScope } from './read.js';
import { caseCapabilities } from './capabilities.js';
import { caseOnEscalation } from './from-finding/service.js';
import { startCaseReminders } from './agenda/reminders.js';
import { startCaseFileAssembly } from './casefile/service.js';
import { caseRoutes } from './routes.js';
import * as tables from './schema.js';
import { caseLedgerNames } from './ledger-names.js';
import { caseFigures } from './figures.js';
import { caseOnDeliberationClosed } from './deliberation.js';
import { caseOnCriminalTransferReturned } from './criminal-transfer.js';

/** 行政处罚案件: from filing to archive. */
export const casesModule: ServerModule = {
  name: 'cases',
  label: '行政处罚案件',
  tables,
  capabilities: caseCapabilities,
  resources: { case: { label: '案件', at: '/cases/:id', authorize: (app, actor, id) => caseInScope(app.db, actor, id) } },
  ledger: {
    actions: CASE_LEDGER_ACTIONS,
    subjects: { penaltyCase: '行政处罚案件' },
    names: caseLedgerNames,
  },
  figures: caseFigures,
  routes: caseRoutes,
  demo: seedCasesDemo,
  subscribers: {
    'hazard.escalated': caseOnEscalation,
    'deliberation.closed': caseOnDeliberationClosed,
    'criminalTransfer.returned': caseOnCriminalTransferReturned,
  },
  // Deadline reminders (statutory periods in working days), once a day.
  jobs: [startCaseReminders, startCaseFileAssembly],
  samples: () => import('./permission-samples.js'),
};
