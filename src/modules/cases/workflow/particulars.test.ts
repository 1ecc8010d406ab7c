import { describe, expect, it } from 'vitest';
import { EVENT_INPUTS, type EventPayload } from '../contract.js';
import {
  addMonths,
  courtApplicationAllowed,
  courtApplicationProblem,
  deadlinePatch,
  factsOf,
  offeredEvents,
  payloadPatch,
  payloadProblem,
  type CaseRow,
} from './particulars.js';
import { hasHearingRight } from './facts.js';
import { CASE_EVENT_NAMES } from './machine.js';

const row: CaseRow = {
  id: 'c',
  orgId: 'o',
  partyKind: 'organisation',
  enterpriseId: 'e',
  partyName: '某公司',
  partyIdNumber: null,
  violationTypeCode: 'WSL-97-1',
  violationDate: '2026-01-20',
  procedure: 'general',
  state: 'noticed',
  summary: '案情',
  investigatorIds: ['i1', 'i2'],
  hearingChairId: null,
  penalty: { measures: ['fine'], fineYuan: 60_000, confiscationYuan: 0 },
  discretion: null,
  withinBenchmark: true,
  benchmarkDeviationReasons: null,
  majorPublicInterest: false,
  complexCase: false,
  lawRequiresLegalReview: false,
  seriousOrComplex: false,
  legalReviewPassed: true,
  legalReviewPassedAfterHearing: false,
  collectiveDeliberationDone: true,
  delegationCeilingYuan: null,
  filedOn: '2026-02-10',
  decisionDueOn: null,
  noticeServedOn: '2026-02-12',
  statementPeriodEndsOn: null,
  hearingRequestEndsOn: null,
  hearingOn: null,
  hearingNoticeBy: null,
  decidedOn: '2026-02-27',
  serviceDueOn: null,
  servedOn: '2026-02-27',
  serviceMethod: null,
  disclosureDueOn: null,
  paymentDueOn: '2026-03-16',
  instalmentApplied: false,
  paidOn: null,
  paidFen: null,
  surchargeFen: null,
  remindedOn: null,
  courtEnforcementConcluded: false,
  decisionNumber: null,
  fineCredit: null,
  decisionExtensionRequest: null,
  decisionExtendedDays: 0,
  sourceRecordId: null,
  sourceHazardId: null,
  version: 3,
  createdBy: null,
  interviews: [],
  samplings: [],
  preservations: [],
  waivers: [],
  createdAt: new Date(0),
  updatedAt: new Date(0),
};
const SAMPLE: Required<EventPayload> = {
  opinion: '意见',
  penalty: { measures: ['fine'], fineYuan: 1000, confiscationYuan: 0 },
  discretionFacts: {},
  benchmarkDeviationReasons: '理由',
  majorPublicInterest: false,
  complexCase: false,
  lawRequiresLegalReview: false,
  seriousOrComplex: false,
  servedOn: '2026-02-12',
  serviceMethod: 'direct',
  hearingChairId: '00000000-0000-4000-8000-000000000000',
  hearingOn: '2026-04-01',
  newPaymentDueOn: '2026-04-01',
  paidOn: '2026-02-12',
  paidYuan: 1,
  remindedOn: '2026-02-12',
  courtEnforcementConcluded: true,
  extensionDays: 30,
  receivingAuthority: '咸宁市咸安区市场监督管理局',
  noPenaltyGround: 'minorCorrected',
  waives: ['statement'],
  waivedOn: '2026-02-12',
  waiverSigner: '张三',
  waiverImage: 'iVBORw0KGgo=',
};
const ALL_KEYS = Object.keys(SAMPLE) as (keyof EventPayload)[];

describe('payloadProblem', () => {
  it('names each required field an event lacks, and each field it does not take', () => {
    for (const event of CASE_EVENT_NAMES) {
      const [required, optional] = EVENT_INPUTS[event];
      const full = Object.fromEntries([...required, ...optional].map((k) => [k, SAMPLE[k]]));
      expect(payloadProblem(event, full), event).toBeNull();
      for (const k of required) expect(payloadProblem(event, { ...full, [k]: undefined })?.field, `${event} without ${k}`).toBe(`payload.${k}`);
      for (const k of ALL_KEYS.filter((k) => k !== 'opinion' && !required.includes(k) && !optional.includes(k))) {
        expect(payloadProblem(event, { ...full, [k]: SAMPLE[k] })?.field, `${event} with ${k}`).toBe(`payload.${k}`);
      }
    }
  });

  it('takes a blank required opinion as missing', () => {
    expect(payloadProblem('notPunish', { opinion: '  ' })?.field).toBe('payload.opinion');
  });
});

