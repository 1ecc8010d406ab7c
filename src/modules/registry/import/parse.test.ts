import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { enterpriseIn } from '../contract.js';
import { usccProblem } from '../uscc.js';
import { EXAMPLE } from './columns.js';
import { readRows, type SourceRow, validateRows } from './parse.js';
import { cellsOf, collect, csvText, gbk, HEADERS, record, records, usccFor, xlsxOf } from './test-support.js';
import { cellText } from './xlsx.js';

z.config(z.locales.zhCN());

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const validate = (input: Buffer, format: 'xlsx' | 'csv') => validateRows(readRows(input, format));
/** Rows from header cells and data cells, numbered from 2. */
const rows = (...data: Record<string, string>[]): AsyncIterable<SourceRow> => Readable.from(data.map((cells, i) => ({ rowNumber: i + 2, cells })));
const cellsByHeader = (i: number) => Object.fromEntries(HEADERS.map((h, k) => [h, cellsOf(record(i))[k]]));

describe('readRows', () => {
  const text = csvText([HEADERS, ...records(3).map(cellsOf)]);
  const expected = records(3).map((r) => enterpriseIn.parse(r));

  it.each([
    ['UTF-8', Buffer.from(text)],
    ['UTF-8 with BOM', Buffer.concat([BOM, Buffer.from(text)])],
    ['GBK', gbk(text)],
  ])('reads a CSV saved as %s', async (_, bytes) => {
    const result = await validate(bytes, 'csv');
    expect(result.errors).toEqual([]);
    expect(result.valid.map((v) => v.value)).toEqual(expected);
    // A stream cut every 7 bytes splits characters between chunks.
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, k) => bytes.subarray(k * 7, k * 7 + 7));
    expect((await validateRows(readRows(Readable.from(chunks), 'csv'))).valid.map((v) => v.value)).toEqual(expected);
  });

  it('numbers rows as Excel shows them: blank lines count, a quoted line break does not', async () => {
    const twoLines = cellsOf(record(1)).map((c, k) => (HEADERS[k] === '联系人' ? '赵敏:13912345678\n周杰:0512-57001234' : c));
    const file = [csvText([HEADERS, cellsOf(record(0))]), '\n', ',,,\n', csvText([twoLines, cellsOf(record(2))])].join('');
    const read = await collect(readRows(Buffer.from(file), 'csv'));
    expect(read.map((r) => r.rowNumber)).toEqual([2, 5, 6]);
    expect(read[1].cells.联系人).toBe('赵敏:13912345678\n周杰:0512-57001234');
  });

  it('reads XLSX cells as text: rich text, formula results, hyperlinks, padded codes, whole numbers', async () => {
    const r = record(1);
    const cells = cellsOf(r);
    const bytes = await xlsxOf([
      HEADERS,
      [
        `  ${r.uscc} `,
        { richText: [{ text: '苏州第1号', font: { bold: true } }, { text: '精细化工有限公司' }] },
        { formula: '"张"&"伟"', result: '张伟' },
        { text: '李强', hyperlink: 'mailto:li@example.cn' },
        cells[4],
        320583101,
        ...cells.slice(6),
      ],
    ]);
    const [row] = await collect(readRows(bytes, 'xlsx'));
    expect(row.cells).toMatchObject({
      统一社会信用代码: `  ${r.uscc} `,
      单位名称: '苏州第1号精细化工有限公司',
      法定代表人: '张伟',
      主要负责人: '李强',
      行政区划代码: '320583101',
    });
    const result = await validateRows(Readable.from([row]));
    expect(result.valid[0].value).toEqual({ ...enterpriseIn.parse(r), legalRepresentative: '张伟' });
  });

  it('writes cell values the way Excel shows them', () => {
    expect(cellText(320583)).toBe('320583');
    expect(cellText(123456789012345680000)).toBe('123456789012345680000');
    expect(cellText(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(cellText(new Date(Date.UTC(2026, 11, 31)))).toBe('2026-12-31');
    expect(cellText(new Date(Date.UTC(2026, 0, 5, 8, 30)))).toBe('2026-01-05 08:30:00');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText({ error: '#N/A' })).toBe('#N/A');
    expect(cellText({ formula: 'A1' })).toBe('');
    expect(cellText({ sharedFormula: 'A1', result: 12 })).toBe('12');
  });

  it('refuses a USCC typed as a number, whose last digits Excel has dropped', async () => {
    const cells: (string | number)[] = cellsOf(record(0));
    cells[0] = Number('914403001922038216'); // Excel stores 9.14403001922038E+17: the last digits are lost
    const xlsx = await validate(await xlsxOf([HEADERS, cells]), 'xlsx');
    expect(xlsx.errors).toEqual([
      {
        rowNumber: 2,
        field: 'uscc',
        column: '统一社会信用代码',
        message: '单元格是数字格式，Excel 只保留 15 位有效数字，读到的「914403001922038300」已丢失末尾几位；请把该列设为文本格式后重新录入',
      },
    ]);
    cells[0] = '9.14403E+17'; // what Excel writes into a CSV for the same cell
    const csv = await validate(Buffer.from(csvText([HEADERS, cells.map(String)])), 'csv');
    expect(csv.errors[0].message).toBe('「9.14403E+17」是 Excel 以科学计数法显示的数字，原来的数字已丢失；请把该列设为文本格式后重新录入');
  });

  it('refuses files of the wrong kind, naming what to do', async () => {
    const xlsx = await xlsxOf([HEADERS]);
    const first = (input: Buffer, format: 'xlsx' | 'csv') => collect(readRows(input, format));
    await expect(first(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]), 'xlsx')).rejects.toThrow('旧版 Excel（.xls）');
    await expect(first(Buffer.from(text), 'xlsx')).rejects.toThrow('文件不是 .xlsx 格式的 Excel 工作簿');
    await expect(first(xlsx, 'csv')).rejects.toThrow('不是 CSV');
    await expect(first(Buffer.alloc(0), 'csv')).rejects.toThrow('上传的文件是空的');
    await expect(first(Buffer.from('\n\n'), 'csv')).rejects.toThrow('文件中没有内容');
    await expect(first(Buffer.from([0xff, 0xfe, 0x31, 0]), 'csv')).rejects.toThrow('UTF-16');
    await expect(first(Buffer.from(`${text}"unclosed,x\n`), 'csv')).rejects.toThrow('CSV 文件第 5 行引号没有配对');
    const utf8ThenGbk = Buffer.concat([Buffer.from(csvText([HEADERS, ...records(300).map(cellsOf)])), gbk(csvText([cellsOf(record(300))]))]);
    await expect(first(utf8ThenGbk, 'csv')).rejects.toThrow('文件中有无法识别的字符');
    expect(await first(xlsx, 'xlsx')).toEqual([]);
  });

  it('refuses a damaged workbook, and passes on a failed upload without waiting forever', async () => {
    const xlsx = await xlsxOf([HEADERS, cellsOf(record(0))]);
    await expect(collect(readRows(xlsx.subarray(0, xlsx.length - 200), 'xlsx'))).rejects.toThrow('无法读取该 .xlsx 文件：文件不完整或已损坏');
    for (const [format, bytes] of [
      ['xlsx', xlsx],
      ['csv', Buffer.from(text)],
    ] as const) {
      const upload = new PassThrough();
      upload.write(bytes.subarray(0, 100));
      setTimeout(() => upload.destroy(new Error('客户端中断了上传')), 20);
      await expect(collect(readRows(upload, format))).rejects.toThrow('客户端中断了上传');
    }
  });

  it('refuses a header row that does not match the template', async () => {
    const bad = csvText([['企业名称', ...HEADERS.slice(1)], cellsOf(record(0))]);
    await expect(collect(readRows(Buffer.from(bad), 'csv'))).rejects.toThrow('模板中没有这些列：「企业名称」；缺少必填的列：「统一社会信用代码」');
  });
});

