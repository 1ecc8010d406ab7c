// 执法回访: officers and leaders follow up their decisions and closed hazards (a visit or a call);
// the enterprise user answers its own online; a problem raised goes to the legal office or a
// leader (the supervision function), never to the officers who handled the matter (duties.ts).
import { defineCapabilities, LEADER_ROLES } from '../../platform/auth/capabilities.js';

export const followUpCapabilities = defineCapabilities({
  /** Staff of the bureau's subtree; an enterprise user its own enterprise's. */
  'followUp.read': ['officer', 'legalReviewer', ...LEADER_ROLES, 'enterpriseUser'],
  /** 上门、电话回访 recorded, or 无法联系 / 拒绝回访. */
  'followUp.record': ['officer', ...LEADER_ROLES],
  /** 网上回访: the enterprise answers for itself. */
  'followUp.answer': ['enterpriseUser'],
  /** 办结 a problem the follow-up raised (duties.ts followUp.resolve). */
  'followUp.resolve': ['legalReviewer', ...LEADER_ROLES],
});
