// Instruments of executing a fine: 延期（分期）缴纳罚款决定书 (行政处罚法 第六十六条第二款),
// 加处罚款催告书 (行政处罚法 第七十二条第一款第一项; 行政强制法 第三十五条、第四十五条) and
// 强制执行申请书 (行政强制法 第五十三条至第五十五条). Amounts owed come from amountDue, the same
// computation the service uses when it charges the surcharge and checks a payment.
import { payableFine } from '../workflow/fine-credit.js';
import { INSTRUMENT_TYPES } from '../../../platform/documents/numbering.js';
import { dateText, type Block, type Instrument } from '../../../platform/documents/render/model.js';
import { chinaDate } from '../../../platform/dates.js';
import { addCalendarDays } from '../../../platform/workdays/calendar.js';
import { chineseNumeral, cite } from '../../catalogue/citation.js';
import { amountDue } from '../workflow/deadlines.js';
import { addressee, factsText, lastEvent, numberOf, partyRows, penaltyText, punishingCite, you } from './common.js';
import { fenAmountText, yuanText } from './money.js';
import { SERVICE_METHOD_ZH } from './receipt.js';
import type { CaseInstrumentData, StoredEvent } from './types.js';

const APL = 'administrative-penalty-law-2021' as const;
const apl = (article: number, paragraph?: number, item?: number) => ({ lawCode: APL, article, ...(paragraph ? { paragraph } : {}), ...(item ? { item } : {}) });
/** 行政强制法 is not in the catalogue of laws the violation types cite; its articles are named here. */
const coercion = (...articles: [number, number?][]) =>
  `《中华人民共和国行政强制法》${articles.map(([a, p]) => `第${chineseNumeral(a)}条${p ? `第${chineseNumeral(p)}款` : ''}`).join('、')}`;
const dayOf = (e: StoredEvent | undefined) => (e ? chinaDate(e.at) : undefined);
/** The fine the party owes: the decision's fine less a fine already paid (行刑衔接, workflow/fine-credit.ts). */
const fineYuan = (d: CaseInstrumentData) => payableFine(d.case.penalty?.fineYuan ?? 0, d.case.fineCredit).payableYuan;

/**
 * The payment deadline in force just before `e`: the due date the last earlier event set (service,
 * or an approved instalment), else the stored one. A later extension must not rewrite an old notice.
 */
export function dueBefore(d: CaseInstrumentData, e: StoredEvent | undefined): string | null {
  const earlier = e ? d.events.filter((x) => x.version < e.version) : d.events;
  for (const x of [...earlier].reverse()) {
    const due = x.payload?.newPaymentDueOn ?? x.payload?.paymentDueOn;
    if (typeof due === 'string') return due;
  }
  return d.case.paymentDueOn;
}

/** 本机关于…作出《行政处罚决定书》（…），对你单位…，已于…送达。 */
function decisionText(d: CaseInstrumentData, who = you(d)): string {
  const c = d.case;
  const served = c.servedOn
    ? `，该决定书已于${dateText(c.servedOn)}${c.serviceMethod ? `以${SERVICE_METHOD_ZH[c.serviceMethod] ?? c.serviceMethod}方式` : ''}送达`
    : '';
  return `本机关于${dateText(c.decidedOn ?? undefined)}作出《行政处罚决定书》${numberOf(d, 'penaltyDecision')}，对${who}作出${penaltyText(d)}的行政处罚${served}。`;
}

/** The day the 3% daily surcharge first equals the fine (第七十二条: never beyond it). */
function capReachedOn(fine: number, due: string): string {
  let days = 1;
  while (amountDue(fine, due, addCalendarDays(due, days)).surchargeFen < fine * 100) days++;
  return addCalendarDays(due, days);
}

/** 延期（分期）缴纳罚款决定书: the party's application as recorded with the approval, and the new deadline. */
export function buildInstalmentApproval(d: CaseInstrumentData): Instrument {
  const e = lastEvent(d, 'approveInstalment');
  const before = dueBefore(d, e);
  const after = typeof e?.payload?.newPaymentDueOn === 'string' ? e.payload.newPaymentDueOn : null;
  const y = you(d);
  const blocks: Block[] = [
    { kind: 'paragraph', text: addressee(d) },
    { kind: 'paragraph', indent: true, text: decisionText(d) },
    { kind: 'paragraph', indent: true, text: `${y}以确有经济困难为由，申请延期（分期）缴纳罚款。申请事由及审查意见：${e?.opinion?.trim() ?? ''}` },
    {
      kind: 'paragraph',
      indent: true,
      text: `经审查，根据${cite(apl(66, 2))}的规定，本机关同意${y}延期（分期）缴纳罚款${yuanText(fineYuan(d))}，缴纳期限由${dateText(before ?? undefined)}延至${dateText(after ?? undefined)}。`,
    },
    {
      kind: 'paragraph',
      indent: true,
      text: `${y}应当在上述期限内缴清罚款。到期不缴纳的，本机关将依据${cite(apl(72, 1, 1))}的规定，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额，并依法申请人民法院强制执行。`,
    },
    { kind: 'closing', lines: [d.orgName, '（印章）', dateText(dayOf(e))] },
    { kind: 'note', text: '本文书一式两份，一份送达当事人，一份存档。' },
  ];
  return { orgName: d.orgName, title: INSTRUMENT_TYPES.instalmentApproval.name, number: numberOf(d, 'instalmentApproval'), blocks };
}

