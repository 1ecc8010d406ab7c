import { BarChartOutlined } from '@ant-design/icons';
import { reportCapabilities } from '../../../../src/modules/report/capabilities';
import { lazyPage, type WebModule } from '../../app/modules';
import { en } from './i18n/en';
import { zh } from './i18n/zh';

// 统计分析 (and, next, the yearly 法治政府建设情况报告): the figures the modules declare.
export const report: WebModule<typeof zh> = {
  name: 'report',
  capabilities: reportCapabilities,
  routes: [{ path: '/report', page: lazyPage(() => import('./ReportPage'), 'ReportPage'), capability: 'report.read' }],
  nav: [{ order: 85, path: '/report', label: 'nav.report', icon: <BarChartOutlined />, capability: 'report.read' }],
  messages: { zh, en },
};
