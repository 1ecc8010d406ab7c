import type { ServerModule } from '../../platform/modules.js';
import { seedInspectionsDemo } from './demo.js';
import { hazardInScope, recordInScope, taskInScope } from './scope.js';
import { campaignInScope } from './campaigns/service.js';
import { inspectionCapabilities } from './capabilities.js';
import { markCased } from './hazards/cased.js';
import { tasksOnDraw, tasksOnRedraw } from './tasks/draw-tasks.js';
import { inspectionRoutes } from './routes.js';
import { inspectionFigures } from './figures.js';
import * as tables from './schema.js';
import { inspectionLedgerNames } from './ledger-names.js';
import { startSweeper } from './hazards/sweeper.js';

/** 执法检查: tasks, on-site records, evidence, hazards and their rectification. */
export const inspectionsModule: ServerModule = {
  name: 'inspections',
  label: '执法检查',
  tables,
  capabilities: inspectionCapabilities,
  resources: {
    task: { label: '检查任务', at: '/inspections/tasks/:id', authorize: (app, actor, id) => taskInScope(app.db, actor, id) },
    record: { label: '现场检查记录', at: '/inspections/records/:id', authorize: (app, actor, id) => recordInScope(app.db, actor, id) },
    hazard: { label: '隐患', at: '/inspections/hazards/:id', authorize: (app, actor, id) => hazardInScope(app.db, actor, id) },
    campaign: { label: '专项整治', at: '/inspections/campaigns/:id', authorize: (app, actor, id) => campaignInScope(app.db, actor, id) },
  },
  ledger: {
    actions: {
      'inspectionTask.opened': '新建检查任务',
      'inspection.tasksFromPlan': '按计划生成检查任务',
      'inspectionRecord.started': '开始现场检查',
      'inspectionRecord.saved': '保存现场检查记录',
      'inspectionRecord.completed': '完成现场检查',
      'evidence.uploaded': '上传证据材料',
      'hazard.found': '登记隐患',
      'hazard.selfReported': '企业上报自查隐患',
      'hazard.markedOverdue': '隐患逾期未整改',
      'hazard.submitRectification': '企业提交整改',
      'hazard.requestExtension': '企业申请延期',
      'hazard.decideExtension': '审批延期申请',
      'hazard.reinspect': '整改复查',
      'hazard.extend': '延长整改期限',
      'hazard.escalate': '升级处置',
      'hazard.markOverdue': '隐患逾期未整改',
      'campaign.created': '启动专项整治',
      'campaign.closed': '结束专项整治',
    },
    subjects: { inspectionTask: '检查任务', inspectionRecord: '现场检查记录', inspectionEvidence: '证据材料', hazard: '隐患', campaign: '专项整治' },
    names: inspectionLedgerNames,
  },
  figures: inspectionFigures,
  routes: inspectionRoutes,
  demo: seedInspectionsDemo,
  subscribers: { 'draw.made': tasksOnDraw, 'draw.redrawn': tasksOnRedraw, 'case.openedFromFinding': markCased },
  // Marks hazards past their rectification deadline, once a day.
  jobs: [startSweeper],
  samples: () => import('./permission-samples.js'),
};
