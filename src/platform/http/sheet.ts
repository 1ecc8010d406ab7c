import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { chinaDate } from '../dates.js';
import { RuleViolation } from '../errors.js';

// A list exported as XLSX: the list's filter, its scope and its sort, every row in Chinese. The
// workbook is streamed into the response, so a long export never sits in memory as a workbook.

export interface SheetColumn<T> {
  /** The Chinese column header. */
  header: string;
  /** In characters; 14 when not given. */
  width?: number;
  /** The cell: text already in Chinese (a label, never a code), a number, or empty. */
  value(row: T): string | number | null | undefined;
}

/** The most rows one export holds; a larger filter is refused with the count, before any byte is sent. */
export const EXPORT_MAX_ROWS = 20_000;
const PAGE = 1000;

/** Refuses an export of more than EXPORT_MAX_ROWS rows, naming how many matched. */
export function assertExportable(total: number): void {
  if (total > EXPORT_MAX_ROWS)
    throw new RuleViolation(`符合条件的记录共 ${total} 条，超过单次导出上限 ${EXPORT_MAX_ROWS} 条，请缩小筛选范围（如日期、状态、机构）后再导出`);
}

/** `<name>-<China date>.xlsx`, e.g. 行政处罚案件-2026-05-01.xlsx. */
export const sheetFileName = (name: string, now: Date) => `${name}-${chinaDate(now)}.xlsx`;

/** The China date (Asia/Shanghai) of a timestamp as YYYY-MM-DD, or empty. */
export const sheetDate = (at: Date | string | null | undefined) => (at == null ? '' : chinaDate(typeof at === 'string' ? new Date(at) : at));

/** The rows of a list read a page at a time (the offset in the list's own order), for an export. */
export async function* inPages<T>(page: (limit: number, offset: number) => Promise<T[]>): AsyncGenerator<T> {
  for (let offset = 0; ; offset += PAGE) {
    const rows = await page(PAGE, offset);
    yield* rows;
    if (rows.length < PAGE) return;
  }
}

/** Writes one sheet: a bold frozen header, then a row per item. */
export async function writeSheet<T>(
  output: NodeJS.WritableStream,
  sheetName: string,
  columns: readonly SheetColumn<T>[],
  rows: AsyncIterable<T> | Iterable<T>,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output as unknown as PassThrough, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ width: c.width ?? 14 }));
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
  header.commit();
  for await (const row of rows) sheet.addRow(columns.map((c) => c.value(row) ?? '')).commit();
  sheet.commit();
  await workbook.commit();
}

/** Sends the sheet as an attachment named in Chinese (RFC 6266 filename*). */
export function sendSheet<T>(
  reply: FastifyReply,
  sheet: { fileName: string; sheetName: string; columns: readonly SheetColumn<T>[]; rows: AsyncIterable<T> | Iterable<T> },
) {
  const out = new PassThrough();
  writeSheet(out, sheet.sheetName, sheet.columns, sheet.rows).catch((e) => out.destroy(e));
  return reply
    .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(sheet.fileName)}`)
    .send(out);
}
