// Which step of the case each instrument belongs to. Pure and free of builders, so the web app
// offers only the instruments a case has reached, with the server's own words for the others.
import type { CaseState } from '../workflow.js';
import type { CaseInstrumentKind } from './types.js';

type StepFacts = { procedure: string; state: string; penalty: unknown; noticeServedOn: string | null; hearingOn: string | null; decidedOn: string | null; interviews?: readonly unknown[] };

/** Before the notice is served, while it is being prepared, the notice may be drafted. */
const PREPARING_NOTICE: readonly CaseState[] = ['noticePending', 'legalReview', 'collectiveDeliberation'];
const CLOSING: readonly CaseState[] = ['closurePending', 'closed', 'archived'];
const SUMMARY = '简易程序案件当场作出决定（当场处罚决定书），不制作该文书';

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
  }
}

