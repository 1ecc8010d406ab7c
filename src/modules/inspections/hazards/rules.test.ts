import { describe, expect, it } from 'vitest';
import { EVENT_FROM, EVENT_PARTY, hazardTransition, type HazardFacts, percent, rectificationRate, type HazardEvent, type HazardParty } from './rules.js';
import { HAZARD_GRADES, HAZARD_STATUSES, type HazardStatus } from '../codes.js';

const today = '2026-11-24';
const PARTIES: HazardParty[] = ['enterprise', 'officer', 'system'];
/** A valid example of each event, for a hazard due on 2026-12-01. */
const EVENTS: HazardEvent[] = [
  { type: 'submitRectification', note: '已清理安全出口' },
  { type: 'requestExtension', until: '2026-12-20', reason: '设备采购周期较长' },
  { type: 'decideExtension', grant: true, until: '2026-12-20', note: '同意延期' },
  { type: 'decideExtension', grant: false, note: '不同意' },
  { type: 'reinspect', passed: true, note: '整改合格' },
  { type: 'reinspect', passed: false, note: '仍未整改' },
  { type: 'extend', until: '2026-12-15', reason: '企业停产检修' },
  { type: 'escalate', reason: '重大隐患拒不整改' },
  { type: 'markOverdue' },
];

/** Where each valid event leads from a hazard that is not yet due (deadline after today). */
function expected(e: HazardEvent): HazardStatus {
  switch (e.type) {
    case 'submitRectification':
      return 'rectificationSubmitted';
    case 'requestExtension':
      return 'extensionRequested';
    case 'decideExtension':
    case 'extend':
      return 'open';
    case 'reinspect':
      return e.passed ? 'closed' : 'open';
    case 'escalate':
      return 'escalated';
    case 'markOverdue':
      return 'overdue';
  }
}

