// Deadlines and money of an open penalty case, from the dates the case holds. Pure: `today` is a
// parameter and the working-day calendar is the statutory one (platform/workdays).
import { daysLeft, workdaysBetween } from '../../../platform/workdays/calendar.js';
import { latePaymentSurcharge, periodByCode, type PeriodCode } from '../../../platform/workdays/periods.js';
import type { CaseState } from './machine.js';

/** The dates of a case that deadlines are read from (YYYY-MM-DD or null). */
export interface CaseDates {
  readonly state: CaseState;
  readonly decisionDueOn: string | null;
  readonly statementPeriodEndsOn: string | null;
  readonly hearingRequestEndsOn: string | null;
  readonly hearingNoticeBy: string | null;
  readonly hearingOn: string | null;
  readonly serviceDueOn: string | null;
  readonly paymentDueOn: string | null;
  /** Written waivers (第六十二条、第六十四条): a waived right's window is no longer awaited. */
  readonly waivers?: readonly { readonly waives: readonly string[] }[];
}

export type DeadlineKind = 'decision' | 'statementPeriod' | 'hearingRequest' | 'hearingNotice' | 'hearing' | 'service' | 'payment' | 'preservationDecision';

export interface Deadline {
  readonly kind: DeadlineKind;
  readonly name: string;
  readonly dueOn: string;
  readonly article: string;
  /** Calendar days from today: 0 on the day, negative once passed. */
  readonly daysLeft: number;
  /** Working days in (today, dueOn]; negative once passed. */
  readonly workdaysLeft: number;
  /** The authority missed it (a party's window that has closed is not "overdue"). */
  readonly overdue: boolean;
}

type Candidate = { kind: DeadlineKind; dueOn: string | null; period: PeriodCode | null; name?: string; authority: boolean };

const decision = (d: CaseDates): Candidate => ({ kind: 'decision', dueOn: d.decisionDueOn, period: 'apl-60-decision', authority: true });

/** What each state waits for, in the order they fall due. */
function candidates(d: CaseDates): Candidate[] {
  switch (d.state) {
    case 'filingPending':
    case 'investigating':
    case 'internalReview':
    case 'noticePending':
    case 'legalReview':
    case 'collectiveDeliberation':
    case 'hearingRequested':
    case 'heard':
    case 'postHearingLegalReview':
      return [decision(d)];
    case 'noticed': {
      const waived = (right: string) => (d.waivers ?? []).some((w) => w.waives.includes(right));
      return [
        ...(waived('statement')
          ? []
          : [{ kind: 'statementPeriod' as const, dueOn: d.statementPeriodEndsOn, period: 'ws-statement-and-defence' as const, authority: false }]),
        ...(waived('hearing')
          ? []
          : [{ kind: 'hearingRequest' as const, dueOn: d.hearingRequestEndsOn, period: 'apl-64-hearing-request' as const, authority: false }]),
        decision(d),
      ];
    }
    case 'hearingScheduled':
      return [
        { kind: 'hearingNotice', dueOn: d.hearingNoticeBy, period: 'apl-64-hearing-notice', authority: true },
        { kind: 'hearing', dueOn: d.hearingOn, period: null, name: '举行听证', authority: true },
        decision(d),
      ];
    case 'decided':
      return [{ kind: 'service', dueOn: d.serviceDueOn, period: 'apl-61-service', authority: true }];
    case 'served':
    case 'summaryDecided':
    case 'overdue':
      return [{ kind: 'payment', dueOn: d.paymentDueOn, period: 'apl-67-payment', authority: false }];
    default:
      return [];
  }
}

/**
 * The next deadline of an open case: the first one still ahead (or due today); when all have
 * passed, the last one, flagged overdue if it was the authority's to keep. Null for closed cases.
 */
export function nextDeadline(d: CaseDates, today: string): Deadline | null {
  const known = candidates(d).filter((c): c is Candidate & { dueOn: string } => c.dueOn !== null);
  if (known.length === 0) return null;
  const ahead = known.filter((c) => c.dueOn >= today).sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
  const pick = ahead[0] ?? known.at(-1)!;
  const period = pick.period ? periodByCode(pick.period) : null;
  const left = daysLeft(today, pick.dueOn);
  return {
    kind: pick.kind,
    name: period?.name ?? pick.name ?? pick.kind,
    dueOn: pick.dueOn,
    article: period?.article ?? '行政处罚法 第六十四条',
    daysLeft: left,
    workdaysLeft: workdaysBetween(today, pick.dueOn),
    overdue: left < 0 && pick.authority,
  };
}

/** A 先行登记保存 as deadlines read it: approved and not yet decided, it waits for its 处理决定. */
export interface PreservationDates {
  readonly status: string;
  readonly noticeNumber: string | null;
  readonly decisionDueOn: string | null;
}

/**
 * The 处理决定 each pending preservation waits for (行政处罚法 第五十六条: 七日, working days by
 * 第八十五条), soonest first. These run beside the case's own next deadline, whatever its state.
 */
export function preservationDeadlines(list: readonly PreservationDates[], today: string): Deadline[] {
  const period = periodByCode('apl-56-preservation-decision');
  return list
    .filter((p): p is PreservationDates & { decisionDueOn: string } => p.status === 'approved' && p.decisionDueOn !== null)
    .map((p) => {
      const left = daysLeft(today, p.decisionDueOn);
      return {
        kind: 'preservationDecision' as const,
        name: `${period.name}（${p.noticeNumber ?? ''}）`,
        dueOn: p.decisionDueOn,
        article: period.article,
        daysLeft: left,
        workdaysLeft: workdaysBetween(today, p.decisionDueOn),
        overdue: left < 0,
      };
    })
    .sort((a, b) => a.daysLeft - b.daysLeft);
}

/**
 * What a party owes on `paidOn`, in fen: the fine, plus 3% of it for each day after the due date,
 * the surcharge never above the fine (行政处罚法 第七十二条).
 */
export function amountDue(
  fineYuan: number,
  paymentDueOn: string | null,
  paidOn: string,
): { fineFen: number; daysLate: number; surchargeFen: number; totalFen: number } {
  const fineFen = fineYuan * 100;
  const daysLate = paymentDueOn && paidOn > paymentDueOn ? daysLeft(paymentDueOn, paidOn) : 0;
  const surchargeFen = latePaymentSurcharge(fineFen, daysLate);
  return { fineFen, daysLate, surchargeFen, totalFen: fineFen + surchargeFen };
}
