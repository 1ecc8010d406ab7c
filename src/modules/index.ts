// The server's wiring list: every domain module, one line each, in the order their routes
// register. The web's list is web/src/modules/index.ts. Adding a module is a folder with its
// module.ts and one line here (docs/architecture.md, "Adding a module").
import type { ServerModule } from '../platform/modules.js';
import { casesModule } from './cases/module.js';
import { catalogueModule } from './catalogue/module.js';
import { creditModule } from './credit/module.js';
import { deliberationsModule } from './deliberations/module.js';
import { disclosureModule } from './disclosure/module.js';
import { drawsModule } from './draws/module.js';
import { evaluationsModule } from './evaluations/module.js';
import { exposuresModule } from './exposures/module.js';
import { followupsModule } from './followups/module.js';
import { inspectionsModule } from './inspections/module.js';
import { licensingModule } from './licensing/module.js';
import { orgsModule } from './orgs/module.js';
import { peopleModule } from './people/module.js';
import { plansModule } from './plans/module.js';
import { registryModule } from './registry/module.js';
import { reportModule } from './report/module.js';
import { tipsModule } from './tips/module.js';
import { transfersModule } from './transfers/module.js';

export const MODULES: readonly ServerModule[] = [
  orgsModule,
  peopleModule,
  registryModule,
  catalogueModule,
  casesModule,
  drawsModule,
  plansModule,
  inspectionsModule,
  disclosureModule,
  tipsModule,
  licensingModule,
  followupsModule,
  creditModule,
  deliberationsModule,
  evaluationsModule,
  transfersModule,
  exposuresModule,
  reportModule,
];
