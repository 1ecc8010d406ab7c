import { BookOutlined } from '@ant-design/icons';
import { catalogueCapabilities } from '../../../../src/modules/catalogue/capabilities';
import { lazyPage, type ModuleRoute, type WebModule } from '../../app/modules';
import { en } from './i18n/en';
import { zh } from './i18n/zh';

const read = (path: string, page: ModuleRoute['page']): ModuleRoute => ({ path, page, capability: 'catalogue.read' });

export const catalogue: WebModule<typeof zh> = {
  name: 'catalogue',
  capabilities: catalogueCapabilities,
  routes: [
    { path: '/catalogue', redirect: '/catalogue/violations', capability: 'catalogue.read' },
    read(
      '/catalogue/violations',
      lazyPage(() => import('./ViolationsPage'), 'ViolationsPage'),
    ),
    read(
      '/catalogue/violations/:code',
      lazyPage(() => import('./ViolationDetailPage'), 'ViolationDetailPage'),
    ),
    read(
      '/catalogue/calculator',
      lazyPage(() => import('./CalculatorPage'), 'CalculatorPage'),
    ),
    read(
      '/catalogue/checklists',
      lazyPage(() => import('./ChecklistsPage'), 'ChecklistsPage'),
    ),
    read(
      '/catalogue/major-hazards',
      lazyPage(() => import('./MajorHazardsPage'), 'MajorHazardsPage'),
    ),
    read(
      '/catalogue/powers',
      lazyPage(() => import('./PowersPage'), 'PowersPage'),
    ),
    read(
      '/catalogue/laws',
      lazyPage(() => import('./LawsPage'), 'LawsPage'),
    ),
  ],
  nav: [
    {
      order: 90,
      path: '/catalogue',
      label: 'nav.catalogue',
      icon: <BookOutlined />,
      capability: 'catalogue.read',
      children: [
        { path: '/catalogue/violations', label: 'nav.violations' },
        { path: '/catalogue/calculator', label: 'nav.calculator' },
        { path: '/catalogue/checklists', label: 'nav.checklists' },
        { path: '/catalogue/major-hazards', label: 'nav.majorHazards' },
        { path: '/catalogue/powers', label: 'nav.powers' },
        { path: '/catalogue/laws', label: 'nav.laws' },
      ],
    },
  ],
  messages: { zh, en },
};
