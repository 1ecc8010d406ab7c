import { and, desc, eq, getTableColumns } from 'drizzle-orm';
import type { Actor, AppContext } from '../../platform/context.js';
import { Conflict, NotFound, ValidationError } from '../../platform/errors.js';
import { hash } from '../../platform/ledger/hash.js';
import { appendEntry } from '../../platform/ledger/service.js';
import { org } from '../../platform/orgs/schema.js';
import { upsertEnterprises, type BulkRecord } from './bulk.js';
import type { ImportOut } from './contract.js';
import { COLUMN_BY_FIELD } from './import/columns.js';
import { readRows, validateRows, type RowError } from './import/parse.js';
import { errorWorkbook } from './import/workbooks.js';
import { enterpriseImport } from './schema.js';
import { orgsByRegion, supervisingOrg } from './service.js';
import { assertInSubtree } from '../../platform/orgs/scope.js';

export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;
const SHOWN_ERRORS = 200;
const KEPT_ERRORS = 10_000;
// Commit progress lives in memory: on PGlite the commit's transaction holds the only connection,
// and on PostgreSQL its writes are invisible until it ends, so the database cannot report it.
const commitProgress = new Map<string, number>();
// The rows checked at upload, kept for the confirmation so that a moderate file is not parsed
// twice; large files and anything after a restart are re-read from the stored bytes instead.
const checkedRecords = new Map<string, BulkRecord[]>();
const CACHE_ROWS = 100_000;
const CACHED_BATCHES = 4;

// Everything but the file itself: status polls every half second must not fetch the upload.
const { content: _content, ...summaryColumns } = getTableColumns(enterpriseImport);
type ImportRow = Omit<typeof enterpriseImport.$inferSelect, 'content'>;

async function contentOf(app: AppContext, id: string): Promise<Buffer> {
  const [row] = await app.db.select({ content: enterpriseImport.content }).from(enterpriseImport).where(eq(enterpriseImport.id, id));
  return row.content;
}

function out(r: ImportRow, shown = SHOWN_ERRORS): ImportOut {
  return {
    id: r.id,
    fileName: r.fileName,
    format: r.format as ImportOut['format'],
    status: r.status as ImportOut['status'],
    processedRows: r.status === 'committing' ? (commitProgress.get(r.id) ?? 0) : r.processedRows,
    totalRows: r.totalRows,
    validRows: r.validRows,
    errorCount: r.errorCount,
    errors: r.errors.slice(0, shown),
    result: r.result,
    failure: r.failure,
    createdAt: r.createdAt,
  };
}

function formatOf(fileName: string): 'xlsx' | 'csv' {
  const ext = fileName.toLowerCase().split('.').pop();
  if (ext === 'xlsx' || ext === 'csv') return ext;
  throw new ValidationError('仅支持 .xlsx 或 .csv 文件（请用模板另存为 Excel 工作簿或 CSV）', 'fileName');
}

export async function importInScope(app: AppContext, actor: Actor, id: string) {
  const [row] = await app.db
    .select({ i: summaryColumns, orgPath: org.path })
    .from(enterpriseImport)
    .innerJoin(org, eq(org.id, enterpriseImport.orgId))
    .where(eq(enterpriseImport.id, id));
  if (!row) throw new NotFound('导入批次不存在', 'id');
  assertInSubtree(actor, row.orgPath, '导入批次');
  return row.i;
}

/** Stores the uploaded file and starts checking it; the caller polls `getImport`. */
export async function stageImport(app: AppContext, actor: Actor, fileName: string, content: Buffer): Promise<ImportOut> {
  const format = formatOf(fileName);
  if (content.length === 0) throw new ValidationError('上传的文件为空', 'file');
  if (!actor.orgId) throw new ValidationError('导入须由机构人员发起', 'orgId');
  const digest = hash('sm3', content).toString('hex');
  const row = await app.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(enterpriseImport)
      .values({ orgId: actor.orgId!, actorId: actor.userId, fileName, format, digest, content, status: 'validating', createdAt: app.clock.now() })
      .returning(summaryColumns);
    await appendEntry(tx, app, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: 'enterpriseImport.staged',
      subjectType: 'enterpriseImport',
      subjectId: created.id,
      payload: { fileName, format, bytes: content.length, sm3: digest },
    });
    return created;
  });
  void runValidation(app, actor, row);
  return out(row);
}

async function checkFile(app: AppContext, actor: Actor, row: ImportRow, onProgress?: (n: number) => void) {
  const checked = await validateRows(readRows(await contentOf(app, row.id), row.format as 'xlsx' | 'csv'), { onProgress, maxErrors: KEPT_ERRORS });
  // The supervising org comes from the region code, and must be inside the importer's subtree.
  const byRegion = await orgsByRegion(app.db, actor);
  const records: BulkRecord[] = [];
  const regionErrors: RowError[] = [];
  for (const { rowNumber, value } of checked.valid) {
    const owner = supervisingOrg(byRegion, value.regionCode);
    if (owner) records.push({ ...value, orgId: owner.id });
    else
      regionErrors.push({
        rowNumber,
        field: 'regionCode',
        column: COLUMN_BY_FIELD.get('regionCode')!.header,
        message: `行政区划代码 ${value.regionCode} 不在本机构辖区内`,
      });
  }
  const errors = [...checked.errors, ...regionErrors].sort((a, b) => a.rowNumber - b.rowNumber).slice(0, KEPT_ERRORS);
  return { records, errors, errorCount: checked.errorCount + regionErrors.length, total: checked.total };
}

