import { PhoneOutlined } from '@ant-design/icons';
import { followUpCapabilities } from '../../../../src/modules/followups/capabilities';
import { lazyPage, type WebModule } from '../../app/modules';
import { en } from './i18n/en';
import { zh } from './i18n/zh';

// 执法回访: the bureau's follow-ups of its decisions and closed hazards, and an enterprise user's own to answer.
export const followups: WebModule<typeof zh> = {
  name: 'followups',
  capabilities: followUpCapabilities,
  routes: [
    { path: '/followups', page: lazyPage(() => import('./FollowUpsPage'), 'FollowUpsPage'), capability: 'followUp.read' },
    { path: '/followups/:id', page: lazyPage(() => import('./FollowUpPage'), 'FollowUpPage'), capability: 'followUp.read' },
  ],
  cards: [
    { order: 37, component: lazyPage(() => import('./FollowUpProblemsCard'), 'FollowUpProblemsCard'), capability: 'followUp.resolve' },
    { order: 38, component: lazyPage(() => import('./FollowUpAgendaCard'), 'FollowUpAgendaCard'), capability: 'followUp.record' },
  ],
  nav: [{ order: 68, path: '/followups', label: 'nav.followups', icon: <PhoneOutlined />, capability: 'followUp.read' }],
  messages: { zh, en },
};
