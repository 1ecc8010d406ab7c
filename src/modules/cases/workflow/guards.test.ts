import { describe, expect, it } from 'vitest';
import { type Duty, type SeparatedStep, SEPARATIONS } from '../../../platform/duties.js';
import type { CaseFacts, PenaltyMeasure } from './facts.js';
import { ACTOR_ID, INVESTIGATORS, LATE, okFacts } from './fixture.js';
import { transition, type CaseState } from './rules.js';

const head = { userId: ACTOR_ID, roles: ['head'] };
const officer = { userId: ACTOR_ID, roles: ['officer'] };
const reviewer = { userId: ACTOR_ID, roles: ['legalReviewer'] };
const take = (state: CaseState, event: string, facts: Partial<CaseFacts>, today = LATE, actor = head) =>
  transition({ id: 'c1', state }, event, actor, { ...okFacts, ...facts }, today);
const fine = (fineYuan: number, measures: PenaltyMeasure[] = ['fine']) => ({ penalty: { measures, fineYuan, confiscationYuan: 0 } });

describe('no decision without a served notice and the statement period elapsed (行政处罚法 第六十二条)', () => {
  const small = { ...fine(5_000), statementPeriodEndsOn: '2026-03-05', hearingRequestEndsOn: null };
  it.each([
    ['2026-03-04', false],
    ['2026-03-05', false],
    ['2026-03-06', true],
  ])('on %s the decision is allowed: %s', (today, ok) => {
    const r = take('noticed', 'decide', small, today);
    expect(r.ok).toBe(ok);
    if (!r.ok) expect(r).toMatchObject({ field: 'statementPeriodEndsOn', article: '行政处罚法 第六十二条' });
  });
  it('refuses when no notice was served', () => {
    expect(take('noticed', 'decide', { ...small, noticeServedOn: null })).toMatchObject({ ok: false, field: 'noticeServedOn' });
  });
  it('with a hearing right, waits for the 5-working-day request window as well', () => {
    const big = { ...fine(50_000), statementPeriodEndsOn: '2026-03-05', hearingRequestEndsOn: '2026-03-09' };
    expect(take('noticed', 'decide', big, '2026-03-06')).toMatchObject({ ok: false, field: 'hearingRequestEndsOn' });
    expect(take('noticed', 'decide', big, '2026-03-09').ok).toBe(false);
    expect(take('noticed', 'decide', big, '2026-03-10').ok).toBe(true);
  });
  it('comes before the periods end when the party gave up its rights in writing (第六十二条、第六十四条)', () => {
    const big = { ...fine(50_000), statementPeriodEndsOn: '2026-03-05', hearingRequestEndsOn: '2026-03-09' };
    expect(take('noticed', 'decide', { ...big, statementWaived: true }, '2026-03-03')).toMatchObject({ ok: false, field: 'hearingRequestEndsOn' });
    expect(take('noticed', 'decide', { ...big, hearingWaived: true }, '2026-03-03')).toMatchObject({ ok: false, field: 'statementPeriodEndsOn' });
    expect(take('noticed', 'decide', { ...big, statementWaived: true, hearingWaived: true }, '2026-03-03').ok).toBe(true);
    // A waiver answers the notice: without one served there is still no decision.
    expect(take('noticed', 'decide', { ...big, statementWaived: true, hearingWaived: true, noticeServedOn: null }, '2026-03-03')).toMatchObject({
      ok: false,
      field: 'noticeServedOn',
    });
  });
  it('a hearing waived in writing cannot then be asked for, inside the window or not', () => {
    const big = { ...fine(50_000), hearingRequestEndsOn: '2026-03-09' };
    expect(take('noticed', 'requestHearing', big, '2026-03-03', officer).ok).toBe(true);
    expect(take('noticed', 'requestHearing', { ...big, hearingWaived: true }, '2026-03-03', officer)).toMatchObject({ ok: false, field: 'hearingWaived' });
  });
  it('cannot be reached from any state before the notice', () => {
    for (const s of ['draft', 'investigating', 'internalReview', 'noticePending', 'legalReview', 'collectiveDeliberation'] as const) {
      expect(take(s, 'decide', {})).toMatchObject({ ok: false, field: 'state' });
    }
  });
});

