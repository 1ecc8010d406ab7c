import { AuditOutlined } from '@ant-design/icons';
import { caseCapabilities } from '../../../../src/modules/cases/capabilities';
import { lazyPage, type WebModule } from '../../app/modules';
import { en } from './i18n/en';
import { zh } from './i18n/zh';

export const cases: WebModule<typeof zh> = {
  name: 'cases',
  capabilities: caseCapabilities,
  routes: [
    { path: '/cases', page: lazyPage(() => import('./CasesPage'), 'CasesPage'), capability: 'case.read' },
    { path: '/cases/:id', page: lazyPage(() => import('./CasePage'), 'CasePage'), capability: 'case.read' },
  ],
  nav: [{ order: 40, path: '/cases', label: 'nav.cases', icon: <AuditOutlined />, capability: 'case.read' }],
  cards: [{ order: 30, component: lazyPage(() => import('./AgendaCard'), 'AgendaCard'), capability: 'case.read' }],
  enterpriseTabs: [
    {
      key: 'cases',
      order: 30,
      label: 'cases.enterpriseCases',
      component: lazyPage(() => import('./EnterpriseCasesTab'), 'EnterpriseCasesTab'),
      capability: 'case.read',
    },
  ],
  messages: { zh, en },
};
