import type { ServerModule } from '../../platform/modules.js';
import { evaluationCapabilities } from './capabilities.js';
import { seedEvaluationsDemo } from './demo.js';
import { evaluationFigures } from './figures.js';
import { evaluationLedgerNames } from './ledger-names.js';
import { evaluationRoutes } from './routes.js';
import * as tables from './schema.js';
import { roundInScope } from './service.js';

/** 案卷评查: a superior org's evaluation rounds over its subordinates' case files, drawn verifiably and scored against the standard. */
export const evaluationsModule: ServerModule = {
  name: 'evaluations',
  label: '案卷评查',
  tables,
  capabilities: evaluationCapabilities,
  resources: {
    evaluationRound: { label: '案卷评查活动', at: '/evaluations/:id', authorize: (app, actor, id) => roundInScope(app, actor, id) },
  },
  ledger: {
    actions: {
      'evaluation.announced': '公告案卷评查方案',
      'evaluation.drawn': '抽取评查案卷',
      'evaluation.scored': '评查打分',
      'evaluation.notified': '通知评查结果',
      'evaluation.answered': '反馈整改情况',
      'evaluation.closed': '结束案卷评查',
    },
    subjects: { evaluationRound: '案卷评查活动', evaluationFile: '评查案卷' },
    names: evaluationLedgerNames,
  },
  routes: evaluationRoutes,
  figures: evaluationFigures,
  demo: seedEvaluationsDemo,
  samples: () => import('./permission-samples.js'),
};
