import { describe, expect, it } from 'vitest';
import { samplePng } from '../instruments/samples.js';
import type { RecordItem } from '../schema.js';

const CHECK_RESULTS: RecordItem['result'][] = ['compliant', 'hazard', 'notApplicable', 'notChecked'];
import { completionProblem, itemsProblem, pngDimensions, signatureProblem } from './rules.js';

describe('completionProblem', () => {
  const items: RecordItem[] = [
    { code: 'A', text: 'a', result: 'compliant' },
    { code: 'B', text: 'b', result: 'hazard' },
  ];
  const list = { itemCodes: ['A', 'B'], hazardItemCodes: ['B'] };
  const ok = { place: '车间', items, findings: '检查了车间', signerName: '陈志明', signaturePng: true, signatureRefused: null };
  it('needs place, every item answered, findings, a signature or a refusal, and a hazard per hazard item', () => {
    expect(completionProblem(ok, list)).toBeNull();
    expect(completionProblem({ ...ok, signaturePng: false, signerName: null, signatureRefused: '负责人拒绝签字，由两名执法人员注明' }, list)).toBeNull();
    expect(completionProblem({ ...ok, place: ' ' }, list)?.field).toBe('place');
    expect(completionProblem({ ...ok, items: [] }, { itemCodes: [], hazardItemCodes: [] })?.field).toBe('items');
    expect(completionProblem({ ...ok, findings: '' }, list)?.field).toBe('findings');
    expect(completionProblem({ ...ok, signaturePng: false }, list)?.field).toBe('signature');
    expect(completionProblem({ ...ok, signerName: '' }, list)?.field).toBe('signature');
    expect(completionProblem(ok, { ...list, hazardItemCodes: [] })).toMatchObject({ field: 'items', problem: expect.stringContaining('B') });
  });

  it('refuses an unanswered item, naming the field and the item codes', () => {
    expect(completionProblem({ ...ok, items: [items[1]] }, list)).toEqual({
      field: 'items',
      problem: '检查表尚有 1 项未作答（A），须逐项作答后才能完成检查',
    });
    expect(completionProblem({ ...ok, items: [] }, list)).toMatchObject({ field: 'items', problem: expect.stringContaining('尚有 2 项未作答（A、B）') });
  });

  it('names the first five open items and counts the rest', () => {
    const codes = Array.from({ length: 22 }, (_, i) => `CL-GEN-${String(i + 1).padStart(2, '0')}`);
    const answered: RecordItem[] = [{ code: 'CL-GEN-03', text: '', result: 'compliant' }];
    expect(itemsProblem(answered, codes)).toBe(
      '检查表尚有 21 项未作答（CL-GEN-01、CL-GEN-02、CL-GEN-04、CL-GEN-05、CL-GEN-06 等 21 项），须逐项作答后才能完成检查',
    );
  });

  it('refuses an item that is not on the checklist', () => {
    const extra: RecordItem = { code: 'X', text: 'x', result: 'compliant' };
    expect(completionProblem({ ...ok, items: [...items, extra] }, list)).toEqual({ field: 'items', problem: '检查项 X 不在本检查表中' });
  });

  it('wants the reason for an item not checked', () => {
    const notChecked = (note?: string): RecordItem => ({ code: 'A', text: 'a', result: 'notChecked', ...(note === undefined ? {} : { note }) });
    for (const note of [undefined, '', '  ']) {
      expect(completionProblem({ ...ok, items: [notChecked(note), items[1]] }, list)).toEqual({
        field: 'items',
        problem: '检查项 A 标为未检查，须在备注中说明原因',
      });
    }
    expect(completionProblem({ ...ok, items: [notChecked('配电房上锁，负责人不在场'), items[1]] }, list)).toBeNull();
  });

  // Every way a three-item checklist can be filled in: each item unanswered, or one of the four
  // answers with or without a note. Complete exactly when all are answered and every 未检查 has its reason.
  it('accepts exactly the fully answered checklists, for every way of filling three items', () => {
    const codes = ['A', 'B', 'C'];
    const states: (Pick<RecordItem, 'result' | 'note'> | null)[] = [null];
    for (const result of CHECK_RESULTS) for (const note of [undefined, '说明']) states.push({ result, ...(note ? { note } : {}) });
    let accepted = 0;
    for (const a of states)
      for (const b of states)
        for (const c of states) {
          const filled = [a, b, c].flatMap((s, i) => (s ? [{ code: codes[i], text: codes[i], ...s } as RecordItem] : []));
          const hazards = filled.filter((i) => i.result === 'hazard').map((i) => i.code);
          const got = completionProblem({ ...ok, items: filled }, { itemCodes: codes, hazardItemCodes: hazards });
          const complete = filled.length === 3 && filled.every((i) => i.result !== 'notChecked' || i.note);
          expect(got, JSON.stringify(filled)).toEqual(complete ? null : { field: 'items', problem: expect.any(String) });
          if (!complete && filled.length < 3) expect(got?.problem).toContain(`尚有 ${3 - filled.length} 项未作答`);
          if (complete) accepted++;
        }
    // (3 answers × 2 notes + 未检查 with a note) per item.
    expect(accepted).toBe(7 ** 3);
  });
});

describe('signatures', () => {
  it('reads PNG signatures and refuses other or oversized images', () => {
    expect(pngDimensions(samplePng(240, 80))).toEqual({ width: 240, height: 80 });
    expect(signatureProblem(samplePng())).toBeNull();
    expect(signatureProblem(Buffer.from('GIF89a......................................'))).toMatch(/PNG/);
    expect(signatureProblem(samplePng(2400, 10))).toMatch(/尺寸/);
    expect(signatureProblem(Buffer.alloc(300 * 1024))).toMatch(/200 KB/);
  });
});
