export const ROLES = [
  'officer',
  'legalReviewer',
  'sectionChief',
  'deputyHead',
  'head',
  'enterpriseUser',
  'systemAdmin',
  'securityAdmin',
  'auditAdmin',
] as const;
export type Role = (typeof ROLES)[number];

export const LEADER_ROLES = ['sectionChief', 'deputyHead', 'head'] as const satisfies readonly Role[];
/** 三员分立: system, security and audit administration are three separate accounts. */
export const ADMIN_ROLES = ['systemAdmin', 'securityAdmin', 'auditAdmin'] as const satisfies readonly Role[];
export const BUSINESS_ROLES = ['officer', 'legalReviewer', ...LEADER_ROLES] as const satisfies readonly Role[];
/** Everyone who works for the bureau, as opposed to the enterprises it regulates. */
export const STAFF_ROLES = [...BUSINESS_ROLES, ...ADMIN_ROLES] as const satisfies readonly Role[];

const isAdmin = (r: string) => (ADMIN_ROLES as readonly string[]).includes(r);

/**
 * Returns why a set of roles may not be held together, or null. An admin role stands alone
 * (GB/T 22239-2019 §8.1.4.2 d: 三员分立), and an enterprise user holds no bureau role.
 */
export function roleSetProblem(roles: readonly string[]): string | null {
  const unique = new Set(roles);
  if (unique.size !== roles.length) return '角色重复';
  if (roles.some(isAdmin) && roles.length > 1) return '系统管理员、安全管理员、审计管理员三员分立，不得与其他角色兼任';
  if (roles.includes('enterpriseUser') && roles.length > 1) return '企业用户不得兼任执法机关角色';
  return null;
}

export function hasAnyRole(roles: readonly string[], wanted: readonly string[]): boolean {
  return roles.some((r) => wanted.includes(r));
}
