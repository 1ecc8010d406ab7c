// The yearly report's files, checked with the tools an office would use: the PDF's text read back
// by poppler, and the DOCX opened by LibreOffice, each with the figure sentences, the narrative
// and the annex of every figure with its code and 统计口径.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderInstrument } from '../../../platform/documents/render/index.js';
import { libreOfficePdf, run, squash, tool } from '../../../testing/system-tools.js';
import type { FiguresOut } from '../contract.js';
import { bodyOf, reportInstrument } from './document.js';
import { defaultOutline, fillTemplate, sectionNumbers } from './rules.js';

const OUT = path.resolve('.test-results/annual-report-tools');
const figure = (code: string, name: string, unit: string, unitName: string, text: string) => ({
  code,
  name,
  unit,
  unitName,
  text,
  definition: `${name}的统计口径：本机构及下级机构，以决定日期在期间内为准。`,
  drill: null,
  module: code.split('.')[0],
});
const figures: FiguresOut = {
  orgId: '00000000-0000-4000-8000-000000000001',
  orgName: '咸宁市应急管理局',
  from: '2026-01-01',
  to: '2026-12-31',
  sections: [
    {
      section: 'penalty',
      name: '行政处罚',
      figures: [figure('cases.penalties', '行政处罚', 'times', '次', '205'), figure('cases.fines', '罚款金额', 'wanYuan', '万元', '725.67')],
    },
    { section: 'hazard', name: '隐患排查整治', figures: [figure('hazards.rectificationRate', '隐患整改率', 'percent', '%', '95.90')] },
  ],
};
let pdf: string;
let docx: string;

beforeAll(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  const outline = defaultOutline(2026).map((s) =>
    s.key === 'enforcement'
      ? { ...s, template: '全年作出行政处罚{{cases.penalties}}，罚款{{cases.fines}}，隐患整改率{{hazards.rectificationRate}}。' }
      : { ...s, template: '' },
  );
  const placed = new Map(figures.sections.flatMap((s) => s.figures.map((f) => [f.code, f] as const)));
  const numbers = sectionNumbers(outline);
  const sections = outline.map((s, i) => ({
    ...s,
    number: numbers[i],
    figureText: fillTemplate(s.template, placed),
    narrative: s.key === 'leader' ? { text: '局主要负责人履行第一责任人职责。\n专题研究法治工作4次。' } : null,
  }));
  const body = bodyOf('咸宁市应急管理局', 2026, sections, figures);
  const inst = reportInstrument(body, '2027-03-20');
  const file = await renderInstrument(inst, 'pdf');
  expect(decodeURIComponent(file.contentDisposition.split("UTF-8''")[1])).toBe('2026年法治政府建设情况报告.pdf');
  pdf = path.join(OUT, 'report.pdf');
  docx = path.join(OUT, 'report.docx');
  fs.writeFileSync(pdf, file.bytes);
  fs.writeFileSync(docx, (await renderInstrument(inst, 'docx')).bytes);
}, 60_000);

const EXPECTED = [
  '咸宁市应急管理局',
  '2026年法治政府建设情况报告',
  '一、2026年推进法治政府建设的主要举措和成效',
  '（一）党政主要负责人履行推进法治建设第一责任人职责',
  '专题研究法治工作4次。',
  '全年作出行政处罚205次，罚款725.67万元，隐患整改率95.90%。',
  '四、其他需要报告的情况',
  '2027年3月20日',
  '附件：统计数据及统计口径',
  'cases.fines',
  '罚款金额的统计口径',
];

describe('the yearly report as files', () => {
  it('is a PDF whose text poppler reads back: sections numbered, figures placed, the annex', () => {
    tool('pdftotext', 'poppler-utils');
    const text = squash(run('pdftotext', [pdf, '-']));
    for (const t of EXPECTED) expect(text).toContain(squash(t));
  });

  it('is a DOCX LibreOffice opens and converts with the same text', { timeout: 180_000 }, () => {
    tool('pdftotext', 'poppler-utils');
    const converted = libreOfficePdf(docx, path.join(OUT, 'libreoffice'));
    expect(fs.existsSync(converted), 'LibreOffice 未生成 PDF').toBe(true);
    const text = squash(run('pdftotext', [converted, '-']));
    for (const t of EXPECTED) expect(text).toContain(squash(t));
  });
});
