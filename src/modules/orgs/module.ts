import type { ServerModule } from '../../platform/modules.js';
import { orgInScope } from '../../platform/orgs/scope.js';
import { orgCapabilities } from './capabilities.js';
import { orgRoutes } from './routes.js';

/**
 * 机构: managing the org tree. The tree itself (tables, scope checks) is the platform's
 * (`platform/orgs/`): every module scopes by it, so no module owns it.
 */
export const orgsModule: ServerModule = {
  name: 'orgs',
  label: '机构',
  tables: {},
  capabilities: orgCapabilities,
  resources: { org: { label: '机构', at: '/orgs/:id', authorize: (app, actor, id) => orgInScope(app.db, actor, id, 'id') } },
  routes: orgRoutes,
  samples: () => import('./permission-samples.js'),
};
