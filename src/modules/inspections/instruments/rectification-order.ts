import { INSTRUMENT_TYPES } from '../../../platform/documents/numbering.js';
import { dateText, type Block, type Instrument } from '../../../platform/documents/render/model.js';
import { remediesText } from '../../../platform/documents/render/remedies.js';
import { ValidationError } from '../../../platform/errors.js';
import { citeAll } from '../../catalogue/citation.js';
import { assertOfficers, ORDER_BASIS } from './basis.js';
import { hazardText, officerLines, recipientLine, whichItems } from './common.js';
import type { RectificationOrderData } from './types.js';

/** 责令限期整改指令书: the hazards found, the deadline, and the law that orders them fixed. */
export function buildRectificationOrder(d: RectificationOrderData): Instrument {
  assertOfficers(d.officers);
  if (d.hazards.length === 0) throw new ValidationError('至少列出一项需要整改的问题', 'hazards');
  if (d.deadline <= d.issuedOn) throw new ValidationError(`整改期限（${dateText(d.deadline)}）应晚于下达日期（${dateText(d.issuedOn)}）`, 'deadline');

  const n = d.hazards.length;
  const which = whichItems(
    d.hazards.map((_, i) => i + 1),
    n,
  );
  const found = d.inspectionRecordNumber
    ? `经${dateText(d.inspectedOn)}现场检查（现场检查记录${d.inspectionRecordNumber}）`
    : `经${dateText(d.inspectedOn)}现场检查`;
  const majors = d.hazards.flatMap((h, i) => (h.major ? [i + 1] : []));

  const blocks: Block[] = [
    { kind: 'paragraph', text: `${d.enterpriseName}：` },
    { kind: 'paragraph', indent: true, text: `${found}，你单位存在下列问题：` },
    ...d.hazards.map((h, i): Block => ({ kind: 'paragraph', indent: true, text: `${i + 1}. ${hazardText(h)}` })),
    {
      kind: 'paragraph',
      indent: true,
      text: `${which}，依据${citeAll(ORDER_BASIS)}的规定，责令你单位于${dateText(d.deadline)}前整改完毕，达到有关法律法规规章和标准规定的要求。由此造成事故的，依法追究有关人员的责任。`,
    },
    ...(majors.length
      ? [
          {
            kind: 'paragraph',
            indent: true,
            text: `其中第${majors.join('、')}项属于重大事故隐患。重大事故隐患排除前或者排除过程中无法保证安全的，应当从危险区域内撤出作业人员，暂时停产停业或者停止使用相关设施、设备。`,
          } satisfies Block,
        ]
      : []),
    { kind: 'paragraph', indent: true, text: '整改期间，你单位应当采取措施，确保安全生产。对安全生产违法行为，将依法予以行政处罚。' },
    { kind: 'paragraph', indent: true, text: remediesText('指令', d.remedies) },
    {
      kind: 'signatures',
      lines: [...officerLines(d.officers, d.issuedOn), recipientLine(d.recipient, 'recipient')],
    },
    { kind: 'closing', lines: [d.orgName, '（印章）', dateText(d.issuedOn)] },
    { kind: 'note', text: '本文书一式两份，一份交被检查单位，一份存档。' },
  ];
  return { orgName: d.orgName, title: INSTRUMENT_TYPES.rectificationOrder.name, number: d.number, blocks };
}
