// 抽样取证凭证 and the two 先行登记保存 instruments, built from the sample case's stored acts.
import { describe, expect, it } from 'vitest';
import { instrumentText, type Block, type Instrument } from '../../../platform/documents/render/model.js';
import { NotFound, RuleViolation } from '../../../platform/errors.js';
import type { Preservation } from '../collection/rules.js';
import { chooseCollectionItem, preservationIndexFor } from './collection.js';
import { SAMPLE_PRESERVATIONS } from './collection-samples.js';
import { buildCaseInstrument, instrumentProblem } from './index.js';
import { sampleData, sampleRow } from './samples.js';

const text = (inst: Instrument) => instrumentText(inst).join('\n');
const table = (inst: Instrument) => inst.blocks.find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table')!;
const decided = SAMPLE_PRESERVATIONS[0];
const approved: Preservation = {
  ...decided,
  status: 'approved',
  decision: null,
  noticeNumber: '（咸安）应急先保〔2026〕2号',
  reason: '账册可能被转移',
  items: [{ name: '出入库台账', specification: '', quantity: 3, unit: '本', storagePlace: '本局证据保管室' }],
};
const requested: Preservation = { ...decided, status: 'requested', approval: null, noticeNumber: null, approvedOn: null, decisionDueOn: null, decision: null };

describe('抽样取证凭证', () => {
  it('states the sampling as recorded: number, time in China, place, items, method, witness and both officers', () => {
    const inst = buildCaseInstrument('sampling', sampleData());
    const t = text(inst);
    expect(inst.title).toBe('抽样取证凭证');
    expect(inst.number).toBe('（咸安）应急抽〔2026〕2号');
    expect(t).toContain('2026年2月11日11时00分');
    expect(t).toContain('湖北楚缘精细化工有限公司甲类仓库');
    expect(t).toContain('《中华人民共和国行政处罚法》第五十六条');
    expect(t).toContain('（随机抽样）');
    expect(t).toContain('抽样方法及封样情况：随机抽取两桶，现场封存并加贴封条。');
    expect(table(inst).rows).toEqual([['1', '工业用二氯甲烷', '250kg/桶', '20260105', '2', '桶']]);
    expect(t).toContain('张伟');
    expect(t).toContain('王建国　证号：42120021001');
    expect(t).toContain('李晓红　证号：42120021017');
    expect(t).toContain('2026年2月11日');
  });

  it('is offered once a sampling is recorded, the one asked for by index', () => {
    expect(instrumentProblem('sampling', sampleRow({ samplings: [] }))).toBe('案件尚未抽样取证');
    expect(instrumentProblem('sampling', sampleRow())).toBeNull();
    const second = { ...sampleRow().samplings[0], number: '（咸安）应急抽〔2026〕3号', place: '乙类仓库' };
    const d = sampleData({ samplings: [...sampleRow().samplings, second] });
    expect(buildCaseInstrument('sampling', d).number).toBe('（咸安）应急抽〔2026〕3号');
    chooseCollectionItem(d, 'sampling', 0);
    expect(buildCaseInstrument('sampling', d).number).toBe('（咸安）应急抽〔2026〕2号');
    expect(() => chooseCollectionItem(d, 'sampling', 2)).toThrow(NotFound);
  });
});

describe('先行登记保存证据通知书 and 处理决定书', () => {
  it('the notice: approved by the head, the items with where they are kept, the reason and the last day for the decision', () => {
    const inst = buildCaseInstrument('preservationNotice', sampleData());
    const t = text(inst);
    expect(inst.number).toBe('（咸安）应急先保〔2026〕1号');
    expect(t).toContain('湖北楚缘精细化工有限公司（统一社会信用代码：91421202MA4F5J8L2X）：');
    expect(t).toContain('因你单位涉嫌未按照规定设置安全生产管理机构');
    expect(t).toContain('，报警控制器历史记录可能被删除，证据可能灭失。依据《中华人民共和国行政处罚法》第五十六条的规定');
    expect(t).toContain('经本机关负责人批准，决定对你单位的下列物品予以先行登记保存');
    expect(t).toContain('不得使用、销毁或者转移上述物品');
    expect(t).toContain('本机关将在七个工作日内（即2026年2月28日前）依法作出处理决定');
    expect(table(inst).rows).toEqual([['1', '可燃气体报警控制器', 'JB-TB-AEC2301', '1', '台', '当事人中控室，原地封存']]);
    expect(t).toContain('2026年2月12日');
  });

  it('the decision: refers to the notice, states the measure with its law, the details and the remedies', () => {
    const inst = buildCaseInstrument('preservationDecision', sampleData());
    const t = text(inst);
    expect(inst.number).toBe('（咸安）应急先处〔2026〕1号');
    expect(t).toContain('本机关于2026年2月12日以《先行登记保存证据通知书》（（咸安）应急先保〔2026〕1号）');
    expect(t).toContain('依据行政处罚法 第五十六条的规定，现作出如下处理决定：解除先行登记保存。');
    expect(t).toContain('已对报警控制器历史记录拍照、复制，解除先行登记保存。');
    expect(t).toContain('申请行政复议');
    expect(t).toContain('2026年2月25日');
    const transfer = sampleData({ preservations: [{ ...decided, decision: { ...decided.decision!, kind: 'transfer' } }] });
    expect(text(buildCaseInstrument('preservationDecision', transfer))).toContain('依据行政处罚法 第二十七条的规定，现作出如下处理决定：移送有关机关处理。');
  });

  it('are offered only once one is approved / decided, and a download picks the right one', () => {
    expect(instrumentProblem('preservationNotice', sampleRow({ preservations: [requested] }))).toBe(
      '先行登记保存尚未经负责人批准，不能制作先行登记保存证据通知书',
    );
    expect(instrumentProblem('preservationDecision', sampleRow({ preservations: [requested, approved] }))).toBe(
      '先行登记保存尚未作出处理决定，不能制作先行登记保存证据处理决定书',
    );
    expect(instrumentProblem('preservationNotice', sampleRow({ preservations: [requested, approved] }))).toBeNull();
    const list = [decided, approved, requested];
    expect(preservationIndexFor(list, 'preservationNotice')).toBe(1);
    expect(preservationIndexFor(list, 'preservationDecision')).toBe(0);
    expect(preservationIndexFor(list, 'preservationNotice', 0)).toBe(0);
    const d = sampleData({ preservations: list });
    expect(buildCaseInstrument('preservationNotice', d).number).toBe('（咸安）应急先保〔2026〕2号');
    expect(text(buildCaseInstrument('preservationNotice', d))).toContain('出入库台账');
    chooseCollectionItem(d, 'preservationNotice', 0);
    expect(buildCaseInstrument('preservationNotice', d).number).toBe('（咸安）应急先保〔2026〕1号');
    expect(() => chooseCollectionItem(d, 'preservationDecision', 1)).toThrow(RuleViolation);
    expect(() => chooseCollectionItem(d, 'preservationNotice', 2)).toThrow(RuleViolation);
    expect(() => chooseCollectionItem(d, 'preservationNotice', 3)).toThrow(NotFound);
  });
});
