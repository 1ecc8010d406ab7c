// 现场检查与隐患整改: staff read; officers and leaders inspect and decide; leaders issue plan tasks
// and oversee every task of their subtree; enterprise users act on their own hazards only.
import { BUSINESS_ROLES, defineCapabilities, LEADER_ROLES } from '../../platform/auth/capabilities.js';

export const inspectionCapabilities = defineCapabilities({
  'inspection.read': BUSINESS_ROLES,
  'inspection.inspect': ['officer', ...LEADER_ROLES],
  /** Issue the month's 计划检查 tasks, see and fill in any task of the subtree. */
  'inspection.oversee': LEADER_ROLES,
  /** 专项整治: leaders of the org (or above) launch and close it, as they issue plan tasks. */
  'campaign.manage': LEADER_ROLES,
  'hazard.read': [...BUSINESS_ROLES, 'enterpriseUser'],
  'hazard.rectify': ['enterpriseUser'],
  /** 企业自查自纠: an enterprise reports the hazards it found itself (安全生产法 第四十一条第二款). */
  'hazard.selfReport': ['enterpriseUser'],
  'hazard.attachMaterial': ['officer', ...LEADER_ROLES, 'enterpriseUser'],
});
