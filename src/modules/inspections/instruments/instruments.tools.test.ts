// Renders the instruments and checks them with the tools an office would use: the DOCX must
// open in LibreOffice, the PDF must carry real Chinese text in an embedded CJK font, and a page
// must rasterise. The tools are Debian packages; a missing one FAILS the test with the package
// to install (CI installs them, see .ci/run). The files stay in .test-results/instruments/.
import fs from 'node:fs';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { libreOfficePdf, run, squash, tool } from '../../../testing/system-tools.js';
import { pngSize, renderDocx, renderInstrument, renderPdf } from '../../../platform/documents/render/index.js';
import { buildInspectionRecord } from './inspection-record.js';
import { buildOnSiteMeasures } from './on-site-measures.js';
import { buildRectificationOrder } from './rectification-order.js';
import { buildReinspectionOpinion } from './reinspection-opinion.js';
import { sampleInspectionRecord, sampleOnSiteMeasures, sampleRectificationOrder, sampleReinspectionOpinion } from './samples.js';

const OUT = path.resolve('.test-results/instruments');
const ENTERPRISE = '湖北楚缘精细化工有限公司';

/** The named entries of a zip file, read from its central directory. */
function unzip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('不是 zip 文件：没有中央目录');
  const count = zip.readUInt16LE(end + 10);
  let p = zip.readUInt32LE(end + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error('zip 中央目录损坏');
    const [method, size, nameLen, extraLen, commentLen, local] = [
      zip.readUInt16LE(p + 10),
      zip.readUInt32LE(p + 20),
      zip.readUInt16LE(p + 28),
      zip.readUInt16LE(p + 30),
      zip.readUInt16LE(p + 32),
      zip.readUInt32LE(p + 42),
    ];
    const name = zip.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    out.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

let recordPdf: string;
let recordDocx: string;
const pdfs = new Map<string, string>();

beforeAll(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  const record = await renderInstrument(buildInspectionRecord(sampleInspectionRecord()), 'pdf');
  expect(record.contentType).toBe('application/pdf');
  expect(decodeURIComponent(record.contentDisposition.split("UTF-8''")[1])).toBe('现场检查记录（咸）应急检记〔2026〕12号.pdf');
  recordPdf = path.join(OUT, 'inspection-record.pdf');
  recordDocx = path.join(OUT, 'inspection-record.docx');
  fs.writeFileSync(recordPdf, record.bytes);
  fs.writeFileSync(recordDocx, (await renderInstrument(buildInspectionRecord(sampleInspectionRecord()), 'docx')).bytes);
  const others = {
    'rectification-order': buildRectificationOrder(sampleRectificationOrder()),
    'on-site-measures': buildOnSiteMeasures(sampleOnSiteMeasures()),
    'reinspection-opinion': buildReinspectionOpinion(sampleReinspectionOpinion()),
  };
  for (const [name, inst] of Object.entries(others)) {
    pdfs.set(inst.title, path.join(OUT, `${name}.pdf`));
    fs.writeFileSync(path.join(OUT, `${name}.pdf`), await renderPdf(inst));
    fs.writeFileSync(path.join(OUT, `${name}.docx`), await renderDocx(inst));
  }
}, 120_000);

describe('instruments rendered and checked with system tools', () => {
  it('writes a DOCX that is a zip with the Chinese text, East-Asian fonts and the signature image', () => {
    const parts = unzip(fs.readFileSync(recordDocx));
    expect(parts.has('[Content_Types].xml')).toBe(true);
    const xml = parts.get('word/document.xml')?.toString('utf8') ?? '';
    for (const t of ['咸宁市应急管理局', '现场检查记录', '（咸）应急检记〔2026〕12号', ENTERPRISE, '42120021017', '甲类仓库东侧安全出口被货物堵塞'])
      expect(xml).toContain(t);
    expect(xml).toMatch(/w:eastAsia="宋体"/);
    expect(parts.get('word/styles.xml')?.toString('utf8')).toMatch(/w:eastAsia="仿宋"/);
    expect([...parts.keys()].filter((n) => n.startsWith('word/media/') && n.endsWith('.png'))).toHaveLength(1);
  });

  it('writes a PDF whose text pdftotext reads back in Chinese, with the CJK font embedded and the signature in it', () => {
    tool('pdftotext', 'poppler-utils');
    const record = squash(run('pdftotext', [recordPdf, '-']));
    for (const t of ['咸宁市应急管理局', '现场检查记录', '（咸）应急检记〔2026〕12号', ENTERPRISE, '检查发现以下事故隐患（共2项）', '未检查1项', '第1页共2页'])
      expect(record).toContain(t);
    for (const [title, file] of pdfs) expect(squash(run('pdftotext', [file, '-']))).toContain(title);
    expect(squash(run('pdftotext', [pdfs.get('责令限期整改指令书')!, '-']))).toContain('《中华人民共和国安全生产法》第六十五条第一款第二项、第三项');

    // Every font embedded and subset: a viewer without CJK fonts still shows the glyphs.
    const fonts = run('pdffonts', [recordPdf]).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f).toMatch(/^[A-Z]{6}\+Noto\S*CJK\S*\s.*\byes\s+yes\s+yes\b/);
    expect(run('pdfimages', ['-list', recordPdf]).split('\n').slice(2).filter(Boolean)).toHaveLength(1);
  });

  it('renders page 1 of the PDF to a PNG of an A4 page with something on it', () => {
    tool('pdftoppm', 'poppler-utils');
    const prefix = path.join(OUT, 'inspection-record-page');
    fs.rmSync(`${prefix}-1.png`, { force: true });
    run('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', recordPdf, prefix]);
    const png = fs.readFileSync(`${prefix}-1.png`);
    // A4 at 50 dpi is about 414 × 585 pixels; a blank page compresses to about 1 KB.
    const { width, height } = pngSize(png);
    expect([Math.abs(width - 414) <= 1, Math.abs(height - 585) <= 1]).toEqual([true, true]);
    expect(png.length).toBeGreaterThan(15_000);
  });

  it('opens the DOCX in LibreOffice and converts it to a PDF with the same text', { timeout: 180_000 }, () => {
    tool('pdftotext', 'poppler-utils');
    const converted = libreOfficePdf(recordDocx, path.join(OUT, 'libreoffice'));
    expect(fs.existsSync(converted), 'LibreOffice 未生成 PDF').toBe(true);
    const text = squash(run('pdftotext', [converted, '-']));
    for (const t of ['现场检查记录', '（咸）应急检记〔2026〕12号', ENTERPRISE, '42120021001']) expect(text).toContain(t);
  });
});
