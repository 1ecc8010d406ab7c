import type { ServerModule } from '../../platform/modules.js';
import { CASE_EVENTS } from './workflow/machine.js';
import { seedCasesDemo } from './demo.js';
import { caseInScope } from './read.js';
import { caseCapabilities } from './capabilities.js';
import { caseOnEscalation } from './from-finding/service.js';
import { startCaseReminders } from './agenda/reminders.js';
import { caseRoutes } from './routes.js';
import * as tables from './schema.js';
import { caseLedgerNames } from './ledger-names.js';
import { caseFigures } from './figures.js';
import { caseOnDeliberationClosed } from './deliberation.js';

/** 行政处罚案件: from filing to archive. */
export const casesModule: ServerModule = {
  name: 'cases',
  label: '行政处罚案件',
  tables,
  capabilities: caseCapabilities,
  resources: { case: { label: '案件', at: '/cases/:id', authorize: (app, actor, id) => caseInScope(app.db, actor, id) } },
  ledger: {
    actions: {
      'case.created': '新建案件',
      'case.deadlinesReminded': '案件期限提醒',
      'case.recordInterview': '制作询问笔录',
      'case.recordSampling': '抽样取证',
      'case.requestPreservation': '申请先行登记保存',
      'case.approvePreservation': '批准先行登记保存',
      'case.refusePreservation': '不批准先行登记保存',
      'case.decidePreservation': '先行登记保存处理决定',
      ...Object.fromEntries(Object.entries(CASE_EVENTS).map(([event, e]) => [`case.${event}`, e.name])),
    },
    subjects: { penaltyCase: '行政处罚案件' },
    names: caseLedgerNames,
  },
  figures: caseFigures,
  routes: caseRoutes,
  demo: seedCasesDemo,
  subscribers: { 'hazard.escalated': caseOnEscalation, 'deliberation.closed': caseOnDeliberationClosed },
  // Deadline reminders (statutory periods in working days), once a day.
  jobs: [startCaseReminders],
  samples: () => import('./permission-samples.js'),
};
