import { SafetyCertificateOutlined, SolutionOutlined } from '@ant-design/icons';
import { licensingCapabilities } from '../../../../src/modules/licensing/capabilities';
import { lazyPage, type WebModule } from '../../app/modules';
import { en } from './i18n/en';
import { zh } from './i18n/zh';

// 行政许可: the portal's 办事指南 (事前公开), the applications online and at the counter, and the agenda.
export const licensing: WebModule<typeof zh> = {
  name: 'licensing',
  capabilities: licensingCapabilities,
  routes: [
    { path: '/licensing', page: lazyPage(() => import('./ApplicationsPage'), 'ApplicationsPage'), capability: 'license.read' },
    { path: '/licensing/apply', page: lazyPage(() => import('./ApplyPage'), 'ApplyPage'), capability: 'license.apply' },
    { path: '/licensing/applications/:id', page: lazyPage(() => import('./ApplicationPage'), 'ApplicationPage'), capability: 'license.read' },
    { path: '/licensing/licences', page: lazyPage(() => import('./LicencesPage'), 'LicencesPage'), capability: 'license.read' },
    { path: '/licensing/licences/:id', page: lazyPage(() => import('./LicencePage'), 'LicencePage'), capability: 'license.read' },
    { path: '/portal/licences/:id', page: lazyPage(() => import('./PortalLicence'), 'PortalLicence'), frame: 'portal' },
    { path: '/portal/licensing', page: lazyPage(() => import('./PortalGuides'), 'PortalGuides'), frame: 'portal' },
    { path: '/portal/licensing/:code', page: lazyPage(() => import('./PortalGuide'), 'PortalGuide'), frame: 'portal' },
  ],
  cards: [
    { order: 36, component: lazyPage(() => import('./LicensingAgendaCard'), 'LicensingAgendaCard'), capability: 'license.accept' },
    { order: 39, component: lazyPage(() => import('./ExpiringLicencesCard'), 'ExpiringLicencesCard'), capability: 'license.read' },
  ],
  // The enterprise page's 许可证 tab: the licence register, which replaced the registry's free-text field.
  enterpriseTabs: [
    {
      key: 'licences',
      order: 40,
      label: 'licensing.enterpriseTab',
      component: lazyPage(() => import('./LicenceRegisterTab'), 'LicenceRegisterTab'),
      capability: 'license.read',
    },
  ],
  nav: [
    { order: 64, path: '/licensing', label: 'nav.licensing', icon: <SolutionOutlined />, capability: 'license.read' },
    { order: 65, path: '/licensing/licences', label: 'nav.licences', icon: <SafetyCertificateOutlined />, capability: 'license.read' },
  ],
  messages: { zh, en },
};
