// 执法回访记录表: a pure builder from the stored follow-up to the instrument model; the platform's
// renderers draw the DOCX and the PDF from it, so the two say the same. It exists once the
// follow-up has been made (answered, or ended 无法联系 / 拒绝回访), and is rebuilt on each download.
//
// Unnumbered, on purpose: numbers (numbering.ts INSTRUMENT_TYPES) go to the bureau's 执法文书 that
// are served on a party or sit in a case file, issued in the transaction of their act. A 回访记录
// is neither — the bureau's own record of how it was regarded, kept on the follow-up, never served
// — like the other internal records (the case's 当事人放弃权利声明, the annual report), it carries
// no number, and a download never issues one.
import { dateText, type Block, type Field, type Instrument, type SignatureLine } from '../../platform/documents/render/model.js';
import { FOLLOW_UP_LABELS, QUESTIONS, type Question } from './codes.js';
import type { FollowUpOut } from './contract.js';

export const FOLLOW_UP_RECORD_TITLE = '执法回访记录表';

/** The questions as the questionnaire asks them (contract.ts answers). */
export const QUESTION_WORDING = {
  fairness: '执法是否公正',
  conduct: '执法人员是否文明规范',
  satisfaction: '对本次执法的总体评价',
} as const satisfies Record<Question, string>;

export type InstrumentFollowUp = Pick<
  FollowUpOut,
  | 'subjectKind'
  | 'subjectTitle'
  | 'subjectOn'
  | 'orgName'
  | 'enterpriseName'
  | 'basis'
  | 'dueOn'
  | 'state'
  | 'channel'
  | 'fairness'
  | 'conduct'
  | 'satisfaction'
  | 'problems'
  | 'respondent'
  | 'note'
  | 'answeredOn'
  | 'resolution'
  | 'resolvedOn'
> & {
  /** Who recorded it: the officer (visit, call, not reached) or the enterprise's user (online). */
  recorderName: string | null;
  /** China date recorded: the answer's day, or the day 无法联系 / 拒绝回访 was recorded. */
  recordedOn: string | null;
  /** Who closed the problem raised (the legal office or a leader). */
  resolverName: string | null;
};

/** Why the record does not exist yet, or null. */
export function instrumentProblem(f: Pick<InstrumentFollowUp, 'state' | 'recordedOn'>): string | null {
  return f.state === 'due' || !f.recordedOn ? '该回访尚未办理（待回访），没有执法回访记录表' : null;
}

const dash = (s: string | null | undefined) => (s?.trim() ? s.trim() : '无');

export function buildFollowUpRecord(f: InstrumentFollowUp): Instrument {
  const problem = instrumentProblem(f);
  if (problem) throw new RangeError(problem);
  const answered = f.answeredOn !== null;
  const online = f.channel === 'online';
  const rows: (readonly [Field] | readonly [Field, Field])[] = [
    [
      { label: '回访事项', value: FOLLOW_UP_LABELS.subjectKind[f.subjectKind] },
      { label: f.subjectKind === 'case' ? '决定日期' : '销号日期', value: dateText(f.subjectOn) },
    ],
    [{ label: f.subjectKind === 'case' ? '处罚决定' : '销号隐患', value: f.subjectTitle }],
    [{ label: '被回访单位', value: f.enterpriseName }],
    [
      { label: '回访方式', value: f.channel ? FOLLOW_UP_LABELS.channel[f.channel] : '无' },
      { label: '回访期限', value: dateText(f.dueOn) },
    ],
    [
      { label: '回访结果', value: FOLLOW_UP_LABELS.state[f.state] },
      { label: '回访日期', value: dateText(f.recordedOn ?? undefined) },
    ],
  ];
  if (answered) rows.push([{ label: '受访人', value: online ? `${f.enterpriseName}（网上填写）` : dash(f.respondent) }]);
  const blocks: Block[] = [{ kind: 'fields', rows }];
  if (answered) {
    blocks.push(
      { kind: 'heading', text: '回访内容' },
      {
        kind: 'table',
        columns: [
          { title: '回访问题', weight: 3 },
          { title: '评价', weight: 2 },
        ],
        rows: QUESTIONS.map((q) => [QUESTION_WORDING[q], f[q] ? FOLLOW_UP_LABELS.rating[f[q]] : '未答']),
      },
      { kind: 'fields', rows: [[{ label: '反映的意见和问题', value: dash(f.problems) }]] },
    );
  } else {
    blocks.push({ kind: 'fields', rows: [[{ label: '情况说明', value: dash(f.note) }]] });
  }
  if (f.state === 'resolved' || f.state === 'attention') {
    blocks.push(
      { kind: 'heading', text: '问题处理' },
      {
        kind: 'fields',
        rows:
          f.state === 'resolved'
            ? [
                [{ label: '法制机构处理结果', value: dash(f.resolution) }],
                [
                  { label: '办结人', value: dash(f.resolverName) },
                  { label: '办结日期', value: dateText(f.resolvedOn ?? undefined) },
                ],
              ]
            : [[{ label: '法制机构处理结果', value: '已转法制机构办理，尚未办结' }]],
      },
    );
  }
  const signatures: SignatureLine[] = online
    ? [{ role: '网上填写人（企业账号）', name: f.recorderName ?? undefined, date: f.recordedOn ?? undefined }]
    : [
        { role: '回访人', name: f.recorderName ?? undefined, date: f.recordedOn ?? undefined },
        ...(answered ? [{ role: '受访人（签名）', name: f.respondent ?? undefined }] : []),
      ];
  blocks.push({ kind: 'signatures', lines: signatures }, { kind: 'note', text: `回访依据：${f.basis}` }, { kind: 'note', text: '本记录由执法机构留存备查。' });
  return { orgName: f.orgName, title: FOLLOW_UP_RECORD_TITLE, number: '', blocks };
}
