// Why a case ends without a penalty (不予行政处罚), each ground with the provisions it rests on:
// 行政处罚法 第三十三条 (minor and corrected, first and minor, no fault), 第三十六条 (not discovered
// within two years), all given effect by 第五十七条第一款第二项; and 第五十七条第一款第三项 (the
// facts are not established). Shared by the contract, the web form and the 不予行政处罚决定书.
import type { ProvisionRef } from '../../catalogue/law/types.js';

const APL = 'administrative-penalty-law-2021' as const;
const apl = (article: number, paragraph: number, item?: number): ProvisionRef => ({ lawCode: APL, article, paragraph, ...(item ? { item } : {}) });
const BY_57 = apl(57, 1, 2);

export const NO_PENALTY_GROUNDS = {
  minorCorrected: { name: '违法行为轻微并及时改正，没有造成危害后果', provisions: [apl(33, 1), BY_57], established: true },
  firstMinor: { name: '初次违法且危害后果轻微并及时改正', provisions: [apl(33, 1), BY_57], established: true },
  noFault: { name: '当事人有证据足以证明没有主观过错', provisions: [apl(33, 2), BY_57], established: true },
  timeBarred: { name: '违法行为在二年内未被发现', provisions: [apl(36, 1), BY_57], established: true },
  notEstablished: { name: '违法事实不能成立', provisions: [apl(57, 1, 3)], established: false },
} as const satisfies Record<string, { name: string; provisions: readonly ProvisionRef[]; established: boolean }>;
export type NoPenaltyGround = keyof typeof NO_PENALTY_GROUNDS;
export const NO_PENALTY_GROUND_NAMES = Object.keys(NO_PENALTY_GROUNDS) as [NoPenaltyGround, ...NoPenaltyGround[]];
