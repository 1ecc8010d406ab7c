// The statutory working-day calendar and period arithmetic. Pure: no I/O, no clock — "today" is
// always a parameter. Dates are China calendar dates as 'YYYY-MM-DD' strings.
import { RuleViolation, ValidationError } from '../errors.js';
import { HOLIDAY_NAMES, SHIPPED_YEARS, type HolidayName, type YearData } from './calendar-data.js';

interface CompiledYear {
  readonly data: YearData;
  readonly off: ReadonlyMap<string, readonly HolidayName[]>;
  readonly on: ReadonlySet<string>;
  /** Day number of 1 January. */
  readonly start: number;
  /** 1 for each working day of the year, by day of year (0-based). */
  readonly workday: Uint8Array;
  /** Working days before each day of year (length days + 1): a count over a range is one subtraction. */
  readonly before: Int32Array;
}

export interface WorkdayCalendar {
  readonly years: ReadonlyMap<number, CompiledYear>;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function toDayNumber(date: string): number | null {
  const m = DATE_RE.exec(date);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // Date.UTC silently carries 02-30 into March; the round trip catches it.
  return new Date(t).toISOString().slice(0, 10) === date ? t / DAY_MS : null;
}

function fromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

function dayNumber(date: string, field = 'date'): number {
  const n = toDayNumber(date);
  if (n === null) throw new ValidationError(`日期格式错误：${field} 应为有效的 YYYY-MM-DD，实为“${date}”`, field);
  return n;
}

/** 0 = Sunday … 6 = Saturday. */
function weekday(n: number): number {
  return (n + 4) % 7; // 1970-01-01 was a Thursday
}

function isWeekend(n: number): boolean {
  const w = weekday(n);
  return w === 0 || w === 6;
}

function expand(from: string, to: string): string[] {
  const out: string[] = [];
  for (let n = dayNumber(from); n <= dayNumber(to); n++) out.push(fromDayNumber(n));
  return out;
}

/** Why a year's data cannot be used, in Chinese, or null when it is sound. */
export function yearDataProblem(y: YearData): string | null {
  if (!Number.isInteger(y.year) || y.year < 2000 || y.year > 2100) return `年份无效：${y.year}`;
  if (!y.published && (y.holidays.length > 0 || y.workingWeekendDays.length > 0)) {
    return `${y.year}年标记为未公布，不应含节假日或调休数据`;
  }
  const inYear = (d: string) => toDayNumber(d) !== null && d.startsWith(`${y.year}-`);
  const off = new Set<string>();
  for (const h of y.holidays) {
    if (h.names.length === 0) return `${y.year}年节假日 ${h.from} 缺少节日名称`;
    const bad = h.names.find((name) => !(HOLIDAY_NAMES as readonly string[]).includes(name));
    if (bad !== undefined) return `节日名称无效：“${bad}”，应为${HOLIDAY_NAMES.join('、')}之一`;
    for (const d of [h.from, h.to]) {
      if (!inYear(d)) return `节假日日期 ${d} 无效或不在${y.year}年内`;
    }
    if (h.from > h.to) return `节假日起止颠倒：${h.from} 晚于 ${h.to}`;
    for (const d of expand(h.from, h.to)) {
      if (off.has(d)) return `节假日日期重复：${d}`;
      off.add(d);
    }
  }
  const on = new Set<string>();
  for (const d of y.workingWeekendDays) {
    if (!inYear(d)) return `调休上班日 ${d} 无效或不在${y.year}年内`;
    if (on.has(d)) return `调休上班日重复：${d}`;
    if (off.has(d)) return `${d} 不能既是节假日又是调休上班日`;
    // 调休 only ever turns a weekend day into a working day; a weekday listed here is a typo.
    if (!isWeekend(dayNumber(d))) return `调休上班日 ${d} 不是周六或周日`;
    on.add(d);
  }
  return null;
}

function compileYear(y: YearData): CompiledYear {
  const problem = yearDataProblem(y);
  if (problem) throw new ValidationError(problem, 'yearData');
  const off = new Map<string, readonly HolidayName[]>();
  for (const h of y.holidays) for (const d of expand(h.from, h.to)) off.set(d, h.names);
  const on = new Set(y.workingWeekendDays);
  // Deadlines count days one by one across whole years (a case late since spring): the flags and
  // running counts turn each day into an array read and each range into a subtraction.
  const start = dayNumber(`${y.year}-01-01`);
  const days = dayNumber(`${y.year + 1}-01-01`) - start;
  const workday = new Uint8Array(days);
  const before = new Int32Array(days + 1);
  for (let i = 0; i < days; i++) {
    const date = fromDayNumber(start + i);
    workday[i] = !off.has(date) && (on.has(date) || !isWeekend(start + i)) ? 1 : 0;
    before[i + 1] = before[i] + workday[i];
  }
  return { data: y, off, on, start, workday, before };
}

/** A new calendar with `yearData` added or replacing that year; the given calendar is untouched. */
export function withYear(calendar: WorkdayCalendar, yearData: YearData): WorkdayCalendar {
  const years = new Map(calendar.years);
  years.set(yearData.year, compileYear(yearData));
  return { years };
}

export function calendarOf(years: readonly YearData[]): WorkdayCalendar {
  return years.reduce(withYear, { years: new Map() });
}

/** The shipped schedules, validated at load so bad data fails at start-up, not on a deadline. */
export const shippedCalendar: WorkdayCalendar = calendarOf(SHIPPED_YEARS);

function yearOf(calendar: WorkdayCalendar, n: number): CompiledYear {
  // Found by day number first: formatting the date for every day counted was most of a deadline's cost.
  for (const y of calendar.years.values()) if (n >= y.start && n - y.start < y.workday.length) return y;
  const date = fromDayNumber(n);
  const year = Number(date.slice(0, 4));
  // A year outside the data is refused: there is no schedule to lean on at all. (A year announced
  // but not yet published is in the data and counts weekends only, shared/reference/holidays.md:
  // callers show its deadlines as provisional (isProvisional) until an admin adds the notice.)
  throw new RuleViolation(`未收录${year}年节假日安排，无法计算涉及 ${date} 的工作日`, 'date', '国务院办公厅年度节假日安排通知');
}

/** True when the date's year counts weekends only because its holiday schedule is not yet published. */
export function isProvisional(date: string, calendar: WorkdayCalendar = shippedCalendar): boolean {
  const y = calendar.years.get(Number(date.slice(0, 4)));
  return y !== undefined && !y.data.published;
}

function isWorkdayN(n: number, calendar: WorkdayCalendar): boolean {
  const y = yearOf(calendar, n);
  return y.workday[n - y.start] === 1;
}

export function isWorkday(date: string, calendar: WorkdayCalendar = shippedCalendar): boolean {
  return isWorkdayN(dayNumber(date), calendar);
}

/** The holiday names of a day off, or null (weekends and working days have none). */
export function holidayOf(date: string, calendar: WorkdayCalendar = shippedCalendar): readonly HolidayName[] | null {
  const n = dayNumber(date);
  return yearOf(calendar, n).off.get(date) ?? null;
}

function checkCount(n: number, field: string): void {
  if (!Number.isInteger(n) || n < 0) throw new ValidationError(`${field} 应为非负整数，实为 ${n}`, field);
}

/**
 * The n-th working day after `date`. The day of the act does not count: a period starts the day
 * after it (行政许可法 第八十二条; 民法典 第二百零一条). n = 0 gives `date` itself.
 */
export function addWorkdays(date: string, n: number, calendar: WorkdayCalendar = shippedCalendar): string {
  checkCount(n, 'n');
  let d = dayNumber(date);
  for (let left = n; left > 0; ) {
    d++;
    if (isWorkdayN(d, calendar)) left--;
  }
  return fromDayNumber(d);
}

/** The n-th working day before `date` (for "at least n working days before" periods). */
export function subtractWorkdays(date: string, n: number, calendar: WorkdayCalendar = shippedCalendar): string {
  checkCount(n, 'n');
  let d = dayNumber(date);
  for (let left = n; left > 0; ) {
    d--;
    if (isWorkdayN(d, calendar)) left--;
  }
  return fromDayNumber(d);
}

/** The first working day strictly after `date`. */
export function nextWorkday(date: string, calendar: WorkdayCalendar = shippedCalendar): string {
  return addWorkdays(date, 1, calendar);
}

/** Working days in (from, to]: so workdaysBetween(d, addWorkdays(d, n)) = n. Negative if to < from. */
export function workdaysBetween(from: string, to: string, calendar: WorkdayCalendar = shippedCalendar): number {
  const a = dayNumber(from, 'from');
  const b = dayNumber(to, 'to');
  if (b < a) return 0 - workdaysBetween(to, from, calendar); // 0 - x, not -x: no -0
  let count = 0;
  // A year at a time: each year's running counts give its part of (a, b] in one subtraction.
  for (let d = a + 1; d <= b; ) {
    const y = yearOf(calendar, d);
    const last = Math.min(b, y.start + y.workday.length - 1);
    count += y.before[last - y.start + 1] - y.before[d - y.start];
    d = last + 1;
  }
  return count;
}

/** `date` + n calendar days, without any holiday rule. */
export function addCalendarDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new ValidationError(`天数应为整数，实为 ${n}`, 'n');
  return fromDayNumber(dayNumber(date) + n);
}

/**
 * A calendar-day period whose last day is not a working day ends on the first working day after
 * (民法典 第二百零三条; 民事诉讼法 期间条款, applied to administrative litigation through
 * 行政诉讼法 第一百零一条). Whether an administrative-penalty period rolls is to be confirmed per
 * period: see `rollsOnHoliday` in periods.ts. A 调休 Saturday is a working day, so no roll.
 */
export function addCalendarDaysWithHolidayRoll(date: string, n: number, calendar: WorkdayCalendar = shippedCalendar): string {
  checkCount(n, 'n');
  const end = addCalendarDays(date, n);
  return isWorkday(end, calendar) ? end : nextWorkday(end, calendar);
}

/** Calendar days from `today` to `due`: 0 on the due date, negative once overdue. */
export function daysLeft(today: string, due: string): number {
  return dayNumber(due, 'due') - dayNumber(today, 'today');
}
