// The capability table's shape and the platform's own entries. Each module names its
// capabilities in its own pure `capabilities.ts` and lists it in its manifest; the server's and
// the web's wiring lists merge them into the one table both sides check (`can`). A route
// declares `access: { can: 'case.review' }`; nothing else names roles for access.
// No server imports here: the web bundles this file.
import { BUSINESS_ROLES, LEADER_ROLES, STAFF_ROLES, type Role } from './roles.js';

/** Capability name (`<noun>.<verb>`) → the roles that hold it. */
export type CapabilityTable = Readonly<Record<string, readonly Role[]>>;

/** Keeps the literal names for the module's own use; the roles are checked against ROLES. */
export const defineCapabilities = <const T extends Record<string, readonly Role[]>>(table: T): T => table;

export const platformCapabilities = defineCapabilities({
  /** 执法全过程记录: business staff of the subtree, and the audit administrator for system entries. */
  'ledger.read': [...LEADER_ROLES, 'legalReviewer', 'officer', 'auditAdmin'],
  /** 安全审计: the audit administrator alone (三员分立). */
  'securityEvent.read': ['auditAdmin'],
  /** The bureau's workbench: everyone who works for the bureau; an enterprise user has 本企业隐患 instead. */
  'workbench.view': STAFF_ROLES,
});

/** Merges module tables into one; a name declared twice is a wiring mistake, refused at start-up. */
export function mergeCapabilities(tables: readonly CapabilityTable[]): CapabilityTable {
  const out: Record<string, readonly Role[]> = {};
  for (const table of tables) {
    for (const [name, roles] of Object.entries(table)) {
      if (name in out) throw new Error(`capability ${name} is declared twice`);
      out[name] = roles;
    }
  }
  return out;
}

/** The one table of a wiring list, server's or web's: the platform's entries and every module's. */
export function capabilityTableOf(modules: readonly { name: string; capabilities?: CapabilityTable }[]): CapabilityTable {
  const names = new Set<string>();
  for (const m of modules) {
    if (names.has(m.name)) throw new Error(`module ${m.name} is listed twice`);
    names.add(m.name);
  }
  return mergeCapabilities([platformCapabilities, ...modules.map((m) => m.capabilities ?? {})]);
}

/** Whether any of the roles holds the capability; an unknown name is a programming error. */
export function holds(table: CapabilityTable, roles: readonly string[], capability: string): boolean {
  const holders = table[capability];
  if (!holders) throw new Error(`unknown capability ${capability}`);
  return roles.some((r) => (holders as readonly string[]).includes(r));
}

/** The names among `table` that the roles hold: a role's row of the matrix. */
export const capabilitiesOf = (table: CapabilityTable, roles: readonly string[]): string[] => Object.keys(table).filter((c) => holds(table, roles, c));

export { BUSINESS_ROLES, LEADER_ROLES, STAFF_ROLES };
