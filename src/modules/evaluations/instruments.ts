// 案卷评查结果通知书: one file's result as the org that handled the case receives it (pure builder;
// the platform's renderers draw the DOCX and the PDF from it). Numbered when notified (service.ts notifyFile).
import { INSTRUMENT_TYPES } from '../../platform/documents/numbering.js';
import { type Block, dateText, type Instrument } from '../../platform/documents/render/model.js';
import { chinaDate } from '../../platform/dates.js';
import { EVALUATION_LABELS } from './codes.js';
import type { FileOut, RoundOut } from './contract.js';
import { EVALUATION_STANDARD } from './standard.js';

/** Why there is no notice yet, or null. */
export function noticeProblem(f: Pick<FileOut, 'noticeNumber'>): string | null {
  return f.noticeNumber ? null : '评查结果尚未通知，没有评查结果通知书';
}

export function buildNotice(round: Pick<RoundOut, 'name' | 'orgName' | 'periodFrom' | 'periodTo'>, f: FileOut): Instrument {
  if (!f.noticeNumber || f.score === null || !f.grade) throw new RangeError('评查结果尚未通知');
  const on = f.notifiedAt ? chinaDate(f.notifiedAt) : '';
  const blocks: Block[] = [
    { kind: 'paragraph', text: `${f.orgName}：` },
    {
      kind: 'paragraph',
      indent: true,
      text: `根据${round.orgName}${round.name}（评查期间 ${dateText(round.periodFrom)}至${dateText(round.periodTo)}）的安排，依据《${EVALUATION_STANDARD.name}》，对你单位办理的下列案件案卷进行了评查。现将评查结果通知如下：`,
    },
    {
      kind: 'fields',
      rows: [
        [
          { label: '当事人', value: f.partyName },
          { label: '处罚决定书文号', value: f.decisionNumber ?? '—' },
        ],
        [
          { label: '评查得分', value: `${f.score}分` },
          { label: '评查等次', value: EVALUATION_LABELS.grade[f.grade] },
        ],
      ],
    },
    {
      kind: 'table',
      columns: [
        { title: '评查项目', weight: 2 },
        { title: '分值', weight: 1 },
        { title: '扣分', weight: 1 },
        { title: '得分', weight: 1 },
      ],
      rows: f.items.map((i) => [i.name, String(i.points), String(i.deducted), String(i.score)]),
    },
    { kind: 'heading', text: '存在的问题' },
  ];
  if (f.deductions.length === 0) blocks.push({ kind: 'paragraph', indent: true, text: '未发现问题。' });
  for (const [n, d] of f.deductions.entries()) {
    blocks.push({
      kind: 'paragraph',
      indent: true,
      text: `${n + 1}. ${d.itemName}：${d.text}${d.times > 1 ? `（${d.times}处）` : ''}，扣${d.points}分。${d.note}`,
    });
  }
  if (f.comment) blocks.push({ kind: 'paragraph', indent: true, text: `评查意见：${f.comment}` });
  blocks.push(
    {
      kind: 'paragraph',
      indent: true,
      text:
        f.deductions.length > 0
          ? '请你单位对上述问题认真整改，并在本系统中反馈整改情况（整改说明）。评查分数线和等次按本省行政执法案卷评查办法确定（待核）。'
          : '请你单位保持案卷质量。评查分数线和等次按本省行政执法案卷评查办法确定（待核）。',
    },
    { kind: 'paragraph', indent: true, text: `评查人员：${f.evaluatorName ?? ''}` },
    { kind: 'closing', lines: [round.orgName, '（印章）', dateText(on)] },
  );
  return { orgName: round.orgName, title: INSTRUMENT_TYPES.evaluationNotice.name, number: f.noticeNumber, blocks };
}
