// Who reads and keeps the org tree (machines, not people, set it up: the system administrator).
import { defineCapabilities, STAFF_ROLES } from '../../platform/auth/capabilities.js';

export const orgCapabilities = defineCapabilities({
  'org.read': STAFF_ROLES,
  'org.create': ['systemAdmin'],
  /** 执法委托 (行政处罚法 第二十条) is registered with the org. */
  'org.delegate': ['systemAdmin'],
});
