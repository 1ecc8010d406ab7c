// 抽样取证凭证, 先行登记保存证据通知书 and its 处理决定书 (行政处罚法 第五十六条): each the stored act
// as recorded, under the number issued with it. Which one a download means is `samplingIndex` /
// `preservationIndex` (the last that has the instrument when absent; service.ts checks it).
import { INSTRUMENT_TYPES } from '../../../platform/documents/numbering.js';
import { NotFound, RuleViolation } from '../../../platform/errors.js';
import { dateText, dateTimeText, type Block, type Instrument, type SignatureLine } from '../../../platform/documents/render/model.js';
import { remediesText } from '../../../platform/documents/render/remedies.js';
import { PRESERVATION_DECISIONS, type SAMPLING_METHODS, type Preservation } from '../collection/rules.js';
import { addressee, partyRows, violationOf, you } from './common.js';
import type { CaseInstrumentData } from './types.js';

export const SAMPLING_METHOD_ZH: Record<(typeof SAMPLING_METHODS)[number], string> = {
  random: '随机抽样',
  systematic: '系统抽样',
  stratified: '分层抽样',
  onSiteSelection: '现场选取',
  other: '其他方法',
};

const quantity = (n: number) => String(n);

/** Which stored preservation holds the instrument: the one asked for, or the last that has it. */
export function preservationIndexFor(
  list: readonly Pick<Preservation, 'noticeNumber' | 'decision'>[],
  kind: 'preservationNotice' | 'preservationDecision',
  index?: number,
): number {
  if (index !== undefined) return index;
  const has = (p: Pick<Preservation, 'noticeNumber' | 'decision'>) => (kind === 'preservationNotice' ? !!p.noticeNumber : !!p.decision);
  return list.findLastIndex(has);
}

/** Points `d` at the sampling or preservation a download asks for: 404 when there is none, 422 when it has no such instrument yet. */
export function chooseCollectionItem(d: CaseInstrumentData, kind: string, index: number | undefined): void {
  if (index === undefined) return;
  if (kind === 'sampling') {
    if (index >= d.case.samplings.length) throw new NotFound(`本案没有第 ${index + 1} 份抽样取证凭证`, 'index');
    d.samplingIndex = index;
  } else if (kind === 'preservationNotice' || kind === 'preservationDecision') {
    const p = d.case.preservations[index];
    if (!p) throw new NotFound(`本案没有第 ${index + 1} 项先行登记保存`, 'index');
    if (kind === 'preservationNotice' && !p.noticeNumber) throw new RuleViolation('该项先行登记保存尚未经负责人批准，没有通知书', 'index');
    if (kind === 'preservationDecision' && !p.decision) throw new RuleViolation('该项先行登记保存尚未作出处理决定，没有处理决定书', 'index');
    d.preservationIndex = index;
  }
}

function officerLinesOf(d: CaseInstrumentData, ids: readonly string[]): SignatureLine[] {
  return ids.map((id) => {
    const o = d.investigators.find((x) => x.userId === id);
    return { role: '执法人员（签名）', name: o ? (o.credentialNo ? `${o.name}　证号：${o.credentialNo}` : o.name) : undefined };
  });
}

export function buildSamplingVoucher(d: CaseInstrumentData): Instrument {
  const list = d.case.samplings;
  const s = list[d.samplingIndex ?? list.length - 1];
  const blocks: Block[] = [
    {
      kind: 'fields',
      rows: [
        ...partyRows(d),
        [
          { label: '抽样时间', value: dateTimeText(new Date(s.sampledAt)) },
          { label: '抽样地点', value: s.place },
        ],
      ],
    },
    {
      kind: 'paragraph',
      indent: true,
      text: `依据《中华人民共和国行政处罚法》第五十六条的规定，本机关在调查${violationOf(d).title}一案时，对${you(d)}的下列物品采取抽样取证（${SAMPLING_METHOD_ZH[s.method]}）。`,
    },
    {
      kind: 'table',
      columns: [
        { title: '序号', weight: 1 },
        { title: '样品名称', weight: 4 },
        { title: '规格型号', weight: 3 },
        { title: '批号（生产日期）', weight: 3 },
        { title: '数量', weight: 2 },
        { title: '单位', weight: 1 },
      ],
      rows: s.items.map((i, n) => [String(n + 1), i.name, i.specification, i.batch, quantity(i.quantity), i.unit]),
    },
    ...(s.methodNote ? [{ kind: 'paragraph', indent: true, text: `抽样方法及封样情况：${s.methodNote.replace(/。$/, '')}。` } as Block] : []),
    { kind: 'paragraph', indent: true, text: '以上样品经当事人（见证人）确认无误，样品由本机关封存留样。' },
    { kind: 'signatures', lines: [{ role: '当事人（见证人）（签名）', name: s.witnessName }, ...officerLinesOf(d, s.officerIds)] },
    { kind: 'closing', lines: [d.orgName, '（印章）', dateText(chinaDay(s.sampledAt))] },
    { kind: 'note', text: '本文书一式两份，一份交当事人，一份存档。' },
  ];
  return { orgName: d.orgName, title: INSTRUMENT_TYPES.samplingVoucher.name, number: s.number, blocks };
}

