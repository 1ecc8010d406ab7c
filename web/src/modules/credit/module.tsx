import { StopOutlined } from '@ant-design/icons';
import { creditCapabilities } from '../../../../src/modules/credit/capabilities';
import { lazyPage, type WebModule } from '../../app/modules';
import { en } from './i18n/en';
import { zh } from './i18n/zh';

// 严重失信主体名单: the bureau's listings from proposal to removal, and the portal's public list.
export const credit: WebModule<typeof zh> = {
  name: 'credit',
  capabilities: creditCapabilities,
  routes: [
    { path: '/credit', page: lazyPage(() => import('./ListingsPage'), 'ListingsPage'), capability: 'credit.read' },
    { path: '/credit/listings/:id', page: lazyPage(() => import('./ListingPage'), 'ListingPage'), capability: 'credit.read' },
    { path: '/portal/credit', page: lazyPage(() => import('./PortalListings'), 'PortalListings'), frame: 'portal' },
  ],
  nav: [{ order: 66, path: '/credit', label: 'nav.credit', icon: <StopOutlined />, capability: 'credit.read' }],
  messages: { zh, en },
};
