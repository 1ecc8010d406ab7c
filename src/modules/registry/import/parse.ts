import { pipeline, Readable } from 'node:stream';
import { parse as csvParser } from 'csv-parse';
import type { z } from 'zod';
import { ValidationError } from '../../../platform/errors.js';
import { enterpriseIn } from '../contract.js';
import { usccProblem } from '../uscc.js';
import { COLUMNS, type Column, COLUMN_BY_FIELD, EXAMPLE, type ImportField, type ImportRecord, matchHeaders } from './columns.js';
import { type RawRow, xlsxRows } from './xlsx.js';
import { textProblem } from '../../../platform/http/text.js';

// Reading an uploaded XLSX or CSV file as rows, and checking every row before anything is saved.

/** A data row: `rowNumber` as Excel shows it (the header is row 1), cells by template header. */
export interface SourceRow {
  rowNumber: number;
  cells: Record<string, string>;
  /** Headers whose cell was a number longer than Excel's 15 digits, so its last digits are lost. */
  inexact?: string[];
}

export interface RowError {
  rowNumber: number;
  field: ImportField;
  /** The column's Chinese header. */
  column: string;
  message: string;
}

export interface ValidationResult {
  valid: Array<{ rowNumber: number; value: ImportRecord }>;
  /** The first `maxErrors` errors, in row order. */
  errors: RowError[];
  /** All errors, also those beyond `maxErrors`. */
  errorCount: number;
  /** Non-blank data rows read. */
  total: number;
}

const CHUNK = 64 * 1024;
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const UTF16LE_BOM = Buffer.from([0xff, 0xfe]);

export async function* readRows(input: Buffer | NodeJS.ReadableStream, format: 'xlsx' | 'csv'): AsyncGenerator<SourceRow> {
  const chunks = await opened(input, format);
  let columns: Map<number, Column> | undefined;
  for await (const raw of format === 'xlsx' ? xlsxRows(chunks) : csvRows(chunks)) {
    if (raw.texts.every((t) => t.trim() === '')) continue;
    if (!columns) {
      columns = matchHeaders(raw.texts);
      continue;
    }
    const cells: Record<string, string> = {};
    for (const [i, column] of columns) if (raw.texts[i]) cells[column.header] = raw.texts[i];
    if (Object.values(cells).every((t) => t.trim() === '')) continue;
    const inexact = raw.inexact.flatMap((i) => columns?.get(i)?.header ?? []);
    yield inexact.length > 0 ? { rowNumber: raw.rowNumber, cells, inexact } : { rowNumber: raw.rowNumber, cells };
  }
  if (!columns) throw new ValidationError('文件中没有内容：第 1 行应为表头，从第 2 行起每行一家企业');
}

