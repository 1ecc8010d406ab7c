import type { ServerModule } from '../../platform/modules.js';
import { creditCapabilities } from './capabilities.js';
import { seedCreditDemo } from './demo.js';
import { startTermExpiry } from './expiry.js';
import { creditFigures } from './figures.js';
import { creditLedgerNames } from './ledger-names.js';
import { creditRepairRoutes } from './repair/routes.js';
import { objectionInScope } from './repair/objections.js';
import { repairInScope } from './repair/service.js';
import { creditRoutes } from './routes.js';
import * as tables from './schema.js';
import { listingInScope } from './service.js';

/** 信用: the 严重失信主体名单 (安全生产严重失信主体名单管理办法, 应急管理部令第11号): the inclusion procedure, credit repair (提前移出) and objections. */
export const creditModule: ServerModule = {
  name: 'credit',
  label: '信用监管',
  tables,
  capabilities: creditCapabilities,
  resources: {
    creditListing: { label: '严重失信主体名单记录', at: '/credit/listings/:id', authorize: (app, actor, id) => listingInScope(app, actor, id) },
    creditRepair: { label: '信用修复申请', at: '/credit/repairs/:id', authorize: (app, actor, id) => repairInScope(app, actor, id) },
    creditObjection: { label: '列入信息异议', at: '/credit/objections/:id', authorize: (app, actor, id) => objectionInScope(app, actor, id) },
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
      'credit.repairApplied': '申请提前移出严重失信主体名单（信用修复）',
      'credit.repairReviewed': '审查信用修复申请',
      'credit.repairApproved': '决定准予提前移出严重失信主体名单',
      'credit.repairRefused': '决定不予提前移出严重失信主体名单',
      'credit.removedEarly': '信用修复提前移出严重失信主体名单',
      'credit.repairRevoked': '撤销提前移出决定（隐瞒真实情况、弄虚作假）',
      'credit.restored': '撤销提前移出后恢复列入严重失信主体名单',
      'credit.objectionFiled': '对列入信息提出异议',
      'credit.objectionCorrected': '异议成立，更正列入信息',
      'credit.objectionUpheld': '异议不成立，维持列入信息',
    },
    subjects: { creditListing: '严重失信主体名单记录', creditRepair: '信用修复申请', creditObjection: '列入信息异议' },
    names: creditLedgerNames,
  },
  routes: (api, app) => {
    creditRoutes(api, app);
    creditRepairRoutes(api, app);
  },
  figures: creditFigures,
  demo: (_app, ctx) => seedCreditDemo(ctx),
  // 期满移出, once a day (rules.ts LISTING_TERM).
  jobs: [startTermExpiry],
  samples: () => import('./permission-samples.js'),
};
