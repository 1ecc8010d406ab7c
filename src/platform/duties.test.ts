import { describe, expect, it } from 'vitest';
import { type Duty, DUTY_ZH, dutyConflict, type SeparatedStep, SEPARATIONS } from './duties.js';

const DUTIES = Object.keys(DUTY_ZH) as Duty[];
const STEPS = Object.keys(SEPARATIONS) as SeparatedStep[];

describe('the separation-of-duties table', () => {
  it('cites a basis for every step and excludes only known duties', () => {
    for (const step of STEPS) {
      const rule = SEPARATIONS[step];
      expect(rule.step).toBe(step);
      expect(rule.basis.length).toBeGreaterThan(5);
      for (const d of rule.excludes) expect(DUTIES).toContain(d);
    }
  });

  it('holds the chain investigator ≠ 审理 ≠ 法制审核 ≠ 听证主持人, drafter ≠ approver, handler ≠ reward approver', () => {
    expect(SEPARATIONS['case.internalReview'].excludes).toContain('investigator');
    expect(SEPARATIONS['case.legalReview'].excludes).toEqual(expect.arrayContaining(['investigator', 'internalReviewer', 'hearingChair']));
    expect(SEPARATIONS['case.hearingChair'].excludes).toEqual(expect.arrayContaining(['investigator', 'legalReviewer']));
    expect(SEPARATIONS['plan.approve'].excludes).toEqual(['drafter']);
    expect(SEPARATIONS['tip.reward'].excludes).toEqual(['tipHandler']);
    expect(SEPARATIONS['complaint.conclude'].excludes).toEqual(['complaintRecorder']);
    expect(SEPARATIONS['license.decide'].excludes).toEqual(['licenseReviewer']);
    expect(SEPARATIONS['followUp.resolve'].excludes).toEqual(['handler']);
  });

  it('refuses exactly when the actor holds an excluded duty: every step × every duty held or not', () => {
    for (const step of STEPS) {
      for (const held of DUTIES) {
        // The actor holds `held`; someone else holds every duty as well.
        const holders = Object.fromEntries(DUTIES.map((d) => [d, d === held ? ['other', 'me'] : ['other']]));
        const conflict = dutyConflict(step, 'me', holders);
        const excluded = (SEPARATIONS[step].excludes as readonly Duty[]).includes(held);
        expect(conflict !== null, `${step} × ${held}`).toBe(excluded);
        if (conflict) {
          expect(conflict.problem).toBe(`职责分离：${DUTY_ZH[held]}不得${SEPARATIONS[step].stepZh}`);
          expect(conflict.basis).toBe(SEPARATIONS[step].basis);
        }
      }
      expect(dutyConflict(step, 'me', {}), `${step} with no holders`).toBeNull();
      expect(dutyConflict(step, null, Object.fromEntries(DUTIES.map((d) => [d, [null]]))), `${step} by the system`).toBeNull();
    }
  });
});
