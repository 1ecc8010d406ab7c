// What the penalty-case state machine knows about a case: a snapshot the service computes
// (credentials in force, working-day periods, benchmark fit) and passes in. No I/O, no clock.

/** Penalty measures (行政处罚法 第九条), narrowed to those the hearing and deliberation rules name. */
export const PENALTY_MEASURES = ['warning', 'fine', 'confiscation', 'suspendProduction', 'revokeLicence', 'closeDown', 'restrictPractice'] as const;
export type PenaltyMeasure = (typeof PENALTY_MEASURES)[number];

/** 责令停产停业、吊销许可证件、责令关闭、限制从业: the heavy measures of 行政处罚法 第六十三条. */
export const HEAVY_MEASURES: readonly PenaltyMeasure[] = ['suspendProduction', 'revokeLicence', 'closeDown', 'restrictPractice'];

export type PartyKind = 'citizen' | 'organisation';

/** The rights a party may give up in writing after the notice: 陈述、申辩 (第六十二条) and 听证 (第六十四条). */
export const WAIVABLE_RIGHTS = ['statement', 'hearing'] as const;
export type WaivableRight = (typeof WAIVABLE_RIGHTS)[number];

/** A written waiver as kept on the case: the signed statement is an image (drawn on screen or photographed). */
export interface Waiver {
  readonly waives: readonly WaivableRight[];
  readonly waivedOn: string;
  readonly signer: string;
  readonly image: { readonly type: 'image/png' | 'image/jpeg'; readonly base64: string; readonly digest: string };
  readonly recordedOn: string;
}

export interface ProposedPenalty {
  readonly measures: readonly PenaltyMeasure[];
  /** Whole yuan; 0 when there is no fine. */
  readonly fineYuan: number;
  /** Value of illegal gains or property to be confiscated, whole yuan; 0 when none. */
  readonly confiscationYuan: number;
}

/** Per-province figures; `confirm` marks a value that still needs a lawyer's check. */
export interface CaseThresholds {
  /** 较大数额罚款 that gives a hearing right (行政处罚法 第六十三条). */
  readonly hearingFineYuan: Readonly<Record<PartyKind, number>>;
  /** 较大数额 confiscation that gives a hearing right (行政处罚法 第六十三条). */
  readonly hearingConfiscationYuan: Readonly<Record<PartyKind, number>>;
  /** A fine from which the case counts as 重大违法行为 for collective deliberation (第五十七条). */
  readonly collectiveFineYuan: Readonly<Record<PartyKind, number>>;
  /** 当场处罚 limits (行政处罚法 第五十一条): fixed by the law, kept here beside the others. */
  readonly summaryFineYuan: Readonly<Record<PartyKind, number>>;
  readonly confirm: boolean;
  readonly note: string;
}

export const DEFAULT_THRESHOLDS: CaseThresholds = {
  hearingFineYuan: { organisation: 50_000, citizen: 10_000 },
  hearingConfiscationYuan: { organisation: 50_000, citizen: 10_000 },
  collectiveFineYuan: { organisation: 100_000, citizen: 20_000 },
  summaryFineYuan: { organisation: 3_000, citizen: 200 },
  confirm: true,
  note: '听证、集体讨论金额按本省规定核定；当场处罚限额为行政处罚法第五十一条法定数额',
};

