import { INSTRUMENT_TYPES } from '../../../platform/documents/numbering.js';
import { dateText, type Block, type Instrument } from '../../../platform/documents/render/model.js';
import { ValidationError } from '../../../platform/errors.js';
import { cite } from '../../catalogue/citation.js';
import { assertOfficers, HAZARD_NOT_REMOVED_BASIS } from './basis.js';
import { officerLines, recipientLine, whichItems } from './common.js';
import type { ReinspectionOpinionData } from './types.js';

/** 整改复查意见书: item by item, whether what the order named was fixed, and what follows if not. */
export function buildReinspectionOpinion(d: ReinspectionOpinionData): Instrument {
  assertOfficers(d.officers);
  if (d.results.length === 0) throw new ValidationError('至少列出一项复查的问题', 'results');
  if (d.reinspectedOn < d.orderIssuedOn) throw new ValidationError('复查日期不能早于整改指令下达日期', 'reinspectedOn');
  const open = d.results.flatMap((r, i) => (r.rectified ? [] : [i + 1]));
  if (d.extendedTo && open.length === 0) throw new ValidationError('问题均已整改完毕，无需延期', 'extendedTo');
  if (d.extendedTo && d.extendedTo <= d.reinspectedOn) throw new ValidationError('延期整改的期限应晚于复查日期', 'extendedTo');

  const n = d.results.length;
  const conclusion =
    open.length === 0
      ? `经复查，${whichItems(
          d.results.map((_, i) => i + 1),
          n,
        )}已整改完毕。`
      : d.extendedTo
        ? `经复查，${whichItems(open, n)}尚未整改完毕。经研究，同意你单位延期至${dateText(d.extendedTo)}前整改完毕，逾期未整改的，依据${cite(HAZARD_NOT_REMOVED_BASIS)}等规定依法处理。`
        : `经复查，${whichItems(open, n)}未按期整改完毕，本机关将依据${cite(HAZARD_NOT_REMOVED_BASIS)}等规定依法处理。`;

  const blocks: Block[] = [
    { kind: 'paragraph', text: `${d.enterpriseName}：` },
    {
      kind: 'paragraph',
      indent: true,
      text: `本机关于${dateText(d.orderIssuedOn)}向你单位下达了《责令限期整改指令书》（${d.orderNumber}），并于${dateText(d.reinspectedOn)}对整改情况进行了复查，意见如下：`,
    },
    {
      kind: 'table',
      columns: [
        { title: '序号', weight: 1 },
        { title: '问题', weight: 7 },
        { title: '复查结果', weight: 2 },
        { title: '说明', weight: 4 },
      ],
      rows: d.results.map((r, i) => [String(i + 1), r.description, r.rectified ? '已整改' : '未整改', r.note ?? '']),
    },
    { kind: 'paragraph', indent: true, text: conclusion },
    { kind: 'signatures', lines: [...officerLines(d.officers, d.reinspectedOn), recipientLine(d.recipient, 'recipient')] },
    { kind: 'closing', lines: [d.orgName, '（印章）', dateText(d.reinspectedOn)] },
    { kind: 'note', text: '本文书一式两份，一份交被检查单位，一份存档。' },
  ];
  return { orgName: d.orgName, title: INSTRUMENT_TYPES.reinspectionOpinion.name, number: d.number, blocks };
}
