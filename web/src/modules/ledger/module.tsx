import { FileProtectOutlined } from '@ant-design/icons';
import { lazyPage, type WebModule } from '../../app/modules';
import { en } from './i18n/en';
import { zh } from './i18n/zh';

// 执法全过程记录 is the platform's (src/platform/ledger); so is its capability, ledger.read.
export const ledger: WebModule<typeof zh> = {
  name: 'ledger',
  routes: [{ path: '/ledger', page: lazyPage(() => import('./LedgerPage'), 'LedgerPage'), capability: 'ledger.read' }],
  nav: [{ order: 120, path: '/ledger', label: 'nav.ledger', icon: <FileProtectOutlined />, capability: 'ledger.read' }],
  cards: [{ order: 20, component: lazyPage(() => import('./LedgerHeadCard'), 'LedgerHeadCard'), capability: 'ledger.read', size: 'figure' }],
  messages: { zh, en },
};
