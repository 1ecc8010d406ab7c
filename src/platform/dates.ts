// Calendar dates are China's: a credential "valid to 2026-12-31" ends at midnight Beijing time.
const fmt = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The date (YYYY-MM-DD) in China at instant `d`. */
export function chinaDate(d: Date): string {
  return fmt.format(d);
}

/**
 * The last day of a term of whole `years` from `from` (inclusive): the day before the anniversary,
 * so 2026-03-02 for 3 years ends 2029-03-01; a term from 29 February ends on 28 February.
 */
export function yearsTermEnd(from: string, years: number): string {
  const [y, m, d] = from.split('-').map(Number);
  // Date.UTC rolls 29 February into 1 March in a common year: the anniversary is then 1 March.
  const end = new Date(Date.UTC(y + years, m - 1, d));
  end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const t = new Date(`${date}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}
