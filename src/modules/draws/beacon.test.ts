import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  announcementPrecedesBeacon,
  assertAnnouncementPrecedesBeacon,
  beaconTime,
  beijingIso,
  beijingTime,
  canonicalBeacon,
  parseBeijingInstant,
  type BeaconSpec,
} from './beacon.js';

const lottery = (expectedAt: string): BeaconSpec => ({ source: '双色球第2026140期开奖号码', expectedAt, format: '红球升序+蓝球' });
const dated = (expectedOn: string): BeaconSpec => ({ source: '双色球第2026023期开奖号码', expectedOn, format: '红球升序+蓝球' });
/** An instant written as Beijing wall-clock time. */
const beijing = (s: string) => new Date(`${s}+08:00`);

describe('Beijing instants', () => {
  it('have one spelling, to the second, with the zone stated', () => {
    expect(parseBeijingInstant('2026-12-05T21:15:00+08:00')?.toISOString()).toBe('2026-12-05T13:15:00.000Z');
    for (const bad of [
      '2026-12-05T21:15:00Z',
      '2026-12-05T13:15:00.000Z',
      '2026-12-05 21:15:00+08:00',
      '2026-12-05T21:15+08:00',
      '2026-12-05',
      '2026-02-30T21:15:00+08:00',
      '2026-12-05T24:00:00+08:00',
      '2026-12-05T21:15:60+08:00',
      20261205,
      null,
    ])
      expect(parseBeijingInstant(bad), String(bad)).toBeNull();
    expect(beijingTime(new Date('2026-12-05T13:19:03.456Z'))).toBe('2026-12-05 21:19:03 北京时间');
  });

  it('round-trip through beijingIso for any instant to the second', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1) / 1000, max: Date.UTC(2099, 11, 31) / 1000 }), (s) => {
        const d = new Date(s * 1000);
        expect(parseBeijingInstant(beijingIso(d))?.getTime()).toBe(d.getTime());
      }),
    );
  });
});

describe('the announcement strictly precedes the beacon, compared as instants', () => {
  it('the 21:19 announcement of a lottery drawn at 21:15 the same evening fails (a date-only comparison passed it)', () => {
    const o = announcementPrecedesBeacon(beijing('2026-12-05T21:19:03'), lottery('2026-12-05T21:15:00+08:00'));
    expect(o.ok).toBe(false);
    expect(o.text).toBe('公告记入执法记录于 2026-12-05 21:19:03 北京时间，不早于随机源（双色球第2026140期开奖号码）公布时间 2026-12-05 21:15:00 北京时间');
  });

  it('same day: earlier passes, the same instant and later fail', () => {
    const spec = lottery('2026-12-05T21:15:00+08:00');
    expect(announcementPrecedesBeacon(beijing('2026-12-05T09:00:00'), spec).ok).toBe(true);
    expect(announcementPrecedesBeacon(new Date(beijing('2026-12-05T21:15:00').getTime() - 1), spec).ok).toBe(true);
    expect(announcementPrecedesBeacon(beijing('2026-12-05T21:15:00'), spec).ok).toBe(false);
    expect(announcementPrecedesBeacon(new Date(beijing('2026-12-05T21:15:00').getTime() + 1), spec).ok).toBe(false);
  });

  it('across midnight, in Beijing time whatever the UTC date', () => {
    // 23:59:59 the evening before a beacon at 00:00: earlier, on the previous date.
    expect(announcementPrecedesBeacon(beijing('2026-12-04T23:59:59'), lottery('2026-12-05T00:00:00+08:00')).ok).toBe(true);
    // 00:00:01 after a beacon at 23:30 the evening before: later, on the next date.
    expect(announcementPrecedesBeacon(beijing('2026-12-05T00:00:01'), lottery('2026-12-04T23:30:00+08:00')).ok).toBe(false);
    // 07:00 Beijing is still the previous day in UTC (23:00Z): the beacon at 06:00 Beijing came first.
    expect(announcementPrecedesBeacon(new Date('2026-12-04T23:00:00Z'), lottery('2026-12-05T06:00:00+08:00')).ok).toBe(false);
  });

  it('is exactly the order of the two instants', () => {
    const instant = fc.integer({ min: Date.UTC(2024, 0, 1) / 1000, max: Date.UTC(2028, 0, 1) / 1000 }).map((s) => new Date(s * 1000));
    fc.assert(
      fc.property(instant, instant, (announced, published) => {
        expect(announcementPrecedesBeacon(announced, lottery(beijingIso(published))).ok).toBe(announced < published);
      }),
    );
  });

  it('refuses with 422 naming the field and the rule', () => {
    expect(() => assertAnnouncementPrecedesBeacon(beijing('2026-12-05T21:19:03'), lottery('2026-12-05T21:15:00+08:00'))).toThrow(
      expect.objectContaining({ status: 422, field: 'beacon.expectedAt', message: expect.stringContaining('须晚于抽取公告记入执法记录的时间') }),
    );
    expect(() => assertAnnouncementPrecedesBeacon(beijing('2026-12-05T21:14:59'), lottery('2026-12-05T21:15:00+08:00'))).not.toThrow();
  });
});

describe('a date-only beacon (announced before publication instants were required)', () => {
  it('counts from 00:00 Beijing time of its day and says so: an earlier day passes, the day itself fails', () => {
    expect(beaconTime(dated('2026-03-03'))).toEqual({ at: beijing('2026-03-03T00:00:00'), dateOnly: true });
    const before = announcementPrecedesBeacon(beijing('2026-03-02T23:59:59'), dated('2026-03-03'));
    expect(before.ok).toBe(true);
    expect(before.text).toContain('公告只写明公布日期 2026-03-03，按当日 0 时计');
    // Announced at 08:00 on the lottery's day: perhaps before a 21:15 draw, but nothing shows it.
    expect(announcementPrecedesBeacon(beijing('2026-03-03T08:00:00'), dated('2026-03-03')).ok).toBe(false);
    expect(() => assertAnnouncementPrecedesBeacon(beijing('2026-03-03T08:00:00'), dated('2026-03-03'))).toThrow(
      expect.objectContaining({ status: 422, field: 'beacon.expectedOn' }),
    );
  });

  it('keeps its own form for its digest; a spec with neither, both or a bad value is refused', () => {
    expect(canonicalBeacon({ ...dated('2026-03-03'), extra: 1 } as unknown as BeaconSpec)).toEqual(dated('2026-03-03'));
    expect(canonicalBeacon(lottery('2026-12-05T21:15:00+08:00'))).toEqual(lottery('2026-12-05T21:15:00+08:00'));
    for (const bad of [
      { source: 's', format: 'f' },
      { source: 's', format: 'f', expectedAt: '2026-12-05T21:15:00+08:00', expectedOn: '2026-12-05' },
      { source: 's', format: 'f', expectedAt: '2026-12-05T21:15:00Z' },
      { source: 's', format: 'f', expectedOn: '2026-13-01' },
    ])
      expect(() => beaconTime(bad as BeaconSpec), JSON.stringify(bad)).toThrow(expect.objectContaining({ status: 400, field: 'beacon.expectedAt' }));
  });
});
