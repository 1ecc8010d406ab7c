// 严重失信主体名单: officers of the deciding bureau propose a listing, serve the notice and record the
// party's statement and the service of the decision; its 负责人 decides (duties.ts credit.decide: not
// the one who proposed). The legal office reads along. The public list needs no capability.
import { defineCapabilities, LEADER_ROLES } from '../../platform/auth/capabilities.js';

export const creditCapabilities = defineCapabilities({
  /** Staff of the bureau's subtree. */
  'credit.read': ['officer', 'legalReviewer', ...LEADER_ROLES],
  /** One enterprise's credit (its page) and a repair's detail: staff of the subtree, an enterprise user its own. */
  'credit.view': ['officer', 'legalReviewer', ...LEADER_ROLES, 'enterpriseUser'],
  /** 本企业信用: the enterprise user's own page. */
  'credit.self': ['enterpriseUser'],
  /** 申请提前移出 and 异议: the enterprise user for its own listing online, staff recording them at the counter. */
  'credit.apply': ['enterpriseUser', 'officer', ...LEADER_ROLES],
  /** 提出列入建议, 送达告知书, 登记陈述申辩, 登记送达; 审查信用修复申请; 处理异议. */
  'credit.handle': ['officer', ...LEADER_ROLES],
  /** 列入 or 不予列入, 准予 or 不予提前移出, 撤销提前移出: the bureau's 负责人 (谁处罚、谁决定). */
  'credit.decide': ['deputyHead', 'head'],
});
