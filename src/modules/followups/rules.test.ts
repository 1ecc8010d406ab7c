import { describe, expect, it } from 'vitest';
import { isWorkday } from '../../platform/workdays/calendar.js';
import { FOLLOW_UP_STATES, RATINGS, RECORD_OUTCOMES, SUBJECT_KINDS } from './codes.js';
import { followUpDue, isSatisfied, recordedState, SAMPLING_RULE, sampled, samplePick, samplingLine, showsProblem, stepProblem } from './rules.js';

const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

describe('the sampling rule', () => {
  it('covers every decision and every closed hazard, each line with a share, a period and a source', () => {
    expect(SAMPLING_RULE.map((l) => l.key)).toEqual(['case.general', 'case.summary', 'hazard.major', 'hazard.general']);
    for (const l of SAMPLING_RULE) {
      expect(l.permille).toBeGreaterThan(0);
      expect(l.permille).toBeLessThanOrEqual(1000);
      expect(l.workdays).toBeGreaterThan(0);
      // No statute fixes a follow-up: each source says whose rule it is, and that it awaits confirmation.
      expect(l.basis).toMatch(/待核/);
    }
    for (const k of SUBJECT_KINDS) expect(SAMPLING_RULE.some((l) => l.kind === k)).toBe(true);
    expect(samplingLine('case', 'major')).toBeUndefined();
  });

  it('picks from the id alone, the same every time, spread over 0…999', () => {
    const picks = Array.from({ length: 5000 }, (_, n) => samplePick(id(n)));
    expect(picks.every((p) => Number.isInteger(p) && p >= 0 && p < 1000)).toBe(true);
    expect(samplePick(id(7))).toBe(samplePick(id(7)));
    // Roughly uniform: each tenth holds 10% ± 2%.
    for (let d = 0; d < 10; d++) {
      const share = picks.filter((p) => Math.floor(p / 100) === d).length / picks.length;
      expect(share).toBeGreaterThan(0.08);
      expect(share).toBeLessThan(0.12);
    }
  });

  it('follows up every decision and every major hazard, and about a fifth of general ones', () => {
    const all = Array.from({ length: 2000 }, (_, n) => id(n));
    for (const key of ['case.general', 'case.summary', 'hazard.major']) {
      const line = SAMPLING_RULE.find((l) => l.key === key)!;
      expect(all.every((s) => sampled(line, s))).toBe(true);
    }
    const general = samplingLine('hazard', 'general')!;
    const share = all.filter((s) => sampled(general, s)).length / all.length;
    expect(share).toBeGreaterThan(0.17);
    expect(share).toBeLessThan(0.23);
    expect(all.filter((s) => sampled(general, s)).every((s) => samplePick(s) < general.permille)).toBe(true);
  });

  it('sets the last day N working days after, skipping weekends and the National Day holiday', () => {
    const line = samplingLine('case', 'general')!;
    // Friday 2026-03-06 + 20 working days: 4 full weeks later.
    expect(followUpDue(line, '2026-03-06')).toBe('2026-04-03');
    // Decided on 2026-09-30: the 国庆 holiday (10-01…10-07) is not counted.
    const due = followUpDue(line, '2026-09-30');
    expect(due > '2026-10-28').toBe(true);
    expect(isWorkday(due)).toBe(true);
  });
});

describe('answers', () => {
  const base = { fairness: 'satisfied', conduct: 'satisfied', satisfaction: 'satisfied', problems: null } as const;

  it('shows a problem on any 不满意 or any problem written, for every combination of ratings', () => {
    for (const fairness of RATINGS)
      for (const conduct of RATINGS)
        for (const satisfaction of RATINGS)
          for (const problems of [null, '', '  ', '复查拖延']) {
            const a = { fairness, conduct, satisfaction, problems };
            const expected = [fairness, conduct, satisfaction].includes('dissatisfied') || (problems ?? '').trim() !== '';
            expect(showsProblem(a)).toBe(expected);
            expect(recordedState('answered', a)).toBe(expected ? 'attention' : 'done');
          }
  });

  it('ends unreachable and declined without answers, and refuses an answered one without them', () => {
    expect(recordedState('unreachable', null)).toBe('unreachable');
    expect(recordedState('declined', base)).toBe('declined');
    expect(() => recordedState('answered', null)).toThrow(RangeError);
    for (const o of RECORD_OUTCOMES) expect(FOLLOW_UP_STATES).toContain(recordedState(o, base));
  });

  it('counts 满意 and 基本满意 as satisfied, 不满意 and no answer as not', () => {
    expect(RATINGS.map(isSatisfied)).toEqual([true, true, false]);
    expect(isSatisfied(null)).toBe(false);
  });
});

describe('steps by state', () => {
  it('records or answers a due follow-up only, and resolves only one needing attention', () => {
    for (const s of FOLLOW_UP_STATES) {
      expect(stepProblem('record', s) === null, `record ${s}`).toBe(s === 'due');
      expect(stepProblem('answer', s) === null, `answer ${s}`).toBe(s === 'due');
      expect(stepProblem('resolve', s) === null, `resolve ${s}`).toBe(s === 'attention');
    }
    expect(stepProblem('resolve', 'resolved')).toMatch(/已办结/);
  });
});
