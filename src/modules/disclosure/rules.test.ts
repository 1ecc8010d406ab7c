import { describe, expect, it } from 'vitest';
import { DISCLOSURE_KINDS } from './contract.js';
import { addMonths, daysLate, disclosureDueOn, onTimeRate, publishProblem, revokedWithdrawalDueOn, termEndsOn, timeliness, withdrawProblem } from './rules.js';
import { caseDecisionDraft, drawResultDraft } from './texts.js';

// Expected dates are counted by hand on the 2026 State Council notice (calendar-data.ts):
// 春节 02-15…02-23 off, 02-14 (Sat) and 02-28 (Sat) worked; 中秋 09-25…09-27 off; 国庆 10-01…10-07
// off, 09-20 (Sun) and 10-10 (Sat) worked.
describe('due dates (国办发〔2018〕118号 7 working days; 国发〔2019〕5号 20 working days)', () => {
  const cases: [string, string, string][] = [
    // kind, decidedOn, dueOn
    ['penaltyDecision', '2026-03-02', '2026-03-11'], // Mon → plain weeks
    ['summaryDecision', '2026-03-06', '2026-03-17'], // Fri: the weekend is not counted
    ['penaltyDecision', '2026-02-12', '2026-02-28'], // 02-13, 02-14 (调休), 02-24…02-27, 02-28 (调休)
    ['penaltyDecision', '2026-02-14', '2026-03-03'], // decided on the 调休 Saturday: next day off
    ['penaltyDecision', '2026-02-20', '2026-03-03'], // decided during the holiday: 02-24…02-28 (调休), 03-02, 03-03
    ['penaltyDecision', '2026-09-30', '2026-10-15'], // 10-08, 10-09, 10-10 (调休), 10-12…10-15
    ['penaltyDecision', '2026-09-24', '2026-10-12'], // 中秋 then 国庆: 09-28…09-30, 10-08…10-10, 10-12
    ['licenceDecision', '2026-09-18', '2026-09-29'], // 09-20 (Sun, 调休) counts
    ['inspectionResult', '2026-02-12', '2026-03-18'],
    ['drawResult', '2026-02-12', '2026-03-18'],
    ['notPunished', '2026-09-30', '2026-11-03'], // local 20 working days
    ['inspectionResult', '2026-09-30', '2026-11-03'],
  ];
  it.each(cases)('%s decided %s is due %s', (kind, decidedOn, due) => {
    expect(disclosureDueOn(kind as (typeof DISCLOSURE_KINDS)[number], decidedOn).dueOn).toBe(due);
  });

  it('names the article of every kind', () => {
    expect(disclosureDueOn('penaltyDecision', '2026-03-02').period.article).toBe('国办发〔2018〕118号');
    expect(disclosureDueOn('inspectionResult', '2026-03-02').period.article).toBe('国发〔2019〕5号');
    for (const k of DISCLOSURE_KINDS) expect(disclosureDueOn(k, '2026-03-02').period.days).toBe(k.endsWith('Decision') ? 7 : 20);
  });

  it('counts weekends only in a year whose notice is not yet published, and refuses a year with no data', () => {
    // 2027 is provisional (calendar-data.ts): 01-01 counts until the notice is entered.
    expect(disclosureDueOn('penaltyDecision', '2026-12-28').dueOn).toBe('2027-01-06');
    expect(() => disclosureDueOn('penaltyDecision', '2031-03-03')).toThrow(/未收录2031年/);
  });

  it('withdraws a revoked decision within 3 working days (行政处罚法 第四十八条)', () => {
    expect(revokedWithdrawalDueOn('2026-09-30')).toBe('2026-10-10');
    expect(revokedWithdrawalDueOn('2026-03-05')).toBe('2026-03-10');
  });
});

describe('publication term', () => {
  it('adds months, clamping to the month end', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-15', 14)).toBe('2028-01-15');
  });
  it('ends the day before the same date a term later; a licence has none', () => {
    expect(termEndsOn('penaltyDecision', '2026-03-02')).toBe('2027-03-01');
    expect(termEndsOn('inspectionResult', '2026-03-02')).toBe('2029-03-01');
    expect(termEndsOn('licenceDecision', '2026-03-02')).toBeNull();
    expect(
      termEndsOn('penaltyDecision', '2026-03-31', {
        ...{ penaltyDecision: 1 },
        summaryDecision: 1,
        notPunished: 1,
        licenceDecision: null,
        inspectionResult: 1,
        drawResult: 1,
      }),
    ).toBe('2026-04-29');
  });
});

describe('publish and withdraw', () => {
  it('publishes only a pending item', () => {
    expect(publishProblem('pending')).toBeNull();
    expect(publishProblem('published')?.field).toBe('status');
    expect(publishProblem('withdrawn')?.field).toBe('status');
  });
  it('ends a term only after its last day, and never withdraws twice', () => {
    expect(withdrawProblem('published', 'termEnded', '2026-03-10', '2026-03-10')?.field).toBe('reason');
    expect(withdrawProblem('published', 'termEnded', '2026-03-10', '2026-03-11')).toBeNull();
    expect(withdrawProblem('published', 'termEnded', null, '2030-01-01')?.field).toBe('reason');
    expect(withdrawProblem('pending', 'termEnded', null, '2026-03-11')?.field).toBe('reason');
    expect(withdrawProblem('pending', 'decisionRevoked', null, '2026-03-11')).toBeNull();
    expect(withdrawProblem('published', 'creditRepair', '2027-01-01', '2026-03-11')).toBeNull();
    expect(withdrawProblem('withdrawn', 'creditRepair', null, '2026-03-11')?.field).toBe('status');
  });
});