describe('hearing (行政处罚法 第六十三条、第六十四条)', () => {
  it.each(['hearingRequested', 'hearingScheduled', 'postHearingLegalReview'] as const)('a pending hearing in %s blocks the decision', (s) => {
    expect(take(s, 'decide', {})).toMatchObject({ ok: false, problem: expect.stringContaining('听证'), article: expect.stringContaining('第六十四条') });
  });
  it('after the hearing, the decision needs a legal review passed after it', () => {
    expect(take('heard', 'decide', { legalReviewPassedAfterHearing: false })).toMatchObject({ ok: false, field: 'legalReviewPassedAfterHearing' });
    expect(take('heard', 'decide', {}).ok).toBe(true);
  });
  it.each([
    ['organisation', 49_999, false],
    ['organisation', 50_000, true],
    ['citizen', 9_999, false],
    ['citizen', 10_000, true],
  ] as const)('a %s fined %i yuan may ask for a hearing: %s', (party, amount, ok) => {
    expect(take('noticed', 'requestHearing', { party, ...fine(amount) }, '2026-03-06', officer).ok).toBe(ok);
  });
  it.each(['suspendProduction', 'revokeLicence', 'closeDown', 'restrictPractice'] as const)('%s gives a hearing right at any fine', (m) => {
    expect(take('noticed', 'requestHearing', fine(0, [m]), '2026-03-06', officer).ok).toBe(true);
  });
  it('a request after the 5-working-day window is refused', () => {
    expect(take('noticed', 'requestHearing', {}, '2026-03-09', officer).ok).toBe(true);
    expect(take('noticed', 'requestHearing', {}, '2026-03-10', officer)).toMatchObject({ ok: false, field: 'hearingRequestEndsOn' });
  });
  it('the chair is designated, did not investigate, and alone records the hearing', () => {
    expect(take('hearingRequested', 'scheduleHearing', { hearingChairId: null })).toMatchObject({ ok: false, field: 'hearingChairId' });
    expect(take('hearingRequested', 'scheduleHearing', { hearingChairId: 'inv-1' })).toMatchObject({ ok: false, field: 'hearingChairId' });
    expect(take('hearingScheduled', 'recordHearing', { hearingChairId: 'someone-else' }, LATE, officer)).toMatchObject({ ok: false, field: 'actor' });
    const investigator = { userId: 'inv-2', roles: ['sectionChief'] };
    expect(take('hearingScheduled', 'recordHearing', { hearingChairId: 'inv-2' }, LATE, investigator)).toMatchObject({ ok: false, field: 'actor' });
  });
});

describe('separation of duties: no reviewer reviews a case they investigated', () => {
  const chaired = { hearingChairId: 'chair-1' };
  it.each(['legalReview', 'postHearingLegalReview'] as const)('in %s both outcomes are refused to an investigator', (s) => {
    for (const e of ['passLegalReview', 'failLegalReview']) {
      expect(take(s, e, chaired, LATE, { ...reviewer, userId: INVESTIGATORS[0] })).toMatchObject({
        ok: false,
        field: 'actor',
        article: expect.stringContaining('第五十八条'),
      });
      expect(take(s, e, chaired, LATE, reviewer).ok).toBe(true);
    }
  });
});

