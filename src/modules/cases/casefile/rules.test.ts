import { describe, expect, it } from 'vitest';
import { CASE_INSTRUMENT_KINDS } from '../instruments/types.js';
import { CASE_FILE_ORDER, evidencePath, orderParts, orderRuleOf, pageRanges, pagesText } from './rules.js';

describe('卷内目录 order', () => {
  it('places every case instrument exactly once, between the contents and the 备考表', () => {
    const kinds = CASE_FILE_ORDER.map((r) => r.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    for (const k of CASE_INSTRUMENT_KINDS) expect(kinds).toContain(k);
    expect(kinds).toHaveLength(CASE_INSTRUMENT_KINDS.length + 3);
    expect(kinds[0]).toBe('contents');
    expect(kinds.at(-1)).toBe('ledgerRecord');
  });

  it('cites a basis for every position, and marks what the source does not name as 待核', () => {
    for (const r of CASE_FILE_ORDER) expect(r.basis).toMatch(/津安监管法字〔2009〕28号|DA\/T 22-2015/);
    expect(orderRuleOf('penaltyDecision').basis).toMatch(/第2项$/);
    for (const k of ['transferLetter', 'criminalTransferLetter', 'filingRevocation', 'waiverStatement'] as const) expect(orderRuleOf(k).basis).toMatch(/待核/);
  });

  it('puts the decision first, then the procedure in order, the closure last but the 备考表', () => {
    const parts = [
      { kind: 'closureReport', index: 0 },
      { kind: 'serviceReceipt', index: 0 },
      { kind: 'interview', index: 1 },
      { kind: 'ledgerRecord', index: 0 },
      { kind: 'penaltyNotice', index: 0 },
      { kind: 'interview', index: 0 },
      { kind: 'evidenceList', index: 0 },
      { kind: 'filingApproval', index: 0 },
      { kind: 'caseHandlingApproval', index: 0 },
      { kind: 'penaltyDecision', index: 0 },
      { kind: 'hearingRecord', index: 0 },
      { kind: 'sampling', index: 0 },
    ] as const;
    expect(orderParts(parts).map((p) => `${p.kind}${p.kind === 'interview' ? p.index : ''}`)).toEqual([
      'penaltyDecision',
      'filingApproval',
      'interview0',
      'interview1',
      'sampling',
      'evidenceList',
      'penaltyNotice',
      'hearingRecord',
      'caseHandlingApproval',
      'serviceReceipt',
      'closureReport',
      'ledgerRecord',
    ]);
  });

  it('refuses a part it has no place for', () => {
    expect(() =>
      orderParts([
        { kind: 'minutes' as never, index: 0 },
        { kind: 'contents', index: 0 },
      ]),
    ).toThrow(/没有「minutes」的位置/);
  });
});

describe('pages', () => {
  it('numbers the parts through from the first page', () => {
    expect(pageRanges([1, 2, 1, 3])).toEqual([
      { from: 1, to: 1 },
      { from: 2, to: 3 },
      { from: 4, to: 4 },
      { from: 5, to: 7 },
    ]);
    expect(pageRanges([]).length).toBe(0);
    expect(pagesText({ from: 4, to: 4 })).toBe('4');
    expect(pagesText({ from: 5, to: 7 })).toBe('5–7');
  });

  it('refuses a part of no pages', () => {
    expect(() => pageRanges([1, 0])).toThrow(/正整数/);
    expect(() => pageRanges([1.5])).toThrow(/正整数/);
  });
});

describe('evidence paths', () => {
  it('numbers the files and keeps their names inside evidence/', () => {
    expect(evidencePath(3, '现场照片.jpg')).toBe('evidence/03-现场照片.jpg');
    expect(evidencePath(12, '../../etc/passwd')).toBe('evidence/12-__.._etc_passwd');
    expect(evidencePath(1, 'a:b*c?.png')).toBe('evidence/01-a_b_c_.png');
    expect(evidencePath(1, '')).toBe('evidence/01-file');
  });
});