describe('timeliness and the on-time rate', () => {
  it('classifies every status', () => {
    expect(timeliness({ status: 'published', dueOn: '2026-03-11', publishedOn: '2026-03-11' }, '2026-04-01')).toBe('onTime');
    expect(timeliness({ status: 'published', dueOn: '2026-03-11', publishedOn: '2026-03-12' }, '2026-04-01')).toBe('late');
    expect(timeliness({ status: 'withdrawn', dueOn: '2026-03-11', publishedOn: '2026-03-12' }, '2026-04-01')).toBe('late');
    expect(timeliness({ status: 'pending', dueOn: '2026-03-11', publishedOn: null }, '2026-03-11')).toBe('pendingNotYetDue');
    expect(timeliness({ status: 'pending', dueOn: '2026-03-11', publishedOn: null }, '2026-03-12')).toBe('pendingOverdue');
    expect(timeliness({ status: 'withdrawn', dueOn: '2026-03-11', publishedOn: null }, '2026-03-12')).toBe('withdrawnUnpublished');
  });
  it('rates on time over everything whose last day has passed or was met', () => {
    expect(onTimeRate({ publishedOnTime: 0, publishedLate: 0, pendingOverdue: 0 })).toBeNull();
    expect(onTimeRate({ publishedOnTime: 2, publishedLate: 1, pendingOverdue: 0 })).toBe(0.6667);
    expect(onTimeRate({ publishedOnTime: 3, publishedLate: 0, pendingOverdue: 1 })).toBe(0.75);
    expect(daysLate('2026-03-11', '2026-03-14')).toBe(3);
    expect(daysLate('2026-03-11', '2026-03-10')).toBe(0);
  });
});

describe('texts', () => {
  const ent = { id: '00000000-0000-4000-8000-000000000001', name: '咸宁市某某化工有限公司', uscc: '91421202MA4XXXXX0X', regionCode: '421202' };
  const base = {
    id: '00000000-0000-4000-8000-000000000002',
    procedure: 'general',
    violationTypeCode: 'WSL-97-1',
    decisionNumber: '（咸安）应急罚〔2026〕1号',
    decidedOn: '2026-03-02',
  };
  it('shows a citizen by surname only and masks the ID number and phone in the text', () => {
    const d = caseDecisionDraft(
      {
        ...base,
        partyKind: 'citizen',
        partyName: '王小明',
        summary: '王小明（身份证号 110101199003074514，电话 13812345678）无证上岗作业',
        penalty: { measures: ['fine'], fineYuan: 500, confiscationYuan: 0, licenceNumbers: [] },
      },
      '咸安区应急管理局',
      '421202',
      null,
    );
    expect(d.enterpriseName).toBe('王**');
    expect(d.uscc).toBeNull();
    expect(d.regionCode).toBe('421202');
    expect(d.body).not.toContain('王小明');
    expect(d.body).not.toContain('110101199003074514');
    expect(d.body).not.toContain('13812345678');
    expect(JSON.stringify(d.fields)).not.toContain('王小明');
    expect(d.kind).toBe('penaltyDecision');
  });
  it('keeps an organisation, its USCC and the decision number; no measures is 不予处罚', () => {
    const d = caseDecisionDraft(
      { ...base, partyKind: 'organisation', partyName: ent.name, summary: `${ent.name}（${ent.uscc}）未配备安全管理人员`, penalty: null },
      '咸安区应急管理局',
      '421202',
      ent,
    );
    expect(d).toMatchObject({ kind: 'notPunished', enterpriseName: ent.name, uscc: ent.uscc, regionCode: '421202' });
    expect(d.body).toContain(ent.uscc);
    // The number's own brackets are not wrapped in more: 行政处罚决定：（咸安）应急罚〔2026〕1号.
    expect(d.title).not.toMatch(/（（|））/);
    expect(d.title).toContain('：（咸安）应急罚〔2026〕1号');
    const s = caseDecisionDraft(
      {
        ...base,
        procedure: 'summary',
        partyKind: 'organisation',
        partyName: ent.name,
        summary: 'x',
        penalty: { measures: ['warning'], fineYuan: 0, confiscationYuan: 0, licenceNumbers: [] },
      },
      '局',
      '421202',
      ent,
    );
    expect(s.kind).toBe('summaryDecision');
  });
  it('lists every drawn enterprise in a draw result', () => {
    const d = drawResultDraft(
      { id: base.id, name: '一季度抽查', matterName: '危化品', drawnOn: '2026-03-02', enterprises: [ent, { ...ent, name: '咸宁市另一家有限公司' }] },
      '咸宁市应急管理局',
    );
    expect(d.enterpriseName).toBe('咸宁市某某化工有限公司、咸宁市另一家有限公司');
    expect(d.body.split('\n')).toHaveLength(2);
  });
});
