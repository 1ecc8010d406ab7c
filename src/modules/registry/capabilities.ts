// 监管对象库: legal reviewers read the registry but do not keep it.
import { BUSINESS_ROLES, defineCapabilities, LEADER_ROLES } from '../../platform/auth/capabilities.js';

export const registryCapabilities = defineCapabilities({
  'enterprise.read': BUSINESS_ROLES,
  'enterprise.edit': ['officer', ...LEADER_ROLES],
});
