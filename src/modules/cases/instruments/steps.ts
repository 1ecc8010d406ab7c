// Which step of the case each instrument belongs to. Pure and free of builders, so the web app
// offers only the instruments a case has reached, with the server's own words for the others.
import type { CaseEventName, CaseState } from '../workflow/machine.js';
import type { CaseInstrumentKind } from './types.js';

type StepFacts = {
  procedure: string;
  state: string;
  penalty: unknown;
  noticeServedOn: string | null;
  hearingOn: string | null;
  decidedOn: string | null;
  interviews?: readonly unknown[];
  samplings?: readonly unknown[];
  preservations?: readonly { status: string }[];
  waivers?: readonly unknown[];
  events?: readonly { event: string }[];
};

/** Before the notice is served, while it is being prepared, the notice may be drafted. */
const PREPARING_NOTICE: readonly CaseState[] = ['noticePending', 'legalReview', 'collectiveDeliberation'];
const CLOSING: readonly CaseState[] = ['closurePending', 'closed', 'archived'];
const SUMMARY = '简易程序案件当场作出决定（当场处罚决定书），不制作该文书';

/**
 * Instruments of one event (numbered when it is taken): available once the case has taken it.
 * The event, not the state, decides: a case transferred or not punished stays so after closure.
 */
const OF_EVENT = {
  hearingRecord: ['recordHearing', '听证尚未结束，不能制作听证笔录'],
  noPenaltyDecision: ['notPunish', '案件未作出不予行政处罚决定，不能制作不予行政处罚决定书'],
  instalmentApproval: ['approveInstalment', '未批准当事人延期或者分期缴纳罚款，不能制作延期（分期）缴纳罚款决定书'],
  latePaymentSurchargeNotice: ['markOverdue', '当事人未逾期缴纳罚款，不能制作加处罚款催告书'],
  courtEnforcementApplication: ['applyToCourt', '案件尚未申请人民法院强制执行，不能制作强制执行申请书'],
  filingRevocation: ['revokeFiling', '案件未撤销立案，不能制作撤销立案审批表'],
  transferLetter: ['transfer', '案件未移送其他行政机关，不能制作案件移送书'],
  criminalTransferLetter: ['transferToPolice', '案件未移送公安机关，不能制作涉嫌犯罪案件移送书'],
} as const satisfies Partial<Record<CaseInstrumentKind, readonly [CaseEventName, string]>>;

/** Why the case has not reached the step this instrument belongs to; null when it has. */
export function instrumentProblem(kind: CaseInstrumentKind, c: StepFacts): string | null {
  const general = c.procedure === 'general';
  switch (kind) {
    case 'filingApproval':
      return general ? null : SUMMARY;
    case 'caseHandlingApproval':
      if (!general) return SUMMARY;
      return c.penalty ? null : '案件尚未调查终结、提出处理意见，不能制作案件处理呈批表';
    case 'penaltyNotice':
      if (!general) return SUMMARY;
      return c.penalty && (c.noticeServedOn || PREPARING_NOTICE.includes(c.state as CaseState)) ? null : '案件尚未审理完毕进入告知环节，不能制作行政处罚告知书';
    case 'hearingNotice':
      return c.hearingOn ? null : '当事人未要求听证或者听证尚未安排，不能制作听证告知书';
    case 'penaltyDecision':
      if (!general) return SUMMARY;
      return c.decidedOn ? null : '案件尚未作出行政处罚决定，不能制作行政处罚决定书';
    case 'serviceReceipt':
      return general && c.decidedOn ? null : '案件尚未作出行政处罚决定，没有需要送达的决定书';
    case 'closureReport':
      return CLOSING.includes(c.state as CaseState) ? null : '案件尚未提请结案，不能制作结案审批表';
    case 'interview':
      return c.interviews?.length ? null : '案件尚未制作询问笔录';
    case 'summaryDecision':
      if (general) return '一般程序案件制作行政处罚决定书，不制作当场处罚决定书';
      return c.decidedOn ? null : '案件尚未当场作出处罚决定，不能制作当场处罚决定书';
    case 'waiverStatement':
      return c.waivers?.length ? null : '当事人未书面放弃陈述、申辩或者听证，没有放弃声明';
    case 'sampling':
      return c.samplings?.length ? null : '案件尚未抽样取证';
    case 'preservationNotice':
      return c.preservations?.some((p) => p.status === 'approved' || p.status === 'decided')
        ? null
        : '先行登记保存尚未经负责人批准，不能制作先行登记保存证据通知书';
    case 'preservationDecision':
      return c.preservations?.some((p) => p.status === 'decided') ? null : '先行登记保存尚未作出处理决定，不能制作先行登记保存证据处理决定书';
    case 'hearingRecord':
    case 'noPenaltyDecision':
    case 'instalmentApproval':
    case 'latePaymentSurchargeNotice':
    case 'courtEnforcementApplication':
    case 'filingRevocation':
    case 'transferLetter':
    case 'criminalTransferLetter':
      return c.events?.some((e) => e.event === OF_EVENT[kind][0]) ? null : OF_EVENT[kind][1];
  }
}
