// The tips' rules, with no I/O: the receipt code, the periods, and which tip of a matter came first.
import { addDays } from '../../platform/dates.js';
import { CODE_ALPHABET, dayCode } from '../../platform/day-code.js';

/**
 * Periods of handling a tip, in calendar days as the 信访 rules count them. Article numbers that
 * could not be confirmed against the text are marked 待核.
 */
export const TIP_PERIODS = {
  accept: {
    days: 15,
    label: '告知是否受理',
    basis: '信访工作条例（2022）：收到之日起15日内告知是否受理（条号待核）；安全生产法 第七十三条（受理举报）',
  },
  finish: {
    days: 60,
    label: '办结并答复',
    basis: '信访工作条例（2022）：受理之日起60日内办结，经负责人批准可延长不超过30日（条号待核）',
  },
} as const;

/** The last day to tell the tipster whether the tip is taken up. */
export const acceptBy = (receivedOn: string) => addDays(receivedOn, TIP_PERIODS.accept.days);

/** The last day to finish the handling and reply, counted from the day the tip was accepted. */
export const finishBy = (acceptedOn: string) => addDays(acceptedOn, TIP_PERIODS.finish.days);

/** JB + the China date + 6 characters from `random` bytes: JB20261207K7Q2MZ. */
export function receiptCode(receivedOn: string, random: Uint8Array): string {
  if (random.length < 6) throw new RangeError('受理编号需要 6 个随机字节');
  return dayCode('JB', receivedOn, random);
}

/** The secret handed to the tipster with the code: 16 characters of the same alphabet (80 bits). */
export function receiptSecret(random: Uint8Array): string {
  if (random.length < 16) throw new RangeError('查询密码需要 16 个随机字节');
  return [...random.subarray(0, 16)].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
}

/** The same matter: the same subject, once spaces and brackets' widths are set aside, and the same kind. */
export const matterKey = (kind: string, subjectName: string) => `${kind}:${subjectName.replace(/\s+/g, '').replace(/[（(]/g, '(').replace(/[）)]/g, ')')}`;

/** A tip's next period: to say whether it is taken up, or to finish and reply. */
export interface TipDeadline {
  kind: keyof typeof TIP_PERIODS;
  label: string;
  dueOn: string;
  /** Calendar days from today to the last day; negative when it has passed. */
  daysLeft: number;
  basis: string;
}

/** On the workbench agenda: due within this many days, or late. */
export const AGENDA_DAYS = 7;

const dayNumber = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;

/** The period a tip is running against today, or null once decided and finished (or declined). */
export function tipDeadline(t: { state: string; acceptBy: string; finishBy: string | null }, today: string): TipDeadline | null {
  const kind = t.state === 'received' ? 'accept' : (t.state === 'accepted' || t.state === 'assigned') && t.finishBy ? 'finish' : null;
  if (!kind) return null;
  const dueOn = kind === 'accept' ? t.acceptBy : (t.finishBy as string);
  return { kind, label: TIP_PERIODS[kind].label, dueOn, daysLeft: dayNumber(dueOn) - dayNumber(today), basis: TIP_PERIODS[kind].basis };
}
