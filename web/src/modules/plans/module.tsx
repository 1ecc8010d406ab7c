import { ScheduleOutlined } from '@ant-design/icons';
import { planCapabilities } from '../../../../src/modules/plans/capabilities';
import { lazyPage, type WebModule } from '../../app/modules';
import { en } from './i18n/en';
import { zh } from './i18n/zh';

export const plans: WebModule<typeof zh> = {
  name: 'plans',
  capabilities: planCapabilities,
  routes: [
    { path: '/plans', page: lazyPage(() => import('./PlansPage'), 'PlansPage'), capability: 'plan.read' },
    { path: '/plans/:id', page: lazyPage(() => import('./PlanPage'), 'PlanPage'), capability: 'plan.read' },
  ],
  nav: [{ order: 50, path: '/plans', label: 'nav.plans', icon: <ScheduleOutlined />, capability: 'plan.read' }],
  cards: [{ order: 40, component: lazyPage(() => import('./PlanProgressCard'), 'PlanProgressCard'), capability: 'plan.read' }],
  messages: { zh, en },
};
