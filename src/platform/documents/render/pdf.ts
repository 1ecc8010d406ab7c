import PDFDocument from 'pdfkit';
import { loadConfig } from '../../config.js';
import { fontBytes, resolvePdfFont, type PdfFont } from './fonts.js';
import { dateText, gridOf, type Block, type Grid, type Instrument, type SignatureLine } from './model.js';
import { fitTo, pngSize } from './png.js';

// A4 in points, margins near GB/T 9704's (37 mm top, 28 mm left) but a little tighter, as forms are.
const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { top: 80, bottom: 70, left: 79, right: 74 };
const WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const BOTTOM = PAGE.height - MARGIN.bottom;
const SIZE = { org: 18, title: 22, number: 12, heading: 14, body: 12, table: 11, note: 10, footer: 9 };
const PAD = 4;
const SIGNATURE_HEIGHT = 34;

/**
 * The instrument as a PDF with the CJK font embedded (subset: only the glyphs used, so a page is
 * tens of kilobytes, not the 20 MB collection). `font` defaults to ZHIFA_PDF_FONT, else the
 * installed Noto CJK; without either it throws `Unavailable` (503) with the package to install.
 */
export function renderPdf(inst: Instrument, font: PdfFont = resolvePdfFont(loadConfig().pdfFont)): Promise<Buffer> {
  return renderPdfBook([inst], { title: `${inst.title} ${inst.number}`, author: inst.orgName }, font);
}

/**
 * Several instruments in one PDF (a 卷宗), each from a new page, the pages numbered through.
 * One instrument is `renderPdf`.
 */
export function renderPdfBook(
  parts: readonly Instrument[],
  info: { title: string; author: string },
  font: PdfFont = resolvePdfFont(loadConfig().pdfFont),
): Promise<Buffer> {
  const doc = newDocument(font, info);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  parts.forEach((inst, i) => {
    if (i > 0) doc.addPage();
    drawInstrument(doc, inst);
  });
  numberPages(doc);
  doc.end();
  return done;
}

/** The pages each instrument takes, as `renderPdfBook` lays it out (layout only; nothing is written). */
export function pdfPageCounts(parts: readonly Instrument[], font: PdfFont = resolvePdfFont(loadConfig().pdfFont)): number[] {
  const doc = newDocument(font, { title: '', author: '' });
  let before = 0;
  return parts.map((inst, i) => {
    if (i > 0) doc.addPage();
    drawInstrument(doc, inst);
    const total = doc.bufferedPageRange().count;
    const pages = total - before;
    before = total;
    return pages;
  });
}

function newDocument(font: PdfFont, info: { title: string; author: string }): PDFKit.PDFDocument {
  const doc = new PDFDocument({ size: 'A4', margins: MARGIN, bufferPages: true, info: { Title: info.title, Author: info.author } });
  doc.registerFont('regular', fontBytes(font.regular), font.regular.postscriptName);
  doc.registerFont('bold', fontBytes(font.bold), font.bold.postscriptName);
  return doc;
}

function drawInstrument(doc: PDFKit.PDFDocument, inst: Instrument): void {
  doc.font('bold').fontSize(SIZE.org).text(inst.orgName, MARGIN.left, MARGIN.top, { width: WIDTH, align: 'center' });
  doc.moveDown(0.2).fontSize(SIZE.title).text(inst.title, { width: WIDTH, align: 'center', characterSpacing: 2 });
  doc.moveDown(0.3).font('regular').fontSize(SIZE.number).text(inst.number, { width: WIDTH, align: 'right' });
  doc.moveDown(0.6);
  inst.blocks.forEach((block, i) => {
    // The seal and date never stand alone on a page (GB/T 9704-2012 7.3.5): signatures and
    // closing move together.
    const next = inst.blocks[i + 1];
    if (block.kind === 'signatures' && next?.kind === 'closing') ensureRoom(doc, signaturesHeight(block.lines) + closingHeight(next.lines) + 30);
    drawBlock(doc, block);
  });
}

