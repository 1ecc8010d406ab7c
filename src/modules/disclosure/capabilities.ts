// 行政执法公示: business roles read; officers and leaders publish; only leaders take an item off.
import { BUSINESS_ROLES, defineCapabilities, LEADER_ROLES } from '../../platform/auth/capabilities.js';

export const disclosureCapabilities = defineCapabilities({
  'disclosure.read': BUSINESS_ROLES,
  'disclosure.publish': ['officer', ...LEADER_ROLES],
  'disclosure.withdraw': LEADER_ROLES,
});
