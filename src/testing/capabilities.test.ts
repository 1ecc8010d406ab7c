import { describe, expect, it } from 'vitest';
import { capabilitiesOf, capabilityTableOf, holds } from '../platform/auth/capabilities.js';
import { ADMIN_ROLES, ROLES } from '../platform/auth/roles.js';
import { MODULES } from '../modules/index.js';

// The one capability table, read as a matrix: who may do what. The permission walk checks that
// routes enforce the table; these check the table itself against the duties the law separates.
const table = capabilityTableOf(MODULES);
const of = (role: string) => capabilitiesOf(table, [role]);

describe('the capability table', () => {
  it('names each capability <noun>.<verb> and gives it to known roles only', () => {
    for (const [name, roles] of Object.entries(table)) {
      expect(name).toMatch(/^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/);
      expect(roles.length, name).toBeGreaterThan(0);
      for (const r of roles) expect(ROLES, name).toContain(r);
    }
  });

  it('keeps the three administrators apart from the business and from each other (三员分立)', () => {
    expect(of('systemAdmin').sort()).toEqual(['credential.add', 'org.create', 'org.delegate', 'org.read', 'person.create', 'person.read', 'workbench.view']);
    expect(of('securityAdmin').sort()).toEqual(['org.read', 'person.read', 'person.setRoles', 'person.unlock', 'workbench.view']);
    expect(of('auditAdmin').sort()).toEqual(['ledger.read', 'org.read', 'person.read', 'securityEvent.read', 'workbench.view']);
    for (const admin of ADMIN_ROLES)
      expect(
        of(admin).filter((c) => /^(case|enterprise|inspection|hazard|plan|draw|disclosure|benchmark|list)\./.test(c)),
        admin,
      ).toEqual([]);
  });

  it('gives an enterprise user its own hazards, licence applications, follow-ups and credit, and nothing of the bureau', () => {
    expect(of('enterpriseUser').sort()).toEqual([
      // Its own credit page, credit repair applications and objections (信用修复、异议).
      'credit.apply',
      'credit.self',
      'credit.view',
      // The exposures and summons about it, on its credit page.
      'exposure.view',
      'followUp.answer',
      'followUp.read',
      'hazard.attachMaterial',
      'hazard.read',
      'hazard.rectify',
      'hazard.selfReport',
      'license.apply',
      'license.read',
    ]);
  });

  it('gives legal review to legal reviewers only, who keep neither the registry nor the inspections', () => {
    expect(
      Object.keys(table)
        .filter((c) => holds(table, ['legalReviewer'], c) && !holds(table, ['officer'], c))
        .sort(),
      // report.read, report.draft: the legal office drafts the yearly 法治政府建设情况报告 with the leaders;
      // complaint.read, complaint.conclude: complaints about the enforcement go to the legal office, not to the officers;
      // followUp.resolve: so do the problems a follow-up visit brings up;
      // deliberation.manage: the legal office arranges the 集体讨论 meeting and keeps its minutes;
      // evaluation.manage: it runs the 案卷评查 of the subordinate orgs' case files.
    ).toEqual([
      'benchmark.edit',
      'case.review',
      'complaint.conclude',
      'complaint.read',
      'deliberation.manage',
      'evaluation.manage',
      'followUp.resolve',
      'list.edit',
      'report.draft',
      'report.read',
    ]);
    for (const c of ['enterprise.edit', 'inspection.inspect', 'case.open', 'draw.run', 'plan.edit']) expect(holds(table, ['legalReviewer'], c), c).toBe(false);
    for (const role of ['officer', 'sectionChief', 'deputyHead', 'head']) expect(holds(table, [role], 'case.review'), role).toBe(false);
  });

  it('leaves approvals to leaders: plans to deputy heads and heads, preservation to the 负责人', () => {
    expect(table['plan.approve']).toEqual(['deputyHead', 'head']);
    expect([...table['case.approvePreservation']].sort()).toEqual(['deputyHead', 'head']);
    expect(table['disclosure.withdraw']).toEqual(['sectionChief', 'deputyHead', 'head']);
    // The principal leader alone approves (and so publishes) the yearly report.
    expect(table['report.approve']).toEqual(['head']);
  });

  it('refuses an unknown capability rather than answering no', () => {
    expect(() => holds(table, ['head'], 'case.reveiw')).toThrow('unknown capability case.reveiw');
  });
});
