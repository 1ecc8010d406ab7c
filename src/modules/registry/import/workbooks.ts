import { PassThrough } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import ExcelJS from 'exceljs';
import { LABELS } from '../contract.js';
import { COLUMNS, DATA_SHEET, EXAMPLE, type ImportField, type ImportRecord, NOTES_SHEET } from './columns.js';
import type { RowError } from './parse.js';

// The workbooks users download: the import template, the error list of a failed import, and the
// export, which has the template's columns so that it re-imports unchanged. All are written as
// streams, so an export of 500 000 enterprises never sits in memory as a workbook.

type Rows = AsyncIterable<ImportRecord> | Iterable<ImportRecord>;

const WIDTHS: Record<ImportField, number> = {
  uscc: 22,
  name: 30,
  legalRepresentative: 12,
  principalPerson: 12,
  address: 40,
  regionCode: 14,
  industryCode: 10,
  size: 10,
  riskGrade: 14,
  keyCategories: 28,
  standardizationGrade: 18,
  status: 10,
  contacts: 36,
};
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
const REQUIRED_RED = { argb: 'FFC00000' };
const DROPDOWN_ROWS = 5000;
const DROPDOWNS: Partial<Record<ImportField, Record<string, string>>> = {
  size: LABELS.size,
  riskGrade: LABELS.riskGrade,
  standardizationGrade: LABELS.standardizationGrade,
  status: LABELS.status,
};

/** The import template: the header, one example row, and a 说明 sheet. */
export function templateWorkbook(): Promise<Buffer> {
  return toBuffer((out) => writeEnterprises([EXAMPLE], out, { example: true }));
}

/** The export as one buffer; for large exports stream with `writeEnterprises` instead. */
export function exportWorkbook(rows: Rows): Promise<Buffer> {
  return toBuffer((out) => writeEnterprises(rows, out));
}

/** Writes enterprises row by row in the template's layout, e.g. straight into an HTTP response. */
export async function writeEnterprises(rows: Rows, output: NodeJS.WritableStream, opts: { example?: boolean } = {}): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output as unknown as PassThrough, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  // Text format keeps Excel from turning a USCC or a region code typed later into a number.
  sheet.columns = COLUMNS.map((c) => ({ key: c.field, width: WIDTHS[c.field], style: { numFmt: '@' } }));
  const header = sheet.addRow(COLUMNS.map((c) => c.header));
  for (const [i, c] of COLUMNS.entries()) styleHeader(header.getCell(i + 1), c.required);
  header.commit();
  let last = 1;
  for await (const record of rows) {
    const row = sheet.addRow(COLUMNS.map((c) => c.write(record)));
    if (opts.example) row.font = { italic: true, color: { argb: 'FF808080' } };
    row.commit();
    last = row.number;
  }
  addDropdowns(sheet, Math.max(last, DROPDOWN_ROWS));
  sheet.commit();
  writeNotes(workbook.addWorksheet(NOTES_SHEET), opts.example ?? false);
  await workbook.commit();
}

/** The errors of a failed import, one per row and column, for the user to fix the file by. */
export function errorWorkbook(errors: readonly RowError[]): Promise<Buffer> {
  return toBuffer(async (out) => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
    const sheet = workbook.addWorksheet('导入错误', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = [{ width: 8 }, { width: 20 }, { width: 90 }];
    const header = sheet.addRow(['行号', '列', '错误说明']);
    header.eachCell((cell) => styleHeader(cell, false));
    header.commit();
    for (const e of errors) sheet.addRow([e.rowNumber, e.column, e.message]).commit();
    sheet.commit();
    await workbook.commit();
  });
}

function styleHeader(cell: ExcelJS.Cell, required: boolean): void {
  cell.font = required ? { bold: true, color: REQUIRED_RED } : { bold: true };
  cell.fill = HEADER_FILL;
}

/**
 * Drop-down lists on the single-choice columns. Not down to Excel's last row: exceljs, reading a
 * workbook whole, expands a range validation into one entry per cell and takes seconds.
 */
function addDropdowns(sheet: ExcelJS.Worksheet, lastRow: number): void {
  // exceljs has range validations on the sheet but leaves them out of its typings.
  const validations = (sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  COLUMNS.forEach((c, i) => {
    const labels = DROPDOWNS[c.field];
    if (!labels) return;
    const letter = String.fromCharCode(65 + i);
    validations.add(`${letter}2:${letter}${lastRow}`, {
      type: 'list',
      allowBlank: !c.required,
      formulae: [`"${Object.values(labels).join(',')}"`],
      showErrorMessage: true,
      errorTitle: c.header,
      error: '请从下拉列表中选择',
    });
  });
}

function writeNotes(sheet: ExcelJS.Worksheet, withExample: boolean): void {
  sheet.columns = [{ width: 22 }, { width: 10 }, { width: 110 }];
  const header = sheet.addRow(['列', '是否必填', '填写说明']);
  header.eachCell((cell) => styleHeader(cell, false));
  header.commit();
  for (const c of COLUMNS) {
    const row = sheet.addRow([c.header, c.required ? '必填' : '选填', c.help]);
    if (c.required) row.getCell(1).font = { color: REQUIRED_RED };
    row.commit();
  }
  sheet.addRow([]).commit();
  for (const note of generalNotes(withExample)) sheet.addRow([note]).commit();
  sheet.commit();
}

function generalNotes(withExample: boolean): string[] {
  return [
    `「${DATA_SHEET}」表第 1 行为表头，列名请勿修改；列的顺序可以调整，选填的列可以删除。红色列名为必填。`,
    ...(withExample ? ['第 2 行为示例（灰色斜体），导入前请删除。'] : []),
    '每行一家企业；同一文件中统一社会信用代码不能重复。',
    '统一社会信用代码须为文本格式：数字格式的单元格只保留 15 位有效数字，后几位会丢失。',
    '可上传 .xlsx 工作簿，或 CSV 文件（UTF-8 或 GBK 编码均可）；旧版 .xls 请先另存为 .xlsx。',
    '有可选值的列填中文（如「较大风险」）；系统代码（如 high）也能识别。',
    '许可证不在本表导入：企业的许可证在「行政许可 › 许可证登记」中按企业登记（其他机关颁发的由执法人员核对原件后录入）。',
  ];
}

async function toBuffer(write: (out: PassThrough) => Promise<void>): Promise<Buffer> {
  const out = new PassThrough();
  const [, bytes] = await Promise.all([write(out), buffer(out)]);
  return bytes;
}
