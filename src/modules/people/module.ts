import type { ServerModule } from '../../platform/modules.js';
import { getPerson } from './service.js';
import { peopleCapabilities } from './capabilities.js';
import { peopleFigureSet } from './figures.js';
import { peopleRoutes } from './routes.js';
import * as tables from './schema.js';
import { peopleLedgerNames } from './ledger-names.js';

/** 人员: accounts, roles and enforcement credentials (执法证). */
export const peopleModule: ServerModule = {
  name: 'people',
  label: '人员',
  tables,
  capabilities: peopleCapabilities,
  resources: { person: { label: '人员', at: '/people/:id', authorize: getPerson } },
  ledger: { actions: { 'credential.added': '登记执法证件' }, subjects: { credential: '执法证件' }, names: peopleLedgerNames },
  routes: peopleRoutes,
  figures: peopleFigureSet,
  samples: () => import('./permission-samples.js'),
};
