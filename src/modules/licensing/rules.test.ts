import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, isWorkday, workdaysBetween } from '../../platform/workdays/calendar.js';
import { APPLICATION_STATES, LICENSE_STATES, PAUSE_KINDS } from './codes.js';
import {
  acceptanceDueOn,
  APPLICATION_EVENT_LABELS,
  APPLICATION_EVENTS,
  APPLICATION_TRANSITIONS,
  applicationTransition,
  canRenew,
  certificateDueOn,
  decisionClock,
  deemedAccepted,
  LICENSING_NOT_COUNTED,
  LICENSING_PERIODS,
  licenseStateOn,
  type Pause,
  renewalOpensBy,
  renewalWindow,
  ENDED_STATES,
  monthsBefore,
} from './rules.js';

// The 2026 dates these cases cross (calendar-data.ts, holidays.md): 中秋 09-25..27 (Fri–Sun),
// 国庆 10-01..07 (Thu–Wed), 调休 working Saturday 10-10; 春节 02-15..23 with 调休 Saturday 02-14.

describe('LICENSING_PERIODS', () => {
  it('holds the statutory values, each citing its article', () => {
    const p = LICENSING_PERIODS;
    expect([p.acceptance.days, p.decision.days, p.extension.days, p.certificate.days, p.renewal.days]).toEqual([5, 20, 10, 10, 30]);
    expect(p.acceptance.article).toContain('第三十二条');
    expect(p.decision.article).toContain('第四十二条');
    expect(p.extension.article).toContain('第四十二条');
    expect(p.certificate.article).toContain('第四十四条');
    expect(p.renewal.article).toContain('第五十条');
    // 第八十二条: the authority's periods are working days; the licensee's renewal is not one of them.
    for (const k of ['acceptance', 'decision', 'extension', 'certificate'] as const) {
      expect(p[k].unit).toBe('workingDays');
      expect(p[k].article).toContain('第八十二条');
    }
    expect(p.renewal.unit).toBe('calendarDays');
    expect(LICENSING_NOT_COUNTED.article).toContain('第四十五条');
    expect(LICENSING_NOT_COUNTED.kinds).toEqual(PAUSE_KINDS);
  });
});

// The machine written out again by hand from the brief, not read from the implementation's table.
const SPEC: Record<string, [string[], string]> = {
  submit: [['draft'], 'submitted'],
  requestSupplement: [['submitted'], 'supplementRequested'],
  resubmit: [['supplementRequested'], 'submitted'],
  accept: [['submitted'], 'accepted'],
  refuseToAccept: [['submitted', 'supplementRequested'], 'refusedToAccept'],
  grant: [['accepted'], 'granted'],
  deny: [['accepted'], 'denied'],
  issue: [['granted'], 'issued'],
  withdraw: [['draft', 'submitted', 'supplementRequested', 'accepted'], 'withdrawn'],
};
const DECISIONS = ['grant', 'deny'];

describe('applicationTransition', () => {
  it('allows exactly the transitions of the spec, for every state × event × paused', () => {
    expect([...APPLICATION_EVENTS].sort()).toEqual(Object.keys(SPEC).sort());
    let allowed = 0;
    for (const state of APPLICATION_STATES) {
      for (const event of APPLICATION_EVENTS) {
        for (const paused of [false, true]) {
          const [from, to] = SPEC[event];
          const r = applicationTransition(state, event, { paused });
          const where = `${state} ${event} paused=${paused}`;
          if (from.includes(state) && !(paused && DECISIONS.includes(event))) {
            expect(r, where).toEqual({ ok: true, to });
            allowed++;
          } else {
            expect(r.ok, where).toBe(false);
            if (!r.ok) expect(r.problem, where).toMatch(/[\u4e00-\u9fff]/);
          }
        }
      }
    }
    // 13 (state, event) pairs, each allowed paused or not, less grant and deny while paused.
    expect(allowed).toBe(13 * 2 - 2);
  });

  it('says why: the state, or the open pause with its article', () => {
    expect(applicationTransition('issued', 'withdraw', { paused: false })).toEqual({ ok: false, problem: '申请状态为“已发证”，不能撤回申请' });
    const r = applicationTransition('accepted', 'grant', { paused: true });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toContain('第四十五条');
    // A pause does not stop the applicant withdrawing.
    expect(applicationTransition('accepted', 'withdraw', { paused: true })).toEqual({ ok: true, to: 'withdrawn' });
  });

  it('labels every event in Chinese and cites an article for each', () => {
    for (const e of APPLICATION_EVENTS) {
      expect(APPLICATION_EVENT_LABELS[e]).toMatch(/^[\u4e00-\u9fff]+$/);
      expect(APPLICATION_TRANSITIONS[e].article.length).toBeGreaterThan(0);
    }
  });
});

