import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANNUAL_REPORT_ACTIONS, ANNUAL_REPORT_STATES } from './contract.js';
import {
  chineseNumber,
  defaultOutline,
  fillTemplate,
  nextAnnualState,
  outlineProblem,
  paragraphsOf,
  placeholders,
  reportDeadlines,
  sectionNumbers,
} from './rules.js';

describe('section numbers', () => {
  it('writes the numbers as official documents do', () => {
    expect([1, 2, 9, 10, 11, 19, 20, 21, 40, 99].map(chineseNumber)).toEqual(['一', '二', '九', '十', '十一', '十九', '二十', '二十一', '四十', '九十九']);
    expect(() => chineseNumber(0)).toThrow(RangeError);
    expect(() => chineseNumber(100)).toThrow(RangeError);
  });

  it('counts second levels again under each first level', () => {
    expect(sectionNumbers(([1, 2, 2, 1, 1, 2] as const).map((level) => ({ level })))).toEqual(['一、', '（一）', '（二）', '二、', '三、', '（一）']);
  });

  it('numbers every outline so that first levels run 一、二、三… without gaps', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(1 as const, 2 as const), { minLength: 1, maxLength: 40 }), (levels) => {
        const numbers = sectionNumbers(levels.map((level) => ({ level })));
        const firsts = numbers.filter((_, i) => levels[i] === 1);
        expect(firsts).toEqual(firsts.map((_, i) => `${chineseNumber(i + 1)}、`));
      }),
    );
  });
});

describe('figure sentences', () => {
  const figures = new Map([
    ['cases.penalties', { text: '205', unitName: '次' }],
    ['cases.fines', { text: '725.67', unitName: '万元' }],
    ['hazards.rectificationRate', { text: '95.90', unitName: '%' }],
    ['hazards.majorRectificationRate', { text: '—', unitName: '%' }],
  ]);

  it('places each figure with its unit and keeps its code for the drill-down', () => {
    expect(fillTemplate('作出行政处罚{{cases.penalties}}，罚款{{ cases.fines }}；整改率{{hazards.rectificationRate}}。', figures)).toEqual([
      { text: '作出行政处罚' },
      { text: '205次', code: 'cases.penalties' },
      { text: '，罚款' },
      { text: '725.67万元', code: 'cases.fines' },
      { text: '；整改率' },
      { text: '95.90%', code: 'hazards.rectificationRate' },
      { text: '。' },
    ]);
  });

  it('prints a rate of nothing as a dash, without a unit', () => {
    expect(fillTemplate('{{hazards.majorRectificationRate}}', figures)).toEqual([{ text: '—', code: 'hazards.majorRectificationRate' }]);
  });

  it('loses no text: the runs join back to the template with each figure in place', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string({ maxLength: 8 }).filter((x) => !x.includes('{') && !x.includes('}')),
            fc.constantFrom(...figures.keys()),
          ),
          { maxLength: 12 },
        ),
        (parts) => {
          const template = parts.map((p) => (figures.has(p) ? `{{${p}}}` : p)).join('');
          const joined = fillTemplate(template, figures)
            .map((s) => s.text)
            .join('');
          const expected = parts
            .map((p) => {
              const f = figures.get(p);
              return f ? (f.text === '—' ? '—' : f.text + f.unitName) : p;
            })
            .join('');
          expect(joined).toBe(expected);
        },
      ),
    );
  });

  it('finds the codes a template places', () => {
    expect(placeholders('a{{x.y}}b{{ z }}')).toEqual(['x.y', 'z']);
  });
});

describe('outline', () => {
  const known = new Set(
    placeholders(
      defaultOutline(2026)
        .map((s) => s.template)
        .join(''),
    ),
  );

  it('the default follows the five contents of the 督察工作规定 and places only known figures', () => {
    const outline = defaultOutline(2026);
    expect(outlineProblem(outline, known)).toBeNull();
    const firsts = outline.filter((s) => s.level === 1).map((s) => s.title);
    expect(firsts).toEqual(['2026年推进法治政府建设的主要举措和成效', '存在的不足和原因', '2027年推进法治政府建设的主要安排', '其他需要报告的情况']);
    expect(outline.some((s) => s.title.includes('第一责任人'))).toBe(true);
  });

  it('names the section and field of an unknown code, a broken placeholder or a leading second level', () => {
    const outline = defaultOutline(2026);
    expect(outlineProblem([{ ...outline[1] }, ...outline], known)).toEqual({ message: '提纲的第一个章节须为一级标题', field: 'outline.0.level' });
    const unknown = outline.map((s, i) => (i === 2 ? { ...s, template: '共{{cases.nothing}}' } : s));
    expect(outlineProblem(unknown, known)?.field).toBe('outline.2.template');
    const broken = outline.map((s, i) => (i === 5 ? { ...s, template: '共{{cases.penalties}次' } : s));
    expect(outlineProblem(broken, known)).toMatchObject({ field: 'outline.5.template' });
  });
});

describe('deadlines', () => {
  it('reports before 1 March and publishes before 1 April of the next year', () => {
    expect(reportDeadlines(2026)).toMatchObject({ report: { on: '2027-02-28' }, publish: { on: '2027-03-31' } });
    expect(reportDeadlines(2027).report.on).toBe('2028-02-29');
    expect(reportDeadlines(2099).report.on).toBe('2100-02-28');
    expect(reportDeadlines(2026).publish.basis).toContain('第二十四条');
  });
});

describe('states', () => {
  it('moves drafting → submitted → approved, or back to drafting; nothing else', () => {
    const allowed: Record<string, string> = { 'drafting.submit': 'submitted', 'submitted.approve': 'approved', 'submitted.return': 'drafting' };
    for (const state of ANNUAL_REPORT_STATES)
      for (const action of ANNUAL_REPORT_ACTIONS) {
        const next = nextAnnualState(state, action);
        const to = allowed[`${state}.${action}`];
        if (to) expect(next).toEqual({ to });
        else expect(next).toHaveProperty('problem');
      }
  });
});

it('splits a narrative into its paragraphs', () => {
  expect(paragraphsOf('  第一段。\r\n\n第二段。\n  \n')).toEqual(['第一段。', '第二段。']);
});
