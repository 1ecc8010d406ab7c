// 行刑衔接 rules, pure: the periods (as data, with their articles), the acts on a transfer with the
// states they leave and enter, who may not take them (separation of duties), the period running
// now, and what a fine already paid means for a later decision. No I/O, no clock: `today` is given.
import { addCalendarDays } from '../../platform/workdays/calendar.js';
import { TRANSFER_LABELS, type TransferActName, type TransferState } from './codes.js';

/** The 2019 办法: 应急管理部、公安部、最高人民法院、最高人民检察院《安全生产行政执法与刑事司法衔接工作办法》(应急〔2019〕54号). */
export const MEASURES_2019 = '安全生产行政执法与刑事司法衔接工作办法';
/** 国务院《行政执法机关移送涉嫌犯罪案件的规定》(国务院令第310号，2020年修订). */
export const STATE_COUNCIL_RULES = '行政执法机关移送涉嫌犯罪案件的规定';

export interface TransferPeriod {
  code: string;
  name: string;
  /** Calendar days, counted from the day after the start (行政处罚法 第八十五条's rule); hours for 24 小时. */
  days: number;
  hours?: number;
  startsOn: string;
  article: string;
  /** false: the article number (not the rule) is still to be checked against the published text (待核). */
  confirmed: boolean;
  note?: string;
}

export const TRANSFER_PERIODS = [
  {
    code: 'ct-approval',
    name: '正职负责人作出批准移送或者不批准移送的决定',
    days: 3,
    startsOn: '接到移送涉嫌犯罪案件的书面报告之日',
    article: `${MEASURES_2019} 第七条；${STATE_COUNCIL_RULES} 第五条`,
    confirmed: true,
  },
  {
    code: 'ct-send',
    name: '批准移送后向同级公安机关移送',
    days: 1,
    hours: 24,
    startsOn: '批准移送之时',
    article: `${MEASURES_2019} 第七条；${STATE_COUNCIL_RULES} 第五条`,
    confirmed: true,
  },
  {
    code: 'ct-police-filing',
    name: '公安机关作出立案或者不予立案的决定',
    days: 3,
    startsOn: '公安机关接受案件之日',
    article: `${MEASURES_2019} 第十一条（条号待核）；${STATE_COUNCIL_RULES} 第八条`,
    confirmed: false,
    note: '涉嫌犯罪线索需要查证的 7 日；重大疑难复杂案件经县级以上公安机关负责人批准 30 日（衔接办法，条号待核）。',
  },
  {
    code: 'ct-police-notice',
    name: '公安机关书面通知立案或者不予立案决定，并抄送同级人民检察院',
    days: 3,
    startsOn: '公安机关作出决定之日',
    article: `${MEASURES_2019} 第十二条（条号待核）`,
    confirmed: false,
  },
  {
    code: 'ct-challenge',
    name: '对不予立案提请公安机关复议或者建议人民检察院立案监督',
    days: 3,
    startsOn: '接到不予立案通知书之日',
    article: `${MEASURES_2019} 第十四条（条号待核）；${STATE_COUNCIL_RULES} 第九条`,
    confirmed: false,
  },
  {
    code: 'ct-handover',
    name: '公安机关立案后移交涉案物品及有关材料',
    days: 3,
    startsOn: '接到立案通知书之日',
    article: `${MEASURES_2019} 第十三条（条号待核）；${STATE_COUNCIL_RULES} 第十二条`,
    confirmed: false,
  },
] as const satisfies readonly TransferPeriod[];
export type TransferPeriodCode = (typeof TRANSFER_PERIODS)[number]['code'];

export const periodOf = (code: TransferPeriodCode): TransferPeriod => TRANSFER_PERIODS.find((p) => p.code === code)!;

/** The last day of a period that starts on `start` (the day after counts as the first). */
export const dueOn = (code: TransferPeriodCode, start: string) => addCalendarDays(start, periodOf(code).days);

/** What a transfer's periods read: the days the acts were recorded. */
export interface TransferDates {
  state: TransferState;
  approvedOn: string;
  receivedOn: string | null;
  policeDecidedOn: string | null;
  /** The day the authority received the police's written notice of the decision. */
  noticeReceivedOn: string | null;
  supervisionRequestedOn: string | null;
}

export interface RunningPeriod {
  code: TransferPeriodCode;
  name: string;
  dueOn: string;
  overdue: boolean;
  article: string;
}

/** The period running now, if any: the one the workbench shows and the reminder names. */
export function runningPeriod(t: TransferDates, today: string): RunningPeriod | null {
  const at = (code: TransferPeriodCode, start: string | null): RunningPeriod | null => {
    if (!start) return null;
    const p = periodOf(code);
    const due = dueOn(code, start);
    return { code, name: p.name, dueOn: due, overdue: today > due, article: p.article };
  };
  switch (t.state) {
    case 'awaitingReceipt':
      return at('ct-send', t.approvedOn);
    case 'received':
      return at('ct-police-filing', t.receivedOn);
    case 'refused':
      // Once the procuratorate was asked, its result is awaited under 刑事诉讼法, not a period of the 办法.
      return t.supervisionRequestedOn ? null : at('ct-challenge', t.noticeReceivedOn ?? t.policeDecidedOn);
    case 'filed':
      return at('ct-handover', t.noticeReceivedOn ?? t.policeDecidedOn);
    default:
      return null;
  }
}

