// The State Council General Office's yearly holiday schedules (国务院办公厅关于…年部分节假日安排的通知)
// as data. Dates copied from shared/reference/holidays.md; each year names the notice it comes from.
// A working day is Monday–Friday, minus `holidays`, plus `workingWeekendDays` (调休上班日).

export const HOLIDAY_NAMES = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'] as const;
export type HolidayName = (typeof HOLIDAY_NAMES)[number];

/** A run of consecutive days off, inclusive; weekends inside the run are listed too. */
export interface HolidayRange {
  readonly names: readonly HolidayName[];
  readonly from: string;
  readonly to: string;
}

export interface YearData {
  readonly year: number;
  /** false until the State Council's notice for the year is out: the year cannot be computed. */
  readonly published: boolean;
  readonly notice: string;
  /** null where the number has not been checked against the notice itself. */
  readonly documentNumber: string | null;
  readonly source: string;
  readonly holidays: readonly HolidayRange[];
  readonly workingWeekendDays: readonly string[];
  readonly note?: string;
}

const SOURCE = 'shared/reference/holidays.md';

// Adjoining weekend days that fall in the neighbouring year (e.g. 2023-12-30/31 with 2024 元旦) are
// weekends anyway and stay out: every date of a year's data lies inside that year.
export const YEAR_2024: YearData = {
  year: 2024,
  published: true,
  notice: '国务院办公厅关于2024年部分节假日安排的通知',
  documentNumber: '国办发明电〔2023〕7号',
  source: SOURCE,
  holidays: [
    { names: ['元旦'], from: '2024-01-01', to: '2024-01-01' },
    { names: ['春节'], from: '2024-02-10', to: '2024-02-17' },
    { names: ['清明节'], from: '2024-04-04', to: '2024-04-06' },
    { names: ['劳动节'], from: '2024-05-01', to: '2024-05-05' },
    { names: ['端午节'], from: '2024-06-10', to: '2024-06-10' },
    { names: ['中秋节'], from: '2024-09-15', to: '2024-09-17' },
    { names: ['国庆节'], from: '2024-10-01', to: '2024-10-07' },
  ],
  workingWeekendDays: ['2024-02-04', '2024-02-18', '2024-04-07', '2024-04-28', '2024-05-11', '2024-09-14', '2024-09-29', '2024-10-12'],
};

export const YEAR_2025: YearData = {
  year: 2025,
  published: true,
  notice: '国务院办公厅关于2025年部分节假日安排的通知',
  documentNumber: '国办发明电〔2024〕12号',
  source: SOURCE,
  note: '自2025年起，依2024年11月修订的《全国年节及纪念日放假办法》，春节增加除夕、劳动节增加5月2日各1天法定假日（全体公民放假由11天增至13天）。',
  holidays: [
    { names: ['元旦'], from: '2025-01-01', to: '2025-01-01' },
    { names: ['春节'], from: '2025-01-28', to: '2025-02-04' },
    { names: ['清明节'], from: '2025-04-04', to: '2025-04-06' },
    { names: ['劳动节'], from: '2025-05-01', to: '2025-05-05' },
    { names: ['端午节'], from: '2025-05-31', to: '2025-06-02' },
    // 中秋节 falls on 2025-10-06, inside the National Day run: one combined run of 8 days.
    { names: ['国庆节', '中秋节'], from: '2025-10-01', to: '2025-10-08' },
  ],
  workingWeekendDays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
};

export const YEAR_2026: YearData = {
  year: 2026,
  published: true,
  notice: '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）',
  // holidays.md gives no number for this notice; fill it in once checked against gov.cn.
  documentNumber: null,
  source: SOURCE,
  holidays: [
    { names: ['元旦'], from: '2026-01-01', to: '2026-01-03' },
    { names: ['春节'], from: '2026-02-15', to: '2026-02-23' },
    { names: ['清明节'], from: '2026-04-04', to: '2026-04-06' },
    { names: ['劳动节'], from: '2026-05-01', to: '2026-05-05' },
    { names: ['端午节'], from: '2026-06-19', to: '2026-06-21' },
    { names: ['中秋节'], from: '2026-09-25', to: '2026-09-27' },
    { names: ['国庆节'], from: '2026-10-01', to: '2026-10-07' },
  ],
  workingWeekendDays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
};

// Not in holidays.md: guessing a schedule would put wrong deadlines on instruments, so the year is
// shipped empty and unpublished; an admin adds the real one with `withYear` once the notice is out.
export const YEAR_2027: YearData = {
  year: 2027,
  published: false,
  notice: '国务院办公厅关于2027年部分节假日安排的通知（尚未收录）',
  documentNumber: null,
  source: SOURCE,
  note: '2027年节假日安排尚未收录，涉及2027年的工作日期限拒绝计算，待管理员录入通知后方可计算。',
  holidays: [],
  workingWeekendDays: [],
};

export const SHIPPED_YEARS: readonly YearData[] = [YEAR_2024, YEAR_2025, YEAR_2026, YEAR_2027];
