// The report as a document (DOCX and PDF through the instrument renderers): the sections in the
// outline's order, each with its figure sentences and narrative, then the annex of every figure
// with its code and 统计口径, so a reader can trace each number to the records behind it.
import { dateText, type Block, type Instrument } from '../../../platform/documents/render/index.js';
import type { FiguresOut } from '../contract.js';
import { paragraphsOf } from './rules.js';

export interface ReportBody {
  orgName: string;
  year: number;
  sections: { number: string; title: string; level: number; paragraphs: string[] }[];
  annex: { code: string; name: string; text: string; unitName: string; definition: string }[];
}

/** The sections' paragraphs as printed: the figure sentences first, then the narrative. */
export function bodyOf(
  orgName: string,
  year: number,
  sections: { number: string; title: string; level: number; figureText: { text: string }[]; narrative: { text: string } | null }[],
  figures: FiguresOut,
): ReportBody {
  return {
    orgName,
    year,
    sections: sections.map((s) => {
      const sentence = s.figureText
        .map((x) => x.text)
        .join('')
        .trim();
      return { number: s.number, title: s.title, level: s.level, paragraphs: [...(sentence ? [sentence] : []), ...paragraphsOf(s.narrative?.text ?? '')] };
    }),
    annex: figures.sections.flatMap((sec) =>
      sec.figures.map((f) => ({ code: f.code, name: f.name, text: f.text, unitName: f.unitName, definition: f.definition })),
    ),
  };
}

/** `draft`: not yet approved, so marked 送审稿 (its figures are measured at the time of printing). */
export function reportInstrument(body: ReportBody, dated: string | null, draft = false): Instrument {
  const blocks: Block[] = [];
  for (const s of body.sections) {
    blocks.push({ kind: 'heading', text: `${s.number}${s.title}` });
    for (const p of s.paragraphs) blocks.push({ kind: 'paragraph', text: p, indent: true });
  }
  blocks.push({ kind: 'closing', lines: [body.orgName, dateText(dated ?? undefined)] });
  blocks.push({ kind: 'heading', text: '附件：统计数据及统计口径' });
  blocks.push({
    kind: 'note',
    text: `统计范围为${body.orgName}及其下级机构，期间为${body.year}年1月1日至12月31日。比率保留两位小数、金额以分计算后折合万元保留两位小数，均四舍五入；编号可在本系统“统计分析”中查询对应明细。`,
  });
  blocks.push({
    kind: 'table',
    columns: [
      { title: '编号', weight: 3 },
      { title: '统计项', weight: 3 },
      { title: '数值', weight: 2 },
      { title: '统计口径', weight: 8 },
    ],
    rows: body.annex.map((f) => [f.code, f.name, f.text === '—' ? '—' : `${f.text}${f.unitName}`, f.definition]),
  });
  return { orgName: body.orgName, title: `${body.year}年法治政府建设情况报告${draft ? '（送审稿）' : ''}`, number: '', blocks };
}
