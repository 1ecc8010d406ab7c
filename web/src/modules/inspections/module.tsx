import { SafetyOutlined } from '@ant-design/icons';
import { inspectionCapabilities } from '../../../../src/modules/inspections/capabilities';
import { lazyPage, type WebModule } from '../../app/modules';
import { en } from './i18n/en';
import { zh } from './i18n/zh';

export const inspections: WebModule<typeof zh> = {
  name: 'inspections',
  capabilities: inspectionCapabilities,
  routes: [
    { path: '/inspections', redirect: '/inspections/tasks', capability: 'inspection.read' },
    { path: '/inspections/tasks', page: lazyPage(() => import('./TasksPage'), 'TasksPage'), capability: 'inspection.read' },
    { path: '/inspections/records/:id', page: lazyPage(() => import('./RecordPage'), 'RecordPage'), capability: 'inspection.read' },
    { path: '/inspections/hazards', page: lazyPage(() => import('./HazardsPage'), 'HazardsPage'), capability: 'inspection.read' },
    { path: '/inspections/campaigns', page: lazyPage(() => import('./CampaignsPage'), 'CampaignsPage'), capability: 'inspection.read' },
    { path: '/inspections/campaigns/:id', page: lazyPage(() => import('./CampaignPage'), 'CampaignPage'), capability: 'inspection.read' },
  ],
  nav: [
    // An enterprise user's home is their enterprise's hazards (the workbench shows them); no bureau menus.
    { order: 20, path: '/', label: 'nav.enterpriseHazards', icon: <SafetyOutlined />, capability: 'hazard.rectify' },
    {
      order: 70,
      path: '/inspections',
      label: 'nav.inspections',
      icon: <SafetyOutlined />,
      capability: 'inspection.read',
      children: [
        { path: '/inspections/tasks', label: 'nav.inspectionTasks' },
        { path: '/inspections/hazards', label: 'nav.hazards' },
        { path: '/inspections/campaigns', label: 'nav.campaigns' },
      ],
    },
  ],
  cards: [
    { order: 50, component: lazyPage(() => import('./OverdueHazardsCard'), 'OverdueHazardsCard'), capability: 'inspection.inspect' },
    { order: 70, component: lazyPage(() => import('./HazardFiguresCard'), 'HazardFiguresCard'), capability: 'inspection.read' },
  ],
  enterpriseTabs: [
    {
      key: 'inspections',
      order: 10,
      label: 'inspections.enterpriseTasks',
      component: lazyPage(() => import('./EnterpriseTabs'), 'EnterpriseTasksTab'),
      capability: 'inspection.read',
    },
    {
      key: 'hazards',
      order: 20,
      label: 'inspections.enterpriseHazards',
      component: lazyPage(() => import('./EnterpriseTabs'), 'EnterpriseHazardsTab'),
      capability: 'inspection.read',
    },
  ],
  messages: { zh, en },
};