// The table (platform/duties.ts) read through the state machine: every guarded step × every
// relation the actor can have to the case. Refused (403, field actor) exactly when the table says.
describe('separation of duties: role × step × relation to the case, by the one table', () => {
  const RELATIONS: Record<Duty | 'none', Partial<CaseFacts>> = {
    none: {},
    investigator: { investigatorIds: ['me', 'inv-2'] },
    internalReviewer: { internalReviewerIds: ['me'] },
    legalReviewer: { legalReviewerIds: ['me'] },
    hearingChair: { hearingChairId: 'me' },
    drafter: {},
    approver: {},
    subject: {},
    tipHandler: {},
    complaintRecorder: {},
    licenseReviewer: {},
    handler: {},
    repairReviewer: {},
  };
  const STEPS: [CaseState, string, string, SeparatedStep][] = [
    ['internalReview', 'completeInternalReview', 'sectionChief', 'case.internalReview'],
    ['internalReview', 'returnFromInternalReview', 'sectionChief', 'case.internalReview'],
    ['legalReview', 'passLegalReview', 'legalReviewer', 'case.legalReview'],
    ['legalReview', 'failLegalReview', 'legalReviewer', 'case.legalReview'],
    ['postHearingLegalReview', 'passLegalReview', 'legalReviewer', 'case.legalReview'],
    ['postHearingLegalReview', 'failLegalReview', 'legalReviewer', 'case.legalReview'],
    ['hearingScheduled', 'recordHearing', 'legalReviewer', 'case.hearingChair'],
  ];
  it.each(STEPS)('%s → %s by a %s', (state, event, role, step) => {
    const actor = { userId: 'me', roles: [role] };
    for (const [relation, facts] of Object.entries(RELATIONS) as [Duty | 'none', Partial<CaseFacts>][]) {
      // Whoever records the hearing must be its chair; someone else chairs unless the relation says so.
      const base = { hearingChairId: step === 'case.hearingChair' ? 'me' : 'chair-1', ...facts };
      const result = take(state, event, base, LATE, actor);
      const excluded = relation !== 'none' && (SEPARATIONS[step].excludes as readonly Duty[]).includes(relation);
      if (excluded) expect(result, `${relation}`).toMatchObject({ ok: false, field: 'actor', article: SEPARATIONS[step].basis });
      else expect(result.ok, `${relation}: ${JSON.stringify(result)}`).toBe(true);
    }
  });

  it('refuses the 审理 of a section chief who investigated the case (查审分离)', () => {
    const chief = { userId: INVESTIGATORS[0], roles: ['sectionChief'] };
    expect(take('internalReview', 'completeInternalReview', {}, LATE, chief)).toMatchObject({
      ok: false,
      field: 'actor',
      problem: '职责分离：本案调查人员不得案件审理',
    });
  });

  it("refuses to schedule a hearing chaired by the case's legal reviewer, not by its internal reviewer", () => {
    expect(take('hearingRequested', 'scheduleHearing', { hearingChairId: 'x', legalReviewerIds: ['x'] })).toMatchObject({ ok: false, field: 'hearingChairId' });
    expect(take('hearingRequested', 'scheduleHearing', { hearingChairId: 'x', internalReviewerIds: ['x'] }).ok).toBe(true);
  });
});

describe('delegation ceiling (行政处罚法 第二十条)', () => {
  it.each([
    [30_000, 30_000, true],
    [30_000, 30_001, false],
    [null, 1_000_000, true],
  ] as const)('ceiling %s, fine %i: allowed %s', (ceiling, amount, ok) => {
    const r = take('noticed', 'decide', { delegationCeilingYuan: ceiling, ...fine(amount) });
    expect(r.ok).toBe(ok);
    if (!r.ok) expect(r).toMatchObject({ field: 'penalty.fineYuan', article: '行政处罚法 第二十条' });
  });
});

describe('a fine outside the discretion benchmark', () => {
  const outside = { withinBenchmark: false, benchmarkDeviationReasons: '当事人多次违法，情节恶劣' };
  it('needs written reasons', () => {
    expect(take('noticed', 'decide', { ...outside, benchmarkDeviationReasons: '  ' })).toMatchObject({ ok: false, field: 'benchmarkDeviationReasons' });
    expect(take('noticed', 'decide', { ...outside, benchmarkDeviationReasons: null })).toMatchObject({ ok: false, field: 'benchmarkDeviationReasons' });
  });
  it('needs a passed legal review, before the notice and before the decision', () => {
    const unreviewed = { ...outside, legalReviewPassed: false, legalReviewPassedAfterHearing: false };
    expect(take('noticed', 'decide', unreviewed)).toMatchObject({ ok: false, field: 'legalReviewPassed' });
    expect(take('noticePending', 'issueNotice', unreviewed)).toMatchObject({ ok: false, field: 'legalReviewPassed' });
    expect(take('noticed', 'decide', outside).ok).toBe(true);
  });
});

