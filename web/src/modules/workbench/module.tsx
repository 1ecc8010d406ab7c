import { HomeOutlined } from '@ant-design/icons';
import { lazyPage, type WebModule } from '../../app/modules';
import { en } from './i18n/en';
import { zh } from './i18n/zh';

// The home page. Its capability is the platform's (workbench.view); the cards come from the
// modules that own the figures.
export const workbench: WebModule<typeof zh> = {
  name: 'workbench',
  // No capability: an enterprise user lands here too and sees their enterprise's hazards.
  routes: [{ path: '/', page: lazyPage(() => import('./WorkbenchPage'), 'WorkbenchPage') }],
  nav: [{ order: 10, path: '/', label: 'nav.workbench', icon: <HomeOutlined />, capability: 'workbench.view' }],
  messages: { zh, en },
};
