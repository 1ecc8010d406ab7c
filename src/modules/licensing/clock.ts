// The period an application is running against today, as the lists and the applicant's page show
// it: 受理 (5 working days from receipt), 审查决定 (from acceptance, paused for on-site checks and
// expert reviews, extended by 10 when approved), 发证 (10 working days from the grant).
import { workdaysBetween } from '../../platform/workdays/calendar.js';
import { acceptanceDueOn, certificateDueOn, decisionClock, LICENSING_PERIODS } from './rules.js';
import { SERVICE_GUIDES } from './matters.js';
import type { licenseApplication } from './schema.js';

type Row = Pick<
  typeof licenseApplication.$inferSelect,
  'matterCode' | 'state' | 'receivedOn' | 'acceptedOn' | 'pauses' | 'extensionDays' | 'decidedOn' | 'kind' | 'priorValidTo'
>;

export interface RunningClock {
  label: string;
  dueOn: string | null;
  /** Working days from today to the last day; negative when late; null while paused. */
  workdaysLeft: number | null;
  paused: boolean;
  basis: string;
}

/** Working days left from `today` to `dueOn`: 0 on the last day, negative after it. */
const left = (today: string, dueOn: string) => workdaysBetween(today, dueOn);

/** The decision clock's input for an accepted application: its matter's own period (matters.ts), paused and extended. */
export const decisionInput = (a: Pick<Row, 'matterCode' | 'acceptedOn' | 'pauses' | 'extensionDays'>) => ({
  acceptedOn: a.acceptedOn as string,
  pauses: a.pauses,
  extensionDays: (a.extensionDays === 10 ? 10 : 0) as 0 | 10,
  decisionDays: SERVICE_GUIDES[a.matterCode].statutory.days,
});

export function runningClock(a: Row, today: string): RunningClock | null {
  if (a.state === 'submitted' && a.receivedOn) {
    const dueOn = acceptanceDueOn(a.receivedOn);
    return { label: '受理期限', dueOn, workdaysLeft: left(today, dueOn), paused: false, basis: LICENSING_PERIODS.acceptance.article };
  }
  if (a.state === 'accepted' && a.acceptedOn) {
    const c = decisionClock(decisionInput(a), today);
    // 第五十条: a renewal is decided before the licence ends, paused or not; after that, granted by law.
    if (a.kind === 'renewal' && a.priorValidTo && (c.dueOn === null || a.priorValidTo < c.dueOn))
      return { label: '延续决定期限', dueOn: a.priorValidTo, workdaysLeft: left(today, a.priorValidTo), paused: false, basis: '行政许可法 第五十条第二款' };
    return {
      label: c.paused ? '审查期限（暂停计时）' : '审查决定期限',
      dueOn: c.dueOn,
      workdaysLeft: c.paused || !c.dueOn ? null : left(today, c.dueOn),
      paused: c.paused,
      basis: SERVICE_GUIDES[a.matterCode].statutory.basis,
    };
  }
  if (a.state === 'granted' && a.decidedOn) {
    const dueOn = certificateDueOn(a.decidedOn);
    return { label: '发证期限', dueOn, workdaysLeft: left(today, dueOn), paused: false, basis: LICENSING_PERIODS.certificate.article };
  }
  return null;
}
