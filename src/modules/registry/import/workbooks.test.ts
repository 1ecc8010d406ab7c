import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { enterpriseIn, LABELS } from '../contract.js';
import { COLUMNS, DATA_SHEET, EXAMPLE, type ImportRecord, NOTES_SHEET } from './columns.js';
import { readRows, validateRows } from './parse.js';
import { cellsOf, csvText, gbk, HEADERS, record, records, xlsxOf } from './test-support.js';
import { errorWorkbook, exportWorkbook, templateWorkbook } from './workbooks.js';

z.config(z.locales.zhCN());

async function sheets(bytes: Buffer): Promise<Map<string, string[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const out = new Map<string, string[][]>();
  workbook.eachSheet((sheet) => {
    const rows: string[][] = [];
    sheet.eachRow((row) => rows.push(Array.from((row.values as ExcelJS.CellValue[]).slice(1), (v) => String(v ?? ''))));
    out.set(sheet.name, rows);
  });
  return out;
}

async function* slowly<T>(items: T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

describe('workbooks', () => {
  it('exports enterprises in the template layout, and the export re-imports unchanged', async () => {
    const originals = records(300).map((r) => enterpriseIn.parse(r));
    const out = await exportWorkbook(slowly(originals.map((r) => ({ ...r, id: 'x', orgName: '昆山市应急管理局', version: 3 }))));
    const [header, first] = (await sheets(out)).get(DATA_SHEET)!;
    expect(header).toEqual(HEADERS);
    expect(first).toEqual(cellsOf(originals[0]));
    expect(first.slice(7, 12)).toEqual(['大型', '重大风险', '危险化学品、建材、商贸', '一级', '在营']);

    const result = await validateRows(readRows(Readable.from([out]), 'xlsx'));
    expect(result.errors).toEqual([]);
    expect(result.valid.map((v) => v.value)).toEqual(originals);
    expect(result.valid.map((v) => v.rowNumber)).toEqual(originals.map((_, i) => i + 2));
  });

  it('writes a template with red required headers, a grey example row, drop-downs and a 说明 sheet', async () => {
    const bytes = await templateWorkbook();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet(DATA_SHEET)!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...HEADERS]);
    expect(sheet.getRow(2).values).toEqual([undefined, ...cellsOf(EXAMPLE)]);
    expect(sheet.rowCount).toBe(2);
    expect(COLUMNS.map((_c, i) => sheet.getCell(1, i + 1).font.color?.argb === 'FFC00000')).toEqual(COLUMNS.map((c) => c.required));
    expect(sheet.getColumn(1).numFmt).toBe('@');
    expect(sheet.getCell('I5000').dataValidation).toMatchObject({ type: 'list', formulae: ['"重大风险,较大风险,一般风险,低风险"'] });

    const notes = (await sheets(bytes)).get(NOTES_SHEET)!;
    expect(notes[0]).toEqual(['列', '是否必填', '填写说明']);
    expect(notes.slice(1, 1 + COLUMNS.length).map((r) => r.slice(0, 2))).toEqual(COLUMNS.map((c) => [c.header, c.required ? '必填' : '选填']));
    const text = notes.flat().join('\n');
    for (const labels of Object.values(LABELS)) for (const label of Object.values(labels)) expect(text).toContain(label);
    expect(text).not.toContain('种类:编号:有效期至');
    expect(text).toContain('许可证不在本表导入');
    expect(text).toContain('姓名:电话:职务');
    expect(text).toContain('第 2 行为示例');
    expect(text).toContain('不填为「未达标」');
  });

  it('lists import errors as 行号, 列, 错误说明', async () => {
    const bytes = await errorWorkbook([
      { rowNumber: 3, field: 'name', column: '单位名称', message: '必填，不能为空' },
      { rowNumber: 9, field: 'uscc', column: '统一社会信用代码', message: '与第 2 行的统一社会信用代码重复' },
    ]);
    expect((await sheets(bytes)).get('导入错误')).toEqual([
      ['行号', '列', '错误说明'],
      ['3', '单位名称', '必填，不能为空'],
      ['9', '统一社会信用代码', '与第 2 行的统一社会信用代码重复'],
    ]);
  });

  // 20 000 rows of Chinese text also catch exceljs splitting a character between zip chunks, in
  // inline strings (our export) and in the shared strings table (what Excel writes).
  const table = (originals: ImportRecord[]) => [HEADERS, ...originals.map(cellsOf)];
  const files = {
    xlsx: (originals: ImportRecord[]) => exportWorkbook(originals),
    'xlsx with shared strings': (originals: ImportRecord[]) => xlsxOf(table(originals)),
    csv: async (originals: ImportRecord[]) => Buffer.from(csvText(table(originals))),
    'GBK csv': async (originals: ImportRecord[]) => gbk(csvText(table(originals))),
  };
  it.each(Object.keys(files) as (keyof typeof files)[])('reads and checks 20 000 generated rows from %s', async (kind) => {
    const originals = records(20_000);
    const bytes = await files[kind](originals);
    const started = performance.now();
    const result = await validateRows(readRows(bytes, kind.startsWith('xlsx') ? 'xlsx' : 'csv'));
    console.info(`${kind}: ${(bytes.length / 1e6).toFixed(1)} MB, 20 000 rows read and checked in ${Math.round(performance.now() - started)} ms`);
    expect(result).toMatchObject({ total: 20_000, errorCount: 0 });
    expect(result.valid).toHaveLength(20_000);
    expect(result.valid[19_999].value).toEqual(enterpriseIn.parse(record(19_999)));
    expect(result.valid.filter((v, i) => v.value.name !== originals[i].name)).toEqual([]);
  });
});