describe('acceptance (第三十二条)', () => {
  it('runs 5 working days across 国庆 to the 调休 Saturday, and across 春节', () => {
    // Mon 09-28 → Tue 29 (1), Wed 30 (2), 国庆, Thu 10-08 (3), Fri 09 (4), Sat 10 调休 (5).
    expect(acceptanceDueOn('2026-09-28')).toBe('2026-10-10');
    // Thu 02-12 → Fri 13 (1), Sat 14 调休 (2), 春节, Tue 24 (3), Wed 25 (4), Thu 26 (5).
    expect(acceptanceDueOn('2026-02-12')).toBe('2026-02-26');
  });

  it('deems the application accepted from the day after the last day, unless a notice was given', () => {
    expect(deemedAccepted('2026-09-28', '2026-10-10', false)).toBe(false);
    expect(deemedAccepted('2026-09-28', '2026-10-11', false)).toBe(true);
    expect(deemedAccepted('2026-09-28', '2026-10-11', true)).toBe(false);
  });
});

const clock = (acceptedOn: string, pauses: Pause[], today: string, extensionDays: 0 | 10 = 0) => decisionClock({ acceptedOn, pauses, extensionDays }, today);
const onSite = (from: string, to: string | null): Pause => ({ kind: 'onSiteCheck', from, to });

