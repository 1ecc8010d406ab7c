import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { DomainError, ValidationError } from '../../../platform/errors.js';
import { NOTES_SHEET } from './columns.js';

// Streaming XLSX reading: rows of cell texts, never the whole workbook in memory.

/** One spreadsheet row as text, by 0-based column; `inexact` holds columns whose number lost digits. */
export interface RawRow {
  rowNumber: number;
  texts: string[];
  inexact: number[];
}

/** Excel keeps 15 significant digits, so a longer whole number was cut when it was typed. */
const EXCEL_DIGITS_LIMIT = 1e15;

export async function* xlsxRows(chunks: AsyncIterable<Buffer>): AsyncGenerator<RawRow> {
  const bytes = new PassThrough();
  const source = Readable.from(chunks);
  const watch = failureWatch(source);
  source.on('error', () => bytes.destroy());
  source.pipe(bytes);

  let read = false;
  try {
    for await (const sheet of watched(utf8SafeReader(bytes), watch)) {
      const { name, state } = sheet as unknown as { name?: string; state?: string };
      if (read || name === NOTES_SHEET || (state && state !== 'visible')) {
        // Other sheets are read through and dropped, never skipped: exceljs parks a sheet that
        // precedes the shared strings in a temp file, opens it, and deletes it as soon as the
        // next sheet is asked for — an unread sheet's open then races the delete (ENOENT,
        // uncaught, seen in CI).
        for await (const _row of watched(sheet, watch)) void _row;
        continue;
      }
      read = true;
      for await (const row of watched(sheet, watch)) {
        const texts: string[] = [];
        const inexact: number[] = [];
        row.eachCell((cell, col) => {
          texts[col - 1] = detached(cellText(cell.value));
          if (typeof cell.value === 'number' && Number.isInteger(cell.value) && Math.abs(cell.value) >= EXCEL_DIGITS_LIMIT) inexact.push(col - 1);
        });
        yield { rowNumber: row.number, texts: Array.from(texts, (t) => t ?? ''), inexact };
      }
    }
  } catch (e) {
    if (e instanceof DomainError || source.errored) throw source.errored ?? e;
    throw Object.assign(new ValidationError('无法读取该 .xlsx 文件：文件不完整或已损坏，请在 Excel 中打开后重新保存再导入'), { cause: e });
  }
}

type Watch = <T>(wait: Promise<T>) => Promise<T>;

/**
 * exceljs cannot be told that the upload failed (`pipe` does not pass errors on, and the zip
 * parser, once ended early, may wait forever), so every wait on it also ends on the upload's
 * error. Not `Promise.race` against one failure promise: each race would leave a reaction on
 * it holding its row until the upload ends, a leak of 5 KB a row.
 */
function failureWatch(source: Readable): Watch {
  const pending = new Set<(e: unknown) => void>();
  source.on('error', (e) => {
    for (const reject of pending) reject(e);
  });
  return <T>(wait: Promise<T>) =>
    source.errored
      ? Promise.reject(source.errored)
      : new Promise<T>((resolve, reject) => {
          pending.add(reject);
          void wait.then(resolve, reject).finally(() => pending.delete(reject));
        });
}

async function* watched<T>(items: AsyncIterable<T>, watch: Watch): AsyncGenerator<T> {
  const iterator = items[Symbol.asyncIterator]();
  let waiting = false;
  try {
    for (;;) {
      waiting = true;
      const next = await watch(iterator.next());
      waiting = false;
      if (next.done) return;
      yield next.value;
    }
  } finally {
    // A generator still waiting cannot be returned; it is left to the garbage collector.
    if (!waiting) await iterator.return?.();
  }
}

/** A cell as the user reads it: numbers in full (no exponent), dates as YYYY-MM-DD, formulas by result. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value); // plain digits up to 1e21
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    // exceljs puts Excel's wall-clock time in the UTC fields.
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
  }
  if ('richText' in value) return value.richText.map((r) => r.text ?? '').join('');
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result);
  if ('hyperlink' in value) return value.text;
  return '';
}

/**
 * A copy of the text that does not point into the XML chunk it was cut from. V8 keeps a long
 * substring as a view of its parent, and an imported value kept until commit would otherwise
 * hold on to that whole chunk: twice the memory on a large file.
 */
function detached(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}

interface ReaderInternals {
  _parseSharedStrings(entry: NodeJS.ReadableStream): AsyncGenerator<unknown>;
  _parseWorksheet(chunks: AsyncIterable<Buffer | string>, sheetNo: string): Generator<unknown>;
}

/**
 * exceljs 4.4 decodes each zip chunk on its own, so a Chinese character split between two chunks
 * turns into U+FFFD (exceljs issues #2063, #2084, #2316; about one row in a thousand of a
 * Chinese workbook). Both the shared strings and the sheets are decoded here with a streaming
 * decoder instead; the hooks are private, so an exceljs upgrade that renames them fails loudly.
 */
function utf8SafeReader(input: PassThrough): ExcelJS.stream.xlsx.WorkbookReader {
  // styles are needed to tell a date cell from a number cell.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit' });
  const internals = reader as unknown as ReaderInternals;
  if (typeof internals._parseSharedStrings !== 'function' || typeof internals._parseWorksheet !== 'function') {
    throw new Error('exceljs internals changed: re-check the UTF-8 chunk fix in import/xlsx.ts');
  }
  const parseSharedStrings = internals._parseSharedStrings.bind(reader);
  const parseWorksheet = internals._parseWorksheet.bind(reader);
  internals._parseSharedStrings = (entry) => parseSharedStrings(entry.setEncoding('utf8'));
  internals._parseWorksheet = (chunks, sheetNo) => parseWorksheet(decodeUtf8(chunks), sheetNo);
  return reader;
}

async function* decodeUtf8(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) yield typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  const rest = decoder.decode();
  if (rest) yield rest;
}
