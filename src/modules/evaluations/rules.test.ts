import { describe, expect, it } from 'vitest';
import { closeProblem, deductionsProblem, evaluatorProblem, gradeOf, scoreOf } from './rules.js';
import { EVALUATION_STANDARD, RULES_BY_CODE, STANDARD_ITEMS } from './standard.js';

const none = { investigator: [], legalReviewer: [], hearingChair: [], approver: [] };

describe('the evaluation standard as data', () => {
  it('has the eight items in order, 100 points in all, every rule within its item and cited', () => {
    expect(STANDARD_ITEMS.map((i) => i.name)).toEqual(['主体合法', '事实清楚', '证据确凿', '程序合法', '适用依据正确', '裁量适当', '文书规范', '归档完整']);
    expect(STANDARD_ITEMS.reduce((s, i) => s + i.points, 0)).toBe(100);
    for (const item of STANDARD_ITEMS) {
      expect(item.basis.length, item.code).toBeGreaterThan(5);
      expect(item.rules.length, item.code).toBeGreaterThan(0);
      for (const r of item.rules) {
        expect(r.code.startsWith(`${item.code}.`), r.code).toBe(true);
        expect(r.points, r.code).toBeGreaterThan(0);
        expect(r.points, r.code).toBeLessThanOrEqual(item.points);
      }
    }
    expect(RULES_BY_CODE.size).toBe(STANDARD_ITEMS.flatMap((i) => i.rules).length);
  });

  it('grades by the thresholds: 90 and up 优秀, 70 and up 合格, else 不合格', () => {
    for (let s = 0; s <= 100; s++) expect(gradeOf(s), String(s)).toBe(s >= 90 ? 'excellent' : s >= 70 ? 'pass' : 'fail');
    expect(EVALUATION_STANDARD.grades.map((g) => g.min)).toEqual([90, 70, 0]);
  });
});

describe('scoreOf', () => {
  it('is 100 and 优秀 with nothing deducted', () => {
    expect(scoreOf([])).toMatchObject({ score: 100, grade: 'excellent', fatal: false, defects: 0 });
  });

  it('takes each rule × times off its item, never below the item floor of 0: every rule, 1 to 20 times', () => {
    for (const [code, rule] of RULES_BY_CODE) {
      for (let times = 1; times <= 20; times++) {
        const s = scoreOf([{ ruleCode: code, times }]);
        const off = Math.min(rule.item.points, rule.points * times);
        expect(s.score, `${code} × ${times}`).toBe(100 - off);
        expect(s.items.find((i) => i.code === rule.item.code)).toMatchObject({ deducted: off, score: rule.item.points - off });
        expect(s.grade).toBe(rule.fatal ? 'fail' : gradeOf(100 - off));
      }
    }
  });

  it('adds deductions across items and caps them within one', () => {
    const s = scoreOf([
      { ruleCode: 'evidence.insufficient', times: 1 },
      { ruleCode: 'evidence.unlawful', times: 2 },
      { ruleCode: 'instruments.form', times: 3 },
    ]);
    // 证据确凿 20 − min(20, 15 + 10) = 0; 文书规范 10 − 3 = 7.
    expect(s.items.find((i) => i.code === 'evidence')).toMatchObject({ deducted: 20, score: 0 });
    expect(s.items.find((i) => i.code === 'instruments')).toMatchObject({ deducted: 3, score: 7 });
    expect(s).toMatchObject({ score: 77, grade: 'pass', defects: 3 });
  });

  it('makes a file with a fatal defect 不合格 whatever its score', () => {
    expect(scoreOf([{ ruleCode: 'subject.noPower', times: 1 }])).toMatchObject({ score: 90, grade: 'fail', fatal: true });
  });
});

describe('deductionsProblem', () => {
  it('accepts known rules once each with a note', () => {
    expect(deductionsProblem([{ ruleCode: 'facts.party', times: 1, note: '当事人住所未记载' }])).toBeNull();
  });
  it('names the field of an unknown rule, a repeat, a bad count and a missing note', () => {
    expect(deductionsProblem([{ ruleCode: 'nope', times: 1, note: 'x' }])?.field).toBe('deductions.0.ruleCode');
    expect(
      deductionsProblem([
        { ruleCode: 'facts.party', times: 1, note: '甲' },
        { ruleCode: 'facts.party', times: 1, note: '乙' },
      ])?.field,
    ).toBe('deductions.1.ruleCode');
    expect(deductionsProblem([{ ruleCode: 'facts.party', times: 0, note: '甲' }])?.field).toBe('deductions.0.times');
    expect(deductionsProblem([{ ruleCode: 'facts.party', times: 21, note: '甲' }])?.field).toBe('deductions.0.times');
    expect(deductionsProblem([{ ruleCode: 'facts.party', times: 1, note: '  ' }])?.field).toBe('deductions.0.note');
  });
});

describe('evaluatorProblem: separation of duties', () => {
  const file = { orgId: 'county', handlers: { investigator: ['inv'], legalReviewer: ['rev'], hearingChair: ['chair'], approver: ['head'] } };
  it('refuses whoever handled the case, by the duty they held', () => {
    expect(evaluatorProblem({ userId: 'inv', orgId: 'city' }, file)?.problem).toBe('职责分离：本案调查人员不得评查该案卷');
    expect(evaluatorProblem({ userId: 'rev', orgId: 'city' }, file)?.problem).toBe('职责分离：本案法制审核人员不得评查该案卷');
    expect(evaluatorProblem({ userId: 'chair', orgId: 'city' }, file)?.problem).toBe('职责分离：本案听证主持人不得评查该案卷');
    expect(evaluatorProblem({ userId: 'head', orgId: 'city' }, file)?.problem).toBe('职责分离：批准人不得评查该案卷');
  });
  it('refuses the evaluated org’s own staff and lets an outsider score', () => {
    expect(evaluatorProblem({ userId: 'x', orgId: 'county' }, file)?.problem).toContain('被评查机关的工作人员');
    expect(evaluatorProblem({ userId: 'x', orgId: 'city' }, file)).toBeNull();
    expect(evaluatorProblem({ userId: 'x', orgId: 'city' }, { orgId: 'county', handlers: none })).toBeNull();
  });
});

describe('closeProblem', () => {
  const f = (id: string, state: string, grade: 'excellent' | 'pass' | 'fail' | null, defectCount = 0) => ({ id, partyName: id, state, grade, defectCount });
  it('needs every file scored, notified and every defect answered', () => {
    expect(closeProblem([], [])?.field).toBe('files');
    expect(closeProblem([f('a', 'drawn', null)], [])?.problem).toContain('尚未评分');
    expect(closeProblem([f('a', 'scored', 'pass')], [])?.problem).toContain('尚未通知');
    expect(closeProblem([f('a', 'notified', 'pass', 2)], [])?.problem).toContain('尚未反馈');
    expect(closeProblem([f('a', 'notified', 'excellent', 0), f('b', 'answered', 'pass', 1)], [])).toBeNull();
  });
  it('chooses 优秀案卷 only among the round’s 优秀 files', () => {
    const files = [f('a', 'notified', 'excellent'), f('b', 'answered', 'pass', 1)];
    expect(closeProblem(files, ['a'])).toBeNull();
    expect(closeProblem(files, ['b'])?.field).toBe('excellentFileIds.0');
    expect(closeProblem(files, ['a', 'zz'])?.field).toBe('excellentFileIds.1');
  });
});
