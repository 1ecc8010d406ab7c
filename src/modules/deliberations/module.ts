import type { ServerModule } from '../../platform/modules.js';
import { deliberationCapabilities } from './capabilities.js';
import { seedDeliberationsDemo } from './demo.js';
import { deliberationFigures } from './figures.js';
import { deliberationLedgerNames } from './ledger-names.js';
import { deliberationRoutes } from './routes.js';
import * as tables from './schema.js';
import { meetingInScope } from './service.js';

/** 集体讨论: the leaders' meeting on serious or complex cases (行政处罚法 第五十七条第二款), its votes and minutes. */
export const deliberationsModule: ServerModule = {
  name: 'deliberations',
  label: '集体讨论',
  tables,
  capabilities: deliberationCapabilities,
  resources: {
    deliberationMeeting: { label: '集体讨论会议', at: '/deliberations/:id', authorize: (app, actor, id) => meetingInScope(app, actor, id) },
  },
  ledger: {
    actions: {
      'deliberation.created': '安排集体讨论会议',
      'deliberation.membersSet': '登记参会人员',
      'deliberation.itemAdded': '列入集体讨论议题',
      'deliberation.concluded': '记录集体讨论表决和结论',
      'deliberation.closed': '结束集体讨论会议',
    },
    subjects: { deliberationMeeting: '集体讨论会议' },
    names: deliberationLedgerNames,
  },
  routes: deliberationRoutes,
  figures: deliberationFigures,
  demo: seedDeliberationsDemo,
  samples: () => import('./permission-samples.js'),
};
