// What modules use to make instrument files: build an `Instrument` (model.ts) from their data,
// then `renderInstrument` it. Routes send `file.bytes` with the two headers given.
import { renderDocx } from './docx.js';
import type { Instrument } from './model.js';
import { renderPdf } from './pdf.js';

export { renderDocx } from './docx.js';
export { pdfPageCounts, renderPdf, renderPdfBook } from './pdf.js';
export { fontBytes, resolvePdfFont, type PdfFont } from './fonts.js';
export { dateText, dateTimeText, instrumentText, type Block, type Field, type Instrument, type SignatureLine } from './model.js';
export { pngSize } from './png.js';
export { remediesText, type RemedyVenues } from './remedies.js';

export type InstrumentFormat = 'docx' | 'pdf';

export interface InstrumentFile {
  bytes: Buffer;
  contentType: string;
  /** RFC 6266 with the UTF-8 name (现场检查记录（咸）应急检记〔2026〕12号.pdf) and an ASCII fallback. */
  contentDisposition: string;
}

const CONTENT_TYPES: Record<InstrumentFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

export async function renderInstrument(inst: Instrument, format: InstrumentFormat): Promise<InstrumentFile> {
  const bytes = format === 'pdf' ? await renderPdf(inst) : await renderDocx(inst);
  const name = `${inst.title}${inst.number}.${format}`;
  return {
    bytes,
    contentType: CONTENT_TYPES[format],
    contentDisposition: `attachment; filename="instrument.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`,
  };
}
