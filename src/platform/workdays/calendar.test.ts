import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RuleViolation, ValidationError } from '../errors.js';
import { SHIPPED_YEARS, YEAR_2024, YEAR_2025, YEAR_2026, type YearData } from './calendar-data.js';
import {
  isProvisional,
  addCalendarDaysWithHolidayRoll,
  addWorkdays,
  daysLeft,
  holidayOf,
  isWorkday,
  nextWorkday,
  shippedCalendar,
  subtractWorkdays,
  withYear,
  workdaysBetween,
  yearDataProblem,
} from './calendar.js';

// Independent oracle: plain Date arithmetic over the raw data, sharing no code with calendar.ts.
function daysOf(year: number): string[] {
  const out: string[] = [];
  for (let d = new Date(Date.UTC(year, 0, 1)); d.getUTCFullYear() === year; d.setUTCDate(d.getUTCDate() + 1)) {
    out.push(d.toISOString().slice(0, 10));
  }
  return out;
}
const dow = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
function offDays(y: YearData): Set<string> {
  return new Set(daysOf(y.year).filter((d) => y.holidays.some((h) => h.from <= d && d <= h.to)));
}

describe('shipped years, day by day', () => {
  // Weekdays − holidays on weekdays + 调休 weekend days:
  // 2024 (leap, starts Monday): 262 − 19 + 8 = 251
  // 2025 (starts Wednesday):    261 − 18 + 5 = 248
  // 2026 (starts Thursday):     261 − 19 + 6 = 248
  const expected: [YearData, number, number][] = [
    [YEAR_2024, 366, 251],
    [YEAR_2025, 365, 248],
    [YEAR_2026, 365, 248],
  ];
  it.each(expected)('$year: every day matches the notice, and the working-day count', (y, days, workdays) => {
    const all = daysOf(y.year);
    expect(all).toHaveLength(days);
    const off = offDays(y);
    const on = new Set(y.workingWeekendDays);
    for (const d of all) {
      const want = !off.has(d) && (on.has(d) || (dow(d) !== 0 && dow(d) !== 6));
      expect(isWorkday(d), d).toBe(want);
    }
    expect(all.filter((d) => isWorkday(d))).toHaveLength(workdays);
    // 1 January is always a holiday, so (01-01, 12-31] holds every working day of the year.
    expect(workdaysBetween(`${y.year}-01-01`, `${y.year}-12-31`)).toBe(workdays);
  });

  it('every 调休 day is a weekend day that works, every holiday day is off', () => {
    for (const y of SHIPPED_YEARS.filter((x) => x.published)) {
      for (const d of y.workingWeekendDays) {
        expect([0, 6], d).toContain(dow(d));
        expect(isWorkday(d), d).toBe(true);
      }
      for (const d of offDays(y)) expect(isWorkday(d), d).toBe(false);
    }
  });

  it('known facts of 2024', () => {
    for (const d of daysOf(2024).filter((x) => x >= '2024-02-10' && x <= '2024-02-17')) expect(isWorkday(d)).toBe(false);
    for (const d of daysOf(2024).filter((x) => x >= '2024-10-01' && x <= '2024-10-07')) expect(isWorkday(d)).toBe(false);
    expect(dow('2024-02-04')).toBe(0);
    expect(dow('2024-02-18')).toBe(0);
    for (const d of ['2024-02-04', '2024-02-18', '2024-09-29', '2024-10-12']) expect(isWorkday(d), d).toBe(true);
    expect(holidayOf('2024-02-12')).toEqual(['春节']);
    expect(holidayOf('2024-02-04')).toBeNull();
  });

  it('2025 added 除夕 and 5月2日 (8-day 春节, 5-day 劳动节 without extra 调休)', () => {
    expect(isWorkday('2025-01-28')).toBe(false); // 除夕
    expect(isWorkday('2025-05-02')).toBe(false);
    expect(holidayOf('2025-10-06')).toEqual(['国庆节', '中秋节']);
    expect(YEAR_2025.note).toContain('全国年节及纪念日放假办法');
  });
});

