// 行刑衔接: a fine the authority already imposed counts against the later administrative decision
// (行政处罚法 第二十九条、第三十五条第二款). The transfers module works the credit out when
// the case comes back; the case keeps it, and the fine to pay is the fine less the credit, never
// below zero. No I/O.

/** The credit the case carries from the transfer record (transfers/rules.ts fineCredit). */
export interface FineCredit {
  transferId: string;
  deductedYuan: number;
  noFurtherFine: boolean;
  text: string;
}

/**
 * The basis of the deduction: where the court imposed a criminal fine, 第三十五条第二款 (the fine
 * already given is set against it, no further fine); where the police did not file or the criminal
 * process ended without a fine, the fine already paid for the same act is taken off the new one
 * (第二十九条: no second fine for one act).
 */
export const fineCreditBasis = (credit: Pick<FineCredit, 'noFurtherFine'>) => (credit.noFurtherFine ? { article: 35, paragraph: 2 } : { article: 29 });

/** The fine decided, what the credit takes off it, and what is left to pay. */
export function payableFine(fineYuan: number, credit: Pick<FineCredit, 'deductedYuan'> | null | undefined) {
  const fine = Math.max(0, fineYuan);
  const deductedYuan = Math.min(fine, Math.max(0, credit?.deductedYuan ?? 0));
  return { fineYuan: fine, deductedYuan, payableYuan: fine - deductedYuan };
}
