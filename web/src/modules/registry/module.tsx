import { BankOutlined } from '@ant-design/icons';
import { registryCapabilities } from '../../../../src/modules/registry/capabilities';
import { lazyPage, type WebModule } from '../../app/modules';
import { en } from './i18n/en';
import { zh } from './i18n/zh';

export const registry: WebModule<typeof zh> = {
  name: 'registry',
  capabilities: registryCapabilities,
  routes: [
    { path: '/enterprises', page: lazyPage(() => import('./EnterprisesPage'), 'EnterprisesPage'), capability: 'enterprise.read' },
    { path: '/enterprises/import', page: lazyPage(() => import('./ImportPage'), 'ImportPage'), capability: 'enterprise.edit' },
    {
      path: '/enterprises/:id',
      page: lazyPage(() => import('./EnterpriseDetailPage'), 'EnterpriseDetailPage'),
      capability: 'enterprise.read',
    },
  ],
  nav: [{ order: 30, path: '/enterprises', label: 'nav.enterprises', icon: <BankOutlined />, capability: 'enterprise.read' }],
  messages: { zh, en },
};