describe('payloadPatch', () => {
  const patch = (event: Parameters<typeof payloadPatch>[1], p: EventPayload, r: Partial<CaseRow> = {}, today = '2026-03-20') =>
    payloadPatch({ ...row, ...r }, event, p, today, null);

  it('refuses dates after today', () => {
    expect(patch('serve', { serviceMethod: 'direct', servedOn: '2026-03-21' })).toEqual({
      problem: { problem: '日期不能晚于今天', field: 'payload.servedOn' },
    });
  });

  it('refuses service dated before the decision', () => {
    expect(patch('serve', { serviceMethod: 'mail', servedOn: '2026-02-26' }, { decidedOn: '2026-02-27' })).toMatchObject({
      problem: { field: 'payload.servedOn' },
    });
    expect(patch('serve', { serviceMethod: 'mail', servedOn: '2026-02-27' }, { decidedOn: '2026-02-27' })).toEqual({
      patch: { servedOn: '2026-02-27', serviceMethod: 'mail' },
    });
  });

  it('keeps a written waiver dated between the notice and today, each right once, the hearing only with a right to one', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]).toString('base64');
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]).toString('base64');
    const waiver = (over: Partial<EventPayload> = {}) => ({
      waives: ['statement' as const],
      waivedOn: '2026-03-18',
      waiverSigner: '张三',
      waiverImage: png,
      ...over,
    });
    const ok = patch('recordWaiver', waiver());
    expect(ok).toEqual({
      patch: {
        waivers: [
          { waives: ['statement'], waivedOn: '2026-03-18', signer: '张三', image: { type: 'image/png', base64: png, digest: '' }, recordedOn: '2026-03-20' },
        ],
      },
    });
    expect(patch('recordWaiver', waiver({ waiverImage: jpeg, waives: ['statement', 'hearing'] }))).toMatchObject({
      patch: { waivers: [{ waives: ['statement', 'hearing'], image: { type: 'image/jpeg' } }] },
    });
    expect(patch('recordWaiver', waiver({ waivedOn: '2026-03-21' }))).toMatchObject({ problem: { field: 'payload.waivedOn', problem: '日期不能晚于今天' } });
    expect(patch('recordWaiver', waiver({ waivedOn: '2026-02-11' }))).toMatchObject({
      problem: { field: 'payload.waivedOn', article: '行政处罚法 第四十四条' },
    });
    expect(patch('recordWaiver', waiver({ waives: ['statement', 'statement'] }))).toMatchObject({ problem: { field: 'payload.waives' } });
    expect(patch('recordWaiver', waiver({ waiverImage: Buffer.from('%PDF-1.7').toString('base64') }))).toMatchObject({
      problem: { field: 'payload.waiverImage' },
    });
    // Already given up: not twice.
    const given = (ok as { patch: Partial<CaseRow> }).patch.waivers!;
    expect(patch('recordWaiver', waiver(), { waivers: given })).toMatchObject({ problem: { field: 'payload.waives', problem: '当事人已书面放弃陈述、申辩' } });
    expect(patch('recordWaiver', waiver({ waives: ['hearing'] }), { waivers: given })).toMatchObject({
      patch: { waivers: [given[0], { waives: ['hearing'] }] },
    });
    // A 5 000 yuan fine gives no hearing right (第六十三条): nothing to give up.
    expect(patch('recordWaiver', waiver({ waives: ['hearing'] }), { penalty: { measures: ['fine'], fineYuan: 5_000, confiscationYuan: 0 } })).toMatchObject({
      problem: { field: 'payload.waives', article: '行政处罚法 第六十三条' },
    });
  });

  it('refuses a notice served before filing, and a hearing recorded before its day', () => {
    expect(patch('issueNotice', { servedOn: '2026-03-01' }, { filedOn: '2026-03-02' })).toMatchObject({ problem: { field: 'payload.servedOn' } });
    expect(patch('issueNotice', { servedOn: '2026-03-02' }, { filedOn: '2026-03-02' })).toEqual({ patch: { noticeServedOn: '2026-03-02' } });
    expect(patch('recordHearing', {}, { hearingOn: '2026-03-21' })).toMatchObject({ problem: { field: 'event', article: '行政处罚法 第六十四条' } });
    expect(patch('recordHearing', {}, { hearingOn: '2026-03-20' })).toEqual({ patch: {} });
  });

  it('voids earlier reviews and deliberations when a penalty is proposed again', () => {
    expect(patch('completeInvestigation', { penalty: { measures: ['fine'], fineYuan: 1000 } })).toMatchObject({
      patch: {
        penalty: { fineYuan: 1000, confiscationYuan: 0 },
        legalReviewPassed: false,
        legalReviewPassedAfterHearing: false,
        collectiveDeliberationDone: false,
        benchmarkDeviationReasons: null,
      },
    });
  });

  it('records a passed review against the stage it was given in', () => {
    expect(patch('passLegalReview', {}, { state: 'legalReview' })).toEqual({ patch: { legalReviewPassed: true } });
    expect(patch('passLegalReview', {}, { state: 'postHearingLegalReview' })).toEqual({ patch: { legalReviewPassedAfterHearing: true } });
  });

  it('refuses a hearing less than seven working days after today, across National Day', () => {
    // Back from Fri 9 Oct 2026: 8 Oct, 30, 29, 28 Sep, then 24, 23, 22 Sep (25–27 Sep is 中秋).
    expect(patch('scheduleHearing', { hearingChairId: 'x', hearingOn: '2026-10-09' }, {}, '2026-09-23')).toMatchObject({
      problem: { field: 'payload.hearingOn' },
    });
    expect(patch('scheduleHearing', { hearingChairId: 'x', hearingOn: '2026-10-09' }, {}, '2026-09-22')).toEqual({
      patch: { hearingChairId: 'x', hearingOn: '2026-10-09' },
    });
  });

  it('accepts a payment only when it covers the fine and the surcharge due on the day paid', () => {
    expect(patch('recordPayment', { paidYuan: 60_000, paidOn: '2026-03-16' })).toEqual({
      patch: { paidOn: '2026-03-16', paidFen: 6_000_000, surchargeFen: 0 },
    });
    expect(patch('recordPayment', { paidYuan: 59_999.99, paidOn: '2026-03-16' })).toMatchObject({
      problem: { field: 'payload.paidYuan', article: '行政处罚法 第六十七条' },
    });
    expect(patch('recordPayment', { paidYuan: 60_000 })).toMatchObject({ problem: { article: '行政处罚法 第七十二条' } });
    expect(patch('recordPayment', { paidYuan: 67_200 })).toEqual({ patch: { paidOn: '2026-03-20', paidFen: 6_720_000, surchargeFen: 720_000 } });
  });

  it('moves the payment date only forward on an approved deferral', () => {
    expect(patch('approveInstalment', { opinion: '申请延期', newPaymentDueOn: '2026-03-20' })).toMatchObject({ problem: { field: 'payload.newPaymentDueOn' } });
    expect(patch('approveInstalment', { opinion: '申请延期', newPaymentDueOn: '2026-04-30' })).toEqual({
      patch: { instalmentApplied: true, paymentDueOn: '2026-04-30' },
    });
  });
});

