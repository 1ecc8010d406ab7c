import { AuditOutlined } from '@ant-design/icons';
import { evaluationCapabilities } from '../../../../src/modules/evaluations/capabilities';
import { lazyPage, type WebModule } from '../../app/modules';
import { en } from './i18n/en';
import { zh } from './i18n/zh';

// 案卷评查: the rounds a superior org runs over its subordinates' case files, the files drawn and scored.
export const evaluations: WebModule<typeof zh> = {
  name: 'evaluations',
  capabilities: evaluationCapabilities,
  routes: [
    { path: '/evaluations', page: lazyPage(() => import('./RoundsPage'), 'RoundsPage'), capability: 'evaluation.read' },
    { path: '/evaluations/files', page: lazyPage(() => import('./FilesPage'), 'FilesPage'), capability: 'evaluation.read' },
    { path: '/evaluations/:id', page: lazyPage(() => import('./RoundPage'), 'RoundPage'), capability: 'evaluation.read' },
  ],
  nav: [{ order: 46, path: '/evaluations', label: 'nav.evaluations', icon: <AuditOutlined />, capability: 'evaluation.read' }],
  messages: { zh, en },
};