/** The China calendar date of a stored instant. */
const chinaDay = (iso: string) => new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 10);

function itemsTable(p: Preservation): Block {
  return {
    kind: 'table',
    columns: [
      { title: '序号', weight: 1 },
      { title: '物品名称', weight: 4 },
      { title: '规格型号', weight: 3 },
      { title: '数量', weight: 2 },
      { title: '单位', weight: 1 },
      { title: '保存地点', weight: 4 },
    ],
    rows: p.items.map((i, n) => [String(n + 1), i.name, i.specification, quantity(i.quantity), i.unit, i.storagePlace]),
  };
}

const preservationOf = (d: CaseInstrumentData, kind: 'preservationNotice' | 'preservationDecision') =>
  d.case.preservations[preservationIndexFor(d.case.preservations, kind, d.preservationIndex)];

export function buildPreservationNotice(d: CaseInstrumentData): Instrument {
  const p = preservationOf(d, 'preservationNotice');
  const y = you(d);
  const blocks: Block[] = [
    { kind: 'paragraph', text: addressee(d) },
    {
      kind: 'paragraph',
      indent: true,
      text: `因${y}涉嫌${violationOf(d).title}，${p.reason.replace(/[。；]$/, '')}。依据《中华人民共和国行政处罚法》第五十六条的规定，经本机关负责人批准，决定对${y}的下列物品予以先行登记保存。`,
    },
    itemsTable(p),
    {
      kind: 'paragraph',
      indent: true,
      text: `在先行登记保存期间，${y}或者有关人员不得使用、销毁或者转移上述物品。本机关将在七个工作日内（即${dateText(p.decisionDueOn ?? undefined)}前）依法作出处理决定。`,
    },
    { kind: 'signatures', lines: [{ role: '当事人（签名）' }, ...officerLinesOf(d, p.officerIds)] },
    { kind: 'closing', lines: [d.orgName, '（印章）', dateText(p.approvedOn ?? undefined)] },
    { kind: 'note', text: '本文书一式两份，一份交当事人，一份存档。' },
  ];
  return { orgName: d.orgName, title: INSTRUMENT_TYPES.preservationNotice.name, number: p.noticeNumber ?? '', blocks };
}

export function buildPreservationDecision(d: CaseInstrumentData): Instrument {
  const p = preservationOf(d, 'preservationDecision');
  const x = p.decision!;
  const kind = PRESERVATION_DECISIONS[x.kind];
  const blocks: Block[] = [
    { kind: 'paragraph', text: addressee(d) },
    {
      kind: 'paragraph',
      indent: true,
      text: `本机关于${dateText(p.approvedOn ?? undefined)}以《先行登记保存证据通知书》（${p.noticeNumber}）对${you(d)}的下列物品予以先行登记保存。依据${kind.article}的规定，现作出如下处理决定：${kind.name}。`,
    },
    itemsTable(p),
    { kind: 'paragraph', indent: true, text: `${x.details.replace(/。$/, '')}。` },
    { kind: 'paragraph', indent: true, text: remediesText('决定', d.remedies) },
    { kind: 'closing', lines: [d.orgName, '（印章）', dateText(x.decidedOn)] },
    { kind: 'note', text: '本文书一式两份，一份交当事人，一份存档。' },
  ];
  return { orgName: d.orgName, title: INSTRUMENT_TYPES.preservationDecision.name, number: x.number, blocks };
}
