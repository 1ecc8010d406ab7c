import type { ServerModule } from '../../platform/modules.js';
import { catalogueCapabilities } from './capabilities.js';
import { catalogueRoutes } from './routes.js';
import * as tables from './schema.js';
import { catalogueLedgerNames } from './ledger-names.js';

/** 法律法规与裁量: laws, violation types, discretion benchmarks, checklists, power list. */
export const catalogueModule: ServerModule = {
  name: 'catalogue',
  label: '法律法规与裁量',
  tables,
  capabilities: catalogueCapabilities,
  ledger: {
    actions: {
      'discretionBenchmark.adopted': '发布裁量基准',
      'orgChecklist.saved': '保存检查表',
      'orgChecklist.withdrawn': '停用检查表',
      'orgPowerItem.saved': '保存权责清单事项',
      'orgPowerItem.withdrawn': '停用权责清单事项',
    },
    subjects: { discretionBenchmark: '裁量基准', orgChecklist: '检查表', orgPowerItem: '权责清单事项' },
    names: catalogueLedgerNames,
  },
  routes: catalogueRoutes,
  samples: () => import('./permission-samples.js'),
};
