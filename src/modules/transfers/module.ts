import type { ServerModule } from '../../platform/modules.js';
import { transferCapabilities } from './capabilities.js';
import { seedTransfersDemo } from './demo.js';
import { transferFigures } from './figures.js';
import { transferLedgerNames } from './ledger-names.js';
import { TRANSFER_ACTS } from './rules.js';
import { transferRoutes } from './routes.js';
import * as tables from './schema.js';
import { transferInScope, transferOnCaseTransferred } from './service.js';

/** 行刑衔接: a case transferred to the police to its end — receipt, filing or refusal, the procuratorate's supervision, the return for administrative penalty — and the joint meetings. */
export const transfersModule: ServerModule = {
  name: 'transfers',
  label: '行刑衔接',
  tables,
  capabilities: transferCapabilities,
  resources: {
    criminalTransfer: { label: '移送记录', at: '/transfers/:id', authorize: (app, actor, id) => transferInScope(app, actor, id) },
  },
  ledger: {
    actions: {
      'criminalTransfer.opened': '移送公安机关（建立移送记录）',
      ...Object.fromEntries(Object.entries(TRANSFER_ACTS).map(([act, a]) => [`criminalTransfer.${act}`, a.name])),
      'jointMeeting.recorded': '登记行刑衔接联席会议',
    },
    subjects: { criminalTransfer: '移送公安机关记录', jointMeeting: '行刑衔接联席会议' },
    names: transferLedgerNames,
  },
  routes: transferRoutes,
  figures: transferFigures,
  demo: seedTransfersDemo,
  subscribers: { 'case.transferredToPolice': transferOnCaseTransferred },
  samples: () => import('./permission-samples.js'),
};
