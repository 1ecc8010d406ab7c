import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Tx } from '../../platform/db/index.js';

// COPY … FROM for the generator's bulk writes: the text format (one line per row, tab between
// fields, \N for NULL) is the same on both databases. PostgreSQL reads it from the connection
// (pg-copy-streams); PGlite reads it from a Blob it exposes as '/dev/blob'. COPY checks every
// constraint, foreign key and trigger an INSERT would, so nothing is bypassed but the parsing
// of one statement per thousand rows.

/** A text[] or uuid[] column's value; any other array or object is written as JSON (jsonb). */
export class PgArray {
  constructor(readonly items: readonly string[]) {}
}
export const pgArray = (items: readonly string[]) => new PgArray(items);

/** A value as the table column expects it. */
export type CopyValue = string | number | boolean | null | undefined | Date | PgArray | object;

const escapeText = (s: string) => s.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
// Array elements are always quoted, so commas, braces and spaces in them need no thought.
const arrayLiteral = (xs: readonly string[]) => `{${xs.map((x) => `"${x.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;

export function copyField(v: CopyValue): string {
  if (v === null || v === undefined) return '\\N';
  if (typeof v === 'string') return escapeText(v);
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (v instanceof Date) return v.toISOString();
  if (v instanceof PgArray) return escapeText(arrayLiteral(v.items));
  return escapeText(JSON.stringify(v));
}

export const copyLine = (row: readonly CopyValue[]) => `${row.map(copyField).join('\t')}\n`;

const statement = (table: string, columns: readonly string[], source: string) => `copy ${table} (${columns.map((c) => `"${c}"`).join(', ')}) from ${source}`;

/**
 * Writes rows into `table` inside the caller's transaction with one COPY. Column names are the
 * database's (snake_case); the values are in the same order.
 */
export async function copyRows(tx: Tx, table: string, columns: readonly string[], rows: Iterable<readonly CopyValue[]>): Promise<void> {
  // drizzle keeps the driver's connection on the transaction's session: a pg PoolClient, or a
  // PGlite Transaction. Neither is part of drizzle's public types.
  const client = (tx as unknown as { session: { client: PoolClient | PgliteTx } }).session.client;
  if ('release' in client || 'connection' in client) {
    const stream = (client as PoolClient).query(copyFrom(statement(table, columns, 'stdin')));
    await pipeline(Readable.from(chunked(rows)), stream);
    return;
  }
  const parts: string[] = [];
  for (const line of chunked(rows)) parts.push(line);
  if (!parts.length) return;
  await (client as PgliteTx).query(statement(table, columns, `'/dev/blob'`), [], { blob: new Blob(parts) });
}

interface PgliteTx {
  query(sql: string, params: unknown[], options: { blob: Blob }): Promise<unknown>;
}

// Lines grouped into ~64 kB strings: one stream write per row would cost more than the row.
function* chunked(rows: Iterable<readonly CopyValue[]>): Generator<string> {
  let buf = '';
  for (const r of rows) {
    buf += copyLine(r);
    if (buf.length > 65_536) {
      yield buf;
      buf = '';
    }
  }
  if (buf) yield buf;
}