/** 加处罚款催告书: what is owed on the day it was issued, the surcharge running to its cap, and ten days to pay. */
export function buildLatePaymentSurchargeNotice(d: CaseInstrumentData): Instrument {
  const e = lastEvent(d, 'markOverdue');
  const on = dayOf(e);
  const due = dueBefore(d, e);
  const fine = fineYuan(d);
  const owed = due && on ? amountDue(fine, due, on) : null;
  const y = you(d);
  const reminded = d.case.remindedOn;
  const owedText = owed
    ? `截至${dateText(on)}，${y}已逾期${owed.daysLate}日，应缴罚款${yuanText(fine)}，加处罚款${fenAmountText(owed.surchargeFen)}，合计${fenAmountText(owed.totalFen)}。`
    : '';
  const blocks: Block[] = [
    { kind: 'paragraph', text: addressee(d) },
    { kind: 'paragraph', indent: true, text: `${decisionText(d)}${y}应当于${dateText(due ?? undefined)}前缴纳罚款，逾期至今未缴纳。` },
    {
      kind: 'paragraph',
      indent: true,
      text: `依据${cite(apl(72, 1, 1))}和${coercion([45])}的规定，自${due ? dateText(addCalendarDays(due, 1)) : dateText(undefined)}起每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额${due && fine > 0 ? `（至${dateText(capReachedOn(fine, due))}达到罚款数额，此后不再增加）` : ''}。${owedText}`,
    },
    {
      kind: 'paragraph',
      indent: true,
      text: `根据${coercion([35], [54])}的规定，现催告${y}自收到本催告书之日起十日内${reminded ? `（即${dateText(addCalendarDays(reminded, 10))}前）` : ''}缴清罚款和加处罚款，缴至指定银行或者通过电子支付系统缴纳（${cite(apl(67))}）。`,
    },
    {
      kind: 'paragraph',
      indent: true,
      text: `${y}有权进行陈述和申辩（${coercion([36])}）。逾期仍不履行的，本机关将依据${coercion([53], [54])}的规定申请人民法院强制执行。`,
    },
    { kind: 'signatures', lines: [{ role: '当事人（签收）', date: reminded ?? undefined }] },
    { kind: 'closing', lines: [d.orgName, '（印章）', dateText(on)] },
    { kind: 'note', text: '本文书一式两份，一份送达当事人，一份存档。' },
  ];
  return { orgName: d.orgName, title: INSTRUMENT_TYPES.latePaymentSurchargeNotice.name, number: numberOf(d, 'latePaymentSurchargeNotice'), blocks };
}

/** 强制执行申请书 to the people's court of the place (行政强制法 第五十四条), with what 第五十五条 asks for. */
export function buildCourtEnforcementApplication(d: CaseInstrumentData): Instrument {
  const e = lastEvent(d, 'applyToCourt');
  const on = dayOf(e);
  const c = d.case;
  const due = dueBefore(d, lastEvent(d, 'markOverdue') ?? e);
  const fine = fineYuan(d);
  const owed = due && on ? amountDue(fine, due, on) : null;
  const notice = numberOf(d, 'latePaymentSurchargeNotice');
  const paras = [
    `申请事项：请求依法强制执行本机关《行政处罚决定书》${numberOf(d, 'penaltyDecision')}确定的罚款${yuanText(fine)}${owed ? `及截至${dateText(on)}的加处罚款${fenAmountText(owed.surchargeFen)}，合计${fenAmountText(owed.totalFen)}` : ''}。`,
    `事实和理由：${factsText(d)}依据${punishingCite(d)}的规定，${decisionText(d, '被申请人')}`,
    `被申请人在法定期限内未申请行政复议或者提起行政诉讼，又不履行行政处罚决定。本机关于${dateText(c.remindedOn ?? undefined)}向被申请人送达《加处罚款催告书》${notice}，催告书送达十日后被申请人仍未履行义务。`,
    `根据${cite(apl(72, 1, 4))}和${coercion([53], [54], [55])}的规定，特向本机关所在地有管辖权的人民法院申请强制执行。`,
  ];
  const blocks: Block[] = [
    // 第五十四条: the court of the authority's own place; the configured venue is often only generic.
    { kind: 'paragraph', text: `${d.remedies.court.startsWith('有管辖权') ? '＿＿＿＿＿＿人民法院' : d.remedies.court}：` },
    {
      kind: 'fields',
      rows: [
        [{ label: '申请人', value: d.orgName }],
        ...partyRows(d).map((row) => row.map((f) => (f.label === '当事人' ? { ...f, label: '被申请人' } : f)) as typeof row),
      ],
    },
    ...paras.map((text): Block => ({ kind: 'paragraph', indent: true, text })),
    { kind: 'heading', text: '附件' },
    ...[
      `1. 《行政处罚决定书》${numberOf(d, 'penaltyDecision')}及作出决定的事实、理由和依据`,
      `2. 《送达回执》${numberOf(d, 'serviceReceipt')}`,
      `3. 《加处罚款催告书》${notice}及其送达凭证、当事人的意见`,
      '4. 申请强制执行标的情况',
    ].map((text): Block => ({ kind: 'paragraph', text })),
    { kind: 'signatures', lines: [{ role: '行政机关负责人（签名）', name: e?.actorName ?? undefined, date: on }] },
    { kind: 'closing', lines: [d.orgName, '（印章）', dateText(on)] },
    { kind: 'note', text: `本申请书由行政机关负责人签名，加盖行政机关的印章，并注明日期（${coercion([55, 2])}）。` },
  ];
  return { orgName: d.orgName, title: INSTRUMENT_TYPES.courtEnforcementApplication.name, number: numberOf(d, 'courtEnforcementApplication'), blocks };
}