describe('periods across the long holidays', () => {
  it('7 working days from a decision on 2026-02-13 land after 春节', () => {
    // 02-14 (调休 Sat) 1; 02-15..23 off; 02-24..27 2–5; 02-28 (调休 Sat) 6; 03-01 Sun; 03-02 7.
    expect(addWorkdays('2026-02-13', 7)).toBe('2026-03-02');
    expect(nextWorkday('2026-02-13')).toBe('2026-02-14');
    expect(nextWorkday('2026-02-14')).toBe('2026-02-24');
  });

  it('7 working days from 2026-09-30 land after 国庆节', () => {
    expect(addWorkdays('2026-09-30', 7)).toBe('2026-10-15');
    expect(addWorkdays('2024-09-30', 1)).toBe('2024-10-08');
  });

  it('crosses year ends between shipped years', () => {
    expect(addWorkdays('2024-12-31', 1)).toBe('2025-01-02');
    expect(addWorkdays('2025-12-31', 1)).toBe('2026-01-04'); // 调休 Sunday
    expect(workdaysBetween('2025-12-31', '2026-01-05')).toBe(2);
  });

  it('subtractWorkdays steps back over holidays', () => {
    expect(subtractWorkdays('2026-02-24', 1)).toBe('2026-02-14');
    expect(subtractWorkdays('2026-03-02', 7)).toBe('2026-02-13');
  });
});

describe('calendar-day periods with holiday roll', () => {
  it('a last day inside 春节 moves to the first working day after', () => {
    expect(addCalendarDaysWithHolidayRoll('2026-02-05', 15)).toBe('2026-02-24');
  });
  it('a plain Saturday moves to Monday; a 调休 Saturday does not move', () => {
    expect(addCalendarDaysWithHolidayRoll('2026-02-20', 15)).toBe('2026-03-09');
    expect(addCalendarDaysWithHolidayRoll('2026-01-30', 15)).toBe('2026-02-14');
  });
  it('a working last day stays', () => {
    expect(addCalendarDaysWithHolidayRoll('2026-03-02', 15)).toBe('2026-03-17');
  });
});

describe('daysLeft', () => {
  it('counts calendar days, negative when overdue', () => {
    expect(daysLeft('2026-02-13', '2026-03-02')).toBe(17);
    expect(daysLeft('2026-03-02', '2026-03-02')).toBe(0);
    expect(daysLeft('2026-03-05', '2026-03-02')).toBe(-3);
  });
});

describe('properties', () => {
  // Start dates 2024-01-01..2026-04-30: 150 working days later is still before unpublished 2027.
  const start = fc.integer({ min: 0, max: 366 + 365 + 119 }).map((k) => {
    const d = new Date(Date.UTC(2024, 0, 1 + k));
    return d.toISOString().slice(0, 10);
  });
  const n = fc.integer({ min: 0, max: 150 });

  it('addWorkdays is monotone in n and in the date', () => {
    fc.assert(
      fc.property(start, start, n, n, (a, b, i, j) => {
        if (i <= j) expect(addWorkdays(a, i) <= addWorkdays(a, j)).toBe(true);
        if (a <= b) expect(addWorkdays(a, i) <= addWorkdays(b, i)).toBe(true);
      }),
    );
  });
  it('addWorkdays(d, n ≥ 1) is a working day after d', () => {
    fc.assert(
      fc.property(
        start,
        n.filter((x) => x >= 1),
        (d, k) => {
          const r = addWorkdays(d, k);
          expect(isWorkday(r)).toBe(true);
          expect(r > d).toBe(true);
        },
      ),
    );
  });
  it('workdaysBetween(d, addWorkdays(d, n)) = n, and is antisymmetric', () => {
    fc.assert(
      fc.property(start, n, (d, k) => {
        const r = addWorkdays(d, k);
        expect(workdaysBetween(d, r)).toBe(k);
        expect(workdaysBetween(r, d)).toBe(0 - k);
      }),
    );
  });
  it('workdaysBetween counts, across year ends, exactly the oracle’s working days in (from, to]', () => {
    const all = SHIPPED_YEARS.flatMap((y) => {
      const off = offDays(y);
      const on = new Set(y.workingWeekendDays);
      return daysOf(y.year).map((d) => ({ d, works: !off.has(d) && (on.has(d) || (dow(d) !== 0 && dow(d) !== 6)) }));
    });
    const index = fc.integer({ min: 0, max: all.length - 1 });
    fc.assert(
      fc.property(index, index, (i, j) => {
        const [a, b] = i <= j ? [i, j] : [j, i];
        const want = all.slice(a + 1, b + 1).filter((x) => x.works).length;
        expect(workdaysBetween(all[a].d, all[b].d)).toBe(want);
        expect(workdaysBetween(all[b].d, all[a].d)).toBe(0 - want);
      }),
      { numRuns: 500 },
    );
  });
  it('the rolled end is a working day, never before the plain end, and n days or more after', () => {
    fc.assert(
      fc.property(start, n, (d, k) => {
        const r = addCalendarDaysWithHolidayRoll(d, k);
        expect(isWorkday(r)).toBe(true);
        expect(daysLeft(d, r)).toBeGreaterThanOrEqual(k);
      }),
    );
  });
});

