import { describe, expect, it } from 'vitest';
import { findingSummary } from './rules.js';

const finding = {
  recordNumber: '（咸安）应急检记〔2026〕12号',
  inspectedOn: '2026-03-02',
  place: '生产车间、仓库、配电房及办公区域',
  description: '配电房、危险作业区域未设置安全警示标志',
  location: '配电房',
  item: { code: 'CL-GEN-10', text: '危险部位设置明显的安全警示标志', note: '配电房、危险作业区域未设置安全警示标志' },
  majorHazardCode: null,
};

describe('the facts of a case opened from a finding', () => {
  it('keeps the place inspected, the spot and the problem apart, and the record number out of another bracket', () => {
    expect(findingSummary(finding)).toBe(
      '2026-03-02，执法人员对当事人的生产车间、仓库、配电房及办公区域进行现场检查，发现配电房存在以下问题：配电房、危险作业区域未设置安全警示标志。' +
        '检查项「危险部位设置明显的安全警示标志」判定存在问题。以上事实见现场检查记录（咸安）应急检记〔2026〕12号。',
    );
  });

  it('never puts a space before a bracket, nor glues the place to the description', () => {
    const s = findingSummary({ ...finding, location: '', item: undefined, description: '未配备专职安全生产管理人员。' });
    expect(s).toBe(
      '2026-03-02，执法人员对当事人的生产车间、仓库、配电房及办公区域进行现场检查，发现存在以下问题：未配备专职安全生产管理人员。以上事实见现场检查记录（咸安）应急检记〔2026〕12号。',
    );
    expect(s).not.toMatch(/\s（/);
    expect(s).not.toContain('区域未配备');
  });

  it('says a different note and a major hazard, and does without a place or a number', () => {
    expect(
      findingSummary({ ...finding, place: '', recordNumber: null, item: { ...finding.item, note: '东侧配电房门口无标志' }, majorHazardCode: 'GM-1' }),
    ).toBe(
      '2026-03-02，执法人员对当事人进行现场检查，发现配电房存在以下问题：配电房、危险作业区域未设置安全警示标志。' +
        '检查项「危险部位设置明显的安全警示标志」判定存在问题：东侧配电房门口无标志。该隐患属重大事故隐患（判定情形 GM-1）。',
    );
  });
});
