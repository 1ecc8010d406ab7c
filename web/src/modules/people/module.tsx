import { TeamOutlined } from '@ant-design/icons';
import { peopleCapabilities } from '../../../../src/modules/people/capabilities';
import { lazyPage, type WebModule } from '../../app/modules';
import { en } from './i18n/en';
import { zh } from './i18n/zh';

export const people: WebModule<typeof zh> = {
  name: 'people',
  capabilities: peopleCapabilities,
  routes: [{ path: '/people', page: lazyPage(() => import('./PeoplePage'), 'PeoplePage'), capability: 'person.read' }],
  nav: [{ order: 110, path: '/people', label: 'nav.people', icon: <TeamOutlined />, capability: 'person.read' }],
  cards: [
    { order: 10, component: lazyPage(() => import('./PeopleCountCard'), 'PeopleCountCard'), capability: 'person.read', size: 'figure' },
    { order: 80, component: lazyPage(() => import('./FiguresCard'), 'FiguresCard'), capability: 'person.read' },
  ],
  messages: { zh, en },
};
