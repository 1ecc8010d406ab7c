// 事后公开 rules: due dates, publication terms, what may be published or withdrawn, and how an
// item counts on the on-time dashboard. Pure: dates come in as YYYY-MM-DD China dates.
import { shippedCalendar, type WorkdayCalendar } from '../../platform/workdays/calendar.js';
import { dueDate, periodByCode, type PeriodCode, type StatutoryPeriod } from '../../platform/workdays/periods.js';
import type { DisclosureKind, DisclosureStatus, WithdrawalReason } from './contract.js';

export interface Problem {
  problem: string;
  field: string;
  article?: string;
}

/**
 * The disclosure period of each kind (platform/workdays/periods.ts holds the periods with their
 * articles): licence and penalty decisions 7 working days after the decision (国办发〔2018〕118号);
 * random-inspection results 20 working days after the result (国发〔2019〕5号); other results
 * (a draw's result, a decision not to punish) 20 working days by local rule (to confirm per province).
 */
export const DISCLOSURE_PERIOD: Record<DisclosureKind, PeriodCode> = {
  penaltyDecision: 'gbf-2018-118-disclosure',
  summaryDecision: 'gbf-2018-118-disclosure',
  licenceDecision: 'gbf-2018-118-disclosure',
  notPunished: 'local-other-disclosure',
  inspectionResult: 'gf-2019-5-result-disclosure',
  drawResult: 'gf-2019-5-result-disclosure',
};

/** The last day to publish: the period's n-th working day after the act (the act's day not counted). */
export function disclosureDueOn(
  kind: DisclosureKind,
  decidedOn: string,
  calendar: WorkdayCalendar = shippedCalendar,
): { dueOn: string; period: StatutoryPeriod } {
  const period = periodByCode(DISCLOSURE_PERIOD[kind]);
  return { dueOn: dueDate(period, decidedOn, calendar), period };
}

/**
 * Publication term in months from the publication date, or null for no end. No law sets one for
 * every kind, so this is a data parameter. Penalty
 * decisions: 《失信行为纠正后的信用信息修复管理办法（试行）》(国家发展改革委令2023年第58号) sets, for
 * penalty information on ordinary dishonesty, a shortest term of 3 months and a longest of 1 year
 * (serious: 1 to 3 years) — the longest ordinary term is used here; to confirm per province.
 * Inspection and draw results: no national term found; 3 years as a local setting.
 */
export const TERM_MONTHS: Record<DisclosureKind, number | null> = {
  penaltyDecision: 12,
  summaryDecision: 12,
  notPunished: 12,
  licenceDecision: null,
  inspectionResult: 36,
  drawResult: 36,
};

/** Same day `months` later; the 31st in a shorter month becomes that month's last day. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The last day on the portal: the day before the same date `months` later. */
export function termEndsOn(kind: DisclosureKind, publishedOn: string, terms: Record<DisclosureKind, number | null> = TERM_MONTHS): string | null {
  const months = terms[kind];
  if (months === null) return null;
  const end = new Date(`${addMonths(publishedOn, months)}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}

export function publishProblem(status: DisclosureStatus): Problem | null {
  if (status === 'published') return { problem: '该公示已发布，不能重复发布', field: 'status' };
  if (status === 'withdrawn') return { problem: '该公示已撤下，不能再发布', field: 'status' };
  return null;
}

/**
 * Any pending or published item may be withdrawn with a reason; a term can only end for a
 * published item, and a withdrawn one stays withdrawn (the withdrawal is itself on the ledger).
 */
export function withdrawProblem(status: DisclosureStatus, reason: WithdrawalReason, termEnds: string | null, today: string): Problem | null {
  if (status === 'withdrawn') return { problem: '该公示已撤下', field: 'status' };
  if (reason === 'termEnded') {
    if (status !== 'published') return { problem: '尚未发布的公示不存在公示期满', field: 'reason' };
    if (termEnds === null || termEnds >= today) return { problem: `公示期至 ${termEnds ?? '长期'}，尚未届满`, field: 'reason' };
  }
  return null;
}

/**
 * 行政处罚法 第四十八条第二款: a published decision that is revoked or changed is withdrawn within 3
 * days (working days, 第八十五条) — the period apl-48-withdrawal.
 */
export function revokedWithdrawalDueOn(revokedOn: string, calendar: WorkdayCalendar = shippedCalendar): string {
  return dueDate(periodByCode('apl-48-withdrawal'), revokedOn, calendar);
}

export type Timeliness = 'onTime' | 'late' | 'pendingOverdue' | 'pendingNotYetDue' | 'withdrawnUnpublished';

/**
 * How an item counts on the dashboard. Published on or before dueOn (China date) is on time;
 * a pending item is overdue from the day after dueOn. The SQL in service.ts mirrors this.
 */
export function timeliness(item: { status: DisclosureStatus; dueOn: string; publishedOn: string | null }, today: string): Timeliness {
  if (item.publishedOn !== null) return item.publishedOn <= item.dueOn ? 'onTime' : 'late';
  if (item.status === 'pending') return item.dueOn < today ? 'pendingOverdue' : 'pendingNotYetDue';
  return 'withdrawnUnpublished';
}

/** publishedOnTime / (onTime + late + pendingOverdue), rounded to 4 places; null when nothing was due yet. */
export function onTimeRate(c: { publishedOnTime: number; publishedLate: number; pendingOverdue: number }): number | null {
  const d = c.publishedOnTime + c.publishedLate + c.pendingOverdue;
  return d === 0 ? null : Math.round((c.publishedOnTime / d) * 10000) / 10000;
}

/** Calendar days past dueOn. */
export function daysLate(dueOn: string, today: string): number {
  return Math.max(0, Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${dueOn}T00:00:00Z`)) / 86_400_000));
}
