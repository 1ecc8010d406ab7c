import { describe, expect, it } from 'vitest';
import { samplePng } from '../instruments/samples.js';
import type { RecordItem } from '../schema.js';
import { completionProblem, pngDimensions, signatureProblem } from './rules.js';

describe('completionProblem', () => {
  const items: RecordItem[] = [
    { code: 'A', text: 'a', result: 'compliant' },
    { code: 'B', text: 'b', result: 'hazard' },
  ];
  const ok = { place: '车间', items, findings: '检查了车间', signerName: '陈志明', signaturePng: true, signatureRefused: null };
  it('needs place, items, findings, a signature or a refusal, and a hazard per hazard item', () => {
    expect(completionProblem(ok, ['B'])).toBeNull();
    expect(completionProblem({ ...ok, signaturePng: false, signerName: null, signatureRefused: '负责人拒绝签字，由两名执法人员注明' }, ['B'])).toBeNull();
    expect(completionProblem({ ...ok, place: ' ' }, ['B'])?.field).toBe('place');
    expect(completionProblem({ ...ok, items: [] }, [])?.field).toBe('items');
    expect(completionProblem({ ...ok, findings: '' }, ['B'])?.field).toBe('findings');
    expect(completionProblem({ ...ok, signaturePng: false }, ['B'])?.field).toBe('signature');
    expect(completionProblem({ ...ok, signerName: '' }, ['B'])?.field).toBe('signature');
    expect(completionProblem(ok, [])).toMatchObject({ field: 'items', problem: expect.stringContaining('B') });
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
