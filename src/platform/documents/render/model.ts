// The instrument model (执法文书): what an instrument says, in order, and nothing about how it is
// drawn. Builders in the modules turn their data into this; the DOCX and PDF renderers draw it,
// so the two files of one instrument can never say different things.

/** One labelled value of a form (被检查单位：湖北某某化工有限公司). */
export interface Field {
  label: string;
  value: string;
}

/** A signature line: who signs, the name (or a drawn signature) and the date. */
export interface SignatureLine {
  role: string;
  name?: string;
  /** YYYY-MM-DD (China); printed as 2026年11月24日, or a blank 年 月 日 to fill in by hand. */
  date?: string;
  /** A signature drawn on screen, PNG bytes (checked by `pngSize`). */
  image?: Uint8Array;
}

export type Block =
  | { kind: 'heading'; text: string }
  /** `indent`: first line indented two characters, as body text of official documents is. */
  | { kind: 'paragraph'; text: string; indent?: boolean }
  /** A bordered form: each row holds one field (spanning the width) or two side by side. */
  | { kind: 'fields'; rows: (readonly [Field] | readonly [Field, Field])[] }
  /** A bordered table with a header row; `weights` set the relative column widths. */
  | { kind: 'table'; columns: { title: string; weight: number }[]; rows: string[][] }
  | { kind: 'signatures'; lines: SignatureLine[] }
  /** Right-aligned closing lines: the issuing org, (印章), the date. */
  | { kind: 'closing'; lines: string[] }
  /** Small print: delivery notes, copies, remarks. */
  | { kind: 'note'; text: string };

export interface Instrument {
  /** The issuing org's full name, printed above the title (咸宁市应急管理局). */
  orgName: string;
  title: string;
  /** The number from `issueInstrumentNumber`, e.g. （咸）应急检记〔2026〕12号. */
  number: string;
  blocks: Block[];
}

/** A cell of the grid both renderers draw tables and forms from. */
export interface GridCell {
  text: string;
  span: number;
  /** Labels and header cells: shaded in the PDF, bold in both. */
  label: boolean;
}

export interface Grid {
  /** Fractions of the text width, summing to 1. */
  widths: number[];
  rows: GridCell[][];
}

// Field rows use four columns (label, value, label, value); a single field spans the last three.
const FIELD_WIDTHS = [0.22, 0.3, 0.16, 0.32];

/** Lays out a fields or table block as one grid, so both renderers split columns identically. */
export function gridOf(block: Extract<Block, { kind: 'fields' | 'table' }>): Grid {
  if (block.kind === 'fields') {
    return {
      widths: FIELD_WIDTHS,
      rows: block.rows.map((row) =>
        row.length === 1
          ? [cell(row[0].label, 1, true), cell(row[0].value, 3, false)]
          : [cell(row[0].label, 1, true), cell(row[0].value, 1, false), cell(row[1].label, 1, true), cell(row[1].value, 1, false)],
      ),
    };
  }
  const total = block.columns.reduce((s, c) => s + c.weight, 0);
  const width = block.columns.length;
  for (const [i, r] of block.rows.entries()) {
    if (r.length !== width) throw new RangeError(`表格第 ${i + 1} 行有 ${r.length} 列，应为 ${width} 列`);
  }
  return {
    widths: block.columns.map((c) => c.weight / total),
    rows: [block.columns.map((c) => cell(c.title, 1, true)), ...block.rows.map((r) => r.map((t) => cell(t, 1, false)))],
  };
}

const cell = (text: string, span: number, label: boolean): GridCell => ({ text, span, label });

/** 2026-11-24 → 2026年11月24日; no date → the blank "年　月　日" forms leave for a hand-written one. */
export function dateText(date: string | undefined): string {
  if (!date) return '　　年　　月　　日';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`日期格式应为 YYYY-MM-DD：${date}`);
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

const timeFmt = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as instruments print it, in Beijing time: 2026年11月24日9时05分. */
export function dateTimeText(at: Date): string {
  const p = Object.fromEntries(timeFmt.formatToParts(at).map((x) => [x.type, x.value]));
  return `${dateText(`${p.year}-${p.month}-${p.day}`)}${Number(p.hour)}时${p.minute}分`;
}

/** Every piece of text the instrument prints, in order: for tests and for a search index. */
export function instrumentText(inst: Instrument): string[] {
  const out = [inst.orgName, inst.title, inst.number];
  for (const b of inst.blocks) {
    if (b.kind === 'heading' || b.kind === 'paragraph' || b.kind === 'note') out.push(b.text);
    else if (b.kind === 'closing') out.push(...b.lines);
    else if (b.kind === 'signatures') out.push(...b.lines.flatMap((l) => [l.role, l.name ?? '', dateText(l.date)]));
    else out.push(...gridOf(b).rows.flatMap((r) => r.map((c) => c.text)));
  }
  return out;
}
