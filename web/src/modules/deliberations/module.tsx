import { TeamOutlined } from '@ant-design/icons';
import { deliberationCapabilities } from '../../../../src/modules/deliberations/capabilities';
import { lazyPage, type WebModule } from '../../app/modules';
import { en } from './i18n/en';
import { zh } from './i18n/zh';

// 集体讨论: the leaders' meetings on serious or complex cases, their votes and minutes.
export const deliberations: WebModule<typeof zh> = {
  name: 'deliberations',
  capabilities: deliberationCapabilities,
  routes: [
    { path: '/deliberations', page: lazyPage(() => import('./MeetingsPage'), 'MeetingsPage'), capability: 'deliberation.read' },
    { path: '/deliberations/:id', page: lazyPage(() => import('./MeetingPage'), 'MeetingPage'), capability: 'deliberation.read' },
  ],
  nav: [{ order: 33, path: '/deliberations', label: 'nav.deliberations', icon: <TeamOutlined />, capability: 'deliberation.read' }],
  messages: { zh, en },
};
