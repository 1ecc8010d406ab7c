// Mirrors the server's role checks so users are only offered what will succeed.
// The server still enforces every rule; this only decides what to show.

// One list of roles for server and web: roles.ts has no server imports.
import { BUSINESS_ROLES, LEADER_ROLES, ROLES, type Role } from '../../../src/platform/auth/roles';

export { ROLES, type Role };

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export type Capability =
  | 'viewOrgs'
  | 'viewPeople'
  | 'viewLedger'
  | 'viewAudit'
  | 'viewEnterprises'
  | 'editEnterprises'
  | 'viewCatalogue'
  | 'editBenchmarks'
  | 'editLists'
  | 'viewDraws'
  | 'runDraws'
  | 'viewInspections'
  | 'inspect'
  | 'viewDisclosures'
  | 'publishDisclosures'
  | 'withdrawDisclosures'
  | 'rectify'
  | 'viewWorkbench'
  | 'createOrg'
  | 'createPerson'
  | 'addCredential'
  | 'editRoles'
  | 'unlock';

// The registry's readers and keepers, as in src/modules/registry/routes.ts: legal reviewers read
// the registry but do not edit it.
const REGISTRY_READERS: readonly string[] = BUSINESS_ROLES;
const REGISTRY_EDITORS: readonly string[] = ['officer', ...LEADER_ROLES];

// The catalogue's readers and its benchmark editors, as in src/modules/catalogue/routes.ts:
// benchmarks are adopted by legal staff or leaders, not by officers or section chiefs. The same
// people edit the org's checklists and power list (LIST_EDITORS in catalogue/lists-routes.ts).
const CATALOGUE_READERS: readonly string[] = BUSINESS_ROLES;
const BENCHMARK_EDITORS: readonly string[] = ['legalReviewer', 'deputyHead', 'head'] satisfies Role[];

// 双随机抽查, as in src/modules/draws/routes.ts: every business role reads; the section chief
// and the leaders (DRAW_OPERATORS = LEADER_ROLES) keep the matters and make the draws.
const DRAW_OPERATORS: readonly string[] = LEADER_ROLES;

// 现场检查, as in src/modules/inspections/routes.ts: business roles read; officers and leaders inspect.
const INSPECTORS: readonly string[] = ['officer', ...LEADER_ROLES];

const LEDGER_ROLES: readonly Role[] = [
  'officer',
  'legalReviewer',
  'sectionChief',
  'deputyHead',
  'head',
  'auditAdmin',
];

export function can(roles: readonly string[], capability: Capability): boolean {
  switch (capability) {
    case 'viewOrgs':
    case 'viewPeople':
      // Staff = anyone holding a role other than enterprise user.
      return roles.some((r) => r !== 'enterpriseUser');
    case 'viewLedger':
      return roles.some((r) => (LEDGER_ROLES as readonly string[]).includes(r));
    case 'viewAudit':
      return roles.includes('auditAdmin');
    case 'viewEnterprises':
      return roles.some((r) => REGISTRY_READERS.includes(r));
    case 'editEnterprises':
      return roles.some((r) => REGISTRY_EDITORS.includes(r));
    case 'viewCatalogue':
      return roles.some((r) => CATALOGUE_READERS.includes(r));
    case 'editBenchmarks':
    case 'editLists':
      return roles.some((r) => BENCHMARK_EDITORS.includes(r));
    case 'viewDraws':
      return roles.some((r) => (BUSINESS_ROLES as readonly string[]).includes(r));
    case 'runDraws':
      return roles.some((r) => DRAW_OPERATORS.includes(r));
    case 'viewInspections':
      return roles.some((r) => (BUSINESS_ROLES as readonly string[]).includes(r));
    case 'inspect':
      return roles.some((r) => INSPECTORS.includes(r));
    // 执法公示, as in src/modules/disclosure/routes.ts: business roles read; officers and leaders
    // publish (DISCLOSURE_PUBLISHERS); only leaders take an item off the portal (DISCLOSURE_WITHDRAWERS).
    case 'viewDisclosures':
      return roles.some((r) => (BUSINESS_ROLES as readonly string[]).includes(r));
    case 'publishDisclosures':
      return roles.some((r) => INSPECTORS.includes(r));
    case 'withdrawDisclosures':
      return roles.some((r) => (LEADER_ROLES as readonly string[]).includes(r));
    case 'rectify':
      // 企业用户: their own enterprise's hazards (inspections/routes.ts ENTERPRISE), nothing of the bureau's.
      return roles.includes('enterpriseUser');
    case 'viewWorkbench':
      return !roles.includes('enterpriseUser');
    case 'createOrg':
    case 'createPerson':
    case 'addCredential':
      return roles.includes('systemAdmin');
    case 'editRoles':
    case 'unlock':
      return roles.includes('securityAdmin');
  }
}
