// Letters to the party before the decision: 行政处罚告知书 (行政处罚法 第四十四条: facts, reasons,
// basis, the proposed penalty and the party's rights) and the hearing notice (第六十四条).
import { INSTRUMENT_TYPES } from '../../../platform/documents/numbering.js';
import { dateText, type Block, type Instrument } from '../../../platform/documents/render/model.js';
import { chinaDate } from '../../../platform/dates.js';
import { periodByCode } from '../../../platform/workdays/periods.js';
import { chineseNumeral, cite, citeAll } from '../../catalogue/citation.js';
import { addressee, breachText, factsText, hearingRight, lastEvent, numberOf, penaltyText, punishingCite, you } from './common.js';
import type { CaseInstrumentData } from './types.js';

const APL = 'administrative-penalty-law-2021' as const;
const apl = (article: number, item?: number) => ({ lawCode: APL, article, ...(item ? { item } : {}) });
const until = (date: string | null) => (date ? `（即${dateText(date)}前）` : '');
const days = (code: Parameters<typeof periodByCode>[0]) => `${chineseNumeral(periodByCode(code).days)}个工作日`;

/** 行政处罚告知书: what the decision would be and why, with 陈述申辩 and, where it exists, the hearing right. */
export function buildPenaltyNotice(d: CaseInstrumentData): Instrument {
  const c = d.case;
  const y = you(d);
  const hearing = hearingRight(d);
  const blocks: Block[] = [
    { kind: 'paragraph', text: addressee(d) },
    { kind: 'paragraph', indent: true, text: factsText(d) },
    { kind: 'paragraph', indent: true, text: `${breachText(d)}。依据${punishingCite(d)}的规定，本机关拟对${y}作出如下行政处罚：${penaltyText(d)}。` },
    {
      kind: 'paragraph',
      indent: true,
      text: `根据${citeAll([apl(44), apl(45)])}的规定，${y}有权进行陈述和申辩。${y}可以自收到本告知书之日起${days('ws-statement-and-defence')}内${until(c.statementPeriodEndsOn)}向本机关提出陈述、申辩意见；逾期未提出的，视为放弃此权利。`,
    },
    ...(hearing
      ? [
          {
            kind: 'paragraph',
            indent: true,
            text: `根据${citeAll([apl(63), apl(64)])}的规定，${y}有要求举行听证的权利。${y}可以自收到本告知书之日起${days('apl-64-hearing-request')}内${until(c.hearingRequestEndsOn)}向本机关提出听证要求；逾期未提出的，视为放弃此权利。`,
          } satisfies Block,
        ]
      : []),
    { kind: 'signatures', lines: [{ role: '当事人（签收）', date: undefined }] },
    { kind: 'closing', lines: [d.orgName, '（印章）', dateText(c.noticeServedOn ?? undefined)] },
    { kind: 'note', text: '本文书一式两份，一份送达当事人，一份存档。' },
  ];
  return { orgName: d.orgName, title: INSTRUMENT_TYPES.penaltyNotice.name, number: numberOf(d, 'penaltyNotice'), blocks };
}

/** 听证告知书: when the hearing asked for is held, who chairs it, and the party's rights at it. */
export function buildHearingNotice(d: CaseInstrumentData): Instrument {
  const c = d.case;
  const y = you(d);
  const asked = lastEvent(d, 'requestHearing');
  const scheduled = lastEvent(d, 'scheduleHearing');
  const blocks: Block[] = [
    { kind: 'paragraph', text: addressee(d) },
    {
      kind: 'paragraph',
      indent: true,
      text: `${y}${asked ? `于${dateText(chinaDate(asked.at))}` : ''}就本机关拟作出的行政处罚（${penaltyText(d)}）提出听证要求。根据${cite(apl(64))}的规定，本机关定于${dateText(c.hearingOn ?? undefined)}　　时在＿＿＿＿＿＿举行听证，由${d.hearingChairName ?? '＿＿＿＿'}担任听证主持人。`,
    },
    {
      kind: 'paragraph',
      indent: true,
      text: `${y}可以亲自参加听证，也可以委托一至二人代理（${cite(apl(64, 5))}）；认为主持人与本案有直接利害关系的，有权申请回避（${cite(apl(64, 4))}）。${y}无正当理由拒不出席听证或者未经许可中途退出听证的，视为放弃听证权利，本机关终止听证（${cite(apl(64, 6))}）。`,
    },
    { kind: 'signatures', lines: [{ role: '当事人（签收）' }] },
    { kind: 'closing', lines: [d.orgName, '（印章）', dateText(scheduled ? chinaDate(scheduled.at) : undefined)] },
    {
      kind: 'note',
      text: `本通知应当于听证${days('apl-64-hearing-notice')}前送达（最晚${dateText(c.hearingNoticeBy ?? undefined)}）。本文书一式两份，一份送达当事人，一份存档。`,
    },
  ];
  return { orgName: d.orgName, title: INSTRUMENT_TYPES.hearingNotice.name, number: numberOf(d, 'hearingNotice'), blocks };
}
