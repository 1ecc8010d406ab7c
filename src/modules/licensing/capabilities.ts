// 行政许可: the enterprise applies online for itself; officers take applications at the counter,
// accept them or send one 补正 notice, and review them (on-site checks, expert reviews); a leader
// decides; the head (or a deputy) approves a 10-working-day extension (行政许可法 第四十二条).
import { defineCapabilities, LEADER_ROLES } from '../../platform/auth/capabilities.js';

export const licensingCapabilities = defineCapabilities({
  /** Applications and licences: staff of the bureau's subtree, an enterprise user its own enterprise's. */
  'license.read': ['officer', 'legalReviewer', ...LEADER_ROLES, 'enterpriseUser'],
  /** 申请: online by the enterprise user for its own enterprise, or at the counter (窗口) recorded by staff. */
  'license.apply': ['enterpriseUser', 'officer', ...LEADER_ROLES],
  /** 受理, 一次性告知补正, 不予受理. */
  'license.accept': ['officer', ...LEADER_ROLES],
  /** 审查: on-site checks and expert reviews, which stop the clock. */
  'license.review': ['officer', ...LEADER_ROLES],
  /** 延长审查期限 by 10 working days, approved by the bureau's head. */
  'license.extend': ['head', 'deputyHead'],
  /** 准予 / 不予许可. */
  'license.decide': LEADER_ROLES,
  /** 登记外部证照: a licence issued elsewhere (another authority, or before this platform), recorded in the enterprise's register. */
  'license.record': ['officer', ...LEADER_ROLES],
  /** 发证: the electronic licence and its certificate. */
  'license.issue': ['officer', ...LEADER_ROLES],
});
