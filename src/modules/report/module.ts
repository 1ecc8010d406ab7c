import type { ServerModule } from '../../platform/modules.js';
import { annualInScope } from './annual/service.js';
import { reportCapabilities } from './capabilities.js';
import { seedReportDemo } from './demo.js';
import { reportLedgerNames } from './ledger-names.js';
import { reportRoutes } from './routes.js';
import * as tables from './schema.js';

/**
 * 统计分析 and the yearly 法治政府建设情况报告: arranges the figures every module declares in its
 * manifest (`figures`) for an org subtree and period; it has no tables of theirs to read. Its own
 * tables hold the reports the bureau writes around those figures.
 */
export const reportModule: ServerModule = {
  name: 'report',
  label: '统计分析与法治政府建设情况报告',
  tables,
  capabilities: reportCapabilities,
  resources: { annualReport: { label: '法治政府建设情况报告', at: '/report/annual/:id', authorize: (app, actor, id) => annualInScope(app.db, actor, id) } },
  ledger: {
    actions: {
      'annualReport.created': '起草法治政府建设情况报告',
      'annualReport.outlineChanged': '修改报告提纲',
      'annualReport.textSaved': '保存报告正文',
      'annualReport.submitted': '提交报告审定',
      'annualReport.returned': '退回报告修改',
      'annualReport.approved': '审定并公开报告',
    },
    subjects: { annualReport: '法治政府建设情况报告' },
    names: reportLedgerNames,
  },
  routes: reportRoutes,
  demo: (_app, ctx) => seedReportDemo(ctx),
  samples: () => import('./permission-samples.js'),
};
