// Statutory periods as data, each with the article it comes from (shared/reference/time-limits.md).
// `confirm: true` marks a period whose value, unit or holiday roll still needs a lawyer's check.
import { ValidationError } from '../errors.js';
import { addCalendarDays, addCalendarDaysWithHolidayRoll, addWorkdays, shippedCalendar, subtractWorkdays, type WorkdayCalendar } from './calendar.js';

export type PeriodUnit = 'calendarDays' | 'workingDays';

export interface StatutoryPeriod {
  readonly code: string;
  readonly name: string;
  readonly days: number;
  readonly unit: PeriodUnit;
  readonly article: string;
  /** The act that starts the period (glossary names); the period starts the day after it. */
  readonly from: string;
  /** 'before': the period runs back from `from` (e.g. notice at least 7 days before a hearing). */
  readonly direction: 'after' | 'before';
  /** Calendar-day periods only: whether a last day off moves to the next working day. */
  readonly rollsOnHoliday: boolean;
  readonly confirm?: boolean;
  readonly note?: string;
}

// 行政处罚法 第八十五条 (2021): "二日""三日""五日""七日" in that law mean working days, statutory
// holidays excluded — hence the 5- and 7-day penalty periods below are in working days.
export const PERIODS = [
  {
    code: 'apl-60-decision',
    name: '作出行政处罚决定',
    days: 90,
    unit: 'calendarDays',
    article: '行政处罚法 第六十条',
    from: 'filing',
    direction: 'after',
    // The authority's own deadline: not rolling keeps it on the safe (earlier) side.
    rollsOnHoliday: false,
    confirm: true,
    note: '法律、法规、规章另有规定的从其规定',
  },
  {
    code: 'apl-64-hearing-request',
    name: '要求听证',
    days: 5,
    unit: 'workingDays',
    article: '行政处罚法 第六十四条、第八十五条',
    from: 'penaltyNotice',
    direction: 'after',
    rollsOnHoliday: false,
  },
  {
    code: 'apl-64-hearing-notice',
    name: '听证通知（听证七日前）',
    days: 7,
    unit: 'workingDays',
    article: '行政处罚法 第六十四条、第八十五条',
    from: 'hearing',
    direction: 'before',
    rollsOnHoliday: false,
  },
  {
    code: 'apl-61-service',
    name: '当事人不在场时送达决定书',
    days: 7,
    unit: 'workingDays',
    article: '行政处罚法 第六十一条、第八十五条',
    from: 'penaltyDecision',
    direction: 'after',
    rollsOnHoliday: false,
  },
  {
    code: 'apl-56-preservation-decision',
    name: '对先行登记保存的证据作出处理决定',
    days: 7,
    unit: 'workingDays',
    article: '行政处罚法 第五十六条、第八十五条',
    from: 'preservationApproval',
    direction: 'after',
    rollsOnHoliday: false,
  },
  {
    code: 'apl-67-payment',
    name: '缴纳罚款',
    days: 15,
    unit: 'calendarDays',
    article: '行政处罚法 第六十七条',
    from: 'service',
    direction: 'after',
    // The party's period: rolling never cuts it short (民法典 第二百零三条).
    rollsOnHoliday: true,
    confirm: true,
  },
  {
    code: 'apl-48-withdrawal',
    name: '撤回已公开的被变更、撤销的处罚决定',
    days: 3,
    unit: 'workingDays',
    article: '行政处罚法 第四十八条、第八十五条',
    from: 'penaltyDecision',
    direction: 'after',
    rollsOnHoliday: false,
  },
  {
    code: 'ws-statement-and-defence',
    name: '陈述、申辩',
    days: 3,
    unit: 'workingDays',
    // The 办法 in force for 2026 cases is 应急管理部令第18号 (公布 2025-11-27, 施行 2026-02-01,
    // replacing 原总局令第15号 as amended by 第77号). Only its promulgation order has been seen
    // (reprints of the 令); its article text has not, so days, counting and article stay to confirm.
    article: '安全生产违法行为行政处罚办法（应急管理部令第18号，条号待核）',
    from: 'penaltyNotice',
    direction: 'after',
    rollsOnHoliday: false,
    // Working days is the longer reading: the decision never comes before the party's time is up.
    confirm: true,
    note: '安全生产规章通行为3日；第18号令条文未核得，日数、计日方式与条号待核',
  },
  {
    code: 'gbf-2018-118-disclosure',
    name: '行政许可、行政处罚决定公示',
    days: 7,
    unit: 'workingDays',
    article: '国办发〔2018〕118号',
    from: 'penaltyDecision',
    direction: 'after',
    rollsOnHoliday: false,
  },
  {
    code: 'gf-2019-5-result-disclosure',
    name: '抽查检查结果公示',
    days: 20,
    unit: 'workingDays',
    article: '国发〔2019〕5号',
    from: 'inspection',
    direction: 'after',
    rollsOnHoliday: false,
  },
  {
    code: 'local-other-disclosure',
    name: '其他执法决定公示',
    days: 20,
    unit: 'workingDays',
    article: '地方规定（如金水区报告）',
    from: 'decision',
    direction: 'after',
    rollsOnHoliday: false,
    confirm: true,
    note: '按本省、本地规定核定',
  },
  {
    code: 'alp-32-acceptance',
    name: '受理或一次告知补正材料',
    days: 5,
    unit: 'workingDays',
    article: '行政许可法 第三十二条、第八十二条',
    from: 'licenseApplication',
    direction: 'after',
    rollsOnHoliday: false,
    note: '逾期不告知的，自收到申请材料之日起即为受理',
  },
  {
    code: 'alp-42-decision',
    name: '作出行政许可决定',
    days: 20,
    unit: 'workingDays',
    article: '行政许可法 第四十二条、第八十二条',
    from: 'acceptance',
    direction: 'after',
    rollsOnHoliday: false,
    note: '听证、检验、专家评审等时间不计入（第四十五条）',
  },
  {
    code: 'alp-42-extension',
    name: '经负责人批准延长许可决定期限',
    days: 10,
    unit: 'workingDays',
    article: '行政许可法 第四十二条、第八十二条',
    from: 'decisionDue',
    direction: 'after',
    rollsOnHoliday: false,
    note: '应将延长理由告知申请人',
  },
  {
    code: 'alp-44-certificate',
    name: '颁发、送达许可证件',
    days: 10,
    unit: 'workingDays',
    article: '行政许可法 第四十四条、第八十二条',
    from: 'licenseDecision',
    direction: 'after',
    rollsOnHoliday: false,
  },
] as const satisfies readonly StatutoryPeriod[];