describe('factsOf and deadlines', () => {
  it('confirms payment only when the stored amount covers fine and surcharge', () => {
    expect(factsOf(row, '2026-03-20', true).paymentConfirmed).toBe(false);
    expect(factsOf({ ...row, paidFen: 6_720_000, surchargeFen: 720_000 }, '2026-03-20', true).paymentConfirmed).toBe(true);
    expect(factsOf({ ...row, paidFen: 6_000_000, surchargeFen: 720_000 }, '2026-03-20', true).paymentConfirmed).toBe(false);
  });

  it('allows the application to court only after the suit period and ten days after the reminder', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2026-02-27', 6)).toBe('2026-08-27');
    const served = { servedOn: '2026-02-27', remindedOn: '2026-08-20' };
    expect(courtApplicationAllowed(served, '2026-08-27')).toBe(false);
    expect(courtApplicationAllowed(served, '2026-08-28')).toBe(false);
    expect(courtApplicationAllowed(served, '2026-08-31')).toBe(true);
    expect(courtApplicationAllowed({ ...served, remindedOn: null }, '2027-01-01')).toBe(false);
  });

  // 行政强制法 第五十三条 (after the remedy periods, within three months) and 第五十四条 (ten days after the 催告书).
  it('names the period that stops an application to court, day by day across the whole window', () => {
    const served = { servedOn: '2026-02-27', remindedOn: '2026-08-20' };
    const why = (r: { servedOn: string | null; remindedOn: string | null }, today: string) => courtApplicationProblem(r, today);
    expect(why({ servedOn: null, remindedOn: '2026-08-20' }, '2026-12-01')).toMatchObject({ field: 'servedOn', article: '行政强制法 第五十三条' });
    expect(why({ ...served, remindedOn: null }, '2026-12-01')).toMatchObject({
      field: 'payload.remindedOn',
      article: '行政强制法 第五十四条',
      problem: '申请人民法院强制执行前，应当催告当事人履行义务',
    });
    expect(why({ ...served, remindedOn: '2026-02-26' }, '2026-12-01')).toMatchObject({
      field: 'payload.remindedOn',
      problem: '催告日期不能早于处罚决定书送达日期（2026-02-27）',
    });
    expect(why({ ...served, remindedOn: '2026-02-27' }, '2026-11-01')).toBeNull();
    expect(why(served, '2026-08-27')).toEqual({
      problem: '申请复议、提起诉讼的期限至 2026-08-27 届满，届满前不得申请人民法院强制执行',
      field: 'servedOn',
      article: '行政强制法 第五十三条；行政诉讼法 第四十六条',
    });
    expect(why(served, '2026-08-28')).toEqual({
      problem: '催告书送达十日后（2026-08-30 之后）当事人仍未履行的，方可申请人民法院强制执行',
      field: 'payload.remindedOn',
      article: '行政强制法 第五十四条',
    });
    expect(why(served, '2026-08-30')?.article).toBe('行政强制法 第五十四条');
    expect(why(served, '2026-08-31')).toBeNull();
    expect(why(served, '2026-11-27')).toBeNull();
    expect(why(served, '2026-11-28')).toEqual({
      problem: '申请人民法院强制执行的期限（复议、诉讼期限届满之日起三个月，至 2026-11-27）已过',
      field: 'servedOn',
      article: '行政强制法 第五十三条',
    });
    // Every day from service to a year on: the application is open exactly 31 Aug – 27 Nov (89 days).
    const open: string[] = [];
    for (let t = Date.UTC(2026, 1, 27); t <= Date.UTC(2027, 1, 27); t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      if (courtApplicationAllowed(served, day)) open.push(day);
    }
    expect([open.length, open[0], open.at(-1)]).toEqual([89, '2026-08-31', '2026-11-27']);
    // A reminder served too late leaves no day at all; a month-end service counts from the month's last day.
    expect(why({ ...served, remindedOn: '2026-11-20' }, '2026-11-27')?.article).toBe('行政强制法 第五十四条');
    expect(why({ ...served, remindedOn: '2026-11-20' }, '2026-12-01')?.article).toBe('行政强制法 第五十三条');
    expect(why({ servedOn: '2026-08-31', remindedOn: '2027-02-01' }, '2027-05-28')).toBeNull();
    expect(why({ servedOn: '2026-08-31', remindedOn: '2027-02-01' }, '2027-05-29')?.field).toBe('servedOn');
  });

  it('refuses applyToCourt with the specific period, and records the reminder date when the window is open', () => {
    const p = (remindedOn: string, today: string) => payloadPatch({ ...row, state: 'overdue' }, 'applyToCourt', { remindedOn }, today, null);
    expect(p('2026-08-20', '2026-08-25')).toMatchObject({ problem: { field: 'servedOn', article: '行政强制法 第五十三条；行政诉讼法 第四十六条' } });
    expect(p('2026-08-25', '2026-09-01')).toMatchObject({ problem: { field: 'payload.remindedOn', article: '行政强制法 第五十四条' } });
    expect(p('2026-08-20', '2026-12-01')).toMatchObject({ problem: { field: 'servedOn', article: '行政强制法 第五十三条' } });
    expect(p('2026-08-20', '2026-09-01')).toEqual({ patch: { remindedOn: '2026-08-20' } });
  });

  it('counts each effect period from its own act', () => {
    const r = { ...row, filedOn: '2026-02-10', noticeServedOn: '2026-02-12', hearingOn: '2026-03-20', decidedOn: '2026-02-27', servedOn: '2026-02-27' };
    const periods = [
      'apl-60-decision',
      'ws-statement-and-defence',
      'apl-64-hearing-request',
      'apl-64-hearing-notice',
      'apl-61-service',
      'gbf-2018-118-disclosure',
      'apl-67-payment',
    ] as const;
    expect(
      deadlinePatch(
        r,
        [...periods.map((period) => ({ kind: 'deadline' as const, period })), { kind: 'instrument', instrument: 'penaltyNotice' }],
        '2026-02-27',
      ),
    ).toEqual({
      decisionDueOn: '2026-05-11',
      statementPeriodEndsOn: '2026-02-24',
      hearingRequestEndsOn: '2026-02-26',
      hearingNoticeBy: '2026-03-11',
      serviceDueOn: '2026-03-09',
      disclosureDueOn: '2026-03-09',
      paymentDueOn: '2026-03-16',
    });
  });
});

