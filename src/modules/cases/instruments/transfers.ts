// Cases that end without a decision of this authority: 撤销立案审批表 (行政处罚法 第五十七条),
// 案件移送书 to the competent authority (行政处罚法 第二十二条至第二十五条) and 涉嫌犯罪案件移送书
// to the public security organ (行政处罚法 第二十七条; 行政执法机关移送涉嫌犯罪案件的规定
// 第五条、第六条). Reasons are the opinion recorded with the event; the addressee is the
// `receivingAuthority` it carried, or a blank line to fill in.
import { INSTRUMENT_TYPES } from '../../../platform/documents/numbering.js';
import { dateText, type Block, type Field, type Instrument } from '../../../platform/documents/render/model.js';
import { chinaDate } from '../../../platform/dates.js';
import { cite } from '../../catalogue/citation.js';
import { approvalLine, causeText, factsText, lastEvent, numberOf, officerLines, officersText, partyRows } from './common.js';
import type { CaseInstrumentData, StoredEvent } from './types.js';

const APL = 'administrative-penalty-law-2021' as const;
/** 国务院令第310号 (2001, revised 2020 by 国务院令第730号); not in the catalogue of laws. */
const TRANSFER_RULES = '《行政执法机关移送涉嫌犯罪案件的规定》';
const bare = (s: string) => s.trim().replace(/[。；;，,]+$/, '');
const dayOf = (e: StoredEvent | undefined) => (e ? chinaDate(e.at) : undefined);
const reasons = (e: StoredEvent | undefined) => (e?.opinion?.trim() ? `${bare(e.opinion)}。` : '');

function receiver(e: StoredEvent | undefined, blank: string): string {
  const r = e?.payload?.receivingAuthority;
  return typeof r === 'string' && r.trim() ? r.trim() : blank;
}

/** The case file handed over: what was recorded in this case, each under its number. */
export function caseMaterials(d: CaseInstrumentData): string[][] {
  const c = d.case;
  const rows: string[][] = [];
  if (c.filedOn) rows.push([INSTRUMENT_TYPES.filingApproval.name, numberOf(d, 'filingApproval'), '1份']);
  for (const i of c.interviews) rows.push([INSTRUMENT_TYPES.interviewRecord.name, i.number, `被询问人：${i.intervieweeName}`]);
  for (const s of c.samplings) rows.push([INSTRUMENT_TYPES.samplingVoucher.name, s.number, s.items.map((x) => `${x.name}${x.quantity}${x.unit}`).join('、')]);
  for (const p of c.preservations)
    if (p.noticeNumber) rows.push([INSTRUMENT_TYPES.preservationNotice.name, p.noticeNumber, p.items.map((x) => `${x.name}${x.quantity}${x.unit}`).join('、')]);
  return rows;
}

const materialsTable = (rows: string[][]): Block => ({
  kind: 'table',
  columns: [
    { title: '序号', weight: 1.5 },
    { title: '材料名称', weight: 5.5 },
    { title: '文号', weight: 6 },
    { title: '说明', weight: 4 },
  ],
  rows: rows.map((r, i) => [String(i + 1), ...r]),
});

/** 撤销立案审批表: the case as filed, the reasons to revoke, and the head's approval. */
export function buildFilingRevocation(d: CaseInstrumentData): Instrument {
  const c = d.case;
  const e = lastEvent(d, 'revokeFiling');
  const rows: ([Field] | [Field, Field])[] = [
    [{ label: '案由', value: causeText(d) }],
    ...partyRows(d),
    [
      { label: '立案日期', value: c.filedOn ? dateText(c.filedOn) : '' },
      { label: '立案审批表文号', value: numberOf(d, 'filingApproval') },
    ],
    [{ label: '简要案情', value: factsText(d) }],
    [{ label: '承办人', value: officersText(d) }],
    [{ label: '撤销立案理由', value: reasons(e) }],
  ];
  const approval = approvalLine('负责人（签名）', e);
  const blocks: Block[] = [
    { kind: 'fields', rows },
    { kind: 'signatures', lines: officerLines(d) },
    { kind: 'fields', rows: [[{ label: '审批意见', value: e ? `同意撤销立案（${cite({ lawCode: APL, article: 57 })}）。` : '' }]] },
    { kind: 'signatures', lines: [approval.line] },
  ];
  return { orgName: d.orgName, title: INSTRUMENT_TYPES.filingRevocation.name, number: numberOf(d, 'filingRevocation'), blocks };
}

