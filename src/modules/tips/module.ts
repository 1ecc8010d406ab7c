import type { ServerModule } from '../../platform/modules.js';
import { tipCapabilities } from './capabilities.js';
import { seedTipsDemo } from './demo.js';
import { tipFigures } from './figures.js';
import { tipLedgerNames } from './ledger-names.js';
import { startTipReminders } from './reminders.js';
import { tipRoutes } from './routes.js';
import * as tables from './schema.js';
import { tipInScope } from './service.js';

/** 举报、投诉与举报奖励 (安全生产法 第七十三条、第七十六条). */
export const tipsModule: ServerModule = {
  name: 'tips',
  label: '举报投诉',
  tables,
  capabilities: tipCapabilities,
  resources: { tip: { label: '举报投诉', at: '/tips/:id', authorize: (app, actor, id) => tipInScope(app, actor, id) } },
  ledger: {
    actions: {
      'tip.received': '受理登记举报投诉',
      'tip.accepted': '受理举报',
      'tip.declined': '不予受理举报',
      'tip.identityRevealed': '查看举报人身份',
      'tip.materialAdded': '添加举报材料',
      'tip.assigned': '交办举报核查',
      'tip.verified': '登记举报核查结果并答复',
      'tip.complaintConcluded': '办结投诉并答复',
      'tip.rewardProposed': '拟定举报奖励',
      'tip.rewardApproved': '批准举报奖励',
      'tip.rewardRejected': '不予批准举报奖励',
      'tip.rewardClaimed': '举报人申领奖励',
      'tip.rewardPaid': '发放举报奖励',
      'tip.deadlinesReminded': '举报办理期限提醒',
    },
    subjects: { tip: '举报投诉' },
    names: tipLedgerNames,
  },
  figures: tipFigures,
  routes: tipRoutes,
  demo: (_app, ctx) => seedTipsDemo(ctx),
  // 告知是否受理 and 办结 reminders, once a day.
  jobs: [startTipReminders],
  samples: () => import('./permission-samples.js'),
};
