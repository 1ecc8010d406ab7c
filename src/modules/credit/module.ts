import type { ServerModule } from '../../platform/modules.js';
import { creditCapabilities } from './capabilities.js';
import { seedCreditDemo } from './demo.js';
import { startTermExpiry } from './expiry.js';
import { creditFigures } from './figures.js';
import { creditLedgerNames } from './ledger-names.js';
import { creditRoutes } from './routes.js';
import * as tables from './schema.js';
import { listingInScope } from './service.js';

/** 信用: the 严重失信主体名单 (安全生产严重失信主体名单管理办法, 应急管理部令第11号); slice 1, the inclusion procedure. */
export const creditModule: ServerModule = {
  name: 'credit',
  label: '信用监管',
  tables,
  capabilities: creditCapabilities,
  resources: {
    creditListing: { label: '严重失信主体名单记录', at: '/credit/listings/:id', authorize: (app, actor, id) => listingInScope(app, actor, id) },
  },
  ledger: {
    actions: {
      'credit.proposed': '提出列入严重失信主体名单建议',
      'credit.noticed': '送达列入严重失信主体名单告知书',
      'credit.statementRecorded': '登记列入前陈述申辩',
      'credit.listed': '决定列入严重失信主体名单',
      'credit.withdrawn': '决定不予列入严重失信主体名单',
      'credit.decisionServed': '送达列入严重失信主体名单决定书',
      'credit.removed': '管理期限届满移出严重失信主体名单',
      'credit.expiryRun': '期满移出（定时任务）',
    },
    subjects: { creditListing: '严重失信主体名单记录' },
    names: creditLedgerNames,
  },
  routes: creditRoutes,
  figures: creditFigures,
  demo: (_app, ctx) => seedCreditDemo(ctx),
  // 期满移出, once a day (rules.ts LISTING_TERM).
  jobs: [startTermExpiry],
  samples: () => import('./permission-samples.js'),
};
