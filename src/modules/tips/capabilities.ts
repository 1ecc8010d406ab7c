// 举报、投诉: officers and leaders take tips in and decide whether to take them up; complaints about
// the enforcement itself are for the legal office and the leaders (the supervision function), never
// for the officers they may be about. Only the principal leader may reveal who tipped, with a reason.
import { defineCapabilities, LEADER_ROLES } from '../../platform/auth/capabilities.js';

export const tipCapabilities = defineCapabilities({
  'tip.read': ['officer', 'legalReviewer', ...LEADER_ROLES],
  'tip.record': ['officer', 'legalReviewer', ...LEADER_ROLES],
  'tip.decide': LEADER_ROLES,
  'complaint.read': ['legalReviewer', ...LEADER_ROLES],
  'tip.reveal': ['head'],
});