export interface CaseFacts {
  readonly party: PartyKind;
  readonly penalty: ProposedPenalty | null;
  readonly thresholds: CaseThresholds;
  /** User ids of the officers who investigated (调查取证). */
  readonly investigatorIds: readonly string[];
  /** At least two investigators, each with a credential in force on the acts' dates (第四十二条). */
  readonly investigatorsQualified: boolean;
  // 第五十八条 criteria other than the hearing and the benchmark, judged by people, recorded as facts.
  readonly majorPublicInterest: boolean;
  readonly complexCase: boolean;
  readonly lawRequiresLegalReview: boolean;
  /** 情节复杂或者重大违法行为 as judged by the case handlers (第五十七条), beyond the fine figure. */
  readonly seriousOrComplex: boolean;
  readonly withinBenchmark: boolean;
  /** Written reasons for a penalty outside the discretion benchmark; null or blank when none. */
  readonly benchmarkDeviationReasons: string | null;
  readonly legalReviewPassed: boolean;
  /** A legal review passed after the hearing was held (第五十八条第一款第二项). */
  readonly legalReviewPassedAfterHearing: boolean;
  readonly collectiveDeliberationDone: boolean;
  /** Date the penalty notice was served; null before. */
  readonly noticeServedOn: string | null;
  /** Last day of the statement-and-defence period (working days, computed by the service). */
  readonly statementPeriodEndsOn: string | null;
  /** Last day to ask for a hearing (5 working days, 第六十四条), when there is a hearing right. */
  readonly hearingRequestEndsOn: string | null;
  readonly hearingChairId: string | null;
  /** The party waived statement and defence (第六十二条) / the hearing (第六十四条) in writing. */
  readonly statementWaived: boolean;
  readonly hearingWaived: boolean;
  /** Who took the case's 审理 (internal review) and its 法制审核 so far, for separation of duties. */
  readonly internalReviewerIds: readonly string[];
  readonly legalReviewerIds: readonly string[];
  /** The decision deadline (第六十条), as extended so far; null before filing. */
  readonly decisionDueOn: string | null;
  /** A request to extend it awaits the head's approval. */
  readonly decisionExtensionPending: boolean;
  /** The ceiling of the delegation the deciding org acts under (第二十条); null when acting in its own name. */
  readonly delegationCeilingYuan: number | null;
  readonly paymentDueOn: string | null;
  readonly paymentConfirmed: boolean;
  readonly instalmentApplied: boolean;
  /** 行政强制法 第五十三条: the periods for review and suit are over and the fine is still unpaid. */
  readonly courtApplicationAllowed: boolean;
  readonly courtEnforcementConcluded: boolean;
}

const fine = (f: CaseFacts) => f.penalty?.fineYuan ?? 0;
const hasMeasure = (f: CaseFacts, m: readonly PenaltyMeasure[]) => (f.penalty?.measures ?? []).some((x) => m.includes(x));

/** 行政处罚法 第六十三条: large fines or confiscations, and the heavy measures, give a hearing right. */
export function hasHearingRight(f: CaseFacts): boolean {
  const t = f.thresholds;
  return fine(f) >= t.hearingFineYuan[f.party] || (f.penalty?.confiscationYuan ?? 0) >= t.hearingConfiscationYuan[f.party] || hasMeasure(f, HEAVY_MEASURES);
}

/** 行政处罚法 第五十七条: complex cases and serious violations go to the authority's leaders together. */
export function collectiveDeliberationRequired(f: CaseFacts): boolean {
  return f.seriousOrComplex || fine(f) >= f.thresholds.collectiveFineYuan[f.party] || hasMeasure(f, HEAVY_MEASURES);
}

/** 行政处罚法 第五十八条 criteria known before the notice; a fine outside the benchmark is added by house rule. */
export function legalReviewRequiredBeforeNotice(f: CaseFacts): boolean {
  return f.majorPublicInterest || f.complexCase || f.lawRequiresLegalReview || !f.withinBenchmark;
}

/** The fine a decision is about to impose, for ceilings and limits. */
export function proposedFine(f: CaseFacts): number {
  return fine(f);
}

/** 行政处罚法 第五十一条: only a warning or a small fine may be imposed on the spot. */
export function summaryProblem(f: CaseFacts): string | null {
  const p = f.penalty;
  if (!p || p.measures.length === 0) return '当场处罚须载明处罚种类';
  if (p.measures.some((m) => m !== 'warning' && m !== 'fine')) return '当场处罚仅限警告或者罚款';
  const limit = f.thresholds.summaryFineYuan[f.party];
  if (p.fineYuan > limit) {
    return `当场处罚罚款不得超过${limit}元（${f.party === 'citizen' ? '公民' : '法人或者其他组织'}）`;
  }
  return null;
}
