// 行政处罚案件. Events are open to every business role at the route: the state machine
// (workflow.ts) decides which role takes which event and refuses the rest with 403.
import { BUSINESS_ROLES, defineCapabilities, LEADER_ROLES } from '../../platform/auth/capabilities.js';

export const caseCapabilities = defineCapabilities({
  'case.read': BUSINESS_ROLES,
  'case.open': ['officer', ...LEADER_ROLES],
  /** 法制审核 (行政处罚法 第五十八条), never of one's own case (service and queue). */
  'case.review': ['legalReviewer'],
  /** 询问笔录, 抽样取证, 先行登记保存 requests: the case's investigators (checked in the service). */
  'case.investigate': ['officer'],
  /** 行政机关负责人 (第五十六条): approves 先行登记保存 and decides on it. */
  'case.approvePreservation': ['head', 'deputyHead'],
  /** Answers for every open case of the subtree on the agenda. */
  'case.oversee': LEADER_ROLES,
});
