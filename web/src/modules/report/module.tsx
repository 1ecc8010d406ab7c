import { BarChartOutlined, FileTextOutlined } from '@ant-design/icons';
import { reportCapabilities } from '../../../../src/modules/report/capabilities';
import { lazyPage, type WebModule } from '../../app/modules';
import { annualEn, annualZh } from './i18n/annual';
import { en } from './i18n/en';
import { zh } from './i18n/zh';

const messagesZh = { ...zh, ...annualZh };

// 统计分析 and the yearly 法治政府建设情况报告: the figures the modules declare, and the report the
// bureau writes around them (published on the portal once the principal leader approves it).
export const report: WebModule<typeof messagesZh> = {
  name: 'report',
  capabilities: reportCapabilities,
  routes: [
    { path: '/report', page: lazyPage(() => import('./ReportPage'), 'ReportPage'), capability: 'report.read' },
    { path: '/report/annual', page: lazyPage(() => import('./AnnualReportsPage'), 'AnnualReportsPage'), capability: 'report.read' },
    { path: '/report/annual/:id', page: lazyPage(() => import('./AnnualReportPage'), 'AnnualReportPage'), capability: 'report.read' },
    { path: '/portal/reports', page: lazyPage(() => import('./PublicReportsPage'), 'PublicReportsPage'), frame: 'portal' },
    { path: '/portal/reports/:id', page: lazyPage(() => import('./PublicReportsPage'), 'PublicReportPage'), frame: 'portal' },
  ],
  nav: [
    { order: 85, path: '/report', label: 'nav.report', icon: <BarChartOutlined />, capability: 'report.read' },
    { order: 86, path: '/report/annual', label: 'annual.nav', icon: <FileTextOutlined />, capability: 'report.read' },
  ],
  cards: [
    { order: 75, component: lazyPage(() => import('./KeyFiguresCard'), 'KeyFiguresCard'), capability: 'report.read' },
    { order: 76, component: lazyPage(() => import('./AnnualDeadlineCard'), 'AnnualDeadlineCard'), capability: 'report.read', size: 'figure' },
  ],
  messages: { zh: messagesZh, en: { ...en, ...annualEn } },
};
