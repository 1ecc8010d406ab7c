import { sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { rows } from '../../platform/db/index.js';

// Bulk loading's oldest trick: drop the secondary indexes of the tables being filled, load,
// and build each index once at the end, which is several times cheaper than updating a GIN
// or btree row by row for millions of rows. Primary keys and unique indexes stay, so every
// constraint is still checked as the rows go in; the rebuilt indexes are the same definitions
// (pg_indexes.indexdef), so the schema ends exactly as the migrations left it.

export async function deferIndexes(app: AppContext, tables: readonly string[]): Promise<() => Promise<void>> {
  const list = sql.join(
    tables.map((t) => sql`${t}`),
    sql`, `,
  );
  const defs = await rows<{ name: string; def: string }>(
    app.db,
    sql`select indexname as name, indexdef as def from pg_indexes where schemaname = current_schema() and tablename in (${list}) and indexdef not like 'CREATE UNIQUE%' order by tablename, indexname`,
  );
  for (const d of defs) await app.db.execute(sql.raw(`drop index ${quoteIdent(d.name)}`));
  return async () => {
    for (const d of defs) await app.db.execute(sql.raw(d.def));
  };
}

const quoteIdent = (s: string) => `"${s.replace(/"/g, '""')}"`;
