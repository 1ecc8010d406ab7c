import { NotificationOutlined } from '@ant-design/icons';
import { exposureCapabilities } from '../../../../src/modules/exposures/capabilities';
import { lazyPage, type WebModule } from '../../app/modules';
import { en } from './i18n/en';
import { zh } from './i18n/zh';

// 警示曝光, 典型案例, 通报 and 约谈: drafted, approved for the portal by a 负责人, withdrawable; summonses
// with their follow-up on the workbench; the portal's page. The enterprise's credit page shows its own (credit module).
export const exposures: WebModule<typeof zh> = {
  name: 'exposures',
  capabilities: exposureCapabilities,
  routes: [
    { path: '/exposures', page: lazyPage(() => import('./ExposuresPage'), 'ExposuresPage'), capability: 'exposure.read' },
    { path: '/exposures/summons', page: lazyPage(() => import('./SummonsesPage'), 'SummonsesPage'), capability: 'exposure.read' },
    { path: '/exposures/summons/:id', page: lazyPage(() => import('./SummonsPage'), 'SummonsPage'), capability: 'exposure.read' },
    { path: '/exposures/:id', page: lazyPage(() => import('./ExposurePage'), 'ExposurePage'), capability: 'exposure.read' },
    { path: '/portal/exposures', page: lazyPage(() => import('./PortalExposures'), 'PortalExposures'), frame: 'portal' },
  ],
  nav: [{ order: 69, path: '/exposures', label: 'nav.exposures', icon: <NotificationOutlined />, capability: 'exposure.read' }],
  cards: [{ order: 77, component: lazyPage(() => import('./SummonsAgendaCard'), 'SummonsAgendaCard'), capability: 'exposure.read' }],
  messages: { zh, en },
};