describe('decisionClock (第四十二条、第四十五条)', () => {
  it('gives 20 working days from acceptance, 30 with the extension', () => {
    // Accepted on the 调休 Saturday 10-10: 10-12..16, 19..23, 26..30, 11-02..06.
    expect(clock('2026-10-10', [], '2026-10-10').dueOn).toBe('2026-11-06');
    expect(clock('2026-10-10', [], '2026-10-10', 10).dueOn).toBe('2026-11-20');
    // A matter whose 法规 sets 30 working days (危险化学品经营, 烟花爆竹批发): ten more, 40 extended.
    expect(decisionClock({ acceptedOn: '2026-10-10', pauses: [], extensionDays: 0, decisionDays: 30 }, '2026-10-10').dueOn).toBe('2026-11-20');
    expect(decisionClock({ acceptedOn: '2026-10-10', pauses: [], extensionDays: 10, decisionDays: 30 }, '2026-10-10').dueOn).toBe('2026-12-04');
    // Deemed accepted as of receipt (09-28): its five working days are already used on 10-11.
    expect(clock('2026-09-28', [], '2026-10-11')).toEqual({
      dueOn: '2026-10-30',
      workdaysUsed: 5,
      workdaysLeft: 15,
      paused: false,
      pausedWorkdays: 0,
      overdue: false,
    });
  });

  it('moves the due date by a 3-working-day on-site check spanning 国庆 and its weekend', () => {
    // 09-29..10-08 covers Tue 29, Wed 30 and Thu 10-08: 3 working days, so 10-30 becomes 11-04.
    const pause = onSite('2026-09-29', '2026-10-08');
    expect(clock('2026-09-28', [pause], '2026-10-09')).toEqual({
      dueOn: '2026-11-04',
      workdaysUsed: 1,
      workdaysLeft: 19,
      paused: false,
      pausedWorkdays: 3,
      overdue: false,
    });
    expect(clock('2026-09-28', [pause], '2026-10-09', 10).dueOn).toBe('2026-11-18');
    expect(clock('2026-09-28', [pause], '2026-10-01')).toMatchObject({ dueOn: '2026-11-04', paused: true, workdaysLeft: null });
  });

  it('holds the clock with no due date while a pause is open', () => {
    expect(clock('2026-09-28', [onSite('2026-10-12', null)], '2026-10-14')).toEqual({
      dueOn: null,
      workdaysUsed: 5,
      workdaysLeft: null,
      paused: true,
      pausedWorkdays: 3,
      overdue: false,
    });
  });

  it('counts a day covered by overlapping pauses once', () => {
    const pauses = [onSite('2026-09-29', '2026-10-08'), { kind: 'expertReview' as const, from: '2026-10-08', to: '2026-10-09' }];
    expect(clock('2026-09-28', pauses, '2026-10-12')).toMatchObject({ dueOn: '2026-11-05', pausedWorkdays: 4 });
  });

  it('does not move for a pause on days off only, but does for the 调休 Saturday', () => {
    expect(clock('2026-09-28', [onSite('2026-10-01', '2026-10-07')], '2026-10-12')).toMatchObject({ dueOn: '2026-10-30', pausedWorkdays: 0 });
    expect(clock('2026-09-28', [onSite('2026-10-03', '2026-10-04')], '2026-10-12').dueOn).toBe('2026-10-30');
    expect(clock('2026-09-28', [onSite('2026-10-10', '2026-10-11')], '2026-10-12')).toMatchObject({ dueOn: '2026-11-02', pausedWorkdays: 1 });
    // The day of acceptance is never counted, so pausing it changes nothing.
    expect(clock('2026-09-28', [onSite('2026-09-28', '2026-09-28')], '2026-10-12').dueOn).toBe('2026-10-30');
  });

  it('is late the day after the due date, even on a weekend, and a later pause does not cure it', () => {
    expect(clock('2026-09-28', [], '2026-10-30')).toMatchObject({ workdaysLeft: 0, overdue: false });
    expect(clock('2026-09-28', [], '2026-10-31')).toMatchObject({ workdaysLeft: 0, overdue: true });
    expect(clock('2026-09-28', [], '2026-11-02')).toMatchObject({ workdaysUsed: 21, workdaysLeft: -1, overdue: true });
    expect(clock('2026-09-28', [onSite('2026-11-02', null)], '2026-11-03')).toMatchObject({
      dueOn: '2026-10-30',
      paused: true,
      workdaysLeft: null,
      overdue: true,
    });
    expect(clock('2026-09-28', [onSite('2026-11-02', '2026-11-05')], '2026-11-06').dueOn).toBe('2026-10-30');
  });

  it('refuses a pause before acceptance, one ending before it starts, and an odd extension', () => {
    expect(() => clock('2026-09-28', [onSite('2026-09-27', '2026-09-29')], '2026-10-12')).toThrow(RangeError);
    expect(() => clock('2026-09-28', [onSite('2026-10-09', '2026-10-08')], '2026-10-12')).toThrow(RangeError);
    expect(() => decisionClock({ acceptedOn: '2026-09-28', pauses: [], extensionDays: 5 as 0 }, '2026-10-12')).toThrow(RangeError);
  });
});

