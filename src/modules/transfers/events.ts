// What the transfers module tells other modules, inside the acting transaction (platform/events.ts).
import type { ReturnKind } from './codes.js';

/** 移回行政处罚: the police did not file (or withdrew) and the head approved going on with the penalty. */
export interface CriminalTransferReturned {
  transferId: string;
  caseId: string;
  orgId: string;
  returnKind: ReturnKind;
  returnedOn: string;
  /** The case's record of the return, with the fine credit (行政处罚法 第三十五条). */
  opinion: string;
  /** What the later decision takes off (or, with noFurtherFine, that no fine is imposed). */
  fineDeductionYuan: number;
  noFurtherFine: boolean;
  /** The credit as stated on the transfer record (transfers/rules.ts fineCredit), with its article. */
  fineCreditText: string;
}

declare module '../../platform/events.js' {
  interface DomainEvents {
    /** 公安机关不予立案或者撤销案件，移回行政处罚: cases takes the case back to 调查取证 (resumeAfterPolice). */
    'criminalTransfer.returned': CriminalTransferReturned;
  }
}
