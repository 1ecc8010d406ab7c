// 统计分析 and the yearly 法治政府建设情况报告: the leaders answer for the report, the legal
// reviewers draft much of it, and both read the figures behind it.
import { defineCapabilities, LEADER_ROLES } from '../../platform/auth/capabilities.js';

export const reportCapabilities = defineCapabilities({
  'report.read': [...LEADER_ROLES, 'legalReviewer'],
});
