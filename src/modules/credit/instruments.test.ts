import { describe, expect, it } from 'vitest';
import { instrumentText } from '../../platform/documents/render/model.js';
import { buildDecision, buildNotice, type InstrumentListing, instrumentProblem } from './instruments.js';

const proposed: InstrumentListing = {
  orgName: '咸宁市咸安区应急管理局',
  enterpriseName: '咸宁市某化工有限公司',
  uscc: '91421202MA4XXXXXX1',
  criterion: 'unlicensedOperation',
  facts: '该单位在危险化学品经营许可证被吊销期间继续经营汽油。',
  penaltyDecisionNumber: '（咸安）应急罚〔2026〕7号',
  penaltyDecidedOn: '2026-02-10',
  noticeNumber: null,
  noticeServedOn: null,
  statementDueOn: null,
  statement: null,
  statementOn: null,
  decidedOn: null,
  decisionReason: null,
  decisionNumber: null,
  listedOn: null,
  termEndsOn: null,
};
const noticed = { ...proposed, noticeNumber: '（咸安）应急信告〔2026〕1号', noticeServedOn: '2026-03-02', statementDueOn: '2026-03-09' };
const listed = {
  ...noticed,
  decidedOn: '2026-03-12',
  decisionReason: '当事人未提出陈述申辩',
  decisionNumber: '（咸安）应急信列〔2026〕1号',
  listedOn: '2026-03-12',
  termEndsOn: '2029-03-11',
};

describe('列入告知书 and 列入决定书', () => {
  it('exist only once their acts have numbered them', () => {
    expect(instrumentProblem('notice', proposed)).toMatch(/尚未送达/);
    expect(instrumentProblem('notice', noticed)).toBeNull();
    expect(instrumentProblem('decision', noticed)).toMatch(/尚未作出列入决定/);
    expect(instrumentProblem('decision', listed)).toBeNull();
    expect(() => buildNotice(proposed)).toThrow(RangeError);
    expect(() => buildDecision(noticed)).toThrow(RangeError);
  });

  it('tell the party the reasons, the basis, the rights and the period, under the issued number', () => {
    const n = buildNotice(noticed);
    expect([n.title, n.number]).toEqual(['列入严重失信主体名单告知书', '（咸安）应急信告〔2026〕1号']);
    const text = instrumentText(n).join('\n');
    for (const s of [
      '咸宁市某化工有限公司（统一社会信用代码：91421202MA4XXXXXX1）',
      '（咸安）应急罚〔2026〕7号',
      '许可被暂扣、吊销期间',
      '第七条第一项（条号待核）',
      '陈述、申辩',
      '2026年3月9日前',
      '管理期限为3年',
    ])
      expect(text).toContain(s);
    // The facts' own full stop is not doubled.
    expect(text).not.toContain('。。');
  });

  it('state the listing with its term and the remedies, saying no statement was made', () => {
    const text = instrumentText(buildDecision(listed)).join('\n');
    for (const s of [
      '决定将你单位列入安全生产严重失信主体名单',
      '2026年3月12日',
      '2029年3月11日',
      '在规定期限内未提出陈述、申辩意见',
      '（咸安）应急信告〔2026〕1号',
      '行政复议',
      '行政诉讼',
    ])
      expect(text).toContain(s);
  });
});
