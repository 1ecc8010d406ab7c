// 送达回执 (行政处罚法 第六十一条): the decision served, how, when and on whom.
import { INSTRUMENT_TYPES } from '../../../platform/documents/numbering.js';
import { dateText, type Block, type Instrument } from '../../../platform/documents/render/model.js';
import { numberOf } from './common.js';
import type { CaseInstrumentData } from './types.js';

export const SERVICE_METHOD_ZH: Record<string, string> = {
  direct: '直接送达',
  leftAtAddress: '留置送达',
  mail: '邮寄送达',
  electronic: '电子送达',
  entrusted: '委托送达',
  announcement: '公告送达',
};

export function buildServiceReceipt(d: CaseInstrumentData): Instrument {
  const c = d.case;
  const blocks: Block[] = [
    {
      kind: 'fields',
      rows: [
        [{ label: '送达文书名称及文号', value: `${INSTRUMENT_TYPES.penaltyDecision.name}　${numberOf(d, 'penaltyDecision')}` }],
        [{ label: '受送达人', value: c.partyName }],
        [{ label: '送达地点', value: d.enterprise?.address ?? '' }],
        [
          { label: '送达方式', value: c.serviceMethod ? (SERVICE_METHOD_ZH[c.serviceMethod] ?? c.serviceMethod) : '' },
          { label: '送达日期', value: dateText(c.servedOn ?? undefined) },
        ],
        [{ label: '送达人', value: d.investigators.map((o) => o.name).join('、') }],
      ],
    },
    {
      kind: 'signatures',
      lines: [...d.investigators.map((o) => ({ role: '送达人（签名）', name: o.name, date: c.servedOn ?? undefined })), { role: '受送达人（签名或者盖章）' }],
    },
    { kind: 'closing', lines: [d.orgName, '（印章）'] },
    { kind: 'note', text: '受送达人拒绝签收的，送达人应当在备注栏注明拒收事由和日期，由送达人、见证人签名或者盖章，将文书留在受送达人的住所（留置送达）。' },
  ];
  return { orgName: d.orgName, title: INSTRUMENT_TYPES.serviceReceipt.name, number: numberOf(d, 'serviceReceipt'), blocks };
}