function drawBlock(doc: PDFKit.PDFDocument, b: Block): void {
  switch (b.kind) {
    case 'heading':
      ensureRoom(doc, 70); // never the last line of a page: keep it with what follows
      doc.moveDown(0.4).font('bold').fontSize(SIZE.heading).text(b.text, MARGIN.left, doc.y, { width: WIDTH });
      doc.moveDown(0.2);
      return;
    case 'paragraph':
      doc
        .font('regular')
        .fontSize(SIZE.body)
        .text(b.text, MARGIN.left, doc.y, { width: WIDTH, indent: b.indent ? SIZE.body * 2 : 0, lineGap: 5 });
      doc.moveDown(0.2);
      return;
    case 'note':
      doc.moveDown(0.3).font('regular').fontSize(SIZE.note).text(b.text, MARGIN.left, doc.y, { width: WIDTH, lineGap: 2 });
      return;
    case 'closing':
      ensureRoom(doc, closingHeight(b.lines));
      doc.moveDown(1).font('regular').fontSize(SIZE.body);
      for (const line of b.lines) doc.text(line, MARGIN.left, doc.y, { width: WIDTH - SIZE.body * 2, align: 'right', lineGap: 6 });
      return;
    case 'signatures':
      doc.moveDown(0.6);
      for (const line of b.lines) drawSignature(doc, line);
      return;
    case 'fields':
    case 'table':
      drawGrid(doc, gridOf(b));
      doc.moveDown(0.4);
      return;
  }
}

function drawGrid(doc: PDFKit.PDFDocument, grid: Grid): void {
  doc.fontSize(SIZE.table).lineWidth(0.6).strokeColor('#000');
  for (const row of grid.rows) {
    let col = 0;
    const cells = row.map((c) => {
      const x = MARGIN.left + WIDTH * sum(grid.widths.slice(0, col));
      const w = WIDTH * sum(grid.widths.slice(col, col + c.span));
      col += c.span;
      return { ...c, x, w };
    });
    const height = Math.max(
      22,
      ...cells.map((c) => doc.font(c.label ? 'bold' : 'regular').heightOfString(c.text || ' ', { width: c.w - 2 * PAD, lineGap: 2 }) + 2 * PAD),
    );
    ensureRoom(doc, height);
    const y = doc.y;
    for (const c of cells) {
      if (c.label) doc.rect(c.x, y, c.w, height).fill('#eeeeee').fillColor('#000');
      doc.rect(c.x, y, c.w, height).stroke();
      doc.font(c.label ? 'bold' : 'regular').text(c.text, c.x + PAD, y + PAD, { width: c.w - 2 * PAD, align: c.label ? 'center' : 'left', lineGap: 2 });
    }
    doc.x = MARGIN.left;
    doc.y = y + height;
  }
}

const signatureHeight = (line: SignatureLine) => (line.image ? SIGNATURE_HEIGHT + 6 : 24);
const signaturesHeight = (lines: SignatureLine[]) => lines.reduce((s, l) => s + signatureHeight(l) + 4, 0);
const closingHeight = (lines: string[]) => lines.length * 22 + 16;

function drawSignature(doc: PDFKit.PDFDocument, line: SignatureLine): void {
  const height = signatureHeight(line);
  ensureRoom(doc, height);
  const y = doc.y;
  const baseline = y + height - 18;
  const role = `${line.role}：`;
  doc.font('regular').fontSize(SIZE.body).text(role, MARGIN.left, baseline, { lineBreak: false });
  const after = MARGIN.left + doc.widthOfString(role) + 6;
  if (line.image) {
    const size = fitTo(pngSize(line.image), SIGNATURE_HEIGHT, 140);
    doc.image(Buffer.from(line.image), after, y, size);
  } else if (line.name) {
    doc.text(line.name, after, baseline, { lineBreak: false });
  }
  doc.text(dateText(line.date), MARGIN.left, baseline, { width: WIDTH, align: 'right', lineBreak: false });
  doc.x = MARGIN.left;
  doc.y = y + height + 4;
}

function ensureRoom(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > BOTTOM) {
    doc.addPage();
    doc.y = MARGIN.top;
  }
}

// 第 1 页 共 2 页: a page that goes missing from a served instrument shows.
function numberPages(doc: PDFKit.PDFDocument): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0;
    doc
      .font('regular')
      .fontSize(SIZE.footer)
      .text(`第 ${i - start + 1} 页 共 ${count} 页`, 0, PAGE.height - 40, { width: PAGE.width, align: 'center', lineBreak: false });
  }
}

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
