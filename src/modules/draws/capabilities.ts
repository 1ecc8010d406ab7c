// 双随机抽查: every business role reads; the section chief and the leaders keep the matters and draw.
import { BUSINESS_ROLES, defineCapabilities, LEADER_ROLES } from '../../platform/auth/capabilities.js';

export const drawCapabilities = defineCapabilities({
  'draw.read': BUSINESS_ROLES,
  'draw.run': LEADER_ROLES,
});
