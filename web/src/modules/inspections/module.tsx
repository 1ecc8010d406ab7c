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
      ],
    },
  ],
  cards: [
    { order: 50, component: lazyPage(() => import('./OverdueHazardsCard'), 'OverdueHazardsCard'), capability: 'inspection.inspect' },
    { order: 70, component: lazyPage(() => import('./HazardFiguresCard'), 'HazardFiguresCard'), capability: 'inspection.read' },
  ],
  messages: { zh, en },
};
