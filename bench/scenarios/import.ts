import { createRequire } from 'node:module';
import { rows as queryRows } from '../../src/platform/db/index.js';
import { sql } from 'drizzle-orm';
import type { BulkRecord } from '../../src/modules/registry/bulk.js';
import type { AppContext } from '../../src/platform/context.js';
import { enterpriseBatches, upsertBatch } from '../../src/seed/generator/index.js';
import { seconds, type Scenario } from './types.js';

const ROWS = { demo: 15_000, province: 500_000 };
// Far above any serial the generator gives the world itself, so every row is a new enterprise.
const FIRST_SERIAL = 20_000_000;
// upsertEnterprises writes 1000 rows per INSERT; the baseline uses the same statement size.
const STATEMENT_ROWS = 1000;
const COPY_TABLE = 'bench_enterprise_copy';

function copyStreamsInstalled(): boolean {
  try {
    createRequire(import.meta.url).resolve('pg-copy-streams');
    return true;
  } catch {
    return false;
  }
}

const pgArray = (xs: readonly string[]) => `{${xs.map((x) => `"${x}"`).join(',')}}`;

/** The bare write: the same column values, plain multi-row INSERTs, no lookups, history or ledger. */
async function rawInsert(app: AppContext, batch: BulkRecord[]) {
  const now = new Date().toISOString();
  await app.db.transaction(async (tx) => {
    for (let i = 0; i < batch.length; i += STATEMENT_ROWS) {
      const values = batch.slice(i, i + STATEMENT_ROWS).map(
        (r) =>
          sql`(${r.uscc}, ${r.name}, ${r.legalRepresentative}, ${r.principalPerson}, ${r.address}, ${r.regionCode}, ${r.orgId}::uuid, ${r.industryCode}, ${r.size}, ${r.riskGrade}, ${pgArray(r.keyCategories)}::text[], ${r.standardizationGrade}, ${r.status}, ${JSON.stringify(r.licences)}::jsonb, ${JSON.stringify(r.contacts)}::jsonb, ${now}::timestamptz, ${now}::timestamptz)`,
      );
      await tx.execute(
        sql`insert into ${sql.identifier(COPY_TABLE)} (uscc, name, legal_representative, principal_person, address, region_code, org_id, industry_code, size, risk_grade, key_categories, standardization_grade, status, licences, contacts, created_at, updated_at) values ${sql.join(values, sql`, `)}`,
      );
    }
  });
}

export const importScenario: Scenario = {
  name: 'import',
  summary: 'registry bulk upsert (upsertEnterprises) vs raw multi-row INSERT into a copy table',
  async run({ app, size, scale, world, log }) {
    const rows = Math.max(1, Math.round(ROWS[size] * scale));
    const baselineHow = `multi-row INSERT of ${STATEMENT_ROWS} rows/statement into a copy of the enterprise table (same indexes, same existing rows)`;
    const note = app.dbKind === 'postgres' && !copyStreamsInstalled() ? `${baselineHow}; pg-copy-streams is not installed, so no COPY` : baselineHow;
    // The copy starts as the real table stands: same rows, same btree/trigram/GIN indexes.
    await app.db.execute(sql`create table ${sql.identifier(COPY_TABLE)} (like enterprise including all)`);
    // Generated columns (name_bigrams) are computed again by the copy, as by the real table.
    const columns = await queryRows<{ name: string }>(app.db, sql`select column_name as name from information_schema.columns where table_name = 'enterprise' and is_generated = 'NEVER' order by ordinal_position`);
    const list = sql.join(columns.map((c) => sql.identifier(c.name)), sql`, `);
    await app.db.execute(sql`insert into ${sql.identifier(COPY_TABLE)} (${list}) select ${list} from enterprise`);
    let bare = 0;
    let domain = 0;
    let created = 0;
    // Records are built outside the timed parts, one 20k batch at a time (bounded memory).
    const batches = () => enterpriseBatches(app, world.scope, { count: rows, seed: world.seed, firstSerial: FIRST_SERIAL });
    try {
      for await (const batch of batches()) bare += await seconds(() => rawInsert(app, batch));
      log(`import baseline: ${rows} rows in ${bare.toFixed(1)} s`);
      for await (const batch of batches()) {
        domain += await seconds(async () => {
          created += (await upsertBatch(app, world.scope, batch, 'bench:import')).created;
        });
      }
      log(`import upsertEnterprises: ${rows} rows in ${domain.toFixed(1)} s`);
    } finally {
      await app.db.execute(sql`drop table if exists ${sql.identifier(COPY_TABLE)}`);
    }
    if (created !== rows) throw new Error(`import created ${created} of ${rows} enterprises`);
    return [{ metric: 'rows/s', unit: 'rows/s', value: rows / domain, baseline: rows / bare, note, detail: { rows, seconds: domain, baselineSeconds: bare, transactionRows: 20_000 } }];
  },
};
