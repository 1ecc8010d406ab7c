// Reading an exported workbook back in tests: the first sheet's rows as text.
import ExcelJS from 'exceljs';

/** The first sheet's rows, each cell as text ('' when empty), the header first. */
export async function readSheet(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[0].eachRow((row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cell.value == null ? '' : String(cell.value);
    });
    rows.push(cells);
  });
  // Trailing empty cells are not stored: pad each row to the header's width.
  return rows.map((r) => Array.from({ length: Math.max(r.length, rows[0]?.length ?? 0) }, (_, i) => r[i] ?? ''));
}

/** A column of the sheet by its header, without the header. */
export function column(rows: string[][], header: string): string[] {
  const i = rows[0].indexOf(header);
  if (i < 0) throw new Error(`no column ${header} in ${rows[0].join(', ')}`);
  return rows.slice(1).map((r) => r[i] ?? '');
}
