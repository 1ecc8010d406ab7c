// 行政许可's pure rules: its periods, the application's state machine and its clocks. No I/O and
// no clock: `today` is always a parameter, dates are China calendar dates 'YYYY-MM-DD'.
import { addCalendarDays, addWorkdays, isWorkday, shippedCalendar, type WorkdayCalendar } from '../../platform/workdays/calendar.js';
import { periodByCode, type StatutoryPeriod } from '../../platform/workdays/periods.js';
import {
  APPLICATION_STATES,
  type ApplicationState,
  LICENSING_LABELS,
  type LicenseMatterCode,
  type LicenseState,
  PAUSE_KINDS,
  type PauseKind,
} from './codes.js';

/**
 * The licensing periods. The four working-day ones are the platform's (periods.ts keeps each rule
 * of law once); only the renewal period, which is the licensee's, is new here.
 */
export const LICENSING_PERIODS = {
  // 第三十二条: accept, or tell every missing item at once, within 5 (working, 第八十二条) days.
  acceptance: periodByCode('alp-32-acceptance'),
  // 第四十二条: decide within 20 working days of acceptance.
  decision: periodByCode('alp-42-decision'),
  // 第四十二条: +10 working days with the head's approval, the reasons told to the applicant.
  extension: periodByCode('alp-42-extension'),
  // 第四十四条: issue and deliver the certificate within 10 working days of the decision.
  certificate: periodByCode('alp-44-certificate'),
  renewal: {
    code: 'alp-50-renewal',
    name: '申请延续许可有效期',
    days: 30,
    // 第八十二条 makes only the authority's periods working days; this one is the licensee's.
    unit: 'calendarDays',
    article: '行政许可法 第五十条',
    from: 'licenseExpiry',
    direction: 'before',
    rollsOnHoliday: false,
    confirm: true,
    note: '法律、法规、规章另有规定的，依照其规定（各许可事项的办法可能要求更早提出）',
  },
} as const satisfies Record<string, StatutoryPeriod>;

/** Time the decision period does not count (行政许可法 第四十五条), shown as a paused clock. */
export const LICENSING_NOT_COUNTED = {
  kinds: PAUSE_KINDS,
  article: '行政许可法 第四十五条',
  note: '听证、检验、检测、检疫、鉴定、专家评审所需时间不计入许可期限，并应书面告知申请人；现场核查按需求一并计为暂停（待核）',
} as const;

export const APPLICATION_EVENTS = ['submit', 'requestSupplement', 'resubmit', 'accept', 'refuseToAccept', 'grant', 'deny', 'issue', 'withdraw'] as const;
export type ApplicationEvent = (typeof APPLICATION_EVENTS)[number];

/**
 * The machine as data. A draft is the applicant's own until submitted: nothing is received before.
 * `whilePaused: false` marks a decision that must wait for the paused work's result (第四十五条).
 */
export const APPLICATION_TRANSITIONS = {
  submit: { label: '提交申请', from: ['draft'], to: 'submitted', article: '行政许可法 第二十九条', whilePaused: true },
  requestSupplement: {
    label: '一次性告知补正',
    from: ['submitted'],
    to: 'supplementRequested',
    article: '行政许可法 第三十二条第一款第四项',
    whilePaused: true,
  },
  resubmit: { label: '补正后重新提交', from: ['supplementRequested'], to: 'submitted', article: '行政许可法 第三十二条第一款第五项', whilePaused: true },
  accept: { label: '受理', from: ['submitted'], to: 'accepted', article: '行政许可法 第三十二条', whilePaused: true },
  refuseToAccept: {
    label: '不予受理',
    from: ['submitted', 'supplementRequested'],
    to: 'refusedToAccept',
    article: '行政许可法 第三十二条',
    whilePaused: true,
  },
  grant: { label: '准予许可', from: ['accepted'], to: 'granted', article: '行政许可法 第三十八条第一款', whilePaused: false },
  deny: { label: '不予许可', from: ['accepted'], to: 'denied', article: '行政许可法 第三十八条第二款', whilePaused: false },
  issue: { label: '颁发许可证件', from: ['granted'], to: 'issued', article: '行政许可法 第三十九条、第四十四条', whilePaused: true },
  withdraw: {
    label: '撤回申请',
    from: ['draft', 'submitted', 'supplementRequested', 'accepted'],
    to: 'withdrawn',
    // The law has no withdrawal article: an application is the applicant's to make and to take back.
    article: '依申请行为，申请人可撤回（行政许可法无明文，待核）',
    whilePaused: true,
  },
} as const satisfies Record<
  ApplicationEvent,
  { label: string; from: readonly ApplicationState[]; to: ApplicationState; article: string; whilePaused: boolean }
>;

