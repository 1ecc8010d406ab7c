import { SafetyOutlined, StopOutlined } from '@ant-design/icons';
import { creditCapabilities } from '../../../../src/modules/credit/capabilities';
import { lazyPage, type WebModule } from '../../app/modules';
import { en } from './i18n/en';
import { zh } from './i18n/zh';

// 严重失信主体名单: the bureau's listings from proposal to removal, credit repair and objections, the
// enterprise's credit (the registry's 信用 tab, and 本企业信用 for the enterprise user), and the portal's public list.
export const credit: WebModule<typeof zh> = {
  name: 'credit',
  capabilities: creditCapabilities,
  routes: [
    { path: '/credit', page: lazyPage(() => import('./ListingsPage'), 'ListingsPage'), capability: 'credit.read' },
    { path: '/credit/listings/:id', page: lazyPage(() => import('./ListingPage'), 'ListingPage'), capability: 'credit.read' },
    { path: '/credit/repairs/:id', page: lazyPage(() => import('./RepairPage'), 'RepairPage'), capability: 'credit.view' },
    { path: '/credit/mine', page: lazyPage(() => import('./EnterpriseCredit'), 'MyCreditPage'), capability: 'credit.self' },
    { path: '/portal/credit', page: lazyPage(() => import('./PortalListings'), 'PortalListings'), frame: 'portal' },
  ],
  nav: [
    { order: 66, path: '/credit', label: 'nav.credit', icon: <StopOutlined />, capability: 'credit.read' },
    // The enterprise user's own credit page (本企业信用).
    { order: 67, path: '/credit/mine', label: 'nav.myCredit', icon: <SafetyOutlined />, capability: 'credit.self' },
  ],
  enterpriseTabs: [
    {
      key: 'credit',
      order: 50,
      label: 'credit.enterpriseTab',
      component: lazyPage(() => import('./EnterpriseCredit'), 'EnterpriseCreditTab'),
      capability: 'credit.view',
    },
  ],
  messages: { zh, en },
};
