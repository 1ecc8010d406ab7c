// 联合惩戒 as data: every code has one measure with an authority and a basis naming its act, the
// unconfirmed ones say 待核, and the measures Zhifa applies itself say where. On an enterprise they
// are in force exactly while a listing is listed, until the latest term end.
import { describe, expect, it } from 'vitest';
import { CREDIT_LABELS, JOINT_MEASURE_CODES, ZHIFA_APPLICATIONS } from './codes.js';
import { JOINT_MEASURES, MEMORANDUM, measuresInForce } from './measures.js';
import { MEASURE } from './rules.js';

describe('JOINT_MEASURES', () => {
  it('has one measure per code, each with an authority and a basis in 令第11号 or the 1001号 memorandum', () => {
    expect(JOINT_MEASURES.map((m) => m.code)).toEqual([...JOINT_MEASURE_CODES]);
    for (const m of JOINT_MEASURES) {
      expect(m.label.length, m.code).toBeGreaterThan(4);
      expect(m.authority.length, m.code).toBeGreaterThan(1);
      expect(m.basis.includes(MEASURE) || m.basis.includes(MEMORANDUM), m.code).toBe(true);
      expect(m.basis.includes('待核'), `${m.code}: pending ⇔ 待核`).toBe(m.pending);
      expect(m.zhifaNote.length, m.code).toBeGreaterThan(2);
    }
  });

  it('says where Zhifa applies a measure itself: the credit weight of draws, the licensing hint, the portal, the export', () => {
    const applied = Object.fromEntries(JOINT_MEASURES.filter((m) => m.zhifa).map((m) => [m.code, m.zhifa]));
    expect(applied).toEqual({
      moreInspections: 'draws',
      suspendApproval: 'licensing',
      noCommitmentApproval: 'licensing',
      publicity: 'portal',
      platformSharing: 'export',
    });
    for (const z of ZHIFA_APPLICATIONS) expect(CREDIT_LABELS.zhifaApplication[z]).toBeTruthy();
    // Measures of other authorities are not the emergency department's own.
    expect(JOINT_MEASURES.find((m) => m.code === 'limitProcurement')?.authority).toBe('财政部门');
  });
});

describe('measuresInForce', () => {
  const listed = (termEndsOn: string, decisionNumber: string) => ({ state: 'listed', termEndsOn, decisionNumber });

  it('is empty unless a listing is listed now', () => {
    expect(measuresInForce([])).toEqual([]);
    for (const state of ['proposed', 'noticed', 'withdrawn', 'removed'])
      expect(measuresInForce([{ state, termEndsOn: state === 'removed' ? '2029-03-08' : null, decisionNumber: null }])).toEqual([]);
  });

  it('holds every measure until the term end, the latest of several listings, naming their decisions', () => {
    const one = measuresInForce([listed('2029-03-08', '信列1号'), { state: 'removed', termEndsOn: '2030-01-01', decisionNumber: '信列0号' }]);
    expect(one.map((m) => m.code)).toEqual([...JOINT_MEASURE_CODES]);
    expect(new Set(one.map((m) => m.until))).toEqual(new Set(['2029-03-08']));
    expect(one[0].decisionNumbers).toEqual(['信列1号']);
    const two = measuresInForce([listed('2029-03-08', '信列1号'), listed('2030-06-30', '信列2号')]);
    expect(two[0]).toMatchObject({ until: '2030-06-30', decisionNumbers: ['信列1号', '信列2号'] });
  });
});
