// A decided case as the loader hands it to the builders, for the builder tests.
import type { CaseRow } from '../workflow/particulars.js';
import type { CaseInstrumentData, StoredEvent } from './types.js';
import { SAMPLE_PRESERVATIONS, SAMPLE_SAMPLINGS } from './collection-samples.js';

const at = (date: string) => new Date(`${date}T02:00:00Z`); // 10:00 in China

export function sampleRow(over: Partial<CaseRow> = {}): CaseRow {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    orgId: '00000000-0000-4000-8000-000000000002',
    partyKind: 'organisation',
    enterpriseId: '00000000-0000-4000-8000-000000000003',
    partyName: '湖北楚缘精细化工有限公司',
    partyIdNumber: '91421202MA4F5J8L2X',
    violationTypeCode: 'WSL-97-1',
    violationDate: '2026-01-20',
    procedure: 'general',
    state: 'decided',
    // The party gave up statement and defence in writing, signed on screen (a 1×1 PNG).
    waivers: [
      {
        waives: ['statement'],
        waivedOn: '2026-02-13',
        signer: '王经理',
        image: {
          type: 'image/png',
          base64: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
          digest: 'c0ffee',
        },
        recordedOn: '2026-02-13',
      },
    ],
    summary: '未按照规定设置安全生产管理机构或者配备安全生产管理人员。',
    investigatorIds: ['00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-00000000000b'],
    hearingChairId: null,
    penalty: { measures: ['fine'], fineYuan: 60_000, confiscationYuan: 0 },
    discretion: {
      grade: 'serious',
      range: { min: 50_000, max: 75_000 },
      reasons:
        '当事人未按照规定设置安全生产管理机构的行为，违反了《中华人民共和国安全生产法》第二十四条第一款的规定。经查，造成一定危害后果。认定违法情节为“较重”，罚款幅度为50000元以上75000元以下。综上，拟对当事人处罚款人民币62500元。',
    },
    withinBenchmark: true,
    benchmarkDeviationReasons: null,
    majorPublicInterest: false,
    complexCase: false,
    lawRequiresLegalReview: false,
    seriousOrComplex: false,
    legalReviewPassed: false,
    legalReviewPassedAfterHearing: false,
    collectiveDeliberationDone: false,
    delegationCeilingYuan: null,
    filedOn: '2026-02-10',
    decisionDueOn: '2026-05-11',
    noticeServedOn: '2026-03-02',
    statementPeriodEndsOn: '2026-03-05',
    hearingRequestEndsOn: '2026-03-09',
    hearingOn: null,
    hearingNoticeBy: null,
    decidedOn: '2026-03-10',
    serviceDueOn: '2026-03-19',
    servedOn: null,
    serviceMethod: null,
    disclosureDueOn: '2026-03-19',
    paymentDueOn: null,
    instalmentApplied: false,
    paidOn: null,
    paidFen: null,
    surchargeFen: null,
    remindedOn: null,
    courtEnforcementConcluded: false,
    decisionNumber: '（咸安）应急罚〔2026〕7号',
    fineCredit: null,
    decisionExtensionRequest: null,
    decisionExtendedDays: 0,
    sourceRecordId: null,
    sourceHazardId: null,
    version: 7,
    createdBy: null,
    interviews: [
      {
        number: '（咸安）应急询〔2026〕4号',
        intervieweeName: '张伟',
        intervieweeRole: 'legalRepresentative',
        startedAt: '2026-02-11T01:30:00Z',
        endedAt: '2026-02-11T02:15:00Z',
        place: '湖北楚缘精细化工有限公司会议室',
        officerIds: ['00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-00000000000b'],
        qa: [{ q: '你单位是否配备专职安全生产管理人员？', a: '没有。' }],
        recordedBy: '00000000-0000-4000-8000-00000000000a',
        recordedAt: '2026-02-11T02:20:00.000Z',
      },
    ],
    samplings: SAMPLE_SAMPLINGS,
    preservations: SAMPLE_PRESERVATIONS,
    createdAt: at('2026-02-09'),
    updatedAt: at('2026-03-10'),
    ...over,
  };
}

const ev = (event: string, version: number, date: string, actorName: string, instrumentNumbers: string[] = [], opinion: string | null = null): StoredEvent => ({
  event,
  version,
  at: at(date),
  actorName,
  opinion,
  instrumentNumbers,
});

export const SAMPLE_EVENTS: StoredEvent[] = [
  ev('submitFiling', 2, '2026-02-09', '王建国'),
  ev('approveFiling', 3, '2026-02-10', '张局长', ['（咸安）应急立〔2026〕3号'], '同意立案，由王建国、李晓红承办。'),
  ev('completeInvestigation', 4, '2026-02-20', '王建国'),
  ev('completeInternalReview', 5, '2026-02-25', '赵科长'),
  ev('issueNotice', 6, '2026-03-02', '赵科长', ['（咸安）应急告〔2026〕5号']),
  ev('decide', 7, '2026-03-10', '张局长', ['（咸安）应急罚〔2026〕7号']),
];

export function sampleData(over: Partial<CaseRow> = {}, events: StoredEvent[] = SAMPLE_EVENTS): CaseInstrumentData {
  return {
    case: sampleRow(over),
    orgName: '咸宁市咸安区应急管理局',
    events,
    reviews: [],
    enterprise: { address: '咸宁市咸安区永安大道88号', legalRepresentative: '陈志明', uscc: '91421202MA4F5J8L2X' },
    investigators: [
      { userId: '00000000-0000-4000-8000-00000000000a', name: '王建国', credentialNo: '42120021001' },
      { userId: '00000000-0000-4000-8000-00000000000b', name: '李晓红', credentialNo: '42120021017' },
    ],
    hearingChairName: null,
    remedies: { reviewBody: '咸宁市咸安区人民政府', court: '有管辖权的人民法院' },
  };
}