describe('offeredEvents', () => {
  const officer = { userId: 'i1', roles: ['officer'] };
  it('offers an event refused only for what its own form supplies', () => {
    const investigating = factsOf({ ...row, state: 'investigating', penalty: null }, '2026-02-11', true);
    expect(offeredEvents('investigating', officer, investigating, '2026-02-11')).toEqual(['completeInvestigation', 'requestDecisionExtension']);
    const served = factsOf({ ...row, state: 'served' }, '2026-03-10', true);
    expect(offeredEvents('served', officer, served, '2026-03-10')).toEqual(['recordPayment']);
  });

  it('still hides an event refused for anything else', () => {
    const unqualified = factsOf({ ...row, state: 'investigating', penalty: null }, '2026-02-11', false);
    // Only the extension stays open: it does not depend on the investigators' credentials.
    expect(offeredEvents('investigating', officer, unqualified, '2026-02-11')).toEqual(['requestDecisionExtension']);
    const head = { userId: 'h', roles: ['head'] };
    expect(offeredEvents('investigating', head, factsOf({ ...row, state: 'investigating', penalty: null }, '2026-02-11', true), '2026-02-11')).toEqual([
      'notPunish',
      'revokeFiling',
      'transfer',
      'transferToPolice',
    ]);
    expect(offeredEvents('served', head, factsOf({ ...row, state: 'served' }, '2026-03-10', true), '2026-03-10')).toEqual(['approveInstalment']);
  });

  it('offers a waiver while a right is left to waive, and not once every right is waived', () => {
    const waiver = (waives: ('statement' | 'hearing')[]) => ({
      waives,
      waivedOn: '2026-02-10',
      signer: '李四',
      image: { type: 'image/png' as const, base64: '', digest: '' },
      recordedOn: '2026-02-10',
    });
    const offered = (fineYuan: number, waivers: ReturnType<typeof waiver>[]) => {
      const c = { ...row, state: 'noticed', noticeServedOn: '2026-02-10', penalty: { measures: ['fine' as const], fineYuan, confiscationYuan: 0 }, waivers };
      return offeredEvents('noticed', officer, factsOf(c, '2026-02-11', true), '2026-02-11').includes('recordWaiver');
    };
    // A fine of 200 000 yuan gives an organisation the right to a hearing (第六十三条); 1 000 does not.
    expect(hasHearingRight(factsOf({ ...row, penalty: { measures: ['fine'], fineYuan: 200_000, confiscationYuan: 0 } }, '2026-02-11', true))).toBe(true);
    expect(hasHearingRight(factsOf({ ...row, penalty: { measures: ['fine'], fineYuan: 1_000, confiscationYuan: 0 } }, '2026-02-11', true))).toBe(false);
    expect(offered(200_000, [])).toBe(true);
    expect(offered(200_000, [waiver(['statement'])])).toBe(true);
    expect(offered(200_000, [waiver(['hearing'])])).toBe(true);
    expect(offered(200_000, [waiver(['statement']), waiver(['hearing'])])).toBe(false);
    expect(offered(200_000, [waiver(['statement', 'hearing'])])).toBe(false);
    expect(offered(1_000, [])).toBe(true);
    expect(offered(1_000, [waiver(['statement'])])).toBe(false);
  });
});

