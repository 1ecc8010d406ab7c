import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../platform/auth/roles.js';
import type { CaseFacts } from './facts.js';
import { ACTOR_ID, LATE, okFacts } from './fixture.js';
import { availableEvents, CASE_EVENT_NAMES, CASE_STATE_NAMES, transition, type CaseState } from './rules.js';

// The spec, written out again by hand from issue 6 (not read from the implementation's table):
// [event, from, to, roles that may take it].
const H = ['deputyHead', 'head'];
const L = ['sectionChief', 'deputyHead', 'head'];
const BUSINESS = ['officer', 'legalReviewer', 'sectionChief', 'deputyHead', 'head'];
const UNDECIDED_BY_HAND = [
  'investigating',
  'internalReview',
  'noticePending',
  'legalReview',
  'collectiveDeliberation',
  'noticed',
  'hearingRequested',
  'hearingScheduled',
  'heard',
  'postHearingLegalReview',
];
const SPEC: [string, string, string, string[]][] = [
  ['submitFiling', 'draft', 'filingPending', ['officer']],
  ['approveFiling', 'filingPending', 'investigating', H],
  ['returnFiling', 'filingPending', 'draft', H],
  ['completeInvestigation', 'investigating', 'internalReview', ['officer']],
  ['returnFromInternalReview', 'internalReview', 'investigating', ['sectionChief']],
  ['completeInternalReview', 'internalReview', 'noticePending', ['sectionChief']],
  ['submitForLegalReview', 'noticePending', 'legalReview', ['sectionChief']],
  ['submitForLegalReview', 'heard', 'postHearingLegalReview', ['sectionChief']],
  ['passLegalReview', 'legalReview', 'noticePending', ['legalReviewer']],
  ['passLegalReview', 'postHearingLegalReview', 'heard', ['legalReviewer']],
  ['failLegalReview', 'legalReview', 'investigating', ['legalReviewer']],
  ['failLegalReview', 'postHearingLegalReview', 'investigating', ['legalReviewer']],
  ['submitForDeliberation', 'noticePending', 'collectiveDeliberation', L],
  ['recordDeliberation', 'collectiveDeliberation', 'noticePending', ['head']],
  ['issueNotice', 'noticePending', 'noticed', L],
  // 第六十二条、第六十四条: the party's written waiver, recorded by the case officer after the notice.
  ['recordWaiver', 'noticed', 'noticed', ['officer']],
  ['requestHearing', 'noticed', 'hearingRequested', ['officer']],
  ['withdrawHearingRequest', 'hearingRequested', 'noticed', ['officer']],
  ['withdrawHearingRequest', 'hearingScheduled', 'noticed', ['officer']],
  ['scheduleHearing', 'hearingRequested', 'hearingScheduled', L],
  ['recordHearing', 'hearingScheduled', 'heard', BUSINESS],
  ['decide', 'noticed', 'decided', H],
  ['decide', 'heard', 'decided', H],
  ['serve', 'decided', 'served', ['officer']],
  ['approveInstalment', 'served', 'served', H],
  ['approveInstalment', 'overdue', 'served', H],
  ['markOverdue', 'served', 'overdue', ['officer']],
  ['recordPayment', 'served', 'paid', ['officer']],
  ['recordPayment', 'overdue', 'paid', ['officer']],
  ['recordPayment', 'summaryDecided', 'paid', ['officer']],
  ['applyToCourt', 'overdue', 'courtEnforcement', H],
  ...['paid', 'served', 'summaryDecided', 'courtEnforcement', 'notPunished', 'filingRevoked', 'transferred', 'transferredToPolice'].map(
    (s): [string, string, string, string[]] => ['requestClosure', s, 'closurePending', ['officer']],
  ),
  ['approveClosure', 'closurePending', 'closed', L],
  ['archive', 'closed', 'archived', ['officer']],
  ...['investigating', 'internalReview', 'noticePending', 'noticed', 'heard'].map((s): [string, string, string, string[]] => [
    'notPunish',
    s,
    'notPunished',
    H,
  ]),
  ...['investigating', 'internalReview', 'noticePending'].map((s): [string, string, string, string[]] => ['revokeFiling', s, 'filingRevoked', H]),
  ...['filingPending', 'investigating', 'internalReview', 'noticePending'].map((s): [string, string, string, string[]] => ['transfer', s, 'transferred', H]),
  ...['investigating', 'internalReview', 'noticePending', 'noticed', 'heard'].map((s): [string, string, string, string[]] => [
    'transferToPolice',
    s,
    'transferredToPolice',
    ['head'],
  ]),
  // 行刑衔接 (issue 21): the police did not file or withdrew; the case comes back to 调查取证.
  ['resumeAfterPolice', 'transferredToPolice', 'investigating', H],
  ['decideOnSite', 'draft', 'summaryDecided', ['officer']],
  // 第六十条: between filing and decision, the decision deadline may be extended on the head's approval.
  ...UNDECIDED_BY_HAND.flatMap((s): [string, string, string, string[]][] => [
    ['requestDecisionExtension', s, s, ['officer']],
    ['approveDecisionExtension', s, s, H],
    ['refuseDecisionExtension', s, s, H],
  ]),
];

const STATES = [
  'draft',
  'filingPending',
  'investigating',
  'internalReview',
  'noticePending',
  'legalReview',
  'collectiveDeliberation',
  'noticed',
  'hearingRequested',
  'hearingScheduled',
  'heard',
  'postHearingLegalReview',
  'decided',
  'served',
  'overdue',
  'courtEnforcement',
  'paid',
  'closurePending',
  'closed',
  'archived',
  'notPunished',
  'filingRevoked',
  'transferred',
  'transferredToPolice',
  'summaryDecided',
];

