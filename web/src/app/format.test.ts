import { afterEach, describe, expect, it } from 'vitest';
import { chinaToday, formatChinaDate, formatDateTime } from './format';

// The browser's time zone is the machine's; these run under several, by setting TZ as Node allows.
const zones = ['America/New_York', 'UTC', 'Asia/Shanghai', 'Pacific/Kiritimati'];
const saved = process.env.TZ;
afterEach(() => {
  process.env.TZ = saved;
});

describe('one clock: times shown in Beijing time whatever the browser’s zone', () => {
  it.each(zones)('in %s, an instant reads as Beijing date and time', (zone) => {
    process.env.TZ = zone;
    // 23:30 UTC on 1 March is 07:30 on 2 March in Beijing.
    expect(formatDateTime('2026-03-01T23:30:00Z')).toBe('2026-03-02 07:30:00');
    expect(formatChinaDate('2026-03-01T23:30:00Z')).toBe('2026-03-02');
    expect(formatDateTime(new Date('2026-03-02T02:00:00Z'))).toBe('2026-03-02 10:00:00');
    expect(formatDateTime(null)).toBe('');
  });

  it('today is China’s date', () => {
    process.env.TZ = 'America/New_York';
    const beijing = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    expect(chinaToday()).toBe(beijing);
  });
});
