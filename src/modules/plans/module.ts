import type { ServerModule } from '../../platform/modules.js';
import { seedPlansDemo } from './demo.js';
import { planInScope } from './service.js';
import { planCapabilities } from './capabilities.js';
import { planRoutes } from './routes.js';
import * as tables from './schema.js';
import { planLedgerNames } from './ledger-names.js';

/** 年度监督检查计划. */
export const plansModule: ServerModule = {
  name: 'plans',
  label: '年度监督检查计划',
  tables,
  capabilities: planCapabilities,
  resources: { plan: { label: '年度监督检查计划', at: '/plans/:id', authorize: (app, actor, id) => planInScope(app.db, actor, id) } },
  ledger: {
    actions: {
      'annualPlan.created': '新建年度计划',
      'annualPlan.updated': '修改年度计划',
      'annualPlan.submitted': '提交年度计划审批',
      'annualPlan.approved': '批准年度计划',
      'annualPlan.returned': '退回年度计划',
      'annualPlan.published': '公布年度计划',
    },
    subjects: { annualPlan: '年度监督检查计划' },
    names: planLedgerNames,
  },
  routes: planRoutes,
  demo: seedPlansDemo,
  samples: () => import('./permission-samples.js'),
};
