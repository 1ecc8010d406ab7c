// 当事人放弃陈述、申辩（听证）权利声明: the party's own written waiver, kept on the case file
// (行政处罚法 第六十二条、第六十四条). The party's document, not the bureau's: it carries no
// instrument number; the notice it answers is cited by its number.
import { INSTRUMENT_TYPES } from '../../../platform/documents/numbering.js';
import { dateText, type Block, type Instrument } from '../../../platform/documents/render/model.js';
import type { WaivableRight, Waiver } from '../workflow/facts.js';
import { causeText, numberOf } from './common.js';
import type { CaseInstrumentData } from './types.js';

const RIGHT_ZH: Record<WaivableRight, string> = { statement: '陈述、申辩', hearing: '要求听证' };

const rightsText = (w: Waiver) => w.waives.map((r) => RIGHT_ZH[r]).join('和');

function waiverBlocks(d: CaseInstrumentData, w: Waiver): Block[] {
  const notice = numberOf(d, 'penaltyNotice');
  const image = w.image.type === 'image/png' ? Buffer.from(w.image.base64, 'base64') : undefined;
  return [
    {
      kind: 'paragraph',
      indent: true,
      text:
        `本人（单位）已收到${d.orgName}《${INSTRUMENT_TYPES.penaltyNotice.name}》（${notice}），知悉拟作出的行政处罚内容及事实、理由、依据，` +
        `以及依法享有的陈述、申辩${d.case.waivers.some((x) => x.waives.includes('hearing')) ? '、要求听证' : ''}等权利。经慎重考虑，本人（单位）自愿放弃${rightsText(w)}的权利。`,
    },
    {
      kind: 'fields',
      rows: [
        [{ label: '案由', value: causeText(d) }],
        [{ label: '当事人', value: d.case.partyName }],
        [
          { label: '放弃的权利', value: rightsText(w) },
          { label: '声明日期', value: dateText(w.waivedOn) },
        ],
        [
          { label: '声明人', value: w.signer },
          { label: '记录日期', value: dateText(w.recordedOn) },
        ],
        [{ label: '声明原件摘要', value: `${w.image.type === 'image/png' ? '当场签名' : '书面声明照片'}，摘要 ${w.image.digest}` }],
      ],
    },
    { kind: 'signatures', lines: [{ role: '当事人（签名或者盖章）', name: w.signer, date: w.waivedOn, image }] },
  ];
}

export function buildWaiverStatement(d: CaseInstrumentData): Instrument {
  const all = d.case.waivers;
  const blocks: Block[] = all.flatMap((w, i) => [...(all.length > 1 ? [{ kind: 'heading' as const, text: `声明${i + 1}` }] : []), ...waiverBlocks(d, w)]);
  blocks.push({
    kind: 'note',
    text: '依据《中华人民共和国行政处罚法》第六十二条，当事人明确放弃陈述或者申辩权利的，行政机关可以在陈述、申辩期限届满前作出行政处罚决定；当事人书面放弃听证的，依照第六十四条不再组织听证。本声明附卷存档。',
  });
  const waived = [...new Set(all.flatMap((w) => w.waives))] as WaivableRight[];
  const title = `当事人放弃${waived.map((r) => (r === 'statement' ? '陈述、申辩' : '听证')).join('及')}权利声明`;
  return { orgName: d.orgName, title, number: '', blocks };
}
