import { ApartmentOutlined } from '@ant-design/icons';
import { orgCapabilities } from '../../../../src/modules/orgs/capabilities';
import { lazyPage, type WebModule } from '../../app/modules';
import { en } from './i18n/en';
import { zh } from './i18n/zh';

export const orgs: WebModule<typeof zh> = {
  name: 'orgs',
  capabilities: orgCapabilities,
  routes: [{ path: '/orgs', page: lazyPage(() => import('./OrgTreePage'), 'OrgTreePage'), capability: 'org.read' }],
  nav: [{ order: 100, path: '/orgs', label: 'nav.orgs', icon: <ApartmentOutlined />, capability: 'org.read' }],
  messages: { zh, en },
};