/** Facts and a day on which every guard of the event holds. */
function passing(event: string): [CaseFacts, string] {
  if (event === 'requestHearing') return [okFacts, '2026-03-06'];
  if (event === 'requestClosure') return [{ ...okFacts, penalty: { measures: ['warning'], fineYuan: 0, confiscationYuan: 0 } }, LATE];
  if (event === 'approveDecisionExtension' || event === 'refuseDecisionExtension') return [{ ...okFacts, decisionExtensionPending: true }, LATE];
  if (event === 'decideOnSite') return [{ ...okFacts, penalty: { measures: ['fine'], fineYuan: 100, confiscationYuan: 0 } }, LATE];
  // The legal reviewer may not be the hearing chair (platform/duties.ts).
  if (event === 'passLegalReview' || event === 'failLegalReview') return [{ ...okFacts, hearingChairId: 'chair-1' }, LATE];
  return [okFacts, LATE];
}

const CHINESE = /[\u4e00-\u9fff]/;

describe('the penalty-case state machine, exhaustively', () => {
  it('has exactly the states and events of the spec', () => {
    expect([...CASE_STATE_NAMES].sort()).toEqual([...STATES].sort());
    expect([...CASE_EVENT_NAMES].sort()).toEqual([...new Set(SPEC.map(([e]) => e))].sort());
  });

  const cells = STATES.flatMap((state) => CASE_EVENT_NAMES.map((event) => [state, event] as const));
  it.each(cells)('in %s, event %s: exactly the declared roles may take it, to the declared state', (state, event) => {
    const row = SPEC.find(([e, f]) => e === event && f === state);
    const [facts, today] = passing(event);
    for (const role of ROLES) {
      const result = transition({ id: 'c1', state: state as CaseState }, event, { userId: ACTOR_ID, roles: [role] }, facts, today);
      if (row?.[3].includes(role)) {
        expect(result, `${role}`).toMatchObject({ ok: true, from: state, to: row[2] });
      } else {
        expect(result.ok, `${role}`).toBe(false);
        if (!result.ok) {
          expect(result.problem).toMatch(CHINESE);
          expect(result.field).toBe(row ? 'actor' : 'state');
        }
      }
    }
  });

  it('lists for the UI exactly the events the actor may take', () => {
    const actor = { userId: ACTOR_ID, roles: ['deputyHead'] };
    expect(availableEvents({ id: 'c1', state: 'noticed' }, actor, okFacts, LATE).sort()).toEqual(['decide', 'notPunish']);
    expect(availableEvents({ id: 'c1', state: 'noticed' }, { ...actor, roles: ['head'] }, okFacts, LATE).sort()).toEqual([
      'decide',
      'notPunish',
      'transferToPolice',
    ]);
    expect(availableEvents({ id: 'c1', state: 'archived' }, { ...actor, roles: [...BUSINESS] }, okFacts, LATE)).toEqual([]);
  });

  it('refuses unknown states and events with a Chinese problem instead of throwing', () => {
    const actor = { userId: ACTOR_ID, roles: ['head'] };
    expect(transition({ id: 'c1', state: 'nowhere' as CaseState }, 'decide', actor, okFacts, LATE)).toMatchObject({ ok: false, field: 'state' });
    expect(transition({ id: 'c1', state: 'noticed' }, 'toString', actor, okFacts, LATE)).toMatchObject({ ok: false, field: 'event' });
  });

  it('returns the instruments to issue and the deadlines to set', () => {
    const head = { userId: ACTOR_ID, roles: ['head'] };
    const notice = transition({ id: 'c1', state: 'noticePending' }, 'issueNotice', head, okFacts, LATE);
    expect(notice).toMatchObject({
      ok: true,
      effects: [
        { kind: 'instrument', instrument: 'penaltyNotice' },
        { kind: 'deadline', period: 'ws-statement-and-defence' },
        { kind: 'deadline', period: 'apl-64-hearing-request' },
      ],
    });
    const small = { ...okFacts, penalty: { measures: ['fine' as const], fineYuan: 5_000, confiscationYuan: 0 } };
    const smallNotice = transition({ id: 'c1', state: 'noticePending' }, 'issueNotice', head, small, LATE);
    expect(smallNotice.ok && smallNotice.effects.map((e) => (e.kind === 'deadline' ? e.period : e.kind))).toEqual(['instrument', 'ws-statement-and-defence']);
    expect(transition({ id: 'c1', state: 'noticed' }, 'decide', head, okFacts, LATE)).toMatchObject({
      ok: true,
      effects: [{ instrument: 'penaltyDecision' }, { period: 'apl-61-service' }, { period: 'gbf-2018-118-disclosure' }],
    });
    const officer = { userId: ACTOR_ID, roles: ['officer'] };
    expect(transition({ id: 'c1', state: 'decided' }, 'serve', officer, okFacts, LATE)).toMatchObject({
      ok: true,
      effects: [{ instrument: 'serviceReceipt' }, { period: 'apl-67-payment' }],
    });
    expect(transition({ id: 'c1', state: 'served' }, 'markOverdue', officer, okFacts, LATE)).toMatchObject({
      ok: true,
      effects: [{ instrument: 'latePaymentSurchargeNotice' }, { kind: 'latePaymentSurcharge' }],
    });
  });
});
