import ExcelJS from 'exceljs';
import { KEY_CATEGORIES, RISK_GRADES } from '../contract.js';
import { USCC_CHARSET, withCheckChar } from '../uscc.js';
import { COLUMNS, type ImportRecord } from './columns.js';

// Test data for the importer: generated enterprises, and files built the way Excel saves them.

/** A valid USCC per index: 91 + region + "MA" + the index in base 31. */
export function usccFor(i: number, region = '320583'): string {
  let body = '';
  for (let n = i; body.length < 7; n = Math.floor(n / 31)) body = USCC_CHARSET[n % 31] + body;
  return withCheckChar(`91${region}MA${body}`);
}

export function record(i: number): ImportRecord {
  return {
    uscc: usccFor(i),
    name: `苏州第${i}号精细化工有限公司`,
    legalRepresentative: ['张伟', '王芳', '欧阳娜娜'][i % 3],
    principalPerson: '李强',
    address: `江苏省苏州市昆山市经济技术开发区青阳路 ${i} 号`,
    regionCode: i % 2 === 0 ? '320583' : '320583101',
    industryCode: ['C2614', 'C26', 'F5162', 'B1011'][i % 4],
    size: (['large', 'medium', 'small', 'micro'] as const)[i % 4],
    riskGrade: RISK_GRADES[i % 4],
    keyCategories: KEY_CATEGORIES.filter((_, k) => (i + k) % 5 === 0),
    standardizationGrade: (['level1', 'level2', 'level3', 'none'] as const)[i % 4],
    status: (['operating', 'suspended', 'closed'] as const)[i % 3],
    contacts: i % 2 === 0 ? [{ name: '赵敏', phone: '13912345678', title: '安全总监' }] : [{ name: '周杰', phone: '0512-57001234', title: '' }],
  };
}

export function records(n: number, from = 0): ImportRecord[] {
  return Array.from({ length: n }, (_, k) => record(from + k));
}

export const HEADERS = COLUMNS.map((c) => c.header);

export function cellsOf(r: ImportRecord): string[] {
  return COLUMNS.map((c) => c.write(r));
}

export function csvText(rows: readonly (readonly string[])[]): string {
  const field = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return `${rows.map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}

/** A workbook holding exactly these cell values, as Excel would store them. */
export async function xlsxOf(rows: readonly (readonly ExcelJS.CellValue[])[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('企业信息');
  for (const [i, r] of rows.entries()) for (const [j, v] of r.entries()) sheet.getCell(i + 1, j + 1).value = v;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

let gbkTable: Map<string, number> | undefined;

/** Encodes text as GBK, as Excel in China saves CSV, using Node's own GB18030 decoder backwards. */
export function gbk(text: string): Buffer {
  if (!gbkTable) {
    const pairs: number[] = [];
    for (let lead = 0x81; lead <= 0xfe; lead++) for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) pairs.push(lead, trail);
    const decoded = new TextDecoder('gb18030').decode(Uint8Array.from(pairs));
    gbkTable = new Map();
    // Every pair decodes to one BMP character or U+FFFD, so position k is pair k.
    for (let k = 0; k < decoded.length; k++) if (!gbkTable.has(decoded[k])) gbkTable.set(decoded[k], (pairs[2 * k] << 8) | pairs[2 * k + 1]);
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) bytes.push(code);
    else {
      const pair = gbkTable.get(ch);
      if (pair === undefined) throw new Error(`not in GBK: ${ch}`);
      bytes.push(pair >> 8, pair & 0xff);
    }
  }
  return Buffer.from(bytes);
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
