// 听证笔录 (行政处罚法 第六十四条第八项、第六十五条): the hearing as the chair recorded it when it
// ended: when, who chaired, the case and the proposed penalty heard, the officers who presented
// it, and the chair's account. The decision is then made on the record (第六十五条).
import { INSTRUMENT_TYPES } from '../../../platform/documents/numbering.js';
import { dateText, type Block, type Instrument } from '../../../platform/documents/render/model.js';
import { chinaDate } from '../../../platform/dates.js';
import { cite, citeAll } from '../../catalogue/citation.js';
import { causeText, lastEvent, numberOf, officersText, partyRows, penaltyText } from './common.js';
import type { CaseInstrumentData } from './types.js';

const APL = 'administrative-penalty-law-2021' as const;

export function buildHearingRecord(d: CaseInstrumentData): Instrument {
  const e = lastEvent(d, 'recordHearing');
  const chair = e?.actorName ?? d.hearingChairName ?? '';
  const blocks: Block[] = [
    {
      kind: 'fields',
      rows: [
        [{ label: '案由', value: causeText(d) }],
        ...partyRows(d),
        [
          { label: '听证时间', value: dateText(d.case.hearingOn ?? undefined) },
          { label: '听证地点', value: '' },
        ],
        [
          { label: '听证主持人', value: chair },
          { label: '记录人', value: '' },
        ],
        [{ label: '案件调查人员', value: officersText(d) }],
        [{ label: '拟作出的行政处罚', value: penaltyText(d) }],
      ],
    },
    {
      kind: 'paragraph',
      indent: true,
      text: `依照${citeAll([
        { lawCode: APL, article: 64, item: 3 },
        { lawCode: APL, article: 64, item: 4 },
        { lawCode: APL, article: 64, item: 7 },
      ])}的规定，听证由非本案调查人员主持，公开举行（涉及国家秘密、商业秘密或者个人隐私依法予以保密的除外）。案件调查人员提出当事人违法的事实、证据和行政处罚建议，当事人进行申辩和质证。`,
    },
    { kind: 'heading', text: '听证情况' },
    { kind: 'paragraph', indent: true, text: e?.opinion?.trim() ?? '' },
    {
      kind: 'paragraph',
      indent: true,
      text: `本笔录交当事人或者其代理人核对无误后签字或者盖章；当事人或者其代理人拒绝签字或者盖章的，由听证主持人在笔录中注明（${cite({ lawCode: APL, article: 64, item: 8 })}）。`,
    },
    {
      kind: 'signatures',
      lines: [
        { role: '当事人或者其代理人（签名）' },
        { role: '听证主持人（签名）', name: chair || undefined, date: e ? chinaDate(e.at) : undefined },
        { role: '记录人（签名）' },
      ],
    },
  ];
  return { orgName: d.orgName, title: INSTRUMENT_TYPES.hearingRecord.name, number: numberOf(d, 'hearingRecord'), blocks };
}
