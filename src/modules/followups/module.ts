import type { ServerModule } from '../../platform/modules.js';
import { followUpCapabilities } from './capabilities.js';
import { seedFollowUpsDemo } from './demo.js';
import { followUpFigures } from './figures.js';
import { followUpLedgerNames } from './ledger-names.js';
import { followUpRoutes } from './routes.js';
import * as tables from './schema.js';
import { followUpInScope, followUpOnDecision, followUpOnHazardClosed } from './service.js';

/** 执法回访: after a decision or a closed hazard, the enterprise is asked how it was treated. */
export const followupsModule: ServerModule = {
  name: 'followups',
  label: '执法回访',
  tables,
  capabilities: followUpCapabilities,
  resources: {
    followUpVisit: { label: '执法回访', at: '/followups/:id', authorize: (app, actor, id) => followUpInScope(app, actor, id) },
  },
  ledger: {
    actions: {
      'followUp.scheduled': '列入执法回访',
      'followUp.recorded': '登记执法回访',
      'followUp.answered': '企业网上答复回访',
      'followUp.resolved': '办结回访反映的问题',
    },
    subjects: { followUpVisit: '执法回访' },
    names: followUpLedgerNames,
  },
  routes: followUpRoutes,
  figures: followUpFigures,
  // The sampling rule (rules.ts) draws decisions and closed hazards in their own transactions.
  subscribers: {
    'case.decided': followUpOnDecision,
    'hazard.closed': followUpOnHazardClosed,
  },
  demo: (_app, ctx) => seedFollowUpsDemo(ctx),
  samples: () => import('./permission-samples.js'),
};
