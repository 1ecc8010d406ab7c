import { AlertOutlined } from '@ant-design/icons';
import { tipCapabilities } from '../../../../src/modules/tips/capabilities';
import { lazyPage, type WebModule } from '../../app/modules';
import { en } from './i18n/en';
import { zh } from './i18n/zh';

// 举报投诉: the portal's intake and follow-up, the bureau's list and decisions.
export const tips: WebModule<typeof zh> = {
  name: 'tips',
  capabilities: tipCapabilities,
  routes: [
    { path: '/tips', page: lazyPage(() => import('./TipsPage'), 'TipsPage'), capability: 'tip.read' },
    { path: '/tips/:id', page: lazyPage(() => import('./TipPage'), 'TipPage'), capability: 'tip.read' },
    { path: '/portal/tips', page: lazyPage(() => import('./PortalTipPages'), 'PortalTipPage'), frame: 'portal' },
    { path: '/portal/tips/follow', page: lazyPage(() => import('./PortalTipPages'), 'PortalFollowPage'), frame: 'portal' },
  ],
  cards: [{ order: 35, component: lazyPage(() => import('./TipAgendaCard'), 'TipAgendaCard'), capability: 'tip.assign' }],
  nav: [{ order: 62, path: '/tips', label: 'nav.tips', icon: <AlertOutlined />, capability: 'tip.read' }],
  messages: { zh, en },
};