/** States no event leaves: the application is over (read off the machine, not listed again). */
export const ENDED_STATES = APPLICATION_STATES.filter(
  (s) => !APPLICATION_EVENTS.some((e) => (APPLICATION_TRANSITIONS[e].from as readonly ApplicationState[]).includes(s)),
);

export const APPLICATION_EVENT_LABELS = Object.fromEntries(APPLICATION_EVENTS.map((e) => [e, APPLICATION_TRANSITIONS[e].label])) as Record<
  ApplicationEvent,
  string
>;

export type TransitionResult = { ok: true; to: ApplicationState } | { ok: false; problem: string };

/** Whether `event` may happen to an application in `state`; `paused`: a 第四十五条 pause is open. */
export function applicationTransition(state: ApplicationState, event: ApplicationEvent, context: { paused: boolean }): TransitionResult {
  const t = APPLICATION_TRANSITIONS[event];
  const from: readonly ApplicationState[] = t.from;
  if (!from.includes(state)) return { ok: false, problem: `申请状态为“${LICENSING_LABELS.state[state]}”，不能${t.label}` };
  if (context.paused && !t.whilePaused) {
    return { ok: false, problem: `现场核查、专家评审或听证尚未结束（计时暂停中），不能${t.label}（行政许可法 第四十五条）` };
  }
  return { ok: true, to: t.to };
}

/** The last day to accept or to tell every missing item at once (第三十二条、第八十二条). */
export function acceptanceDueOn(receivedOn: string, calendar: WorkdayCalendar = shippedCalendar): string {
  return addWorkdays(receivedOn, LICENSING_PERIODS.acceptance.days, calendar);
}

/**
 * True once the acceptance period has passed with no supplement notice (第三十二条: 逾期不告知的，
 * 自收到申请材料之日起即为受理): the application is then accepted as of `receivedOn`, so its
 * decision clock starts there. For an application still 'submitted'; after a resubmission pass
 * that round's receipt date and notice.
 */
export function deemedAccepted(receivedOn: string, today: string, noticeGiven: boolean, calendar: WorkdayCalendar = shippedCalendar): boolean {
  return !noticeGiven && today > acceptanceDueOn(receivedOn, calendar);
}

export interface Pause {
  readonly kind: PauseKind;
  /** First day paused (inclusive). */
  readonly from: string;
  /** Last day paused (inclusive), or null while the check or review is under way. */
  readonly to: string | null;
}

export interface DecisionClockInput {
  readonly acceptedOn: string;
  readonly pauses: readonly Pause[];
  /** 第四十二条: 10 once the head approved an extension. */
  readonly extensionDays: 0 | 10;
  /** The matter's own decision period where a 法规 sets a longer one (第四十二条 "法律、法规另有规定的"); 20 otherwise. */
  readonly decisionDays?: number;
}

export interface DecisionClock {
  /** The last day to decide; null while an open pause holds the clock before it is reached. */
  readonly dueOn: string | null;
  /** Counted working days in (acceptedOn, today]: paused days are not counted. */
  readonly workdaysUsed: number;
  /** Counted working days still to run; negative when late; null while paused or with no dueOn. */
  readonly workdaysLeft: number | null;
  /** Today falls within a pause. */
  readonly paused: boolean;
  /** Distinct working days after acceptedOn that the pauses cover (an open one through today). */
  readonly pausedWorkdays: number;
  /** Today is after dueOn: late even on a weekend, when workdaysLeft may still read 0. */
  readonly overdue: boolean;
}

/**
 * The decision period (第四十二条) with paused time left out (第四十五条), counted in working days
 * (第八十二条). The due date is the day the period's counted working days run out, so a pause
 * moves it by the working days it covers up to then; a pause begun after the due date cannot
 * make a late decision timely again. Throws RangeError for a pause the service should have refused.
 */
