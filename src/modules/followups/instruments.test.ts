import { describe, expect, it } from 'vitest';
import { instrumentText } from '../../platform/documents/render/model.js';
import { FOLLOW_UP_STATES } from './codes.js';
import { buildFollowUpRecord, type InstrumentFollowUp, instrumentProblem } from './instruments.js';

const due: InstrumentFollowUp = {
  subjectKind: 'case',
  subjectTitle: '（咸安）应急简罚〔2026〕3号 咸宁市某化工有限公司',
  subjectOn: '2026-03-02',
  orgName: '咸宁市咸安区应急管理局',
  enterpriseName: '咸宁市某化工有限公司',
  basis: '本局执法回访制度：当场处罚决定同样逐案回访（待核）',
  dueOn: '2026-03-30',
  state: 'due',
  channel: null,
  fairness: null,
  conduct: null,
  satisfaction: null,
  problems: null,
  respondent: null,
  note: null,
  answeredOn: null,
  resolution: null,
  resolvedOn: null,
  recorderName: null,
  recordedOn: null,
  resolverName: null,
};
const visited: InstrumentFollowUp = {
  ...due,
  state: 'done',
  channel: 'visit',
  fairness: 'satisfied',
  conduct: 'basicallySatisfied',
  satisfaction: 'satisfied',
  respondent: '张三（安全科长）',
  answeredOn: '2026-03-10',
  recorderName: '李执法',
  recordedOn: '2026-03-10',
};
const resolved: InstrumentFollowUp = {
  ...visited,
  state: 'resolved',
  channel: 'phone',
  conduct: 'dissatisfied',
  problems: '检查时个别执法人员语气生硬。',
  resolution: '已批评教育当事执法人员，并向企业说明情况。',
  resolvedOn: '2026-03-20',
  resolverName: '王法制',
};
const textOf = (f: InstrumentFollowUp) => instrumentText(buildFollowUpRecord(f)).join('\n');

describe('执法回访记录表', () => {
  it('exists for every state but 待回访', () => {
    for (const state of FOLLOW_UP_STATES) {
      const f = state === 'due' ? due : { ...visited, state };
      expect(instrumentProblem(f) === null, state).toBe(state !== 'due');
    }
    expect(instrumentProblem(due)).toMatch(/尚未办理/);
    expect(() => buildFollowUpRecord(due)).toThrow(RangeError);
  });

  it('is unnumbered, and names the subject, the enterprise, the channel, who answered, each answer in Chinese, the recorder and the basis', () => {
    const inst = buildFollowUpRecord(visited);
    expect([inst.orgName, inst.title, inst.number]).toEqual(['咸宁市咸安区应急管理局', '执法回访记录表', '']);
    const text = textOf(visited);
    for (const s of [
      '行政处罚决定',
      '决定日期',
      '2026年3月2日',
      '（咸安）应急简罚〔2026〕3号 咸宁市某化工有限公司',
      '被回访单位',
      '上门回访',
      '2026年3月30日',
      '已回访',
      '2026年3月10日',
      '张三（安全科长）',
      '执法是否公正\n满意',
      '执法人员是否文明规范\n基本满意',
      '对本次执法的总体评价\n满意',
      '反映的意见和问题\n无',
      '回访人\n李执法',
      '回访依据：本局执法回访制度：当场处罚决定同样逐案回访（待核）',
    ])
      expect(text).toContain(s);
    expect(text).not.toContain('问题处理');
    expect(text).not.toMatch(/satisfied|visit|done/);
  });

  it('says the problem raised and how the legal office resolved it, by whom and when', () => {
    const text = textOf(resolved);
    for (const s of [
      '电话回访',
      '问题已办结',
      '执法人员是否文明规范\n不满意',
      '检查时个别执法人员语气生硬。',
      '问题处理',
      '法制机构处理结果\n已批评教育当事执法人员，并向企业说明情况。',
      '办结人\n王法制',
      '2026年3月20日',
    ])
      expect(text).toContain(s);
    expect(textOf({ ...resolved, state: 'attention', resolution: null, resolvedOn: null, resolverName: null })).toContain('已转法制机构办理，尚未办结');
  });

  it('for the enterprise’s own online answer, names its account as the one who filled it in', () => {
    const text = textOf({ ...visited, channel: 'online', respondent: null, recorderName: '某化工企业账号' });
    for (const s of ['网上回访', '咸宁市某化工有限公司（网上填写）', '网上填写人（企业账号）\n某化工企业账号']) expect(text).toContain(s);
    expect(text).not.toContain('受访人（签名）');
  });

  it('for 无法联系 and 拒绝回访, gives the reason instead of answers, dated when recorded', () => {
    for (const [state, label] of [
      ['unreachable', '无法联系'],
      ['declined', '企业拒绝回访'],
    ] as const) {
      const f: InstrumentFollowUp = { ...due, state, channel: 'phone', note: '三次拨打均无人接听', recorderName: '李执法', recordedOn: '2026-03-12' };
      const text = textOf(f);
      for (const s of [label, '电话回访', '情况说明\n三次拨打均无人接听', '2026年3月12日', '回访人\n李执法']) expect(text).toContain(s);
      expect(text).not.toContain('执法是否公正');
      expect(text).not.toContain('受访人');
    }
  });
});
