import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, PENALTY_MEASURES, type CaseFacts } from './facts.js';
import { okFacts } from './fixture.js';
import { availableEvents, CASE_EVENT_NAMES, transition, type CaseState } from './rules.js';

const BUSINESS = ['officer', 'legalReviewer', 'sectionChief', 'deputyHead', 'head'];
const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-03-${String(d).padStart(2, '0')}`);
const maybeDay = fc.option(day, { nil: null });

const facts: fc.Arbitrary<CaseFacts> = fc.record({
  party: fc.constantFrom('citizen' as const, 'organisation' as const),
  penalty: fc.option(
    fc.record({
      measures: fc.subarray([...PENALTY_MEASURES], { minLength: 1 }),
      fineYuan: fc.constantFrom(0, 200, 201, 3_000, 3_001, 10_000, 50_000, 100_000),
      confiscationYuan: fc.constantFrom(0, 60_000),
    }),
    { nil: null },
  ),
  thresholds: fc.constant(DEFAULT_THRESHOLDS),
  investigatorIds: fc.constantFrom(['inv-1', 'inv-2'], ['inv-1'], ['inv-1', 'actor']),
  investigatorsQualified: fc.boolean(),
  majorPublicInterest: fc.boolean(),
  complexCase: fc.boolean(),
  lawRequiresLegalReview: fc.boolean(),
  seriousOrComplex: fc.boolean(),
  withinBenchmark: fc.boolean(),
  benchmarkDeviationReasons: fc.constantFrom(null, '', '理由'),
  legalReviewPassed: fc.boolean(),
  legalReviewPassedAfterHearing: fc.boolean(),
  collectiveDeliberationDone: fc.boolean(),
  noticeServedOn: maybeDay,
  statementPeriodEndsOn: maybeDay,
  hearingRequestEndsOn: maybeDay,
  hearingChairId: fc.constantFrom(null, 'actor', 'inv-1'),
  statementWaived: fc.boolean(),
  hearingWaived: fc.boolean(),
  internalReviewerIds: fc.constantFrom([], ['actor'], ['chief-1']),
  legalReviewerIds: fc.constantFrom([], ['actor'], ['reviewer-1']),
  decisionDueOn: maybeDay,
  decisionExtensionPending: fc.boolean(),
  delegationCeilingYuan: fc.constantFrom(null, 3_000, 50_000),
  paymentDueOn: maybeDay,
  paymentConfirmed: fc.boolean(),
  instalmentApplied: fc.boolean(),
  courtApplicationAllowed: fc.boolean(),
  courtEnforcementConcluded: fc.boolean(),
});

const DETOURS: string[] = [
  'returnFiling',
  'returnFromInternalReview',
  'failLegalReview',
  'withdrawHearingRequest',
  'notPunish',
  'revokeFiling',
  'transfer',
  'transferToPolice',
  // Extensions keep the state: a walk taking them often would not get far.
  'requestDecisionExtension',
  'approveDecisionExtension',
  'refuseDecisionExtension',
];

const step = fc.record({
  event: fc.constantFrom(...CASE_EVENT_NAMES),
  /** Half the time take one of the events open to the actor, so walks get past the early states. */
  preferOpen: fc.boolean(),
  /** Mostly along the main line, so walks reach decision and archive; detours still happen. */
  skipDetours: fc.nat(9).map((n) => n < 8),
  pick: fc.noBias(fc.nat(10_000)),
  actor: fc.record({
    userId: fc.constantFrom('actor', 'inv-1'),
    roles: fc.oneof(fc.constant(BUSINESS), fc.subarray(BUSINESS, { minLength: 1 })),
  }),
  // Mostly a case where every guard can hold, so long walks get far; sometimes anything at all.
  facts: fc.oneof(
    { arbitrary: fc.constant(okFacts), weight: 3 },
    { arbitrary: fc.constant({ ...okFacts, penalty: { measures: ['fine' as const], fineYuan: 100, confiscationYuan: 0 } }), weight: 1 },
    { arbitrary: facts, weight: 1 },
  ),
  today: day,
});

describe('random event sequences', () => {
  it('never decide without a served notice and its statement period over, never archive without closure', () => {
    const seen = new Set<CaseState>();
    fc.assert(
      fc.property(fc.array(step, { minLength: 60, maxLength: 200 }), (steps) => {
        let state: CaseState = 'draft';
        const path: CaseState[] = [state];
        for (const s of steps) {
          const open = availableEvents({ id: 'c1', state }, s.actor, s.facts, s.today);
          const mainLine = s.skipDetours ? open.filter((e) => !DETOURS.includes(e)) : open;
          const choices = mainLine.length > 0 ? mainLine : open;
          const event = s.preferOpen && choices.length > 0 ? choices[s.pick % choices.length] : s.event;
          const r = transition({ id: 'c1', state }, event, s.actor, s.facts, s.today);
          expect(r.ok).toBe(open.includes(event));
          if (!r.ok) {
            expect(r.problem).toMatch(/[\u4e00-\u9fff]/);
            continue;
          }
          if (r.to === 'decided') {
            expect(path).toContain('noticed');
            expect(['noticed', 'heard']).toContain(state);
            expect(s.facts.noticeServedOn).not.toBeNull();
            // 第六十二条: after the statement period, or earlier when the party gave it up in writing.
            expect(s.facts.statementWaived || s.today > (s.facts.statementPeriodEndsOn ?? '9999')).toBe(true);
          }
          if (r.to === 'archived') expect(path).toContain('closed');
          if (r.to === 'closed') expect(state).toBe('closurePending');
          state = r.to;
          path.push(state);
          seen.add(state);
        }
      }),
      { numRuns: 800 },
    );
    // Not vacuous: the walks did reach the states the property is about.
    for (const s of ['decided', 'archived'] as const) expect(seen).toContain(s);
  });
});
