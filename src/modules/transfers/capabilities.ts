// 行刑衔接: every business role reads the transfers of its subtree; the officers and the legal office
// keep the record (the package, the police's receipt and decision, the procuratorate's answer, the
// joint meetings); the head or deputy approves what the authority decides — asking the
// procuratorate to supervise, and taking the case back for administrative penalty — and not on
// their own record (rules.ts actProblem).
import { BUSINESS_ROLES, defineCapabilities } from '../../platform/auth/capabilities.js';

export const transferCapabilities = defineCapabilities({
  'criminalTransfer.read': BUSINESS_ROLES,
  /** 完善移送材料, 登记回执, 登记公安机关决定, 登记监督结果, 登记刑事程序结果, 登记联席会议. */
  'criminalTransfer.record': ['officer', 'legalReviewer', 'sectionChief', 'deputyHead', 'head'],
  /** 提请检察院立案监督, 移回行政处罚 (the case's 继续行政处罚 is a head's or deputy's act). */
  'criminalTransfer.approve': ['deputyHead', 'head'],
});
