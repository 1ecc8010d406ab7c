// 集体讨论: every business role reads the meetings of its subtree; the leaders and the legal office
// (who keeps the minutes) arrange a meeting, put cases on it and record the votes; the head closes
// it, since closing records the deliberation on each case (记录集体讨论 is the head's, cases/workflow/machine.ts).
import { BUSINESS_ROLES, defineCapabilities, LEADER_ROLES } from '../../platform/auth/capabilities.js';

export const deliberationCapabilities = defineCapabilities({
  'deliberation.read': BUSINESS_ROLES,
  /** 安排会议, 列入议题, 记录表决和结论. */
  'deliberation.manage': ['legalReviewer', ...LEADER_ROLES],
  /** 结束会议: quorum and conclusions checked, the minutes numbered, each case's deliberation recorded. */
  'deliberation.close': ['head'],
});
