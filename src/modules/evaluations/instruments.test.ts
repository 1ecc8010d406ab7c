import { describe, expect, it } from 'vitest';
import { instrumentText } from '../../platform/documents/render/model.js';
import type { FileOut } from './contract.js';
import { buildNotice, noticeProblem } from './instruments.js';
import { scoreOf } from './rules.js';

const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const deductions = [
  { ruleCode: 'evidence.form', times: 2, note: '现场照片未注明拍摄时间' },
  { ruleCode: 'discretion.reasons', times: 1, note: '未说明裁量理由' },
];
const s = scoreOf(deductions);
const file: FileOut = {
  id: id(1),
  roundId: id(2),
  roundName: '2026年度行政处罚案卷评查',
  caseId: id(3),
  orgId: id(4),
  orgName: '咸安区应急管理局',
  position: 1,
  partyName: '咸宁市某机械有限公司',
  decisionNumber: '（咸安）应急罚〔2026〕8号',
  closedOn: '2026-05-30',
  handlerIds: [],
  state: 'notified',
  evaluatorId: id(5),
  evaluatorName: '赵法制',
  deductions: [
    { ...deductions[0], itemName: '证据确凿', text: '证据形式不规范（未注明来源、提取时间，复印件未核对）', points: 4 },
    { ...deductions[1], itemName: '裁量适当', text: '裁量理由未说明或者说理不充分', points: 3 },
  ],
  items: s.items,
  score: s.score,
  grade: s.grade,
  defectCount: 2,
  comment: '证据和说理需规范',
  scoredAt: new Date('2026-07-02T02:00:00Z'),
  noticeNumber: '（咸）应急评查〔2026〕1号',
  notifiedAt: new Date('2026-07-03T02:00:00Z'),
  answer: null,
  answeredAt: null,
  excellent: false,
  version: 3,
};
const round = { name: '2026年度行政处罚案卷评查', orgName: '咸宁市应急管理局', periodFrom: '2026-01-01', periodTo: '2026-06-30' };

describe('评查结果通知书', () => {
  it('prints the file, its score and grade, each item, every defect with its deduction, and asks for corrections', () => {
    const text = instrumentText(buildNotice(round, file)).join('\n');
    for (const part of [
      '案卷评查结果通知书',
      '（咸）应急评查〔2026〕1号',
      '咸安区应急管理局：',
      '咸宁市某机械有限公司',
      '（咸安）应急罚〔2026〕8号',
      '93分',
      '优秀',
      '证据确凿',
      '1. 证据确凿：证据形式不规范（未注明来源、提取时间，复印件未核对）（2处），扣4分。现场照片未注明拍摄时间',
      '2. 裁量适当：裁量理由未说明或者说理不充分，扣3分。未说明裁量理由',
      '反馈整改情况',
      '评查人员：赵法制',
      '2026年7月3日',
    ])
      expect(text).toContain(part);
  });

  it('exists only once the result is notified', () => {
    expect(noticeProblem(file)).toBeNull();
    expect(noticeProblem({ noticeNumber: null })).toBe('评查结果尚未通知，没有评查结果通知书');
    expect(() => buildNotice(round, { ...file, noticeNumber: null })).toThrow('尚未通知');
  });
});
