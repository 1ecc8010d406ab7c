// 行政处罚决定书 (行政处罚法 第五十九条): the facts, the procedure the party was given, the reasons
// with the 说理 the discretion calculator stored on the case, the penalty, payment and the
// surcharge of 第七十二条, and the remedies.
import { INSTRUMENT_TYPES } from '../../../platform/documents/numbering.js';
import { dateText, type Block, type Instrument } from '../../../platform/documents/render/model.js';
import { remediesText } from '../../../platform/documents/render/remedies.js';
import { periodByCode } from '../../../platform/workdays/periods.js';
import { chineseNumeral, cite, citeAll } from '../../catalogue/citation.js';
import { breachText, factsText, hearingRight, lastEvent, numberOf, partyRows, penaltyText, punishingCite, you } from './common.js';
import type { CaseInstrumentData } from './types.js';
import { yuanText } from './money.js';
import { fineCreditBasis, payableFine } from '../workflow/fine-credit.js';

const APL = 'administrative-penalty-law-2021' as const;
const SURCHARGE = { lawCode: APL, article: 72, paragraph: 1, item: 1 };

/** What the party was told and did before the decision (第四十四条、第六十三条、第六十四条). */
function procedureText(d: CaseInstrumentData): string {
  const y = you(d);
  const c = d.case;
  const hearing = hearingRight(d);
  const rights = hearing ? '陈述、申辩和要求听证' : '陈述、申辩';
  const noticeNo = numberOf(d, 'penaltyNotice');
  let text = `本机关于${dateText(c.noticeServedOn ?? undefined)}向${y}送达了《行政处罚告知书》${noticeNo}，告知了拟作出行政处罚的事实、理由、依据及${y}依法享有的${rights}的权利。`;
  const heard = lastEvent(d, 'recordHearing');
  if (heard && c.hearingOn)
    text += `${y}要求听证，本机关于${dateText(c.hearingOn)}依法举行了听证。${heard.opinion ? `听证情况：${heard.opinion.trim().replace(/。$/, '')}。` : ''}`;
  else if (hearing && !lastEvent(d, 'requestHearing')) text += `${y}在规定期限内未要求听证。`;
  return text;
}

/**
 * The 说理 paragraph: the calculator's reasoning up to its own conclusion (which names the
 * suggested figure, not the one decided), then the reasons for leaving the benchmark, if any.
 */
function reasoningText(d: CaseInstrumentData): string | null {
  const c = d.case;
  const reasons = c.discretion?.reasons.split('综上，')[0].trim() ?? '';
  const deviation =
    !c.withinBenchmark && c.benchmarkDeviationReasons ? `本案罚款超出裁量基准幅度，理由如下：${c.benchmarkDeviationReasons.trim().replace(/。$/, '')}。` : '';
  return reasons || deviation ? `${reasons}${deviation}` : null;
}

/**
 * 行刑衔接: a fine already paid for the same act is taken off (行政处罚法 第二十九条), or set against
 * the court's criminal fine (第三十五条第二款); the decision states what is deducted and what is left.
 */
function creditText(d: CaseInstrumentData): string | null {
  const c = d.case;
  if (!c.penalty?.measures.includes('fine') || !c.fineCredit) return null;
  const p = payableFine(c.penalty.fineYuan, c.fineCredit);
  if (p.deductedYuan <= 0) return null;
  return `${you(d)}因同一违法行为已缴纳的罚款${yuanText(p.deductedYuan)}，依据${cite({ lawCode: APL, ...fineCreditBasis(c.fineCredit) })}的规定予以折抵，折抵后应缴纳罚款${yuanText(p.payableYuan)}。`;
}

function paymentText(d: CaseInstrumentData): string | null {
  const c = d.case;
  if (!c.penalty || c.penalty.fineYuan <= 0) return null;
  if (payableFine(c.penalty.fineYuan, c.fineCredit).payableYuan <= 0) return null;
  const days = chineseNumeral(periodByCode('apl-67-payment').days);
  const due = c.paymentDueOn ? `（即${dateText(c.paymentDueOn)}前）` : '';
  return (
    `罚款限${you(d)}自收到本决定书之日起${days}日内${due}缴至指定银行或者通过电子支付系统缴纳（${cite({ lawCode: APL, article: 67 })}）。` +
    `到期不缴纳罚款的，本机关将依据${cite(SURCHARGE)}的规定，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额。`
  );
}

export function buildPenaltyDecision(d: CaseInstrumentData): Instrument {
  const c = d.case;
  const reasoning = reasoningText(d);
  const payment = paymentText(d);
  const credit = creditText(d);
  const paras = [
    factsText(d),
    procedureText(d),
    // The calculator's reasoning opens with the breach; without it the breach is stated alone.
    reasoning ?? `${breachText(d)}。`,
    `依据${punishingCite(d)}${c.discretion ? `及${citeAll([{ lawCode: APL, article: 34 }])}` : ''}的规定，本机关决定对${you(d)}作出如下行政处罚：${penaltyText(d)}。`,
    ...(credit ? [credit] : []),
    ...(payment ? [payment] : []),
    remediesText('决定', d.remedies),
  ];
  const blocks: Block[] = [
    { kind: 'fields', rows: partyRows(d) },
    ...paras.map((text): Block => ({ kind: 'paragraph', indent: true, text })),
    { kind: 'closing', lines: [d.orgName, '（印章）', dateText(c.decidedOn ?? undefined)] },
    { kind: 'note', text: '本文书一式两份，一份送达当事人，一份存档。' },
  ];
  return { orgName: d.orgName, title: INSTRUMENT_TYPES.penaltyDecision.name, number: numberOf(d, 'penaltyDecision'), blocks };
}
