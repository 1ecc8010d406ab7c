import { getTableName, is, sql, Table } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows, type Database } from '../platform/db/index.js';
import { createTestDatabase } from '../platform/testing/db.js';
import * as auth from '../platform/auth/schema.js';
import * as documents from '../platform/documents/schema.js';
import * as jobs from '../platform/jobs/schema.js';
import * as ledger from '../platform/ledger/schema.js';
import * as orgs from '../platform/orgs/schema.js';
import { MODULES } from '../modules/index.js';

// Every table the migrations make has one owner: the platform or exactly one module, whose
// manifest names it. A table nobody declares, or two modules declaring one, fails here.
const namesOf = (schema: Record<string, unknown>) => Object.values(schema).flatMap((t) => (is(t, Table) ? [getTableName(t)] : []));
const PLATFORM = [auth, documents, jobs, ledger, orgs].flatMap(namesOf);

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('table ownership', () => {
  it('gives every migrated table one owner, named in its manifest', async () => {
    const owners = new Map<string, string[]>();
    for (const [owner, names] of [['platform', PLATFORM] as const, ...MODULES.map((m) => [m.name, namesOf(m.tables)] as const)]) {
      for (const name of names) owners.set(name, [...(owners.get(name) ?? []), owner]);
    }
    expect([...owners].filter(([, o]) => o.length > 1)).toEqual([]);
    const migrated = await rows<{ name: string }>(
      database.db,
      sql`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`,
    );
    expect(migrated.map((t) => t.name).sort()).toEqual([...owners.keys()].sort());
  });
});
