import { SafetyCertificateOutlined } from '@ant-design/icons';
import { lazyPage, type WebModule } from '../../app/modules';
import { en } from './i18n/en';
import { zh } from './i18n/zh';

// 安全审计 of sign-ins and refusals; the security events and their capability are the platform's.
export const audit: WebModule<typeof zh> = {
  name: 'audit',
  routes: [{ path: '/audit', page: lazyPage(() => import('./SecurityEventsPage'), 'SecurityEventsPage'), capability: 'securityEvent.read' }],
  nav: [{ order: 130, path: '/audit', label: 'nav.audit', icon: <SafetyCertificateOutlined />, capability: 'securityEvent.read' }],
  messages: { zh, en },
};
