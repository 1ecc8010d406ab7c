import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../platform/dates.js';
import { TIP_STATES } from './contract.js';
import { acceptBy, finishBy, matterKey, receiptCode, receiptSecret, TIP_PERIODS, tipDeadline } from './rules.js';

const day = fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2024-01-01', n));

describe('periods of a tip', () => {
  it('gives 15 days to say whether it is taken up and 60 from acceptance to finish, across months and leap days', () => {
    expect(acceptBy('2026-12-20')).toBe('2027-01-04');
    expect(acceptBy('2028-02-20')).toBe('2028-03-06');
    expect(finishBy('2026-11-27')).toBe('2027-01-26');
    expect(finishBy('2027-12-31')).toBe('2028-02-29');
    expect(TIP_PERIODS.accept.basis).toContain('信访工作条例');
  });

  it('runs the accept period while received, the finish period while accepted or assigned, and none after', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TIP_STATES), day, day, (state, received, today) => {
        const t = { state, acceptBy: acceptBy(received), finishBy: state === 'received' || state === 'declined' ? null : finishBy(received) };
        const d = tipDeadline(t, today);
        if (state === 'received') expect(d).toMatchObject({ kind: 'accept', dueOn: t.acceptBy });
        else if (state === 'accepted' || state === 'assigned') expect(d).toMatchObject({ kind: 'finish', dueOn: t.finishBy });
        else expect(d).toBeNull();
        // Days left: the last day itself is 0, the day after it -1.
        if (d) expect(addDays(today, d.daysLeft)).toBe(d.dueOn);
      }),
    );
  });

  it('has no finish period for an accepted tip without its last day (recorded before the period was kept)', () => {
    expect(tipDeadline({ state: 'accepted', acceptBy: '2026-01-16', finishBy: null }, '2026-01-10')).toBeNull();
  });
});

describe('receipt code and secret', () => {
  it('is JB, the China date and six characters without 0, O, 1 or I', () => {
    fc.assert(
      fc.property(day, fc.uint8Array({ minLength: 6, maxLength: 6 }), (on, bytes) => {
        const code = receiptCode(on, bytes);
        expect(code).toMatch(/^JB\d{8}[2-9A-HJ-NP-Z]{6}$/);
        expect(code.slice(2, 10)).toBe(on.replaceAll('-', ''));
      }),
    );
    expect(() => receiptCode('2026-12-07', new Uint8Array(5))).toThrow(RangeError);
    expect(receiptSecret(new Uint8Array(16))).toBe('2222222222222222');
    expect(() => receiptSecret(new Uint8Array(15))).toThrow(RangeError);
  });

  it('takes the same matter whatever the spaces and bracket widths', () => {
    expect(matterKey('majorHazard', '咸宁 某某（化工）有限公司')).toBe(matterKey('majorHazard', '咸宁某某(化工)有限公司'));
    expect(matterKey('majorHazard', '某公司')).not.toBe(matterKey('otherViolation', '某公司'));
  });
});