describe('the 第六十条 extension of the decision deadline', () => {
  const filed = { ...row, state: 'investigating', decisionDueOn: '2026-05-11' };
  it('records the request with its days and reasons, and moves the deadline by them only when granted', () => {
    const asked = payloadPatch(filed, 'requestDecisionExtension', { extensionDays: 30, opinion: ' 需委托技术鉴定 ' }, '2026-05-01', null);
    expect(asked).toEqual({ patch: { decisionExtensionRequest: { days: 30, reasons: '需委托技术鉴定', requestedOn: '2026-05-01' } } });
    const pending = { ...filed, decisionExtensionRequest: { days: 30, reasons: '需委托技术鉴定', requestedOn: '2026-05-01' }, decisionExtendedDays: 15 };
    expect(factsOf(pending, '2026-05-01', true)).toMatchObject({ decisionDueOn: '2026-05-11', decisionExtensionPending: true });
    // Calendar days like the 90 themselves, added to what earlier extensions gave.
    expect(deadlinePatch(pending, [{ kind: 'decisionExtension', granted: true }], '2026-05-02')).toEqual({
      decisionExtensionRequest: null,
      decisionDueOn: '2026-06-10',
      decisionExtendedDays: 45,
    });
    expect(deadlinePatch(pending, [{ kind: 'decisionExtension', granted: false }], '2026-05-02')).toEqual({ decisionExtensionRequest: null });
  });
});