/** The acts on a transfer after it is opened (by the case's 移送公安机关). */
export const TRANSFER_ACTS = {
  updatePackage: { name: '完善移送材料', from: ['awaitingReceipt', 'received'], article: `${MEASURES_2019} 第八条（条号待核）；${STATE_COUNCIL_RULES} 第六条` },
  recordReceipt: { name: '登记公安机关接收回执', from: ['awaitingReceipt'], article: `${MEASURES_2019} 第九条（条号待核）；${STATE_COUNCIL_RULES} 第七条` },
  recordPoliceDecision: { name: '登记公安机关立案或者不予立案决定', from: ['received'], article: `${STATE_COUNCIL_RULES} 第八条` },
  requestSupervision: { name: '提请人民检察院立案监督', from: ['refused'], article: `${MEASURES_2019} 第十四条（条号待核）；${STATE_COUNCIL_RULES} 第九条` },
  recordSupervisionResult: { name: '登记检察院立案监督结果', from: ['supervising'], article: '刑事诉讼法 第一百一十三条' },
  returnCase: { name: '移回行政处罚', from: ['refused', 'filed'], article: `行政处罚法 第二十七条；${STATE_COUNCIL_RULES} 第十条` },
  conclude: { name: '登记刑事程序结果', from: ['filed'], article: '行政处罚法 第三十五条' },
} as const satisfies Record<TransferActName, { name: string; from: readonly TransferState[]; article: string }>;
export type TransferAct = keyof typeof TRANSFER_ACTS;

export interface Problem {
  problem: string;
  field: string;
  article?: string;
}

/** Who did what so far, for the separation of duties. */
export interface TransferHands {
  policeDecisionRecordedBy: string | null;
  supervisionResultRecordedBy: string | null;
}

/** Why the act may not be taken now by this person, or null. */
export function actProblem(
  act: TransferAct,
  t: { state: TransferState; supervisionResult: string | null },
  actorId: string | null,
  hands: TransferHands,
): Problem | null {
  const a = TRANSFER_ACTS[act];
  if (!(a.from as readonly TransferState[]).includes(t.state))
    return { problem: `移送处于「${stateName(t.state)}」，不能${a.name}`, field: 'state', article: a.article };
  if (act === 'requestSupervision' && t.supervisionResult !== null)
    return { problem: '已提请过人民检察院立案监督，检察院认为不立案理由成立的，应依法作出行政处理', field: 'state', article: `${STATE_COUNCIL_RULES} 第十条` };
  // The return re-opens the penalty case: the head approving it is not the one who recorded the
  // refusal (or the procuratorate's answer) it rests on.
  if (act === 'returnCase' && actorId !== null && (actorId === hands.policeDecisionRecordedBy || actorId === hands.supervisionResultRecordedBy))
    return { problem: '登记公安机关决定或检察院监督结果的人员不能同时批准移回（审批分离）', field: 'actor' };
  if (act === 'requestSupervision' && actorId !== null && actorId === hands.policeDecisionRecordedBy)
    return { problem: '登记不予立案决定的人员不能同时批准提请立案监督（审批分离）', field: 'actor' };
  return null;
}

const stateName = (s: TransferState) => TRANSFER_LABELS.state[s];

/** Where a police decision takes the transfer. */
export const afterPoliceDecision = (d: 'filed' | 'refused'): TransferState => d;
/** Where the procuratorate's result takes it: the police file on its notice, or the refusal stands. */
export const afterSupervision = (r: 'filingNotified' | 'upheld'): TransferState => (r === 'filingNotified' ? 'filed' : 'refused');

/**
 * 行政处罚法 第三十五条第二款: a fine the authority already imposed is set against a later criminal
 * fine (罚金); where a criminal fine was imposed and no administrative fine yet, none is imposed.
 * What the decision after a return can use.
 */
export function fineCredit(finePaidYuan: number, criminalFineYuan: number): { deductedYuan: number; noFurtherFine: boolean; text: string } {
  if (criminalFineYuan > 0 && finePaidYuan > 0) {
    const deducted = Math.min(finePaidYuan, criminalFineYuan);
    return { deductedYuan: deducted, noFurtherFine: true, text: `已缴纳罚款${finePaidYuan}元，依法折抵罚金${deducted}元（行政处罚法 第三十五条第二款）` };
  }
  if (criminalFineYuan > 0)
    return { deductedYuan: 0, noFurtherFine: true, text: `人民法院已判处罚金${criminalFineYuan}元，不再给予罚款（行政处罚法 第三十五条第二款）` };
  if (finePaidYuan > 0)
    return {
      deductedYuan: finePaidYuan,
      noFurtherFine: false,
      text: `当事人已缴纳罚款${finePaidYuan}元，同一违法行为不得再次罚款，作出处罚决定时予以扣除（行政处罚法 第二十九条）`,
    };
  return { deductedYuan: 0, noFurtherFine: false, text: '无已缴纳罚款或者判处罚金' };
}
