import type { ServerModule } from '../../platform/modules.js';
import { exposureCapabilities } from './capabilities.js';
import { seedExposuresDemo } from './demo.js';
import { exposureFigures } from './figures.js';
import { exposureLedgerNames } from './ledger-names.js';
import { exposureRoutes } from './routes.js';
import * as tables from './schema.js';
import { exposureInScope } from './service.js';
import { summonsInScope } from './summons.js';

/** 警示曝光, 约谈, 典型案例 and 通报: drafted by officers, published on the portal (redacted) by a 负责人, withdrawable; summonses with their follow-up. */
export const exposuresModule: ServerModule = {
  name: 'exposures',
  label: '警示曝光和约谈',
  tables,
  capabilities: exposureCapabilities,
  resources: {
    exposure: { label: '警示曝光、典型案例或通报', at: '/exposures/:id', authorize: (app, actor, id) => exposureInScope(app, actor, id) },
    summons: { label: '约谈记录', at: '/summons/:id', authorize: (app, actor, id) => summonsInScope(app, actor, id) },
  },
  ledger: {
    actions: {
      'exposure.drafted': '起草警示曝光、典型案例或通报',
      'exposure.published': '批准发布警示曝光、典型案例或通报',
      'exposure.withdrawn': '撤回警示曝光、典型案例或通报',
      'summons.recorded': '登记约谈',
      'summons.followedUp': '登记约谈整改跟踪情况',
    },
    subjects: { exposure: '警示曝光、典型案例或通报', summons: '约谈记录' },
    names: exposureLedgerNames,
  },
  routes: exposureRoutes,
  figures: exposureFigures,
  demo: seedExposuresDemo,
  samples: () => import('./permission-samples.js'),
};