describe('hazardTransition, every state × event × party', () => {
  it('allows an event only from its states and only to its party', () => {
    let allowed = 0;
    for (const status of HAZARD_STATUSES)
      for (const e of EVENTS)
        for (const party of PARTIES) {
          // Overdue marking needs a passed deadline; everything else is tried on a major hazard not yet due.
          const h = { status, grade: 'major' as const, deadline: e.type === 'markOverdue' ? '2026-11-20' : '2026-12-01' };
          const t = hazardTransition(h, e, party, today);
          const label = `${status} ${e.type} by ${party}`;
          if (EVENT_PARTY[e.type] !== party) {
            expect(t, label).toMatchObject({ ok: false, forbidden: true });
          } else if (!EVENT_FROM[e.type].includes(status)) {
            expect(t, label).toMatchObject({ ok: false });
            expect(t.ok || t.forbidden, label).toBeFalsy();
          } else {
            expect(t, label).toMatchObject({ ok: true, status: expected(e) });
            allowed++;
          }
        }
    // 2 + 1 + 1 + 1 + 3 + 3 + 3 + 2 + 1 (from-states per event example).
    expect(allowed).toBe(17);
  });

  it('never leaves closed or escalated', () => {
    for (const status of ['closed', 'escalated'] as const)
      for (const e of EVENTS)
        for (const party of PARTIES) expect(hazardTransition({ status, grade: 'major', deadline: '2026-11-01' }, e, party, today).ok).toBe(false);
  });

  it('sets the new deadline on an extension, keeps it otherwise, and closes only on a passed re-inspection', () => {
    const h = { status: 'extensionRequested' as const, grade: 'general' as const, deadline: '2026-12-01' };
    expect(hazardTransition(h, { type: 'decideExtension', grant: true, until: '2026-12-20', note: '同意' }, 'officer', today)).toEqual({
      ok: true,
      status: 'open',
      deadline: '2026-12-20',
      closed: false,
    });
    expect(hazardTransition(h, { type: 'decideExtension', grant: false, note: '不同意' }, 'officer', today)).toEqual({
      ok: true,
      status: 'open',
      deadline: '2026-12-01',
      closed: false,
    });
    expect(hazardTransition({ ...h, status: 'open' }, { type: 'extend', until: '2026-12-09', reason: '停产检修中' }, 'officer', today)).toMatchObject({
      deadline: '2026-12-09',
    });
    expect(hazardTransition({ ...h, status: 'rectificationSubmitted' }, { type: 'reinspect', passed: true, note: '合格' }, 'officer', today)).toEqual({
      ok: true,
      status: 'closed',
      deadline: '2026-12-01',
      closed: true,
    });
  });

  it('sends a refused or failed hazard back to overdue when its deadline has passed', () => {
    const late = { grade: 'general' as const, deadline: '2026-11-20' };
    expect(
      hazardTransition({ ...late, status: 'rectificationSubmitted' }, { type: 'reinspect', passed: false, note: '未整改' }, 'officer', today),
    ).toMatchObject({ status: 'overdue' });
    expect(
      hazardTransition({ ...late, status: 'extensionRequested' }, { type: 'decideExtension', grant: false, note: '不同意' }, 'officer', today),
    ).toMatchObject({ status: 'overdue' });
    // The last day is still in time.
    expect(
      hazardTransition({ ...late, deadline: today, status: 'rectificationSubmitted' }, { type: 'reinspect', passed: false, note: '未整改' }, 'officer', today),
    ).toMatchObject({ status: 'open' });
  });

  it('checks dates, reasons and grades', () => {
    const h: HazardFacts = { status: 'open', grade: 'general', deadline: '2026-12-01' };
    const no = (e: HazardEvent, party: HazardParty, x = h) => expect(hazardTransition(x, e, party, today).ok, JSON.stringify(e)).toBe(false);
    no({ type: 'requestExtension', until: '2026-12-01', reason: '设备采购周期较长' }, 'enterprise');
    no({ type: 'requestExtension', until: '2026-12-20', reason: '慢' }, 'enterprise');
    no({ type: 'submitRectification', note: '好' }, 'enterprise');
    no({ type: 'extend', until: '2026-11-30', reason: '企业停产检修' }, 'officer');
    no({ type: 'decideExtension', grant: true, note: '同意' }, 'officer', { ...h, status: 'extensionRequested' });
    no({ type: 'decideExtension', grant: true, until: '2026-11-23', note: '同意' }, 'officer', { ...h, deadline: '2026-11-01', status: 'extensionRequested' });
    no({ type: 'reinspect', passed: true, note: '' }, 'officer');
    no({ type: 'escalate', reason: '拒不整改隐患' }, 'officer'); // general, still in time
    no({ type: 'escalate', reason: '短' }, 'officer', { ...h, grade: 'major' });
    no({ type: 'markOverdue' }, 'system', { ...h, deadline: today });
    for (const grade of HAZARD_GRADES)
      expect(hazardTransition({ ...h, grade, status: 'overdue' }, { type: 'escalate', reason: '逾期拒不整改' }, 'officer', today).ok).toBe(true);
    expect(hazardTransition({ ...h, deadline: '2026-11-23' }, { type: 'escalate', reason: '逾期拒不整改' }, 'officer', today).ok).toBe(true);
  });
});

describe('figures', () => {
  it('rates with two decimals, half up, and none for nothing found', () => {
    expect(rectificationRate(0, 0)).toBeNull();
    expect(rectificationRate(3, 2)).toBe(66.67);
    expect(rectificationRate(4, 4)).toBe(100);
    // 立案率: one major hazard in three led to a case.
    expect(percent(1, 3)).toBe(33.33);
    // As the report prints it: 234 of 244 is 95.90%, 1 of 8 is 12.50%, 2 of 3 rounds half up to 66.67%.
    expect([percent(234, 244), percent(1, 8), percent(2, 3)]).toEqual([95.9, 12.5, 66.67]);
    expect(percent(0, 0)).toBeNull();
  });
});
