// 三员分立 (GB/T 22239-2019 §8.1.4.2): the system administrator creates accounts and records
// credentials; only the security administrator grants roles or unlocks an account.
import { defineCapabilities, STAFF_ROLES } from '../../platform/auth/capabilities.js';

export const peopleCapabilities = defineCapabilities({
  'person.read': STAFF_ROLES,
  'person.create': ['systemAdmin'],
  'person.setRoles': ['securityAdmin'],
  'person.unlock': ['securityAdmin'],
  'credential.add': ['systemAdmin'],
});