describe('certificate, renewal and licence standing', () => {
  it('issues within 10 working days of the decision (第四十四条)', () => {
    // Wed 09-23 → 24 (1), 中秋, 28 (2), 29 (3), 30 (4), 国庆, 10-08 (5), 09 (6), 10 调休 (7), 12 (8), 13 (9), 14 (10).
    expect(certificateDueOn('2026-09-23')).toBe('2026-10-14');
  });

  it('takes a renewal up to 30 calendar days before expiry (第五十条), holidays or not', () => {
    expect(renewalOpensBy('fireworksRetail', '2026-10-31')).toBe('2026-10-01');
    expect(renewalOpensBy('fireworksRetail', '2028-03-30')).toBe('2028-02-29');
    expect(canRenew('fireworksRetail', '2026-10-31', '2026-10-01')).toBe(true);
    expect(canRenew('fireworksRetail', '2026-10-31', '2026-10-02')).toBe(false);
  });

  it('ends an application where no event leads on: refused, denied, issued or withdrawn', () => {
    expect([...ENDED_STATES].sort()).toEqual(['denied', 'issued', 'refusedToAccept', 'withdrawn']);
  });

  it("takes the matter's own lead where its 规章 sets one: 3 months for 危化经营 and 烟花爆竹批发", () => {
    expect(renewalOpensBy('hazchemTrade', '2027-05-31')).toBe('2027-02-28');
    expect(renewalOpensBy('fireworksWholesale', '2028-05-31')).toBe('2028-02-29');
    expect(renewalOpensBy('hazchemTrade', '2027-06-15')).toBe('2027-03-15');
    expect(canRenew('hazchemTrade', '2027-06-15', '2026-01-01')).toBe(true);
    expect(canRenew('hazchemTrade', '2027-06-15', '2027-03-16')).toBe(false);
  });

  it('takes a filing anew only within the 3 months before it ends, up to its last day', () => {
    expect(renewalWindow('precursorFiling', '2027-06-15')).toEqual({ opensOn: '2027-03-15', closesOn: '2027-06-15' });
    expect(canRenew('precursorFiling', '2027-06-15', '2027-03-14')).toBe(false);
    expect(canRenew('precursorFiling', '2027-06-15', '2027-03-15')).toBe(true);
    expect(canRenew('precursorFiling', '2027-06-15', '2027-06-15')).toBe(true);
    expect(canRenew('precursorFiling', '2027-06-15', '2027-06-16')).toBe(false);
  });

  it('turns a valid licence expired after its last day, and leaves any other standing alone', () => {
    for (const state of LICENSE_STATES) {
      expect(licenseStateOn({ state, validTo: '2026-12-31' }, '2026-12-31')).toBe(state);
      expect(licenseStateOn({ state, validTo: '2026-12-31' }, '2027-01-01')).toBe(state === 'valid' ? 'expired' : state);
    }
  });
});

// Properties over 2024-01 to 2026-09 acceptances (2027, still unpublished, counts weekends only).
const day = fc.integer({ min: 0, max: 1000 }).map((n) => addCalendarDays('2024-01-01', n));
const pauseAfter = (acceptedOn: string) =>
  fc
    .record({ kind: fc.constantFrom(...PAUSE_KINDS), start: fc.integer({ min: 0, max: 40 }), length: fc.integer({ min: 0, max: 15 }) })
    .map(({ kind, start, length }) => ({ kind, from: addCalendarDays(acceptedOn, start), to: addCalendarDays(acceptedOn, start + length) }));
const withPauses = day.chain((acceptedOn) =>
  fc.record({
    acceptedOn: fc.constant(acceptedOn),
    pauses: fc.array(pauseAfter(acceptedOn), { maxLength: 4 }),
    extra: pauseAfter(acceptedOn),
    extensionDays: fc.constantFrom(0 as const, 10 as const),
    todayOffset: fc.integer({ min: 0, max: 120 }),
  }),
);

/** Distinct paused working days after acceptedOn up to `until`, counted naïvely. */
function pausedDays(acceptedOn: string, pauses: readonly Pause[], until: string): number {
  const days = new Set<string>();
  for (const p of pauses) {
    for (let d = p.from; d <= (p.to as string) && d <= until; d = addCalendarDays(d, 1)) if (d > acceptedOn && isWorkday(d)) days.add(d);
  }
  return days.size;
}