/** 案件移送书: the case is another authority's to handle (管辖, 行政处罚法 第二十二条至第二十五条). */
export function buildTransferLetter(d: CaseInstrumentData): Instrument {
  const e = lastEvent(d, 'transfer');
  const filed = d.case.filedOn ? `于${dateText(d.case.filedOn)}立案调查的` : '受理的';
  const blocks: Block[] = [
    { kind: 'paragraph', text: `${receiver(e, '＿＿＿＿＿＿＿＿')}：` },
    { kind: 'paragraph', indent: true, text: `本机关${filed}${causeText(d)}，${factsText(d)}` },
    {
      kind: 'paragraph',
      indent: true,
      text: `经审查，${reasons(e)}根据${cite({ lawCode: APL, article: 22 })}至第二十五条的规定，本案不属于本机关管辖，现将该案移送你单位依法处理。请在收到本移送书及案件材料后在回执上签收。`,
    },
    { kind: 'heading', text: '移送材料' },
    materialsTable(caseMaterials(d)),
    { kind: 'signatures', lines: [{ role: '接收单位（签收）' }] },
    { kind: 'closing', lines: [d.orgName, '（印章）', dateText(dayOf(e))] },
    { kind: 'note', text: '本文书一式两份，一份送接收单位，一份存档。' },
  ];
  return { orgName: d.orgName, title: INSTRUMENT_TYPES.transferLetter.name, number: numberOf(d, 'transferLetter'), blocks };
}

/** 涉嫌犯罪案件移送书 with the materials 第六条 requires, approved by the head (第五条). */
export function buildCriminalTransferLetter(d: CaseInstrumentData): Instrument {
  const e = lastEvent(d, 'transferToPolice');
  const items = [...d.case.preservations.flatMap((p) => p.items), ...d.case.samplings.flatMap((s) => s.items)].map((x) => `${x.name}${x.quantity}${x.unit}`);
  const blocks: Block[] = [
    { kind: 'paragraph', text: `${receiver(e, '＿＿＿＿＿＿公安局')}：` },
    { kind: 'paragraph', indent: true, text: `本机关在查处${causeText(d)}过程中，${factsText(d)}` },
    {
      kind: 'paragraph',
      indent: true,
      text: `本机关认为，${reasons(e) || '当事人的行为涉嫌构成犯罪。'}根据${cite({ lawCode: APL, article: 27 })}和${TRANSFER_RULES}第三条的规定，经本机关负责人${e?.actorName ? `${e.actorName}于${dateText(dayOf(e))}` : ''}批准（${TRANSFER_RULES}第五条），现将该案移送你局，请依法审查。`,
    },
    { kind: 'heading', text: `附送材料（${TRANSFER_RULES}第六条）` },
    materialsTable([
      ['涉嫌犯罪案件情况的调查报告', '', `承办人：${d.investigators.map((o) => o.name).join('、')}`],
      ['涉案物品清单', '', items.length ? items.join('、') : '无'],
      ['有关检验报告或者鉴定结论', '', '如有，另附'],
      ...caseMaterials(d),
    ]),
    { kind: 'signatures', lines: [{ role: '接收单位（签收）' }] },
    { kind: 'closing', lines: [d.orgName, '（印章）', dateText(dayOf(e))] },
    { kind: 'note', text: `抄送：同级人民检察院（${TRANSFER_RULES}第六条）。本文书一式三份，一份送公安机关，一份抄送人民检察院，一份存档。` },
  ];
  return { orgName: d.orgName, title: INSTRUMENT_TYPES.criminalTransferLetter.name, number: numberOf(d, 'criminalTransferLetter'), blocks };
}
