import { PassThrough } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { readSheet } from '../../testing/sheets.js';
import { assertExportable, EXPORT_MAX_ROWS, inPages, sheetDate, sheetFileName, writeSheet } from './sheet.js';

describe('list export sheet', () => {
  it('writes a header and a row per item, the cells as the columns give them', async () => {
    const out = new PassThrough();
    const rows = [
      { name: '咸宁某化工有限公司', n: 3, on: new Date('2026-03-01T17:30:00Z') },
      { name: '某某', n: null, on: null },
    ];
    const [, bytes] = await Promise.all([
      writeSheet(
        out,
        '测试',
        [
          { header: '名称', value: (r: (typeof rows)[number]) => r.name },
          { header: '数量', value: (r) => r.n },
          { header: '日期', value: (r) => sheetDate(r.on) },
        ],
        rows,
      ),
      buffer(out),
    ]);
    expect(await readSheet(bytes)).toEqual([
      ['名称', '数量', '日期'],
      // 17:30 UTC is the next day in Asia/Shanghai.
      ['咸宁某化工有限公司', '3', '2026-03-02'],
      ['某某', '', ''],
    ]);
  });

  it('reads a list page by page until a short page', async () => {
    const seen: number[] = [];
    const all: number[] = [];
    for await (const n of inPages(async (limit, offset) => {
      seen.push(offset);
      return Array.from({ length: Math.max(0, Math.min(limit, 2500 - offset)) }, (_, i) => offset + i);
    }))
      all.push(n);
    expect(all).toHaveLength(2500);
    expect(seen).toEqual([0, 1000, 2000]);
  });

  it('refuses an export above the cap, naming the count, and names files by the China date', () => {
    expect(() => assertExportable(EXPORT_MAX_ROWS)).not.toThrow();
    expect(() => assertExportable(EXPORT_MAX_ROWS + 1)).toThrow(`共 ${EXPORT_MAX_ROWS + 1} 条`);
    expect(sheetFileName('隐患', new Date('2026-03-01T16:00:00Z'))).toBe('隐患-2026-03-02.xlsx');
  });
});
