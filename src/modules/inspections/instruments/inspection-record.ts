import { dateText, dateTimeText, type Block, type Field, type Instrument, type SignatureLine } from '../../../platform/documents/render/model.js';
import { pngSize } from '../../../platform/documents/render/png.js';
import { chinaDate } from '../../../platform/dates.js';
import { INSTRUMENT_TYPES } from '../../../platform/documents/numbering.js';
import { ValidationError } from '../../../platform/errors.js';
import { cite } from '../../catalogue/citation.js';
import { assertOfficers, CREDENTIAL_BASIS, RECORD_BASIS } from './basis.js';
import { CHECK_RESULT_ZH, type CheckedItem, type CheckResult, type InspectionRecordData } from './types.js';

/** 现场检查记录: the written record of one on-site inspection (安全生产法 第六十八条). */
export function buildInspectionRecord(d: InspectionRecordData): Instrument {
  assertOfficers(d.officers);
  if (d.endedAt < d.startedAt) throw new ValidationError('检查结束时间不能早于开始时间', 'endedAt');
  if (d.enterpriseSignature?.png) pngSize(d.enterpriseSignature.png, 'enterpriseSignature');
  if (d.enterpriseSignature && d.signatureRefused) throw new ValidationError('已签字的记录不能同时记为拒绝签字', 'signatureRefused');

  const e = d.enterprise;
  const rows: ([Field] | [Field, Field])[] = [
    [{ label: '被检查单位', value: e.name }],
    ...(e.uscc ? [[{ label: '统一社会信用代码', value: e.uscc }] as [Field]] : []),
    [{ label: '地址', value: e.address }],
    [
      { label: '法定代表人（负责人）', value: e.legalRepresentative },
      { label: '联系电话', value: e.phone ?? '' },
    ],
    [{ label: '检查场所', value: d.place }],
    [{ label: '检查时间', value: period(d.startedAt, d.endedAt) }],
    ...(d.matter ? [[{ label: '检查事项', value: d.matter }] as [Field]] : []),
    ...d.officers.map((o, i): [Field, Field] => [
      { label: `执法人员${i + 1}`, value: o.name },
      { label: '执法证号', value: o.credentialNo },
    ]),
    [{ label: '在场人员', value: d.present.map((p) => (p.position ? `${p.name}（${p.position}）` : p.name)).join('、') || '无' }],
  ];

  const hazards = d.items.filter((i) => i.result === 'hazard');
  const notChecked = d.items.filter((i) => i.result === 'notChecked');
  const blocks: Block[] = [
    { kind: 'fields', rows },
    {
      kind: 'paragraph',
      indent: true,
      text: `我们是${d.orgName}执法人员${d.officers.map((o) => o.name).join('、')}，证件号码分别为${d.officers.map((o) => o.credentialNo).join('、')}，已向你单位出示执法证件（${cite(CREDENTIAL_BASIS)}）。现依法对你单位进行现场检查，请予以配合。`,
    },
    { kind: 'heading', text: '检查内容及结果' },
    {
      kind: 'table',
      columns: [
        { title: '序号', weight: 1 },
        { title: '检查项目', weight: 7 },
        { title: '检查结果', weight: 2 },
        { title: '备注', weight: 4 },
      ],
      rows: d.items.map((item, i) => [String(i + 1), item.text, CHECK_RESULT_ZH[item.result], remark(item)]),
    },
    { kind: 'paragraph', indent: true, text: `${tally(d.items)}。` },
    ...(notChecked.length
      ? ([
          { kind: 'paragraph', indent: true, text: `以下检查项未检查（共${notChecked.length}项）：` },
          ...notChecked.map((n, i): Block => ({ kind: 'paragraph', indent: true, text: `${i + 1}. ${n.text}，原因：${n.note?.trim() || '未注明'}。` })),
        ] satisfies Block[])
      : []),
    { kind: 'heading', text: '检查情况' },
    { kind: 'paragraph', indent: true, text: d.findings.trim() || '未发现问题。' },
    ...(hazards.length
      ? ([
          { kind: 'paragraph', indent: true, text: `检查发现以下事故隐患（共${hazards.length}项）：` },
          ...hazards.map(
            (h, i): Block => ({
              kind: 'paragraph',
              indent: true,
              text: `${i + 1}. ${h.text}${h.note ? `：${h.note}` : ''}${h.basis ? `（依据${cite(h.basis)}）` : ''}。`,
            }),
          ),
        ] satisfies Block[])
      : []),
    {
      kind: 'signatures',
      lines: [...d.officers.map((o): SignatureLine => ({ role: '执法人员（签名）', name: o.name, date: chinaDate(d.endedAt) })), enterpriseLine(d)],
    },
    ...(d.signatureRefused
      ? [{ kind: 'note', text: `被检查单位负责人拒绝签字。情况：${d.signatureRefused}。已记录在案（${cite(RECORD_BASIS)}）。` } satisfies Block]
      : []),
    { kind: 'note', text: '本记录一式两份，一份交被检查单位，一份存档。' },
  ];
  return { orgName: d.orgName, title: INSTRUMENT_TYPES.inspectionRecord.name, number: d.number, blocks };
}

/** 共检查N项：符合a项、存在隐患b项、不适用c项、未检查d项 — every answer counted, none implied. */
export function tally(items: readonly Pick<CheckedItem, 'result'>[]): string {
  const counts = (Object.keys(CHECK_RESULT_ZH) as CheckResult[]).map((r) => `${CHECK_RESULT_ZH[r]}${items.filter((i) => i.result === r).length}项`);
  return `共检查${items.length}项：${counts.join('、')}`;
}

function remark(item: CheckedItem): string {
  if (item.result === 'notChecked') return `未检查原因：${item.note?.trim() || '未注明'}`;
  return item.note ?? '';
}

function enterpriseLine(d: InspectionRecordData): SignatureLine {
  const s = d.enterpriseSignature;
  return { role: '被检查单位负责人（签名）', name: s?.name, date: s?.signedOn, image: s?.png };
}

// 2026年11月24日9时30分至11时05分: the end's date is repeated only when it is another day.
function period(start: Date, end: Date): string {
  const from = dateTimeText(start);
  const to = dateTimeText(end);
  const day = dateText(chinaDate(start));
  return `${from}至${chinaDate(start) === chinaDate(end) ? to.slice(day.length) : to}`;
}
