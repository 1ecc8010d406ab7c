// 举报、投诉: officers and leaders take tips in and decide whether to take them up; complaints about
// the enforcement itself are for the legal office and the leaders (the supervision function), never
// for the officers they may be about. Only the principal leader may reveal who tipped, with a reason.
// Leaders assign a tip to a 举报核查 task; the officers record what it found; a reward is proposed by
// the handler and approved by a leader who did not handle it.
import { defineCapabilities, LEADER_ROLES } from '../../platform/auth/capabilities.js';

export const tipCapabilities = defineCapabilities({
  'tip.read': ['officer', 'legalReviewer', ...LEADER_ROLES],
  'tip.record': ['officer', 'legalReviewer', ...LEADER_ROLES],
  'tip.decide': LEADER_ROLES,
  'complaint.read': ['legalReviewer', ...LEADER_ROLES],
  /** 投诉办结: the outcome and the corrective act, by the supervision function (duties.ts complaint.conclude). */
  'complaint.conclude': ['legalReviewer', ...LEADER_ROLES],
  'tip.reveal': ['head'],
  /** 交办核查: a 举报核查 task to officers of the bureau. */
  'tip.assign': LEADER_ROLES,
  /** 核查结果 and the reply: the officers on the task, or a leader. */
  'tip.verify': ['officer', ...LEADER_ROLES],
  'tip.rewardPropose': ['officer', ...LEADER_ROLES],
  /** Approved by a leader who did not handle the tip (duties.ts tip.reward). */
  'tip.rewardApprove': LEADER_ROLES,
  'tip.rewardPay': ['officer', ...LEADER_ROLES],
});
