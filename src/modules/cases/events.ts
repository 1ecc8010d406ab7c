// What the cases module tells other modules, inside the acting transaction (platform/events.ts).
import type { penaltyCase } from './schema.js';

/** A decision (一般程序 作出行政处罚决定 or 简易程序 当场处罚), as the public may come to know it. */
export interface CaseDecided {
  id: string;
  orgId: string;
  enterpriseId: string | null;
  procedure: string;
  partyKind: string;
  partyName: string;
  violationTypeCode: string;
  summary: string;
  decisionNumber: string | null;
  decidedOn: string;
  /** With the licences a 吊销 names (licensing revokes them in the same transaction). */
  penalty: { measures: string[]; fineYuan: number; confiscationYuan: number; licenceNumbers: string[] } | null;
}

/** A case opened (立案) from an inspection finding. */
export interface CaseOpenedFromFinding {
  caseId: string;
  hazardId: string;
  orgId: string;
}

/** A case transferred to the police (移送公安机关, approved by the head), as 行刑衔接 records it. */
export interface CaseTransferredToPolice {
  caseId: string;
  orgId: string;
  partyKind: string;
  partyName: string;
  violationTypeCode: string;
  summary: string;
  /** The day the head approved (行政执法机关移送涉嫌犯罪案件的规定 第五条), China date. */
  approvedOn: string;
  approvedBy: string | null;
  /** 涉嫌犯罪案件移送书's number. */
  letterNumber: string | null;
  receivingAuthority: string | null;
  /** The head's reasons: the suspected crime. */
  reasons: string;
}

declare module '../../platform/events.js' {
  interface DomainEvents {
    /** 移送公安机关: transfers opens the 行刑衔接 record (periods, package, receipt, the police's decision). */
    'case.transferredToPolice': CaseTransferredToPolice;
    /** 据检查发现立案: inspections marks the hazard as cased (立案率). */
    'case.openedFromFinding': CaseOpenedFromFinding;
    /** 作出行政处罚决定 / 当场作出处罚决定: disclosure schedules the decision (7 working days); licensing revokes the licences a 吊销 names. */
    'case.decided': CaseDecided;
  }
}

/** The event from the case row just written; `on` stands in for a decision date not yet stored. */
export function decidedOf(c: typeof penaltyCase.$inferSelect, on: string): CaseDecided {
  return {
    id: c.id,
    orgId: c.orgId,
    enterpriseId: c.enterpriseId,
    procedure: c.procedure,
    partyKind: c.partyKind,
    partyName: c.partyName,
    violationTypeCode: c.violationTypeCode,
    summary: c.summary,
    decisionNumber: c.decisionNumber,
    decidedOn: c.decidedOn ?? on,
    penalty: c.penalty
      ? {
          measures: c.penalty.measures,
          fineYuan: c.penalty.fineYuan,
          confiscationYuan: c.penalty.confiscationYuan,
          licenceNumbers: c.penalty.licenceNumbers ?? [],
        }
      : null,
  };
}

/** The transfer event from the case row just written, the head's payload and the letter's number. */
export function transferredOf(
  c: typeof penaltyCase.$inferSelect,
  on: string,
  p: { opinion?: string | null; receivingAuthority?: string | null },
  numbers: readonly string[],
  approvedBy: string | null,
): CaseTransferredToPolice {
  return {
    caseId: c.id,
    orgId: c.orgId,
    partyKind: c.partyKind,
    partyName: c.partyName,
    violationTypeCode: c.violationTypeCode,
    summary: c.summary,
    approvedOn: on,
    approvedBy,
    letterNumber: numbers[0] ?? null,
    receivingAuthority: p.receivingAuthority?.trim() || null,
    reasons: p.opinion?.trim() ?? '',
  };
}
