import { describe, expect, it } from 'vitest';
import { REVIEW_ITEM_NAMES, REVIEW_OUTCOMES, reviewEvent, reviewProblem, type Checklist, type ReviewOutcome } from './review.js';

const allOk = Object.fromEntries(REVIEW_ITEM_NAMES.map((k) => [k, { ok: true }])) as Checklist;
const failing = { ...allOk, evidence: { ok: false, note: '缺少现场照片' } };
const OUTCOMES = Object.keys(REVIEW_OUTCOMES) as ReviewOutcome[];

describe('reviewProblem', () => {
  it('wants every checklist item answered', () => {
    for (const k of REVIEW_ITEM_NAMES) {
      const { [k]: _gone, ...rest } = allOk;
      expect(reviewProblem('pass', rest as Checklist, '')?.field).toBe(`checklist.${k}`);
    }
  });

  it('wants a note on every failed item', () => {
    expect(reviewProblem('return', { ...allOk, facts: { ok: false } }, '事实不清')?.field).toBe('checklist.facts.note');
    expect(reviewProblem('return', { ...allOk, facts: { ok: false, note: '  ' } }, '事实不清')?.field).toBe('checklist.facts.note');
  });

  it('accepts exactly the consistent combinations of outcome, checklist and opinion', () => {
    const cases: [ReviewOutcome, Checklist, string, string | null][] = [
      ['pass', allOk, '', null],
      ['pass', failing, '同意', 'outcome'],
      ['passWithChanges', allOk, '', 'opinion'],
      ['passWithChanges', failing, '补充照片后同意', null],
      ['passWithChanges', allOk, '文字修改', null],
      ['return', failing, '', 'opinion'],
      ['return', allOk, '退回', 'checklist'],
      ['return', failing, '补充调查', null],
      ['refuse', allOk, '不同意', 'checklist'],
      ['refuse', failing, '不同意处罚', null],
    ];
    for (const [outcome, checklist, opinion, field] of cases)
      expect(reviewProblem(outcome, checklist, opinion)?.field ?? null, `${outcome} ${opinion}`).toBe(field);
  });

  it('lets only passing outcomes move the case on', () => {
    expect(OUTCOMES.map(reviewEvent)).toEqual(['passLegalReview', 'passLegalReview', 'failLegalReview', 'failLegalReview']);
  });
});
