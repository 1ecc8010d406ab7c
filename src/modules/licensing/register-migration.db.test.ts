import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, migrationsFolder, rows } from '../../platform/db/index.js';

// Migration 0035 moves the enterprise's free-text 许可证 entries (registry enterprise.licences) into the
// licence register as recorded licences, numbers as written, and drops the field. Always PGlite,
// migrated by hand to stop before 0035; PostgreSQL runs the same SQL.

const BEFORE = '0035_licence_register_recorded';
let client: PGlite;
let db: Db;
let dir: string;

function migrationsBefore(tag: string): string {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-migrations-'));
  fs.cpSync(migrationsFolder, dir, { recursive: true });
  const file = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(file, 'utf8')) as { entries: { idx: number; tag: string }[] };
  const stop = journal.entries.findIndex((e) => e.tag === tag);
  expect(stop).toBeGreaterThan(0);
  fs.writeFileSync(file, JSON.stringify({ ...journal, entries: journal.entries.slice(0, stop) }));
  return dir;
}

const ORG = '00000000-0000-4000-8000-000000000001';
const firm = (n: number) => `00000000-0000-4000-8000-00000000010${n}`;

beforeAll(async () => {
  client = await PGlite.create(undefined, { extensions: { pg_trgm } });
  const d = drizzle(client);
  db = d as unknown as Db;
  await migrate(d, { migrationsFolder: migrationsBefore(BEFORE) });
  await db.execute(
    sql`insert into org (id, level, name, short_name, region_code, path, created_at) values (${ORG}, 'county', '咸安区应急管理局', '咸安', '421202', ${`/${ORG}/`}, now())`,
  );
  const add = (n: number, licences: unknown) =>
    db.execute(sql`insert into enterprise (id, uscc, name, legal_representative, principal_person, address, region_code, org_id, industry_code, size, risk_grade,
        standardization_grade, status, licences, created_at, updated_at)
      values (${firm(n)}, ${`91421202MA4F0000${n}X`}, ${`咸安测试企业${n}`}, '张三', '张三', '咸宁市咸安区', '421202', ${ORG}, 'C26', 'small', 'high', 'none', 'operating',
        ${JSON.stringify(licences)}::jsonb, now(), now())`);
  await add(1, [
    { kind: '危险化学品安全生产许可证', number: '（鄂）WH安许证字〔2023〕0101号', validTo: '2026-12-31' },
    { kind: '排污许可证', number: '91421202MA4F00001X001P', validTo: null },
    // The same entry twice: kept once.
    { kind: '排污许可证', number: '91421202MA4F00001X001P', validTo: null },
  ]);
  await add(2, [{ kind: ' 烟花爆竹经营（零售）许可证 ', number: '咸安烟零〔2025〕007', validTo: '2025年12月1日' }]);
  await add(3, []);
  await migrate(d, { migrationsFolder });
});
afterAll(async () => {
  await client?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('migration 0035: the free-text licences into the licence register', () => {
  it('moves every entry as a recorded licence of its enterprise and org, numbers kept, a repeat once', async () => {
    const moved = await rows<{
      enterprise_id: string;
      org_id: string;
      kind: string;
      licence_no: string;
      valid_to: string | null;
      issuer: string | null;
      origin: string;
    }>(db, sql`select enterprise_id, org_id, kind, licence_no, valid_to, issuer, origin from recorded_licence order by enterprise_id, kind`);
    expect(moved).toEqual([
      {
        enterprise_id: firm(1),
        org_id: ORG,
        kind: '危险化学品安全生产许可证',
        licence_no: '（鄂）WH安许证字〔2023〕0101号',
        valid_to: '2026-12-31',
        issuer: null,
        origin: 'migrated',
      },
      { enterprise_id: firm(1), org_id: ORG, kind: '排污许可证', licence_no: '91421202MA4F00001X001P', valid_to: null, issuer: null, origin: 'migrated' },
      // Trimmed; a date not written as YYYY-MM-DD is not guessed at (the old form only took ISO dates).
      {
        enterprise_id: firm(2),
        org_id: ORG,
        kind: '烟花爆竹经营（零售）许可证',
        licence_no: '咸安烟零〔2025〕007',
        valid_to: null,
        issuer: null,
        origin: 'migrated',
      },
    ]);
  });

  it('drops the free-text field from the enterprise', async () => {
    const cols = await rows<{ column_name: string }>(
      db,
      sql`select column_name from information_schema.columns where table_name = 'enterprise' and column_name = 'licences'`,
    );
    expect(cols).toEqual([]);
  });
});