describe('validateRows', () => {
  it('reports each bad field once, in Chinese, with row number and column', async () => {
    const good = usccFor(7);
    const wrongCheck = good.slice(0, 17) + (good[17] === 'A' ? 'B' : 'A');
    const result = await validateRows(
      rows(
        { ...cellsByHeader(0), 统一社会信用代码: wrongCheck },
        { ...cellsByHeader(1), 单位名称: '  ', 企业规模: '特大型', 安全风险等级: 'high' },
        { ...cellsByHeader(2), 行政区划代码: '32058', 行业代码: 'C99', 重点监管类别: '危险化学品、煤矿', 联系人: '王五:12345' },
        {
          ...cellsByHeader(3),
          单位名称: '厂',
          地址: '地'.repeat(201),
          联系人: `王五:13800000000:${'职'.repeat(31)}`,
        },
      ),
    );
    const error = (rowNumber: number, column: string, message: string) => ({ rowNumber, column, message });
    expect(result.errors.map(({ field: _, ...e }) => e)).toEqual([
      error(2, '统一社会信用代码', usccProblem(wrongCheck)!),
      error(3, '单位名称', '必填，不能为空'),
      error(3, '企业规模', '「特大型」不是可选的值，应为 大型、中型、小型、微型 之一'),
      error(4, '行政区划代码', '行政区划代码应为 6 位（县级）或 9 位（乡镇级）数字'),
      error(4, '行业代码', '行业代码「C99」中的大类 99 不属于门类 C（制造业）'),
      error(4, '重点监管类别', expect.stringMatching(/^「煤矿」不是可选的重点监管类别/)),
      error(4, '联系人', '第 1 项的电话：电话应为 11 位手机号或带区号的固定电话'),
      error(5, '单位名称', '不能少于 2 个字'),
      error(5, '地址', '不能多于 200 个字'),
      error(5, '联系人', '第 1 项的职务：不能多于 30 个字'),
    ]);
    expect(usccProblem(wrongCheck)).toMatch(/^统一社会信用代码第 18 位校验码应为「.」，实际为「.」/);
    expect(result.errors[0].field).toBe('uscc');
    expect(result).toMatchObject({ total: 4, errorCount: 10, valid: [] });
  });

  it('refuses a cell holding a NUL or a lone surrogate, which cannot be stored as text', async () => {
    const result = await validateRows(
      rows({ ...cellsByHeader(0), 单位名称: '湖北某\u0000化工有限公司' }, { ...cellsByHeader(1), 地址: '咸宁市\ud800大道' }, cellsByHeader(2)),
    );
    expect(result.errors.map(({ rowNumber, column, message }) => ({ rowNumber, column, message }))).toEqual([
      { rowNumber: 2, column: '单位名称', message: '含有空字符（U+0000）' },
      { rowNumber: 3, column: '地址', message: '含有不成对的代理项（不是合法的 Unicode 文本）' },
    ]);
    expect(result.valid).toHaveLength(1);
  });

  it('refuses a USCC already used on an earlier row, and the template example', async () => {
    const result = await validateRows(
      rows(
        cellsByHeader(1),
        cellsByHeader(2),
        { ...cellsByHeader(1), 单位名称: '另一家公司' },
        { ...cellsByHeader(2), 单位名称: '' },
        {
          ...cellsByHeader(3),
          统一社会信用代码: EXAMPLE.uscc,
        },
      ),
    );
    expect(result.valid.map((v) => v.rowNumber)).toEqual([2, 3]);
    expect(result.errors).toEqual([
      { rowNumber: 4, field: 'uscc', column: '统一社会信用代码', message: '与第 2 行的统一社会信用代码重复' },
      { rowNumber: 5, field: 'uscc', column: '统一社会信用代码', message: '与第 3 行的统一社会信用代码重复' },
      { rowNumber: 5, field: 'name', column: '单位名称', message: '必填，不能为空' },
      { rowNumber: 6, field: 'uscc', column: '统一社会信用代码', message: '这是导入模板中的示例行，请删除后再导入' },
    ]);
  });

  it('fills optional columns left blank or left out with the schema defaults', async () => {
    const required = Object.fromEntries(Object.entries(cellsByHeader(0)).slice(0, 9));
    const [{ value }] = (await validateRows(rows({ ...required, 经营状态: ' ' }))).valid;
    expect(value).toMatchObject({ keyCategories: [], standardizationGrade: 'none', status: 'operating', contacts: [] });
  });

  it('keeps the first errors only, counts all, and reports progress', async () => {
    const progress: number[] = [];
    const bad = Array.from({ length: 2500 }, (_, i) => ({ ...cellsByHeader(i), 单位名称: '' }));
    const result = await validateRows(rows(...bad), { maxErrors: 10, onProgress: (n) => progress.push(n) });
    expect(result).toMatchObject({ total: 2500, errorCount: 2500 });
    expect(result.errors).toHaveLength(10);
    expect(progress).toEqual([1000, 2000, 2500]);
  });
});
