// What the user may do, read from the same capability table the server's routes declare, so
// users are only offered what will succeed. The server still enforces every rule; this only
// decides what to show.
//
// The shell registers the table once at start (main.tsx) from the wiring list. Importing the
// list here instead would close a loop: the list names the pages, and the pages call `can`.

// One list of roles for server and web: roles.ts and capabilities.ts have no server imports.
import { holds, type CapabilityTable } from '../../../src/platform/auth/capabilities';
import { ROLES, type Role } from '../../../src/platform/auth/roles';

export { ROLES, type Role };

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

let table: CapabilityTable | null = null;

export function registerCapabilities(capabilities: CapabilityTable): void {
  table = capabilities;
}

/** Whether any of the roles holds the capability; an unknown name throws, so a typo fails its first test. */
export function can(roles: readonly string[], capability: string): boolean {
  if (!table) throw new Error('capabilities are not registered: main.tsx registers them before rendering');
  return holds(table, roles, capability);
}
