// 年度监督检查计划: officers and leaders draft and submit; a deputy head or head approves, returns
// and publishes (and never one who wrote the draft: separation of duties in the service).
import { BUSINESS_ROLES, defineCapabilities, LEADER_ROLES } from '../../platform/auth/capabilities.js';

export const planCapabilities = defineCapabilities({
  'plan.read': BUSINESS_ROLES,
  'plan.edit': ['officer', ...LEADER_ROLES],
  'plan.approve': ['deputyHead', 'head'],
  /** 下达计划检查任务 for a month's key enterprises. */
  'plan.issueTasks': LEADER_ROLES,
});
