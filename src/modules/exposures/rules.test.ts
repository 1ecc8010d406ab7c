import { describe, expect, it } from 'vitest';
import { EXPOSURE_KINDS, EXPOSURE_STATES } from './codes.js';
import { agendaEntry, daysBetween, draftProblem, EXPOSURE_STEPS, FOLLOW_UP, followUpProblem, publicDocument, stepProblem, summonsProblem } from './rules.js';

describe('the publication steps', () => {
  it('allow approval from a draft only and withdrawal from published only: every step × every state', () => {
    for (const step of ['approve', 'withdraw'] as const)
      for (const state of EXPOSURE_STATES) expect(stepProblem(step, state) === null, `${step} × ${state}`).toBe(EXPOSURE_STEPS[step].from.includes(state));
  });
});

describe('a draft', () => {
  const ok = { decided: true, enterpriseId: 'e', inSubtree: true };
  it('rests on a decided case of the subtree (an enterprise for 警示曝光); a circular carries its number and scope', () => {
    for (const kind of EXPOSURE_KINDS) {
      if (kind === 'circular') {
        expect(draftProblem({ kind }, null)?.field).toBe('number');
        expect(draftProblem({ kind, number: '通〔2026〕1号' }, null)?.field).toBe('scope');
        expect(draftProblem({ kind, number: '通〔2026〕1号', scope: '各县' }, null)).toBeNull();
        continue;
      }
      expect(draftProblem({ kind }, null)?.field).toBe('caseId');
      expect(draftProblem({ kind, caseId: 'c' }, null)?.problem).toBe('案件不存在');
      expect(draftProblem({ kind, caseId: 'c' }, { ...ok, inSubtree: false })?.field).toBe('caseId');
      expect(draftProblem({ kind, caseId: 'c' }, { ...ok, decided: false })?.article).toMatch(/安全生产法/);
      expect(draftProblem({ kind, caseId: 'c' }, ok)).toBeNull();
    }
    expect(draftProblem({ kind: 'exposure', caseId: 'c' }, { ...ok, enterpriseId: null })?.field).toBe('caseId');
    expect(draftProblem({ kind: 'typicalCase', caseId: 'c' }, { ...ok, enterpriseId: null })).toBeNull();
  });
});

describe('the public document', () => {
  const base = {
    id: '00000000-0000-4000-8000-000000000001',
    kind: 'typicalCase' as const,
    orgName: '咸安区应急管理局',
    title: '王小明无证动火作业案',
    content: '王小明（身份证号420102199001011236）在张三丰家中动火作业，住址：咸安区永安街道10号。',
    publishedOn: '2026-03-02',
    number: null,
    scope: null,
    channels: ['website'],
    personNames: ['张三丰'],
    case: {
      partyKind: 'citizen',
      partyName: '王小明',
      decisionNumber: '（咸安）应急罚〔2026〕3号',
      decidedOn: '2026-02-20',
      penalty: { measures: ['warning'], fineYuan: 0 },
    },
    enterprise: null,
    named: [],
  };
  it('masks a citizen party and every listed person to the surname, keeps the bureau and the number', () => {
    const d = publicDocument(base);
    expect(d.title).toBe('王**无证动火作业案');
    expect(d.text).not.toMatch(/王小明|张三丰|199001011234|永安街道10号/);
    expect(d.text).toContain('张**');
    expect(d.fields).toContainEqual({ label: '当事人', value: '王**' });
    expect(d.fields).toContainEqual({ label: '行政处罚决定书文号', value: '（咸安）应急罚〔2026〕3号' });
    expect(d.fields).toContainEqual({ label: '同时发布渠道', value: '本机关门户网站' });
    expect(d.fields.find((f) => f.label === '罚款金额（元）')).toBeUndefined();
  });
  it('shows an enterprise by its name and USCC, which are public', () => {
    const d = publicDocument({
      ...base,
      kind: 'exposure',
      title: '某化工公司被处罚',
      content: '咸宁市某化工有限公司主要负责人张三丰未履行职责。',
      case: { ...base.case, partyKind: 'organisation', partyName: '咸宁市某化工有限公司', penalty: { measures: ['fine'], fineYuan: 20_000 } },
      enterprise: { name: '咸宁市某化工有限公司', uscc: '91421200MA4ABCDE1X' },
    });
    expect(d.fields).toContainEqual({ label: '当事人', value: '咸宁市某化工有限公司' });
    expect(d.fields).toContainEqual({ label: '罚款金额（元）', value: '20000' });
    expect(d.text).toBe('咸宁市某化工有限公司主要负责人张**未履行职责。');
  });
});

describe('the summons and its follow-up', () => {
  it('is recorded after it was held, the follow-up after it and within a year', () => {
    expect(summonsProblem({ heldOn: '2026-03-03', followUpOn: '2026-04-01' }, '2026-03-02')?.field).toBe('heldOn');
    expect(summonsProblem({ heldOn: '2026-03-02', followUpOn: '2026-03-02' }, '2026-03-02')?.field).toBe('followUpOn');
    expect(summonsProblem({ heldOn: '2026-03-02', followUpOn: '2027-03-03' }, '2026-03-02')?.field).toBe('followUpOn');
    expect(summonsProblem({ heldOn: '2026-03-02', followUpOn: '2027-03-02' }, '2026-03-02')).toBeNull();
  });
  it('stands on the agenda within the window or late, until followed up', () => {
    for (let d = -10; d <= 20; d++) {
      const followUpOn = new Date(Date.UTC(2026, 2, 10 + d)).toISOString().slice(0, 10);
      const e = agendaEntry({ state: 'recorded', followUpOn }, '2026-03-10');
      expect(e === null, `${d}`).toBe(d > FOLLOW_UP.agendaDays);
      if (e) expect(e).toEqual({ daysLeft: d, late: d < 0 });
      expect(agendaEntry({ state: 'followedUp', followUpOn }, '2026-03-10')).toBeNull();
    }
    expect(daysBetween('2026-02-27', '2026-03-01')).toBe(2);
  });
  it('is followed up once, on a day between the summons and today', () => {
    const s = { state: 'recorded', heldOn: '2026-03-02' };
    expect(followUpProblem(s, '2026-03-01', '2026-03-09')?.field).toBe('followedUpOn');
    expect(followUpProblem(s, '2026-03-10', '2026-03-09')?.field).toBe('followedUpOn');
    expect(followUpProblem(s, '2026-03-09', '2026-03-09')).toBeNull();
    expect(followUpProblem({ ...s, state: 'followedUp' }, '2026-03-09', '2026-03-09')?.field).toBe('state');
  });
});