describe('legal review and collective deliberation where required (第五十八条、第五十七条)', () => {
  it.each(['majorPublicInterest', 'complexCase', 'lawRequiresLegalReview'] as const)('%s requires a legal review before the notice', (k) => {
    expect(take('noticePending', 'issueNotice', { [k]: true, legalReviewPassed: false })).toMatchObject({ ok: false, article: '行政处罚法 第五十八条' });
    expect(take('noticePending', 'issueNotice', { [k]: true }).ok).toBe(true);
  });
  it.each([
    [{ seriousOrComplex: true }, true],
    [fine(100_000), true],
    [fine(99_999), false],
    [fine(0, ['closeDown']), true],
  ])('%o requires collective deliberation: %s', (facts, required) => {
    expect(take('noticePending', 'issueNotice', { ...facts, collectiveDeliberationDone: false }).ok).toBe(!required);
    expect(take('noticed', 'decide', { ...facts, collectiveDeliberationDone: false }).ok).toBe(!required);
  });
  it('investigation needs two qualified officers (第四十二条)', () => {
    expect(take('investigating', 'completeInvestigation', { investigatorIds: ['inv-1'] }, LATE, officer)).toMatchObject({
      ok: false,
      article: expect.stringContaining('第四十二条'),
    });
    expect(take('investigating', 'completeInvestigation', { investigatorsQualified: false }, LATE, officer).ok).toBe(false);
  });
});

describe('summary procedure limits (行政处罚法 第五十一条)', () => {
  it.each([
    ['citizen', 200, true],
    ['citizen', 201, false],
    ['organisation', 3_000, true],
    ['organisation', 3_001, false],
  ] as const)('a %s fined %i yuan on the spot: %s', (party, amount, ok) => {
    const r = take('draft', 'decideOnSite', { party, ...fine(amount) }, LATE, officer);
    expect(r.ok).toBe(ok);
    if (!r.ok) expect(r).toMatchObject({ article: '行政处罚法 第五十一条', problem: expect.stringContaining(String(amount > 3_000 ? 3_000 : 200)) });
  });
  it('allows a warning, refuses heavier measures', () => {
    expect(take('draft', 'decideOnSite', fine(0, ['warning']), LATE, officer).ok).toBe(true);
    expect(take('draft', 'decideOnSite', fine(0, ['confiscation']), LATE, officer).ok).toBe(false);
    expect(take('draft', 'decideOnSite', { penalty: null }, LATE, officer).ok).toBe(false);
  });
});

describe('execution, revocation and transfer paths', () => {
  it('late-payment surcharge only after the payment period; court only when the law allows', () => {
    expect(take('served', 'markOverdue', { paymentDueOn: LATE }, LATE, officer)).toMatchObject({ ok: false, article: '行政处罚法 第七十二条' });
    expect(take('overdue', 'applyToCourt', { courtApplicationAllowed: false })).toMatchObject({ ok: false, field: 'courtApplicationAllowed' });
    expect(take('overdue', 'approveInstalment', { instalmentApplied: false }).ok).toBe(false);
  });
  it('a case with a fine closes only once paid or enforced', () => {
    expect(take('served', 'requestClosure', {}, LATE, officer)).toMatchObject({ ok: false, field: 'paymentConfirmed' });
    expect(take('summaryDecided', 'requestClosure', {}, LATE, officer).ok).toBe(false);
    expect(take('courtEnforcement', 'requestClosure', { courtEnforcementConcluded: false }, LATE, officer).ok).toBe(false);
    expect(take('paid', 'requestClosure', {}, LATE, officer).ok).toBe(true);
    expect(take('served', 'recordPayment', { paymentConfirmed: false }, LATE, officer).ok).toBe(false);
  });
  it.each(['notPunished', 'filingRevoked', 'transferred', 'transferredToPolice'] as const)('%s goes on to closure and archive', (s) => {
    expect(take(s, 'requestClosure', {}, LATE, officer)).toMatchObject({ ok: true, to: 'closurePending' });
  });
  it('revocation and transfer end the case before the decision, never after', () => {
    expect(take('investigating', 'revokeFiling', {})).toMatchObject({ ok: true, to: 'filingRevoked' });
    expect(take('decided', 'revokeFiling', {})).toMatchObject({ ok: false, field: 'state' });
    expect(take('filingPending', 'transfer', {})).toMatchObject({ ok: true, to: 'transferred' });
    expect(take('heard', 'transferToPolice', {})).toMatchObject({ ok: true, to: 'transferredToPolice' });
    expect(take('heard', 'transferToPolice', {}, LATE, { userId: ACTOR_ID, roles: ['deputyHead'] })).toMatchObject({ ok: false, field: 'actor' });
  });
});