describe('refusals', () => {
  it('counts unpublished 2027 as weekends only, and says the result is provisional', () => {
    expect(isWorkday('2027-01-04')).toBe(true);
    expect(isWorkday('2027-01-02')).toBe(false);
    expect(addWorkdays('2026-12-28', 5)).toBe('2027-01-04');
    expect(isProvisional('2027-01-04')).toBe(true);
    expect(isProvisional('2026-12-31')).toBe(false);
    expect(isProvisional('2031-01-01')).toBe(false);
  });
  it('refuses years not shipped at all', () => {
    expect(() => isWorkday('2023-12-29')).toThrow(/未收录2023年/);
    expect(() => subtractWorkdays('2024-01-02', 1)).toThrow(RuleViolation);
  });
  it('rejects malformed dates and counts', () => {
    expect(() => isWorkday('2025-02-30')).toThrow(ValidationError);
    expect(() => isWorkday('2025/02/03')).toThrow(/YYYY-MM-DD/);
    expect(() => addWorkdays('2025-02-03', -1)).toThrow(ValidationError);
    expect(() => addWorkdays('2025-02-03', 1.5)).toThrow(ValidationError);
  });
});

describe('year data: validation and withYear', () => {
  // Fictional 2027 schedule for testing only — not the State Council's.
  const fake2027: YearData = {
    year: 2027,
    published: true,
    notice: '测试用',
    documentNumber: null,
    source: 'test',
    holidays: [{ names: ['元旦'], from: '2027-01-01', to: '2027-01-03' }],
    workingWeekendDays: ['2027-01-09'],
  };
  const bad = (patch: Partial<YearData>) => yearDataProblem({ ...fake2027, ...patch });

  it('accepts sound data and every shipped year', () => {
    expect(bad({})).toBeNull();
    for (const y of SHIPPED_YEARS) expect(yearDataProblem(y), String(y.year)).toBeNull();
  });
  it('refuses dates outside the year, overlaps, weekday 调休 and bad names', () => {
    expect(bad({ holidays: [{ names: ['元旦'], from: '2026-12-31', to: '2027-01-01' }] })).toMatch(/不在2027年内/);
    expect(bad({ workingWeekendDays: ['2028-01-08'] })).toMatch(/不在2027年内/);
    expect(bad({ workingWeekendDays: ['2027-01-02'] })).toMatch(/既是节假日又是调休上班日/);
    expect(bad({ workingWeekendDays: ['2027-01-08'] })).toMatch(/不是周六或周日/);
    expect(bad({ holidays: [{ names: ['植树节' as never], from: '2027-01-01', to: '2027-01-01' }] })).toMatch(/节日名称无效/);
    expect(bad({ holidays: [{ names: ['元旦'], from: '2027-01-03', to: '2027-01-01' }] })).toMatch(/起止颠倒/);
    expect(bad({ holidays: [...fake2027.holidays, { names: ['春节'], from: '2027-01-03', to: '2027-01-04' }] })).toMatch(/重复/);
    expect(bad({ year: 2027.5 })).toMatch(/年份无效/);
    expect(bad({ published: false })).toMatch(/未公布/);
  });
  it('withYear refuses bad data and leaves the shipped calendar untouched', () => {
    expect(() => withYear(shippedCalendar, { ...fake2027, workingWeekendDays: ['2027-01-08'] })).toThrow(ValidationError);
    const cal = withYear(shippedCalendar, fake2027);
    expect(isWorkday('2027-01-04', cal)).toBe(true);
    expect(isWorkday('2027-01-09', cal)).toBe(true);
    expect(isWorkday('2027-01-01', cal)).toBe(false);
    expect(addWorkdays('2026-12-31', 1, cal)).toBe('2027-01-04');
    expect(isProvisional('2027-01-04')).toBe(true);
    expect(isProvisional('2027-01-04', cal)).toBe(false);
  });
});
