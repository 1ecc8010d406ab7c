import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.js';
import type { ServerModule } from '../../platform/modules.js';
import { seedDisclosureDemo } from './demo.js';
import { disclosureInScope } from './service.js';
import { disclosureCapabilities } from './capabilities.js';
import { disclosureFigures } from './figures.js';
import { priorDisclosureRoutes } from './prior-routes.js';
import { disclosureRoutes } from './routes.js';
import * as tables from './schema.js';
import { disclosureLedgerNames } from './ledger-names.js';
import { dueOnDecision, dueOnDraw, dueOnInspectionResult, dueOnLicenceDecision, startDisclosureJob, withdrawOnCreditRepair } from './service.js';

/** 行政执法公示: 事前公开, results on time, the public portal's data. */
export const disclosureModule: ServerModule = {
  name: 'disclosure',
  label: '行政执法公示',
  tables,
  capabilities: disclosureCapabilities,
  resources: { disclosure: { label: '公示事项', at: '/disclosures/:id', authorize: disclosureInScope } },
  ledger: {
    actions: { 'disclosure.publish': '发布公示', 'disclosure.withdraw': '撤回公示' },
    subjects: { disclosure: '公示事项' },
    names: disclosureLedgerNames,
  },
  routes: (api: FastifyInstance, app: AppContext) => {
    disclosureRoutes(api, app);
    priorDisclosureRoutes(api, app);
  },
  demo: seedDisclosureDemo,
  figures: disclosureFigures,
  // 事后公开: each disclosable act schedules its item in the act's own transaction.
  subscribers: {
    'case.decided': dueOnDecision,
    'inspection.completed': dueOnInspectionResult,
    'draw.made': dueOnDraw,
    'license.decided': dueOnLicenceDecision,
    // 信用修复: the penalty decision's publication withdrawn with the early removal.
    'credit.removedEarly': withdrawOnCreditRepair,
  },
  // Publishes due items and marks late ones, once a day.
  jobs: [startDisclosureJob],
  samples: () => import('./permission-samples.js'),
};
