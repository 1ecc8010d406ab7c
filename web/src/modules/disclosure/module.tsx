import { NotificationOutlined } from '@ant-design/icons';
import { disclosureCapabilities } from '../../../../src/modules/disclosure/capabilities';
import { lazyPage, type WebModule } from '../../app/modules';
import { en } from './i18n/en';
import { zh } from './i18n/zh';

// The staff side of 执法公示; the public pages are the portal's (web/src/portal).
export const disclosure: WebModule<typeof zh> = {
  name: 'disclosure',
  capabilities: disclosureCapabilities,
  routes: [{ path: '/disclosures', page: lazyPage(() => import('./DisclosuresPage'), 'DisclosuresPage'), capability: 'disclosure.read' }],
  nav: [{ order: 80, path: '/disclosures', label: 'nav.disclosures', icon: <NotificationOutlined />, capability: 'disclosure.read' }],
  // Overdue items are for those who answer for them: the leaders, who may also take an item off.
  cards: [
    {
      order: 60,
      component: lazyPage(() => import('./OverdueDisclosuresCard'), 'OverdueDisclosuresCard'),
      capability: 'disclosure.withdraw',
    },
  ],
  messages: { zh, en },
};