export function decisionClock(input: DecisionClockInput, today: string, calendar: WorkdayCalendar = shippedCalendar): DecisionClock {
  const { acceptedOn, pauses, extensionDays } = input;
  if (extensionDays !== 0 && extensionDays !== LICENSING_PERIODS.extension.days) {
    throw new RangeError(`延长期限只能为 0 或 ${LICENSING_PERIODS.extension.days} 个工作日，实为 ${extensionDays}`);
  }
  // Refuses a malformed date before it is compared as a string.
  for (const d of [acceptedOn, today]) addCalendarDays(d, 0);
  for (const p of pauses) {
    addCalendarDays(p.from, 0);
    if (p.to !== null) addCalendarDays(p.to, 0);
    if (p.from < acceptedOn) throw new RangeError(`暂停开始日 ${p.from} 早于受理日 ${acceptedOn}`);
    if (p.to !== null && p.to < p.from) throw new RangeError(`暂停结束日 ${p.to} 早于开始日 ${p.from}`);
  }
  const isPaused = (d: string) => pauses.some((p) => p.from <= d && (p.to === null || d <= p.to));
  const openFrom = pauses.reduce<string | null>((min, p) => (p.to === null && (min === null || p.from < min) ? p.from : min), null);
  const period = (input.decisionDays ?? LICENSING_PERIODS.decision.days) + extensionDays;

  let dueOn: string | null = null;
  for (let d = acceptedOn, counted = 0; counted < period; ) {
    d = addCalendarDays(d, 1);
    // From an open pause's start on, every day is paused: the period cannot end while it lasts.
    if (openFrom !== null && d >= openFrom) break;
    if (isWorkday(d, calendar) && !isPaused(d)) counted++;
    if (counted === period) dueOn = d;
  }

  // Closed pauses running past today are known in full (a review booked for fixed dates); an open
  // one is counted through today.
  const covers = (p: Pause, d: string) => p.from <= d && d <= (p.to ?? today);
  const end = pauses.reduce((max, p) => (p.to !== null && p.to > max ? p.to : max), today);
  let workdaysUsed = 0;
  let pausedWorkdays = 0;
  for (let d = addCalendarDays(acceptedOn, 1); d <= end; d = addCalendarDays(d, 1)) {
    if (!isWorkday(d, calendar)) continue;
    if (pauses.some((p) => covers(p, d))) pausedWorkdays++;
    else if (d <= today) workdaysUsed++;
  }

  const paused = isPaused(today);
  return {
    dueOn,
    workdaysUsed,
    workdaysLeft: paused || dueOn === null ? null : period - workdaysUsed,
    paused,
    pausedWorkdays,
    overdue: dueOn !== null && today > dueOn,
  };
}

/** The last day to issue and deliver the certificate (第四十四条、第八十二条). */
export function certificateDueOn(decidedOn: string, calendar: WorkdayCalendar = shippedCalendar): string {
  return addWorkdays(decidedOn, LICENSING_PERIODS.certificate.days, calendar);
}

/**
 * When a licence may be renewed (延续): 第五十条's 30 days before expiry unless the matter's own 规章
 * sets another (第五十条: "法律、法规、规章另有规定的，依照其规定"). `earliestMonths` is a window's
 * opening where the 规章 gives one (the precursor filing: within the 3 months before expiry).
 */
export interface RenewalRule {
  latest: { months: number } | { days: number };
  earliestMonths: number | null;
  basis: string;
  confirm: boolean;
}

export const RENEWAL_RULES: Record<LicenseMatterCode, RenewalRule> = {
  hazchemTrade: { latest: { months: 3 }, earliestMonths: null, basis: '危险化学品经营许可证管理办法 第十八条（条号待核）', confirm: true },
  fireworksWholesale: { latest: { months: 3 }, earliestMonths: null, basis: '烟花爆竹经营许可实施办法（条号待核）', confirm: true },
  fireworksRetail: { latest: { days: LICENSING_PERIODS.renewal.days }, earliestMonths: null, basis: LICENSING_PERIODS.renewal.article, confirm: false },
  precursorFiling: { latest: { days: 0 }, earliestMonths: 3, basis: '非药品类易制毒化学品生产、经营许可办法（条号待核）', confirm: true },
};

/** `date` less whole months; a day the shorter month lacks becomes its last (31 May less 3 months: 28 or 29 February). */
export function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const last = new Date(Date.UTC(y, m - 1 - months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 - months, Math.min(d, last))).toISOString().slice(0, 10);
}

/** The days a renewal may be applied for, the last included; `opensOn` null when there is no earliest. */
export function renewalWindow(matter: LicenseMatterCode, expiresOn: string): { opensOn: string | null; closesOn: string } {
  const rule = RENEWAL_RULES[matter];
  const closesOn = 'months' in rule.latest ? monthsBefore(expiresOn, rule.latest.months) : addCalendarDays(expiresOn, -rule.latest.days);
  return { opensOn: rule.earliestMonths === null ? null : monthsBefore(expiresOn, rule.earliestMonths), closesOn };
}

/** The last day to apply for renewal (第五十条, or the matter's 规章). */
export function renewalOpensBy(matter: LicenseMatterCode, expiresOn: string): string {
  return renewalWindow(matter, expiresOn).closesOn;
}

/** Whether a renewal applied for today is in time, and not before a window opens. */
export function canRenew(matter: LicenseMatterCode, expiresOn: string, today: string): boolean {
  const w = renewalWindow(matter, expiresOn);
  return today <= w.closesOn && (w.opensOn === null || today >= w.opensOn);
}

/** A licence's standing today: a valid one past its last valid day has expired. */
export function licenseStateOn(license: { readonly state: LicenseState; readonly validTo: string }, today: string): LicenseState {
  return license.state === 'valid' && today > license.validTo ? 'expired' : license.state;
}
