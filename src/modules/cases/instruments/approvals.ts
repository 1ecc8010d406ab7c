// The internal approval forms of a case file: 立案审批表, 案件处理呈批表, 结案审批表. Each shows the
// stored facts and, box by box, the opinion of whoever took the step (blank until it is taken).
import { INSTRUMENT_TYPES } from '../../../platform/documents/numbering.js';
import { dateText, type Block, type Field, type Instrument } from '../../../platform/documents/render/model.js';
import { chinaDate } from '../../../platform/dates.js';
import { GRADE_ZH, type CircumstanceGrade } from '../../catalogue/benchmark.js';
import { rangeText } from '../../catalogue/citation.js';
import { CASE_EVENTS, type CaseEventName } from '../workflow/machine.js';
import {
  approvalLine,
  breachText,
  causeText,
  factsText,
  lastEvent,
  numberOf,
  officerLines,
  officersText,
  partyRows,
  penaltyText,
  punishingCite,
} from './common.js';
import { fenText } from './money.js';
import type { CaseInstrumentData } from './types.js';

const OUTCOME_ZH: Record<string, string> = { pass: '通过', passWithChanges: '修改后通过', return: '退回补充调查', refuse: '不同意' };

function box(label: string, role: string, e: Parameters<typeof approvalLine>[1]): Block[] {
  const a = approvalLine(role, e);
  return [
    { kind: 'fields', rows: [[{ label, value: a.opinion }]] },
    { kind: 'signatures', lines: [a.line] },
  ];
}

/** 立案审批表 (行政处罚法 第五十四条): the case as opened, and the head's approval. */
export function buildFilingApproval(d: CaseInstrumentData): Instrument {
  const c = d.case;
  const rows: ([Field] | [Field, Field])[] = [
    [{ label: '案由', value: causeText(d) }],
    ...partyRows(d),
    [
      { label: '违法行为发生日期', value: dateText(c.violationDate) },
      { label: '程序', value: c.procedure === 'summary' ? '简易程序' : '一般程序' },
    ],
    [{ label: '简要案情', value: factsText(d) }],
    [{ label: '承办人', value: officersText(d) }],
    [{ label: '承办人意见', value: `${breachText(d, '当事人')}，依据${punishingCite(d)}的规定，建议立案调查。` }],
  ];
  const blocks: Block[] = [
    { kind: 'fields', rows },
    { kind: 'signatures', lines: officerLines(d, chinaDate(c.createdAt)) },
    ...box('审批意见', '负责人（签名）', lastEvent(d, 'approveFiling')),
  ];
  return { orgName: d.orgName, title: INSTRUMENT_TYPES.filingApproval.name, number: numberOf(d, 'filingApproval'), blocks };
}

/** 案件处理呈批表: the proposal after investigation, with the review, legal review and deliberation on it. */
export function buildCaseHandlingApproval(d: CaseInstrumentData): Instrument {
  const c = d.case;
  const disc = c.discretion;
  const rows: ([Field] | [Field, Field])[] = [
    [{ label: '案由', value: causeText(d) }],
    ...partyRows(d),
    [
      { label: '立案日期', value: c.filedOn ? dateText(c.filedOn) : '' },
      { label: '承办人', value: d.investigators.map((o) => o.name).join('、') },
    ],
    [{ label: '违法事实', value: factsText(d) }],
    [{ label: '违法依据及处罚依据', value: `${breachText(d, '当事人')}；依据${punishingCite(d)}的规定予以处罚。` }],
    ...(disc
      ? [[{ label: '裁量情节', value: `${GRADE_ZH[disc.grade as CircumstanceGrade] ?? disc.grade}，基准幅度${rangeText(disc.range)}` }] as [Field]]
      : []),
    ...(c.withinBenchmark ? [] : [[{ label: '超出裁量基准的理由', value: c.benchmarkDeviationReasons ?? '' }] as [Field]]),
    [{ label: '拟处罚意见', value: penaltyText(d) }],
  ];
  const reviews = d.reviews.map(
    (r): Block => ({
      kind: 'paragraph',
      indent: true,
      text: `${r.stage === 'postHearingLegalReview' ? '听证后法制审核' : '法制审核'}（${r.reviewerName}，${dateText(chinaDate(r.at))}）：${OUTCOME_ZH[r.outcome] ?? r.outcome}。${r.opinion}`,
    }),
  );
  const blocks: Block[] = [
    { kind: 'fields', rows },
    { kind: 'signatures', lines: officerLines(d) },
    ...box('审核意见', '审核人（签名）', lastEvent(d, 'completeInternalReview')),
    ...(reviews.length ? [{ kind: 'heading', text: '法制审核意见' } satisfies Block, ...reviews] : []),
    ...(lastEvent(d, 'recordDeliberation') ? box('集体讨论意见', '负责人（签名）', lastEvent(d, 'recordDeliberation')) : []),
    ...box('审批意见', '负责人（签名）', lastEvent(d, 'decide')),
  ];
  return { orgName: d.orgName, title: INSTRUMENT_TYPES.caseHandlingApproval.name, number: numberOf(d, 'caseHandlingApproval'), blocks };
}

/** How the case ended, from the stored execution or the event that ended it without a penalty. */
function executionText(d: CaseInstrumentData): string {
  const c = d.case;
  if (c.paidOn && c.paidFen !== null) {
    const surcharge = c.surchargeFen ? `（含加处罚款${fenText(c.surchargeFen)}）` : '';
    return `当事人已于${dateText(c.paidOn)}缴纳${fenText(c.paidFen)}${surcharge}，处罚决定已执行完毕。`;
  }
  if (c.courtEnforcementConcluded) return '经申请人民法院强制执行，执行程序已终结。';
  const end = lastEvent(d, 'notPunish', 'revokeFiling', 'transfer', 'transferToPolice');
  if (end) return `${CASE_EVENTS[end.event as CaseEventName].name}（${dateText(chinaDate(end.at))}）。${end.opinion ?? ''}`;
  if (c.penalty && c.penalty.fineYuan === 0) return `处罚决定（${penaltyText(d)}）已送达执行。`;
  return '';
}

/** 结案审批表 (国办发〔2018〕118号 全过程记录): the decision, how it was executed, and the approval. */
export function buildClosureReport(d: CaseInstrumentData): Instrument {
  const c = d.case;
  const rows: ([Field] | [Field, Field])[] = [
    [{ label: '案由', value: causeText(d) }],
    ...partyRows(d),
    [
      { label: '立案日期', value: c.filedOn ? dateText(c.filedOn) : '' },
      { label: '承办人', value: d.investigators.map((o) => o.name).join('、') },
    ],
    ...(c.decidedOn
      ? [
          [
            { label: '处罚决定书文号', value: c.decisionNumber ?? '' },
            { label: '决定日期', value: dateText(c.decidedOn) },
          ] as [Field, Field],
          [{ label: '处罚内容', value: penaltyText(d) }] as [Field],
        ]
      : []),
    [{ label: '执行情况', value: executionText(d) }],
  ];
  const blocks: Block[] = [
    { kind: 'fields', rows },
    { kind: 'signatures', lines: officerLines(d, lastEvent(d, 'requestClosure') ? chinaDate(lastEvent(d, 'requestClosure')!.at) : undefined) },
    ...box('审批意见', '负责人（签名）', lastEvent(d, 'approveClosure')),
  ];
  return { orgName: d.orgName, title: INSTRUMENT_TYPES.closureReport.name, number: numberOf(d, 'closureReport'), blocks };
}
