// 统计分析 and the yearly 法治政府建设情况报告: the leaders answer for the report, the legal
// reviewers draft much of it, and both read the figures behind it. The principal leader (局长)
// approves the report, which publishes it (法治政府建设与责任落实督察工作规定: 党政主要负责人是第一责任人).
import { defineCapabilities, LEADER_ROLES } from '../../platform/auth/capabilities.js';

export const reportCapabilities = defineCapabilities({
  'report.read': [...LEADER_ROLES, 'legalReviewer'],
  'report.draft': [...LEADER_ROLES, 'legalReviewer'],
  'report.approve': ['head'],
});
