// 案卷评查: every business role reads the rounds of its subtree and the files of its org; the legal
// office and the leaders plan, draw, notify and close a round; evaluators (officers and the legal
// office of another org, who did not handle the case) score a file; the evaluated org answers.
import { BUSINESS_ROLES, defineCapabilities, LEADER_ROLES } from '../../platform/auth/capabilities.js';

export const evaluationCapabilities = defineCapabilities({
  'evaluation.read': BUSINESS_ROLES,
  /** 制定评查方案、公告、抽取、通知评查结果、结束评查并评选优秀案卷. */
  'evaluation.manage': ['legalReviewer', ...LEADER_ROLES],
  /** 评查打分: separation of duties checked on each file (platform/duties.ts caseFile.evaluate). */
  'evaluation.score': ['legalReviewer', 'officer', ...LEADER_ROLES],
  /** 反馈整改情况: the evaluated org answers the defects notified to it. */
  'evaluation.answer': ['officer', ...LEADER_ROLES],
});
