import { ExperimentOutlined } from '@ant-design/icons';
import { drawCapabilities } from '../../../../src/modules/draws/capabilities';
import { lazyPage, type WebModule } from '../../app/modules';
import { en } from './i18n/en';
import { zh } from './i18n/zh';

export const draws: WebModule<typeof zh> = {
  name: 'draws',
  capabilities: drawCapabilities,
  routes: [
    { path: '/draws', page: lazyPage(() => import('./DrawsPage'), 'DrawsPage'), capability: 'draw.read' },
    { path: '/draws/matters', page: lazyPage(() => import('./MattersPage'), 'MattersPage'), capability: 'draw.read' },
    { path: '/draws/:id', page: lazyPage(() => import('./DrawPage'), 'DrawPage'), capability: 'draw.read' },
    // 一公开: anyone may read a published draw and verify it without signing in.
    { path: '/portal/draws', page: lazyPage(() => import('./PublicDrawsPage'), 'PublicDrawsPage'), frame: 'portal' },
    { path: '/portal/draws/:id', page: lazyPage(() => import('./PublicDrawPage'), 'PublicDrawPage'), frame: 'portal' },
  ],
  nav: [
    {
      order: 60,
      path: '/draws',
      label: 'nav.draws',
      icon: <ExperimentOutlined />,
      capability: 'draw.read',
      children: [
        { path: '/draws/matters', label: 'nav.drawMatters' },
        { path: '/draws', label: 'nav.drawList' },
      ],
    },
  ],
  messages: { zh, en },
};
