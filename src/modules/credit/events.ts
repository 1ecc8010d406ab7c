// What the credit module tells other modules, inside the acting transaction (platform/events.ts).

/** 信用修复: a listing removed early on an approved repair; the penalty decision it rests on. */
export interface CreditRemovedEarly {
  listingId: string;
  repairId: string;
  orgId: string;
  enterpriseId: string;
  /** The penalty case (the cases module's key) whose decision's publication stops. */
  caseId: string;
  penaltyDecisionNumber: string;
  repairDecisionNumber: string;
  removedOn: string;
}

declare module '../../platform/events.js' {
  interface DomainEvents {
    /** 准予提前移出: disclosure withdraws the penalty decision's publication (撤回原因：信用修复). */
    'credit.removedEarly': CreditRemovedEarly;
  }
}
