import {
  AlignmentType,
  Document,
  Footer,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlign,
  WidthType,
  type IFontAttributesProperties,
} from 'docx';
import { dateText, gridOf, type Block, type Grid, type Instrument, type SignatureLine } from './model.js';
import { fitTo, pngSize } from './png.js';

// Same page and sizes as the PDF (pdf.ts), in twips (1/20 pt) and half-points.
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: 1600, bottom: 1400, left: 1580, right: 1480 };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const SIZE = { org: 36, title: 44, number: 24, heading: 28, body: 24, table: 22, note: 20, footer: 18 };

// eastAsia names the font Word and WPS use for Chinese characters; without it they fall back to
// the Latin font and show substitutes. Body text in 仿宋, titles and tables in 宋体, as official
// documents are set; the hint makes shared punctuation (“”：) take the Chinese font too.
const latin = 'Times New Roman';
const FANGSONG: IFontAttributesProperties = { ascii: latin, hAnsi: latin, cs: latin, eastAsia: '仿宋', hint: 'eastAsia' };
const SONG: IFontAttributesProperties = { ascii: latin, hAnsi: latin, cs: latin, eastAsia: '宋体', hint: 'eastAsia' };

/** The instrument as a Word document (.docx), A4, opening in Word, WPS and LibreOffice. */
export function renderDocx(inst: Instrument): Promise<Buffer> {
  const doc = new Document({
    creator: inst.orgName,
    title: `${inst.title} ${inst.number}`,
    styles: { default: { document: { run: { font: FANGSONG, size: SIZE.body, language: { value: 'en-US', eastAsia: 'zh-CN' } } } } },
    sections: [
      {
        properties: { page: { size: PAGE, margin: MARGIN } },
        footers: { default: new Footer({ children: [pageNumbers()] }) },
        children: [
          line(inst.orgName, { font: SONG, size: SIZE.org, bold: true, align: AlignmentType.CENTER }),
          line(inst.title, { font: SONG, size: SIZE.title, bold: true, align: AlignmentType.CENTER, characterSpacing: 40 }),
          line(inst.number, { size: SIZE.number, align: AlignmentType.RIGHT, after: 240 }),
          ...inst.blocks.flatMap(block),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

interface LineStyle {
  font?: IFontAttributesProperties;
  size?: number;
  bold?: boolean;
  align?: (typeof AlignmentType)[keyof typeof AlignmentType];
  characterSpacing?: number;
  indent?: boolean;
  before?: number;
  after?: number;
  keepNext?: boolean;
}

function line(text: string, s: LineStyle = {}): Paragraph {
  return new Paragraph({
    alignment: s.align ?? AlignmentType.LEFT,
    spacing: { before: s.before ?? 0, after: s.after ?? 80, line: 360 },
    keepNext: s.keepNext,
    indent: s.indent ? { firstLine: (s.size ?? SIZE.body) * 20 } : undefined,
    children: [new TextRun({ text, font: s.font, size: s.size, bold: s.bold, characterSpacing: s.characterSpacing })],
  });
}

function block(b: Block): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [line(b.text, { font: SONG, size: SIZE.heading, bold: true, before: 160 })];
    case 'paragraph':
      return [line(b.text, { indent: b.indent })];
    case 'note':
      return [line(b.text, { size: SIZE.note, before: 120 })];
    case 'closing':
      return b.lines.map((t, i) => line(t, { align: AlignmentType.RIGHT, before: i === 0 ? 360 : 0, keepNext: i < b.lines.length - 1 }));
    case 'signatures':
      return b.lines.map(signature);
    case 'fields':
    case 'table':
      return [grid(gridOf(b)), line('', { after: 0 })];
  }
}

function grid(g: Grid): Table {
  const widths = g.widths.map((w) => Math.round(w * TEXT_WIDTH));
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: g.rows.map((row) => {
      let col = 0;
      return new TableRow({
        cantSplit: true,
        children: row.map((c) => {
          const width = widths.slice(col, col + c.span).reduce((s, w) => s + w, 0);
          col += c.span;
          return new TableCell({
            columnSpan: c.span > 1 ? c.span : undefined,
            width: { size: width, type: WidthType.DXA },
            verticalAlign: VerticalAlign.CENTER,
            margins: { top: 60, bottom: 60, left: 80, right: 80 },
            shading: c.label ? { type: ShadingType.CLEAR, fill: 'EEEEEE', color: 'auto' } : undefined,
            children: c.text
              .split('\n')
              .map((t) => line(t, { font: SONG, size: SIZE.table, bold: c.label, align: c.label ? AlignmentType.CENTER : AlignmentType.LEFT, after: 0 })),
          });
        }),
      });
    }),
  });
}

// Role and name on the left, the date at a right tab stop, as on the printed forms. keepNext holds
// the signatures and the seal that follows on one page (GB/T 9704-2012 7.3.5).
function signature(s: SignatureLine): Paragraph {
  const who = s.image ? new ImageRun({ type: 'png', data: s.image, transformation: fitTo(pngSize(s.image), 44, 180) }) : new TextRun({ text: s.name ?? '' });
  return new Paragraph({
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
    spacing: { before: 200, after: 0, line: 360 },
    keepNext: true,
    children: [new TextRun({ text: `${s.role}：` }), who, new TextRun({ children: [new Tab(), dateText(s.date)] })],
  });
}

function pageNumbers(): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ size: SIZE.footer, children: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'] })],
  });
}
