import { SwapOutlined } from '@ant-design/icons';
import { transferCapabilities } from '../../../../src/modules/transfers/capabilities';
import { lazyPage, type WebModule } from '../../app/modules';
import { en } from './i18n/en';
import { zh } from './i18n/zh';

// 行刑衔接: cases transferred to the police, to their end; the joint meetings.
export const transfers: WebModule<typeof zh> = {
  name: 'transfers',
  capabilities: transferCapabilities,
  routes: [
    { path: '/transfers', page: lazyPage(() => import('./TransfersPage'), 'TransfersPage'), capability: 'criminalTransfer.read' },
    { path: '/transfers/:id', page: lazyPage(() => import('./TransferPage'), 'TransferPage'), capability: 'criminalTransfer.read' },
  ],
  nav: [{ order: 34, path: '/transfers', label: 'nav.transfers', icon: <SwapOutlined />, capability: 'criminalTransfer.read' }],
  cards: [{ order: 44, component: lazyPage(() => import('./TransferAgendaCard'), 'TransferAgendaCard'), capability: 'criminalTransfer.read' }],
  messages: { zh, en },
};
