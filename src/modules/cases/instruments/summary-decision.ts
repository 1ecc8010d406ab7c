// 当场处罚决定书 (行政处罚法 第五十二条): the one-page, pre-numbered decision handed to the party on
// the spot under the summary procedure. The article lists what it must state: the violation, the
// kind and basis of the penalty, the fine, time and place, the remedies and their periods, the
// organ's name, and the officers' signatures; it is then filed with the organ (第五十二条第三款).
import { INSTRUMENT_TYPES } from '../../../platform/documents/numbering.js';
import { dateText, type Block, type Instrument } from '../../../platform/documents/render/model.js';
import { remediesText } from '../../../platform/documents/render/remedies.js';
import { chinaDate } from '../../../platform/dates.js';
import { periodByCode } from '../../../platform/workdays/periods.js';
import { chineseNumeral, cite } from '../../catalogue/citation.js';
import { breachText, factsText, lastEvent, numberOf, officerLines, partyRows, penaltyText, punishingCite, you } from './common.js';
import type { CaseInstrumentData } from './types.js';

const APL = 'administrative-penalty-law-2021' as const;

/** 2026年3月2日10时05分, in China time: the article asks for the time, not just the day. */
function timeText(at: Date): string {
  const china = new Date(at.getTime() + 8 * 3600_000);
  return `${dateText(chinaDate(at))}${china.getUTCHours()}时${String(china.getUTCMinutes()).padStart(2, '0')}分`;
}

function paymentText(d: CaseInstrumentData): string | null {
  const p = d.case.penalty;
  if (!p || p.fineYuan <= 0) return null;
  const days = chineseNumeral(periodByCode('apl-67-payment').days);
  return (
    `罚款限${you(d)}自收到本决定书之日起${days}日内缴至指定银行或者通过电子支付系统缴纳（${cite({ lawCode: APL, article: 67 })}）；` +
    `依法给予一百元以下罚款的，可以当场收缴（${cite({ lawCode: APL, article: 68 })}）。` +
    `到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额（${cite({ lawCode: APL, article: 72, paragraph: 1, item: 1 })}）。`
  );
}

export function buildSummaryDecision(d: CaseInstrumentData): Instrument {
  const c = d.case;
  const decided = lastEvent(d, 'decideOnSite');
  const on = c.decidedOn ?? (decided ? chinaDate(decided.at) : undefined);
  const payment = paymentText(d);
  const paras = [
    factsText(d),
    `${breachText(d)}。依据${punishingCite(d)}和${cite({ lawCode: APL, article: 51 })}的规定，当场作出如下行政处罚：${penaltyText(d)}。`,
    ...(payment ? [payment] : []),
    remediesText('决定', d.remedies),
  ];
  const blocks: Block[] = [
    { kind: 'fields', rows: partyRows(d) },
    // Where: the party's registered address; an on-site decision is made where the party is found.
    {
      kind: 'fields',
      rows: [
        [
          { label: '时间', value: decided ? timeText(decided.at) : '' },
          { label: '地点', value: d.enterprise?.address ?? '' },
        ],
      ],
    },
    ...paras.map((text): Block => ({ kind: 'paragraph', indent: true, text })),
    { kind: 'signatures', lines: [...officerLines(d, on).map((l) => ({ ...l, role: '执法人员（签名）' })), { role: '当事人（签名）', date: on }] },
    { kind: 'closing', lines: [d.orgName, '（印章）', dateText(on)] },
    { kind: 'note', text: '本决定书当场交付当事人一份，一份报所属行政机关备案（《中华人民共和国行政处罚法》第五十二条）。' },
  ];
  return { orgName: d.orgName, title: INSTRUMENT_TYPES.summaryDecision.name, number: numberOf(d, 'summaryDecision'), blocks };
}