describe('decisionClock properties', () => {
  it('always falls due on a working day that is not paused, with the period of counted days behind it', () => {
    fc.assert(
      fc.property(withPauses, ({ acceptedOn, pauses, extensionDays }) => {
        const { dueOn } = decisionClock({ acceptedOn, pauses, extensionDays }, acceptedOn);
        if (dueOn === null) throw new Error('closed pauses always give a due date');
        expect(isWorkday(dueOn)).toBe(true);
        expect(pauses.some((p) => p.from <= dueOn && dueOn <= (p.to as string))).toBe(false);
        // The shift is exactly the distinct paused working days up to the due date.
        expect(workdaysBetween(acceptedOn, dueOn)).toBe(20 + extensionDays + pausedDays(acceptedOn, pauses, dueOn));
      }),
    );
  });

  it('shifts by the distinct working days paused when the pauses end within the period', () => {
    fc.assert(
      fc.property(withPauses, ({ acceptedOn, pauses, extensionDays }) => {
        const base = decisionClock({ acceptedOn, pauses: [], extensionDays }, acceptedOn).dueOn as string;
        const inside = pauses.filter((p) => p.from <= base).map((p) => ({ ...p, to: (p.to as string) < base ? p.to : base }));
        const last = [acceptedOn, ...inside.map((p) => p.to as string)].sort().at(-1) as string;
        const c = decisionClock({ acceptedOn, pauses: inside, extensionDays }, last);
        const distinct = pausedDays(acceptedOn, inside, base);
        expect(c.pausedWorkdays).toBe(distinct);
        expect(workdaysBetween(base, c.dueOn as string)).toBe(distinct);
      }),
    );
  });

  it('never moves earlier for an added pause, and an open one holds it unless the period already ran out', () => {
    fc.assert(
      fc.property(withPauses, ({ acceptedOn, pauses, extra, extensionDays }) => {
        const before = decisionClock({ acceptedOn, pauses, extensionDays }, acceptedOn).dueOn as string;
        const after = decisionClock({ acceptedOn, pauses: [...pauses, extra], extensionDays }, acceptedOn).dueOn as string;
        expect(after >= before).toBe(true);
        const open = decisionClock({ acceptedOn, pauses: [...pauses, { ...extra, to: null }], extensionDays }, extra.from);
        expect(open.paused).toBe(true);
        expect(open.workdaysLeft).toBeNull();
        if (extra.from <= before) expect(open.dueOn).toBeNull();
        else expect(open.dueOn).toBe(before);
      }),
    );
  });

  it('splits the period into used and left on any day no pause covers', () => {
    fc.assert(
      fc.property(withPauses, ({ acceptedOn, pauses, extensionDays, todayOffset }) => {
        const today = addCalendarDays(acceptedOn, todayOffset);
        const c = decisionClock({ acceptedOn, pauses, extensionDays }, today);
        expect(c.paused).toBe(pauses.some((p) => p.from <= today && today <= (p.to as string)));
        expect(c.overdue).toBe(today > (c.dueOn as string));
        if (!c.paused) expect((c.workdaysLeft as number) + c.workdaysUsed).toBe(20 + extensionDays);
        expect(c.workdaysUsed + pausedDays(acceptedOn, pauses, today)).toBe(workdaysBetween(acceptedOn, today));
      }),
    );
  });
});

describe('deadline properties', () => {
  it('deems acceptance exactly after the fifth working day, never once a notice was given', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 30 }), (receivedOn, k) => {
        const due = acceptanceDueOn(receivedOn);
        expect(isWorkday(due)).toBe(true);
        expect(workdaysBetween(receivedOn, due)).toBe(5);
        const today = addCalendarDays(receivedOn, k);
        expect(deemedAccepted(receivedOn, today, false)).toBe(today > due);
        expect(deemedAccepted(receivedOn, today, true)).toBe(false);
      }),
    );
  });

  it('issues on a working day 10 working days on, and renews until exactly 30 days before expiry', () => {
    fc.assert(
      fc.property(day, (d) => {
        expect(workdaysBetween(d, certificateDueOn(d))).toBe(10);
        expect(isWorkday(certificateDueOn(d))).toBe(true);
        const last = renewalOpensBy('fireworksRetail', d);
        expect(addCalendarDays(last, 30)).toBe(d);
        expect(canRenew('fireworksRetail', d, last)).toBe(true);
        expect(canRenew('fireworksRetail', d, addCalendarDays(last, 1))).toBe(false);
        // A month's lead keeps the day where the month has it, else the month's last day.
        const three = monthsBefore(d, 3);
        expect(three < d && addCalendarDays(three, 95) >= d && addCalendarDays(three, 88) <= d).toBe(true);
        if (Number(d.slice(8)) <= 28) expect(three.slice(8)).toBe(d.slice(8));
      }),
    );
  });
});
