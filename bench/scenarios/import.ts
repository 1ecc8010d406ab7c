import { rows as queryRows } from '../../src/platform/db/index.js';
import { sql } from 'drizzle-orm';
import type { BulkRecord } from '../../src/modules/registry/bulk.js';
import type { AppContext } from '../../src/platform/context.js';
import { copyBatch, enterpriseBatches, upsertBatch } from '../../src/seed/generator/index.js';
import { copyRows, pgArray } from '../../src/seed/generator/copy.js';
import { seconds, type Scenario } from './types.js';

const ROWS = { demo: 15_000, province: 500_000 };
// Far above any serial the generator gives the world itself, so every row is a new enterprise.
const FIRST_SERIAL = 20_000_000;
// upsertEnterprises writes 1000 rows per INSERT; the baseline uses the same statement size.
const STATEMENT_ROWS = 1000;
const COPY_TABLE = 'bench_enterprise_copy';

// The COPY baseline and the generator's COPY path use serials of their own, so that each
// writes new rows into a table that already holds the other runs' rows (similar index sizes).
const COPY_SERIAL = FIRST_SERIAL + 1_000_000;
const GENERATOR_SERIAL = FIRST_SERIAL + 2_000_000;
const COLUMNS = [
  'uscc',
  'name',
  'legal_representative',
  'principal_person',
  'address',
  'region_code',
  'org_id',
  'industry_code',
  'size',
  'risk_grade',
  'key_categories',
  'standardization_grade',
  'status',
  'contacts',
  'created_at',
  'updated_at',
];

/** The bare write by COPY: the same column values, one COPY per 20k batch, no history or ledger. */
async function rawCopy(app: AppContext, batch: BulkRecord[]) {
  const now = new Date();
  await app.db.transaction((tx) =>
    copyRows(
      tx,
      COPY_TABLE,
      COLUMNS,
      batch.map((r) => [
        r.uscc,
        r.name,
        r.legalRepresentative,
        r.principalPerson,
        r.address,
        r.regionCode,
        r.orgId,
        r.industryCode,
        r.size,
        r.riskGrade,
        pgArray(r.keyCategories),
        r.standardizationGrade,
        r.status,
        r.contacts,
        now,
        now,
      ]),
    ),
  );
}

const pgArrayText = (xs: readonly string[]) => `{${xs.map((x) => `"${x}"`).join(',')}}`;

/** The bare write: the same column values, plain multi-row INSERTs, no lookups, history or ledger. */
async function rawInsert(app: AppContext, batch: BulkRecord[]) {
  const now = new Date().toISOString();
  await app.db.transaction(async (tx) => {
    for (let i = 0; i < batch.length; i += STATEMENT_ROWS) {
      const values = batch
        .slice(i, i + STATEMENT_ROWS)
        .map(
          (r) =>
            sql`(${r.uscc}, ${r.name}, ${r.legalRepresentative}, ${r.principalPerson}, ${r.address}, ${r.regionCode}, ${r.orgId}::uuid, ${r.industryCode}, ${r.size}, ${r.riskGrade}, ${pgArrayText(r.keyCategories)}::text[], ${r.standardizationGrade}, ${r.status}, ${JSON.stringify(r.contacts)}::jsonb, ${now}::timestamptz, ${now}::timestamptz)`,
        );
      await tx.execute(
        sql`insert into ${sql.identifier(COPY_TABLE)} (uscc, name, legal_representative, principal_person, address, region_code, org_id, industry_code, size, risk_grade, key_categories, standardization_grade, status, contacts, created_at, updated_at) values ${sql.join(values, sql`, `)}`,
      );
    }
  });
}

export const importScenario: Scenario = {
  name: 'import',
  summary: "registry bulk upsert (upsertEnterprises) vs raw multi-row INSERT and raw COPY into a copy table; the generator's COPY path vs raw COPY",
  async run({ app, size, scale, world, log }) {
    const rows = Math.max(1, Math.round(ROWS[size] * scale));
    const baselineHow = `multi-row INSERT of ${STATEMENT_ROWS} rows/statement into a copy of the enterprise table (same indexes, same existing rows)`;
    const note = baselineHow;
    // The copy starts as the real table stands: same rows, same btree/trigram/GIN indexes.
    await app.db.execute(sql`create table ${sql.identifier(COPY_TABLE)} (like enterprise including all)`);
    // Generated columns (name_bigrams) are computed again by the copy, as by the real table.
    const columns = await queryRows<{ name: string }>(
      app.db,
      sql`select column_name as name from information_schema.columns where table_name = 'enterprise' and is_generated = 'NEVER' order by ordinal_position`,
    );
    const list = sql.join(
      columns.map((c) => sql.identifier(c.name)),
      sql`, `,
    );
    await app.db.execute(sql`insert into ${sql.identifier(COPY_TABLE)} (${list}) select ${list} from enterprise`);
    let bare = 0;
    let bareCopy = 0;
    let domain = 0;
    let generator = 0;
    let created = 0;
    let copied = 0;
    // Records are built outside the timed parts, one 20k batch at a time (bounded memory).
    const batches = (firstSerial = FIRST_SERIAL) => enterpriseBatches(app, world.scope, { count: rows, seed: world.seed, firstSerial });
    try {
      // The issue's baseline is raw COPY. The multi-row INSERT one is kept at demo size, where
      // earlier tables used it, and skipped at province size (66 s of a 30-minute budget).
      if (size === 'demo') {
        for await (const batch of batches()) bare += await seconds(() => rawInsert(app, batch));
        log(`import baseline: ${rows} rows in ${bare.toFixed(1)} s`);
      }
      for await (const batch of batches(COPY_SERIAL)) bareCopy += await seconds(() => rawCopy(app, batch));
      log(`import COPY baseline: ${rows} rows in ${bareCopy.toFixed(1)} s`);
      for await (const batch of batches()) {
        domain += await seconds(async () => {
          created += (await upsertBatch(app, world.scope, batch, 'bench:import')).created;
        });
      }
      log(`import upsertEnterprises: ${rows} rows in ${domain.toFixed(1)} s`);
      for await (const batch of batches(GENERATOR_SERIAL)) {
        generator += await seconds(async () => {
          copied += (await copyBatch(app, world.scope, batch, 'bench:import-copy')).created;
        });
      }
      log(`import generator COPY path: ${rows} rows in ${generator.toFixed(1)} s`);
    } finally {
      await app.db.execute(sql`drop table if exists ${sql.identifier(COPY_TABLE)}`);
    }
    if (created !== rows || copied !== rows) throw new Error(`import created ${created} and copied ${copied} of ${rows} enterprises`);
    const detail = { rows, seconds: domain, baselineSeconds: bare, copyBaselineSeconds: bareCopy, generatorCopySeconds: generator, transactionRows: 20_000 };
    return [
      ...(bare > 0 ? [{ metric: 'rows/s', unit: 'rows/s', value: rows / domain, baseline: rows / bare, note, detail }] : []),
      {
        metric: 'rows/s vs COPY',
        unit: 'rows/s',
        value: rows / domain,
        baseline: rows / bareCopy,
        note: 'upsertEnterprises against one raw COPY per 20k batch into the copy table (pg-copy-streams; PGlite /dev/blob)',
        detail,
      },
      {
        metric: 'generator COPY rows/s',
        unit: 'rows/s',
        value: rows / generator,
        baseline: rows / bareCopy,
        note: 'copyBatch (generator fast path: COPY of rows and revisions, digest, one ledger entry per batch) against the raw COPY',
        detail,
      },
    ];
  },
};