/** Reads the first bytes to refuse the wrong kind of file with a useful message, then all bytes. */
async function opened(input: Buffer | NodeJS.ReadableStream, format: 'xlsx' | 'csv'): Promise<AsyncGenerator<Buffer>> {
  const source = Buffer.isBuffer(input) ? slices(input) : (input as AsyncIterable<Buffer | string>);
  const iterator = source[Symbol.asyncIterator]();
  const bytes = (chunk: Buffer | string) => (typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  const first = await iterator.next();
  const head = first.done ? Buffer.alloc(0) : bytes(first.value);
  try {
    checkKind(head, format);
  } catch (e) {
    await iterator.return?.();
    throw e;
  }
  return (async function* () {
    try {
      yield head;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield bytes(next.value);
    } finally {
      await iterator.return?.(); // a file refused part way releases the upload
    }
  })();
}

function checkKind(head: Buffer, format: 'xlsx' | 'csv'): void {
  if (head.length === 0) throw new ValidationError('上传的文件是空的');
  if (head.subarray(0, 4).equals(OLE2)) {
    throw new ValidationError('这是旧版 Excel（.xls）文件或加了密码的工作簿，请在 Excel 中另存为不加密的 .xlsx 或 CSV 后再导入');
  }
  const isZip = head.subarray(0, 4).equals(ZIP);
  if (format === 'xlsx' && !isZip) throw new ValidationError('文件不是 .xlsx 格式的 Excel 工作簿，请检查文件类型');
  if (format === 'csv' && isZip) throw new ValidationError('文件是 Excel 工作簿（.xlsx），不是 CSV，请按 .xlsx 上传');
}

async function* slices(buffer: Buffer): AsyncGenerator<Buffer> {
  for (let at = 0; at < buffer.length; at += CHUNK) yield buffer.subarray(at, at + CHUNK);
}

async function* csvRows(chunks: AsyncIterable<Buffer>): AsyncGenerator<RawRow> {
  // Blank lines are kept as records so that record n is row n, as Excel shows the file; line
  // endings are given, since csv-parse would otherwise take the first one seen as the only one.
  const parser = csvParser({ record_delimiter: ['\r\n', '\n', '\r'], relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
  pipeline(Readable.from(decodeText(chunks)), parser, () => {}); // errors reach the loop below
  let rowNumber = 0;
  try {
    for await (const texts of parser as AsyncIterable<string[]>) yield { rowNumber: ++rowNumber, texts, inexact: [] };
  } catch (e) {
    const { code, records = rowNumber } = e as { code?: unknown; records?: number };
    if (typeof code !== 'string' || !code.startsWith('CSV_')) throw e;
    const reason = code === 'CSV_QUOTE_NOT_CLOSED' ? '引号没有配对' : '引号或分隔符使用有误';
    throw new ValidationError(`CSV 文件第 ${records + 1} 行${reason}，请用 Excel 打开核对后重新保存`);
  }
}

/**
 * Excel in China saves CSV in GBK unless told "CSV UTF-8". Bytes that are not UTF-8 are read as
 * GB18030 (a superset of GBK). The first 64 KiB decide: they hold the header row, which is
 * Chinese, and GBK text is not valid UTF-8 for long.
 */
async function* decodeText(chunks: AsyncIterable<Buffer>): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  let head: Buffer[] = [];
  let headLength = 0;
  try {
    for await (const chunk of chunks) {
      if (decoder) {
        yield decoder.decode(chunk, { stream: true });
        continue;
      }
      head.push(chunk);
      headLength += chunk.length;
      if (headLength < CHUNK) continue;
      const bytes = Buffer.concat(head);
      head = [];
      decoder = pickDecoder(bytes);
      yield decoder.decode(bytes, { stream: true });
    }
    decoder ??= pickDecoder(Buffer.concat(head));
    yield decoder.decode(Buffer.concat(head));
  } catch (e) {
    if (e instanceof ValidationError || !(e instanceof TypeError)) throw e;
    throw new ValidationError('文件中有无法识别的字符：请在 Excel 中整体另存为「CSV UTF-8（逗号分隔）」后再导入');
  }
}

function pickDecoder(head: Buffer): TextDecoder {
  if (head.subarray(0, 2).equals(UTF16LE_BOM)) {
    throw new ValidationError('文件是 UTF-16 编码（Excel 的「Unicode 文本」），请另存为「CSV UTF-8（逗号分隔）」后再导入');
  }
  if (head.subarray(0, 3).equals(UTF8_BOM)) return new TextDecoder('utf-8', { fatal: true });
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return new TextDecoder('utf-8', { fatal: true });
  } catch {
    return new TextDecoder('gb18030', { fatal: true });
  }
}

/**
 * Checks every row against the enterprise schema: one error per bad field, in column order,
 * and a USCC seen on an earlier row is an error on the later one. Only the parsed valid values
 * and one map entry per USCC are kept, so 500 000 rows stay within memory.
 */
export async function validateRows(
  rows: AsyncIterable<SourceRow>,
  opts: { onProgress?: (n: number) => void; maxErrors?: number } = {},
): Promise<ValidationResult> {
  const maxErrors = opts.maxErrors ?? 10_000;
  const result: ValidationResult = { valid: [], errors: [], errorCount: 0, total: 0 };
  const firstRowOf = new Map<string, number>();
  for await (const row of rows) {
    result.total++;
    const checked = checkRow(row, firstRowOf);
    if ('value' in checked) result.valid.push({ rowNumber: row.rowNumber, value: checked.value });
    else {
      result.errorCount += checked.errors.length;
      for (const e of checked.errors) if (result.errors.length < maxErrors) result.errors.push(e);
    }
    if (result.total % 1000 === 0) opts.onProgress?.(result.total);
  }
  opts.onProgress?.(result.total);
  return result;
}

// Excel shows a long number typed into a general cell as 9.14403E+17 and saves the CSV that way.
const SCIENTIFIC = /^\d(\.\d+)?E\+\d+$/i;

function checkRow(row: SourceRow, firstRowOf: Map<string, number>): { value: ImportRecord } | { errors: RowError[] } {
  const problems = new Map<ImportField, string>();
  const input: Record<string, unknown> = {};
  for (const column of COLUMNS) {
    const text = (row.cells[column.header] ?? '').trim();
    // A NUL or a lone surrogate cannot be stored as text: refused like any other bad cell.
    const unstorable = textProblem(text);
    if (unstorable) {
      problems.set(column.field, unstorable);
    } else if (row.inexact?.includes(column.header)) {
      problems.set(column.field, `单元格是数字格式，Excel 只保留 15 位有效数字，读到的「${text}」已丢失末尾几位；请把该列设为文本格式后重新录入`);
    } else if (SCIENTIFIC.test(text)) {
      problems.set(column.field, `「${text}」是 Excel 以科学计数法显示的数字，原来的数字已丢失；请把该列设为文本格式后重新录入`);
    } else if (!text) {
      if (column.required) problems.set(column.field, '必填，不能为空');
    } else {
      const read = column.read(text);
      if ('error' in read) problems.set(column.field, read.error);
      else input[column.field] = read.value;
    }
  }

  const parsed = enterpriseIn.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as ImportField;
      if (COLUMN_BY_FIELD.has(field) && !problems.has(field)) problems.set(field, issueMessage(issue));
    }
  }

  const uscc = typeof input.uscc === 'string' ? input.uscc : '';
  if (!problems.has('uscc') && usccProblem(uscc) === null) {
    const first = firstRowOf.get(uscc);
    if (uscc === EXAMPLE.uscc) problems.set('uscc', '这是导入模板中的示例行，请删除后再导入');
    else if (first !== undefined) problems.set('uscc', `与第 ${first} 行的统一社会信用代码重复`);
    else firstRowOf.set(uscc, row.rowNumber);
  }

  if (problems.size === 0 && parsed.success) {
    return { value: parsed.data };
  }
  const errors: RowError[] = [];
  for (const column of COLUMNS) {
    const message = problems.get(column.field);
    if (message) errors.push({ rowNumber: row.rowNumber, field: column.field, column: column.header, message });
  }
  return { errors };
}

const PART_LABELS: Record<string, string> = { kind: '种类', number: '编号', validTo: '有效期至', name: '姓名', phone: '电话', title: '职务' };

/** zod's Chinese locale speaks of "string" and ">=2"; a bureau clerk reads "个字" and "项". */
function issueMessage(issue: z.core.$ZodIssue): string {
  const [, index, part] = issue.path;
  const where = typeof index === 'number' ? `第 ${index + 1} 项${typeof part === 'string' ? `的${PART_LABELS[part] ?? part}` : ''}：` : '';
  let message = issue.message;
  if (issue.code === 'too_small' && issue.origin === 'string') message = Number(issue.minimum) <= 1 ? '不能为空' : `不能少于 ${issue.minimum} 个字`;
  if (issue.code === 'too_big' && issue.origin === 'string') message = `不能多于 ${issue.maximum} 个字`;
  if (issue.code === 'too_big' && issue.origin === 'array') message = `最多 ${issue.maximum} 项`;
  return where + message;
}
