// Every case instrument goes through both renderers, including the blank-number forms.
import { describe, expect, it } from 'vitest';
import { renderInstrument } from '../../../platform/documents/render/index.js';
import { buildCaseInstrument, CASE_INSTRUMENT_KINDS } from './index.js';
import { sampleData } from './samples.js';

describe('case instruments render', () => {
  it.each(CASE_INSTRUMENT_KINDS)(
    '%s as PDF and DOCX, named after the title and number',
    async (kind) => {
      const inst = buildCaseInstrument(kind, sampleData({ state: 'closed', hearingOn: '2026-03-20', servedOn: '2026-03-11', serviceMethod: 'direct' }));
      const pdf = await renderInstrument(inst, 'pdf');
      expect(pdf.bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
      expect(pdf.contentDisposition).toContain(encodeURIComponent(`${inst.title}${inst.number}.pdf`));
      const docx = await renderInstrument(inst, 'docx');
      expect(docx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    },
    30_000,
  );
});
