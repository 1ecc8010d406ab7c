// The web's wiring list, one line a module (the server's is src/modules/index.ts). The shell
// builds routes, menu, workbench cards, dictionary and capability table from it; menu and
// cards are ordered by each entry's own number, not by this list.
import { audit } from './audit/module';
import { auth } from './auth/module';
import { cases } from './cases/module';
import { catalogue } from './catalogue/module';
import { credit } from './credit/module';
import { deliberations } from './deliberations/module';
import { disclosure } from './disclosure/module';
import { draws } from './draws/module';
import { evaluations } from './evaluations/module';
import { exposures } from './exposures/module';
import { followups } from './followups/module';
import { inspections } from './inspections/module';
import { ledger } from './ledger/module';
import { orgs } from './orgs/module';
import { people } from './people/module';
import { plans } from './plans/module';
import { registry } from './registry/module';
import { tips } from './tips/module';
import { transfers } from './transfers/module';
import { licensing } from './licensing/module';
import { report } from './report/module';
import { workbench } from './workbench/module';

export const modules = [
  auth,
  workbench,
  registry,
  cases,
  plans,
  draws,
  inspections,
  disclosure,
  tips,
  licensing,
  followups,
  credit,
  deliberations,
  evaluations,
  transfers,
  exposures,
  report,
  catalogue,
  orgs,
  people,
  ledger,
  audit,
] as const;