async function runValidation(app: AppContext, actor: Actor, row: ImportRow) {
  let last = 0;
  const onProgress = (n: number) => {
    if (n - last < 2000) return;
    last = n;
    void app.db
      .update(enterpriseImport)
      .set({ processedRows: n })
      .where(eq(enterpriseImport.id, row.id))
      .catch(() => undefined);
  };
  try {
    const c = await checkFile(app, actor, row, onProgress);
    if (c.records.length <= CACHE_ROWS) {
      checkedRecords.set(row.id, c.records);
      // Batches checked but never confirmed must not pile up: keep the latest few.
      for (const old of checkedRecords.keys()) if (checkedRecords.size > CACHED_BATCHES) checkedRecords.delete(old);
    }
    await app.db
      .update(enterpriseImport)
      .set({ status: 'validated', processedRows: c.total, totalRows: c.total, validRows: c.records.length, errorCount: c.errorCount, errors: c.errors })
      .where(eq(enterpriseImport.id, row.id));
  } catch (e) {
    app.log.warn({ err: e, importId: row.id }, 'import file could not be read');
    const failure = `文件无法读取：${e instanceof ValidationError ? e.message : '格式不正确或已损坏，请使用导入模板'}`;
    await app.db
      .update(enterpriseImport)
      .set({ status: 'failed', failure })
      .where(eq(enterpriseImport.id, row.id))
      .catch(() => undefined);
  }
}

export async function getImport(app: AppContext, actor: Actor, id: string): Promise<ImportOut> {
  return out(await importInScope(app, actor, id));
}

export async function listImports(app: AppContext, actor: Actor): Promise<ImportOut[]> {
  if (!actor.userId) return [];
  const rows = await app.db
    .select(summaryColumns)
    .from(enterpriseImport)
    .where(eq(enterpriseImport.actorId, actor.userId))
    .orderBy(desc(enterpriseImport.createdAt))
    .limit(20);
  return rows.map((r) => out(r, 0));
}

export async function importErrorsWorkbook(app: AppContext, actor: Actor, id: string): Promise<Buffer> {
  return errorWorkbook((await importInScope(app, actor, id)).errors as RowError[]);
}

/** Commits the valid rows of a checked file in one transaction; the caller polls `getImport`. */
export async function commitImport(app: AppContext, actor: Actor, id: string): Promise<ImportOut> {
  const row = await importInScope(app, actor, id);
  if (row.status !== 'validated') throw new Conflict(row.status === 'committed' ? '该批次已导入' : '该批次尚未校验完成或校验失败，不能导入', 'status');
  if (row.validRows === 0) throw new ValidationError('没有可导入的有效行', 'validRows');
  const [claimed] = await app.db
    .update(enterpriseImport)
    .set({ status: 'committing' })
    .where(and(eq(enterpriseImport.id, id), eq(enterpriseImport.status, 'validated')))
    .returning(summaryColumns);
  if (!claimed) throw new Conflict('该批次正在导入', 'status');
  commitProgress.set(id, 0);
  void runCommit(app, actor, claimed);
  return out(claimed);
}

async function runCommit(app: AppContext, actor: Actor, row: ImportRow) {
  try {
    // What is committed is exactly what was checked and shown: the rows kept from the check,
    // or the stored bytes read again.
    const records = checkedRecords.get(row.id) ?? (await checkFile(app, actor, row)).records;
    await app.db.transaction(async (tx) => {
      const result = await upsertEnterprises(
        tx,
        app,
        actor,
        records,
        {
          orgId: row.orgId,
          source: `import:${row.id}`,
          subjectType: 'enterpriseImport',
          subjectId: row.id,
          payload: { fileName: row.fileName, sm3: row.digest },
        },
        (n) => commitProgress.set(row.id, n),
      );
      const { changesDigest: _d, ...counts } = result;
      await tx.update(enterpriseImport).set({ status: 'committed', result: counts, committedAt: app.clock.now() }).where(eq(enterpriseImport.id, row.id));
    });
  } catch (e) {
    app.log.error({ err: e, importId: row.id }, 'import commit failed');
    await app.db
      .update(enterpriseImport)
      .set({ status: 'validated', failure: '导入未完成，未写入任何数据，可重新确认导入' })
      .where(eq(enterpriseImport.id, row.id))
      .catch(() => undefined);
  } finally {
    commitProgress.delete(row.id);
    checkedRecords.delete(row.id);
  }
}

/**
 * After a restart: a file still being checked is checked again; a commit that was cut off
 * rolled back with its transaction, so the batch is ready to be confirmed again.
 */
export async function resumeImports(app: AppContext) {
  await app.db
    .update(enterpriseImport)
    .set({ status: 'validated', failure: '服务重启，导入未完成，未写入任何数据，可重新确认导入' })
    .where(eq(enterpriseImport.status, 'committing'));
  const pending = await app.db
    .select({ i: summaryColumns, orgPath: org.path })
    .from(enterpriseImport)
    .innerJoin(org, eq(org.id, enterpriseImport.orgId))
    .where(eq(enterpriseImport.status, 'validating'));
  for (const { i, orgPath } of pending) void runValidation(app, { userId: i.actorId, username: 'system', orgId: i.orgId, orgPath, roles: [] }, i);
}
