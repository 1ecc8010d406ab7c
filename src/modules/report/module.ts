import type { ServerModule } from '../../platform/modules.js';
import { reportCapabilities } from './capabilities.js';
import { reportRoutes } from './routes.js';

/**
 * 统计分析 and the yearly 法治政府建设情况报告: arranges the figures every module declares in its
 * manifest (`figures`) for an org subtree and period; it has no tables of theirs to read.
 */
export const reportModule: ServerModule = {
  name: 'report',
  label: '统计分析与法治政府建设情况报告',
  tables: {},
  capabilities: reportCapabilities,
  routes: reportRoutes,
  samples: () => import('./permission-samples.js'),
};
