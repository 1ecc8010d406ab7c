import { describe, expect, it } from 'vitest';
import { TASK_KINDS, type TaskKind } from '../codes.js';
import { KIND_FIELD_LABELS, kindFields, TASK_KIND_RULES, taskKindProblem, type KindField, type TaskKindInput } from './kinds.js';

const team = ['a', 'b'];
const complete: Required<TaskKindInput> = { officerIds: team, tipRef: '12345热线 JB-001', departments: ['市场监督管理局'], campaignId: 'c1' };
const emptied: Record<KindField, Partial<TaskKindInput>> = {
  tipRef: { tipRef: '  ' },
  departments: { departments: [' ', ''] },
  campaignId: { campaignId: null },
};

describe('task kinds as data', () => {
  it('gives every kind a Chinese label, a basis citing an article, and at least two officers', () => {
    for (const kind of TASK_KINDS) {
      const rule = TASK_KIND_RULES[kind];
      expect(rule.label).toMatch(/^[\u4e00-\u9fa5]{4}$/);
      expect(rule.basis).toMatch(/第[一二三四五六七八九十百]+条/);
      expect(rule.teamRule).toContain('行政处罚法 第四十二条');
      expect(rule.minOfficers).toBe(2);
    }
    expect(TASK_KIND_RULES.unannounced.teamRule).toContain('行政处罚法 第五十五条');
    expect(TASK_KIND_RULES.joint.basis).toContain('安全生产法 第六十九条');
  });

  it('takes a complete input for every kind', () => {
    for (const kind of TASK_KINDS) expect(taskKindProblem(kind, complete)).toBeNull();
  });

  // Every kind × team size × each field left out or blank.
  it.each(TASK_KINDS)('%s: refuses too few officers, citing 第四十二条', (kind) => {
    for (const officerIds of [[], ['a'], ['a', 'a']]) {
      expect(taskKindProblem(kind, { ...complete, officerIds })).toMatchObject({ field: 'officerIds', article: '行政处罚法 第四十二条' });
    }
    expect(taskKindProblem(kind, { ...complete, officerIds: ['a', 'b', 'c'] })).toBeNull();
  });

  it.each(TASK_KINDS)('%s: refuses exactly its required fields when missing, naming them', (kind: TaskKind) => {
    for (const field of Object.keys(KIND_FIELD_LABELS) as KindField[]) {
      for (const missing of [{ [field]: undefined }, emptied[field]]) {
        const problem = taskKindProblem(kind, { ...complete, ...missing });
        if (TASK_KIND_RULES[kind].required.includes(field)) {
          expect(problem).toMatchObject({ field });
          expect(problem!.problem).toContain(KIND_FIELD_LABELS[field]);
          expect(problem!.problem).toContain(TASK_KIND_RULES[kind].label);
        } else expect(problem).toBeNull();
      }
    }
  });

  it('keeps only the fields of the kind, trimmed and without repeats', () => {
    expect(kindFields('routine', complete)).toEqual({ tipRef: null, departments: [], campaignId: null });
    expect(kindFields('tip', { ...complete, tipRef: ' JB-1 ' })).toEqual({ tipRef: 'JB-1', departments: [], campaignId: null });
    expect(kindFields('joint', { ...complete, departments: [' 消防救援大队', '消防救援大队', ''] })).toEqual({
      tipRef: null,
      departments: ['消防救援大队'],
      campaignId: null,
    });
    expect(kindFields('campaign', complete)).toEqual({ tipRef: null, departments: [], campaignId: 'c1' });
    expect(kindFields('unannounced', complete)).toEqual({ tipRef: null, departments: [], campaignId: null });
  });
});
