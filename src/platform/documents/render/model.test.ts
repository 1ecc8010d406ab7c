import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config.js';
import { Unavailable, ValidationError } from '../../errors.js';
import { NOTO_CANDIDATES, resolvePdfFont } from './fonts.js';
import { dateText, dateTimeText, gridOf, instrumentText, type Instrument } from './model.js';
import { fitTo, pngSize } from './png.js';
import { remediesText } from './remedies.js';

// The 24 bytes pngSize reads: signature, IHDR length and type, width, height.
function pngHeader(width: number, height: number): Uint8Array {
  const b = Buffer.alloc(33);
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 0);
  b.writeUInt32BE(13, 8);
  b.write('IHDR', 12, 'ascii');
  b.writeUInt32BE(width, 16);
  b.writeUInt32BE(height, 20);
  return b;
}

describe('instrument model', () => {
  it('lays a fields block out as label/value pairs, a single field spanning the row', () => {
    const g = gridOf({
      kind: 'fields',
      rows: [
        [{ label: '被检查单位', value: '某公司' }],
        [
          { label: '法定代表人', value: '张三' },
          { label: '联系电话', value: '123' },
        ],
      ],
    });
    expect(g.widths.reduce((s, w) => s + w, 0)).toBeCloseTo(1);
    expect(g.rows[0].map((c) => [c.text, c.span, c.label])).toEqual([
      ['被检查单位', 1, true],
      ['某公司', 3, false],
    ]);
    expect(g.rows[1].map((c) => c.span)).toEqual([1, 1, 1, 1]);
    expect(g.rows.every((r) => r.reduce((s, c) => s + c.span, 0) === 4)).toBe(true);
  });

  it('puts a table header first and refuses a row of the wrong width', () => {
    const g = gridOf({
      kind: 'table',
      columns: [
        { title: '序号', weight: 1 },
        { title: '项目', weight: 3 },
      ],
      rows: [['1', '消防通道']],
    });
    expect(g.widths).toEqual([0.25, 0.75]);
    expect(g.rows[0].every((c) => c.label)).toBe(true);
    expect(g.rows[1].map((c) => c.text)).toEqual(['1', '消防通道']);
    expect(() => gridOf({ kind: 'table', columns: [{ title: '序号', weight: 1 }], rows: [['1', '多一列']] })).toThrow('第 1 行');
  });

  it('prints dates and times the Chinese way, in Beijing time', () => {
    expect(dateText('2026-01-05')).toBe('2026年1月5日');
    expect(dateText(undefined)).toBe('　　年　　月　　日');
    expect(() => dateText('2026/1/5')).toThrow(RangeError);
    expect(dateTimeText(new Date('2026-11-24T01:05:00Z'))).toBe('2026年11月24日9时05分');
    expect(dateTimeText(new Date('2026-12-31T16:00:00Z'))).toBe('2027年1月1日0时00分');
  });

  it('lists every printed text in order', () => {
    const inst: Instrument = {
      orgName: '局',
      title: '标题',
      number: '（咸）应急检记〔2026〕1号',
      blocks: [
        { kind: 'paragraph', text: '正文' },
        { kind: 'signatures', lines: [{ role: '执法人员', name: '甲', date: '2026-02-03' }] },
        { kind: 'closing', lines: ['局', '（印章）'] },
      ],
    };
    expect(instrumentText(inst)).toEqual(['局', '标题', '（咸）应急检记〔2026〕1号', '正文', '执法人员', '甲', '2026年2月3日', '局', '（印章）']);
  });
});

describe('signature images', () => {
  it('reads the size of a PNG and refuses anything else', () => {
    expect(pngSize(pngHeader(240, 80))).toEqual({ width: 240, height: 80 });
    expect(() => pngSize(Buffer.from('GIF89a……………………………………'))).toThrow(ValidationError);
    expect(() => pngSize(pngHeader(0, 80))).toThrow('尺寸');
    const jpegNamedPng = Buffer.from([0xff, 0xd8, 0xff, 0xe0, ...new Array(30).fill(0)]);
    expect(() => pngSize(jpegNamedPng, 'recipient')).toThrow(expect.objectContaining({ field: 'recipient' }));
  });

  it('scales to the line height without getting wider than allowed', () => {
    expect(fitTo({ width: 240, height: 80 }, 40, 200)).toEqual({ width: 120, height: 40 });
    expect(fitTo({ width: 1000, height: 100 }, 40, 200)).toEqual({ width: 200, height: 20 });
  });
});

describe('PDF font', () => {
  it('fails with 503 and the Debian package to install when no CJK font exists', () => {
    const err = (() => {
      try {
        resolvePdfFont(undefined, [{ regular: { path: '/nonexistent/a.ttc' }, bold: { path: '/nonexistent/b.ttc' } }]);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(Unavailable);
    expect((err as Unavailable).status).toBe(503);
    expect((err as Unavailable).message).toContain('fonts-noto-cjk');
    expect((err as Unavailable).message).toContain('ZHIFA_PDF_FONT');
  });

  it('takes ZHIFA_PDF_FONT, naming the SC face of a Noto collection, and asks for the face of any other collection', () => {
    const noto = NOTO_CANDIDATES[0].regular.path;
    expect(resolvePdfFont(noto).regular).toEqual({ path: noto, postscriptName: 'NotoSerifCJKsc-Regular' });
    expect(resolvePdfFont(`${noto}#NotoSerifCJKtc-Regular`).regular.postscriptName).toBe('NotoSerifCJKtc-Regular');
    expect(() => resolvePdfFont('/nonexistent/font.ttf')).toThrow('不存在');
  });

  it('is checked at start-up: a font path that does not exist names the variable', () => {
    expect(() => loadConfig({ ZHIFA_PDF_FONT: '/nonexistent/font.ttf' })).toThrow(ConfigError);
    expect(() => loadConfig({ ZHIFA_PDF_FONT: '/nonexistent/font.ttf' })).toThrow(/ZHIFA_PDF_FONT/);
    expect(loadConfig({ ZHIFA_PDF_FONT: '' }).pdfFont).toBeUndefined();
  });
});

describe('remedies', () => {
  it('names the review body, the court and both periods', () => {
    expect(remediesText('指令', { reviewBody: '咸宁市人民政府', court: '咸安区人民法院' })).toBe(
      '如不服本指令，可以自收到本指令之日起六十日内依法向咸宁市人民政府申请行政复议，或者在六个月内依法向咸安区人民法院提起行政诉讼，但本指令不停止执行，法律另有规定的除外。',
    );
  });
});