export type PeriodCode = (typeof PERIODS)[number]['code'];

export function periodByCode(code: PeriodCode): StatutoryPeriod {
  const p = PERIODS.find((x) => x.code === code);
  if (!p) throw new ValidationError(`未知的法定期限：${code}`, 'code');
  return p;
}

/**
 * The last day of `period` counted from `startDate` (the day of the triggering act). For a
 * 'before' period it is the latest day the act may take place, e.g. the last day to send a
 * hearing notice for a hearing on `startDate`.
 */
export function dueDate(period: StatutoryPeriod, startDate: string, calendar: WorkdayCalendar = shippedCalendar): string {
  if (period.unit === 'workingDays') {
    return period.direction === 'after' ? addWorkdays(startDate, period.days, calendar) : subtractWorkdays(startDate, period.days, calendar);
  }
  if (period.direction === 'before') return addCalendarDays(startDate, -period.days);
  return period.rollsOnHoliday ? addCalendarDaysWithHolidayRoll(startDate, period.days, calendar) : addCalendarDays(startDate, period.days);
}

/**
 * 加处罚款: 3% of the fine for each day late, never more than the fine (行政处罚法 第七十二条).
 * Amounts are integers in one unit (分 recommended); the product is rounded to that unit.
 */
export function latePaymentSurcharge(fine: number, daysLate: number): number {
  if (!Number.isInteger(fine) || fine < 0) throw new ValidationError(`罚款金额应为非负整数，实为 ${fine}`, 'fine');
  if (!Number.isInteger(daysLate) || daysLate < 0) {
    throw new ValidationError(`逾期天数应为非负整数，实为 ${daysLate}`, 'daysLate');
  }
  // Integer arithmetic: fine × 0.03 in floating point is inexact and can round the wrong way.
  return Math.min(fine, Math.round((fine * 3 * daysLate) / 100));
}
