import { describe, expect, it } from 'vitest';
import { CASE_STATE_NAMES, CASE_STATES } from './machine.js';
import { stateNameOf, type StateNameFacts } from './state-name.js';

// Notice served 2026-03-02: 陈述申辩 until 03-05, 听证 until 03-09.
const noticed: StateNameFacts = { state: 'noticed', statementPeriodEndsOn: '2026-03-05', hearingRequestEndsOn: '2026-03-09', waivers: [] };
const waiving = (...waives: string[]) => ({ ...noticed, waivers: [{ waives }] });

describe('the name of a case state', () => {
  it('is the machine’s own name outside 已告知, whatever the waivers', () => {
    for (const state of CASE_STATE_NAMES.filter((s) => s !== 'noticed'))
      expect(stateNameOf({ ...noticed, state, waivers: [{ waives: ['statement', 'hearing'] }] }, '2026-03-03')).toBe(CASE_STATES[state]);
  });

  it('reads 陈述申辩期 only while the party may still speak', () => {
    expect(stateNameOf(noticed, '2026-03-05')).toBe('已告知（陈述申辩期）');
    expect(stateNameOf(noticed, '2026-03-06')).toBe('已告知（陈述申辩期已届满，听证申请期）');
    expect(stateNameOf(noticed, '2026-03-10')).toBe('已告知（陈述申辩期已届满，待作出决定）');
  });

  it('tells a written waiver (行政处罚法 第六十二条、第六十四条)', () => {
    expect(stateNameOf(waiving('statement'), '2026-03-02')).toBe('已告知（当事人已放弃陈述申辩，听证申请期）');
    expect(stateNameOf({ ...waiving('statement'), hearingRequestEndsOn: null }, '2026-03-02')).toBe('已告知（当事人已放弃陈述申辩，待作出决定）');
    expect(stateNameOf({ ...noticed, waivers: [{ waives: ['statement'] }, { waives: ['hearing'] }] }, '2026-03-02')).toBe(
      '已告知（当事人已放弃陈述申辩和听证，待作出决定）',
    );
    expect(stateNameOf(waiving('hearing'), '2026-03-02')).toBe('已告知（陈述申辩期，当事人已放弃听证）');
    expect(stateNameOf(waiving('hearing'), '2026-03-06')).toBe('已告知（陈述申辩期已届满，待作出决定）');
  });
});
