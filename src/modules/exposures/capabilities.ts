// 警示曝光, 典型案例, 通报 and 约谈: staff of a bureau's subtree read them; officers, the legal office
// and the leaders draft a publication; the bureau's 负责人 — not the drafter (duties.ts exposure.approve)
// — approves its publication on the portal and withdraws it; officers and leaders record a summons and
// its follow-up. An enterprise user sees its own published exposures and summons on its credit page.
import { BUSINESS_ROLES, defineCapabilities, LEADER_ROLES } from '../../platform/auth/capabilities.js';

export const exposureCapabilities = defineCapabilities({
  'exposure.read': BUSINESS_ROLES,
  /** One enterprise's exposures and summons (its credit page): staff of the subtree, an enterprise user its own. */
  'exposure.view': [...BUSINESS_ROLES, 'enterpriseUser'],
  /** 起草警示曝光、典型案例、通报. */
  'exposure.draft': ['officer', 'legalReviewer', ...LEADER_ROLES],
  /** 批准发布 and 撤回: the bureau's 负责人. */
  'exposure.approve': ['deputyHead', 'head'],
  /** 登记约谈 and its 整改跟踪. */
  'summons.record': ['officer', ...LEADER_ROLES],
});
