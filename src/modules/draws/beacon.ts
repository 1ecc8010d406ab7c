import { RuleViolation, ValidationError } from '../../platform/errors.js';

// The public claim of a draw, that nobody could know its result in advance, rests on one order:
// the announcement was in the ledger before the beacon existed. Both are instants, compared as
// instants: a lottery drawn at 21:15 and an announcement at 21:19 the same evening are on the
// same date, and the announcement came too late. Pure: no clock, no I/O (the web uses it too).

/** The public value, not yet known when the draw is announced, that the seed will absorb. */
export type BeaconSpec = {
  /** e.g. 中国福利彩票双色球 第2026136期 开奖号码 */
  source: string;
  /** How the value is to be written, e.g. `红球升序以空格分隔+蓝球`, so the bytes are unambiguous. */
  format: string;
} & (
  | {
      /** When the publisher makes the value public, in Beijing time as it states it: `2026-12-05T21:15:00+08:00`. */
      expectedAt: string;
      expectedOn?: undefined;
    }
  | {
      /** Draws announced before publication instants were required fixed only the date (`YYYY-MM-DD`). */
      expectedOn: string;
      expectedAt?: undefined;
    }
);

const BEIJING_OFFSET_MS = 8 * 3600_000; // China keeps UTC+8 all year, with no summer time
const BEIJING_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/;

/** The one spelling of an instant in Beijing time, to the second: `2026-12-05T21:15:00+08:00`. */
export function beijingIso(d: Date): string {
  return `${new Date(d.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}

/** For people: `2026-12-05 21:19:03 北京时间`. */
export function beijingTime(d: Date): string {
  return `${beijingIso(d).slice(0, 19).replace('T', ' ')} 北京时间`;
}

/** The instant a `YYYY-MM-DDTHH:mm:ss+08:00` string names, or null when it is not exactly that (or no such day or time). */
export function parseBeijingInstant(s: unknown): Date | null {
  if (typeof s !== 'string' || !BEIJING_INSTANT.test(s)) return null;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) || beijingIso(d) !== s ? null : d;
}

/** When the beacon is published; `dateOnly` when the spec fixed only the date. */
export interface BeaconTime {
  at: Date;
  dateOnly: boolean;
}

/**
 * A date-only spec is read as published at 00:00 Beijing time of its day: the earliest it can
 * have appeared. An announcement on an earlier day then provably came first; one made on the day
 * itself cannot be shown to, and is refused rather than passed on a guess.
 */
export function beaconTime(spec: BeaconSpec): BeaconTime {
  if (spec.expectedAt !== undefined) {
    const at = parseBeijingInstant(spec.expectedAt);
    if (!at || spec.expectedOn !== undefined)
      throw new ValidationError('公开随机源的公布时间（beacon.expectedAt）应为北京时间的日期和时刻，如 2026-12-05T21:15:00+08:00', 'beacon.expectedAt');
    return { at, dateOnly: false };
  }
  const at = parseBeijingInstant(`${String(spec.expectedOn)}T00:00:00+08:00`);
  if (!at) throw new ValidationError('公开随机源须写明公布时间（beacon.expectedAt）', 'beacon.expectedAt');
  return { at, dateOnly: true };
}

/** The spec with exactly its fields, in the form its digest was taken over (a date-only spec keeps its form). */
export function canonicalBeacon(spec: BeaconSpec): BeaconSpec {
  const { source, format } = spec;
  return beaconTime(spec).dateOnly ? { source, expectedOn: spec.expectedOn as string, format } : { source, expectedAt: spec.expectedAt as string, format };
}

export interface BeaconOrder {
  ok: boolean;
  beacon: BeaconTime;
  /** Both instants in Beijing time, for the verdict and the refusal. */
  text: string;
}

/** The rule: the announcement's ledger time is strictly before the beacon's publication instant. */
export function announcementPrecedesBeacon(announcedAt: Date, spec: BeaconSpec): BeaconOrder {
  const beacon = beaconTime(spec);
  const ok = announcedAt.getTime() < beacon.at.getTime();
  const published = beacon.dateOnly ? `${beijingTime(beacon.at)}（公告只写明公布日期 ${spec.expectedOn}，按当日 0 时计）` : beijingTime(beacon.at);
  const text = `公告记入执法记录于 ${beijingTime(announcedAt)}，${ok ? '早于' : '不早于'}随机源（${spec.source}）公布时间 ${published}`;
  return { ok, beacon, text };
}

/** Refuses (422) an announcement that does not precede the beacon: the draw could have been known in advance. */
export function assertAnnouncementPrecedesBeacon(announcedAt: Date, spec: BeaconSpec): void {
  const order = announcementPrecedesBeacon(announcedAt, spec);
  if (order.ok) return;
  const field = order.beacon.dateOnly ? 'beacon.expectedOn' : 'beacon.expectedAt';
  throw new RuleViolation(`公开随机源的公布时间（${field}）须晚于抽取公告记入执法记录的时间，否则无法证明公告时无人知道随机源：${order.text}`, field);
}
