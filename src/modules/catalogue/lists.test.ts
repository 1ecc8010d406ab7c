import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_CHECKLISTS,
  BUILT_IN_POWER_ITEMS,
  checklistProblems,
  effectiveList,
  entryCodeProblem,
  powerItemProblems,
  versionProblem,
  type BuiltInEntry,
  type ChecklistContent,
  type PowerItemContent,
  type StoredEntry,
} from './lists.js';
import { CHECKLISTS } from './standards/checklists.js';
import { ENFORCEMENT_MATTERS, POWER_ITEMS } from './standards/power-list.js';

// The chain of a county: itself, its city, its province.
const CHAIN = ['county', 'city', 'province'];
const BUILT_IN: BuiltInEntry<string>[] = [
  { code: 'A', content: 'a as shipped' },
  { code: 'B', content: 'b as shipped' },
];
const row = (orgId: string, code: string, content: string, over: Partial<StoredEntry<string>> = {}): StoredEntry<string> => ({
  orgId,
  code,
  content,
  withdrawn: false,
  withdrawnReason: null,
  version: 1,
  ...over,
});
const view = (entries: ReturnType<typeof effectiveList<string, StoredEntry<string>>>) =>
  entries.map((e) => [e.code, e.content, e.from?.orgId ?? null, e.addition, e.withdrawn]);

describe('effectiveList: the built-in list, overridden by the nearest org in the chain', () => {
  it('is the built-in list, in its order, when no org has a row', () => {
    expect(view(effectiveList(BUILT_IN, [], CHAIN))).toEqual([
      ['A', 'a as shipped', null, false, false],
      ['B', 'b as shipped', null, false, false],
    ]);
  });

  it('puts an org version in the built-in entry’s place', () => {
    expect(view(effectiveList(BUILT_IN, [row('province', 'A', 'a by province')], CHAIN))[0]).toEqual(['A', 'a by province', 'province', false, false]);
  });

  it('prefers the org itself, then the nearer ancestor', () => {
    const rows = [
      row('province', 'A', 'a by province'),
      row('city', 'A', 'a by city'),
      row('province', 'B', 'b by province'),
      row('county', 'B', 'b by county'),
    ];
    expect(view(effectiveList(BUILT_IN, rows, CHAIN))).toEqual([
      ['A', 'a by city', 'city', false, false],
      ['B', 'b by county', 'county', false, false],
    ]);
    // The province itself sees only its own rows.
    expect(view(effectiveList(BUILT_IN, rows, ['province', 'ministry'])).map((e) => e[1])).toEqual(['a by province', 'b by province']);
  });

  it('ignores rows of orgs outside the chain (a sibling city, a child county)', () => {
    const rows = [row('siblingCity', 'A', 'elsewhere'), row('siblingCity', '420100-X', 'theirs'), row('township', 'B', 'below')];
    expect(view(effectiveList(BUILT_IN, rows, CHAIN)).map((e) => e[1])).toEqual(['a as shipped', 'b as shipped']);
  });

  it('drops an entry the nearest org withdrew, keeps it flagged on request, and lets a nearer org reinstate it', () => {
    const withdrawn = row('city', 'A', 'a as shipped', { withdrawn: true, withdrawnReason: '未下放' });
    expect(view(effectiveList(BUILT_IN, [withdrawn], CHAIN)).map((e) => e[0])).toEqual(['B']);
    const kept = effectiveList(BUILT_IN, [withdrawn], CHAIN, true);
    expect(kept.map((e) => [e.code, e.withdrawn, e.withdrawnReason])).toEqual([
      ['A', true, '未下放'],
      ['B', false, null],
    ]);
    expect(view(effectiveList(BUILT_IN, [withdrawn, row('county', 'A', 'a by county')], CHAIN))[0]).toEqual(['A', 'a by county', 'county', false, false]);
    // A withdrawal below does not reach up: the province still has it.
    expect(view(effectiveList(BUILT_IN, [withdrawn], ['province'])).map((e) => e[0])).toEqual(['A', 'B']);
  });

  it('appends additions after the built-in entries, the higher org’s first, then by code', () => {
    const rows = [row('county', '421202-02', 'c2'), row('province', '420000-01', 'p1'), row('county', '421202-01', 'c1'), row('city', '421200-01', 'm1')];
    expect(view(effectiveList(BUILT_IN, rows, CHAIN)).map((e) => [e[0], e[3]])).toEqual([
      ['A', false],
      ['B', false],
      ['420000-01', true],
      ['421200-01', true],
      ['421202-01', true],
      ['421202-02', true],
    ]);
  });

  it('lets a county replace or withdraw an ancestor’s addition', () => {
    const rows = [row('city', '421200-01', 'by city'), row('county', '421200-01', 'by county', { version: 3 })];
    const [addition] = effectiveList(BUILT_IN, rows, CHAIN).slice(2);
    expect([addition.content, addition.from?.version, addition.addition]).toEqual(['by county', 3, true]);
    expect(effectiveList(BUILT_IN, [rows[0], row('county', '421200-01', 'x', { withdrawn: true })], CHAIN)).toHaveLength(2);
  });

  it('holds for any rows: one entry per code, from the nearest org that has one, withdrawn ones out', () => {
    const org = fc.constantFrom('county', 'city', 'province', 'sibling');
    const code = fc.constantFrom('A', 'B', 'X1', 'X2');
    const rowArb = fc.record({ orgId: org, code, content: fc.string(), withdrawn: fc.boolean() });
    // One row per org and code, as the unique index guarantees.
    const rowsArb = fc.uniqueArray(rowArb, { selector: (r) => `${r.orgId}/${r.code}` });
    fc.assert(
      fc.property(rowsArb, fc.boolean(), (raw, includeWithdrawn) => {
        const rows = raw.map((r) => row(r.orgId, r.code, r.content, { withdrawn: r.withdrawn }));
        const out = effectiveList(BUILT_IN, rows, CHAIN, includeWithdrawn);
        expect(new Set(out.map((e) => e.code)).size).toBe(out.length);
        for (const c of ['A', 'B', 'X1', 'X2']) {
          const nearest = CHAIN.map((o) => rows.find((r) => r.orgId === o && r.code === c)).find(Boolean);
          const entry = out.find((e) => e.code === c);
          const exists = nearest ? includeWithdrawn || !nearest.withdrawn : c === 'A' || c === 'B';
          expect(Boolean(entry), c).toBe(exists);
          if (entry) expect(entry.from).toBe(nearest ?? null);
        }
      }),
    );
  });
});

describe('entryCodeProblem', () => {
  const ctx = { builtInCodes: new Set(['CL-GEN', 'XZCF-001']), knownCodes: new Set(['420000-01']), regionCode: '421200', label: '检查表' };

  it.each(['CL-GEN', 'XZCF-001', '420000-01', '421200-01', '421200-CL-A'])('accepts %s', (code) => {
    expect(entryCodeProblem(code, ctx)).toBeNull();
  });

  it.each([
    ['cl-gen', '大写字母'],
    ['-421200', '大写字母'],
    ['421200/01', '大写字母'],
    ['检查表', '大写字母'],
    [`421200-${'X'.repeat(40)}`, '不超过 40'],
    ['421200-', '“421200-”开头'],
    ['421200X', '“421200-”开头'],
    ['420100-01', '“421200-”开头'],
    ['420000-02', '“421200-”开头'],
    ['CL-NEW', '新增检查表'],
  ])('refuses %s', (code, words) => {
    expect(entryCodeProblem(code, ctx)).toContain(words);
  });
});

describe('versionProblem', () => {
  it('accepts a first version (null, no row) and the current one', () => {
    expect(versionProblem(null, null, '检查表')).toBeNull();
    expect(versionProblem({ version: 4 }, 4, '检查表')).toBeNull();
  });
  it('refuses a stale or invented version and a second first version', () => {
    expect(versionProblem({ version: 2 }, null, '检查表')).toBe('本机构已有该检查表的版本 2，请刷新后在其基础上修改');
    expect(versionProblem({ version: 3 }, 2, '检查表')).toBe('该检查表已被他人修改（当前版本 3），请刷新后重试');
    expect(versionProblem(null, 1, '权责清单事项')).toBe('本机构尚无该权责清单事项的版本 1，请刷新后重试');
  });
});

const item = (code: string, over: Record<string, unknown> = {}) => ({
  code,
  text: '是否建立全员安全生产责任制',
  basis: { lawCode: 'work-safety-law-2021' as const, article: 22 },
  ...over,
});
const list = (items: ReturnType<typeof item>[]): ChecklistContent => ({ title: '测试检查表', scope: 'general', items: items as ChecklistContent['items'] });
const fields = (c: ChecklistContent) => checklistProblems(c).map((p) => p.field);

describe('checklistProblems', () => {
  it('finds none in any built-in checklist', () => {
    expect(BUILT_IN_CHECKLISTS.map((c) => checklistProblems(c.content))).toEqual(CHECKLISTS.map(() => []));
  });

  it('accepts an item citing 款 and 项 with a violation type and a 重大事故隐患 情形', () => {
    expect(
      checklistProblems(
        list([
          item('X-01', {
            basis: { lawCode: 'work-safety-law-2021', article: 30, paragraph: 1, item: 2 },
            violationTypeCode: 'WSL-97-7',
            majorHazardCode: 'MHC-2023-3-2',
          }),
        ]),
      ),
    ).toEqual([]);
  });

  it('needs at least one item', () => {
    expect(checklistProblems(list([]))).toEqual([{ field: 'items', message: '检查表须至少有一个检查项' }]);
  });

  it('needs a known law', () => {
    expect(checklistProblems(list([item('X-01', { basis: { lawCode: 'fire-law', article: 3 } })]))).toEqual([
      { field: 'items.0.basis.lawCode', message: '第 1 项检查项（X-01）的依据法律“fire-law”不在法律法规目录中' },
    ]);
  });

  it.each([0, -1, 1.5, 1000, Number.NaN])('needs an article from 1 to 999, not %s', (article) => {
    expect(fields(list([item('X-01'), item('X-02', { basis: { lawCode: 'work-safety-law-2021', article } })]))).toEqual(['items.1.basis.article']);
  });

  it.each([
    ['paragraph', 0],
    ['paragraph', 2.5],
    ['item', 1000],
    ['item', -3],
  ])('checks %s = %s when given', (key, n) => {
    expect(fields(list([item('X-01', { basis: { lawCode: 'work-safety-law-2021', article: 28, [key]: n } })]))).toEqual([`items.0.basis.${key}`]);
  });

  it('needs the violation type and the 情形 to exist', () => {
    const problems = checklistProblems(list([item('X-01', { violationTypeCode: 'WSL-999' }), item('X-02', { majorHazardCode: 'MHC-2023-99-1' })]));
    expect(problems).toEqual([
      { field: 'items.0.violationTypeCode', message: '第 1 项检查项（X-01）对应的违法行为 WSL-999 不在违法行为目录中' },
      { field: 'items.1.majorHazardCode', message: '第 2 项检查项（X-02）对应的重大事故隐患情形 MHC-2023-99-1 不在判定标准中' },
    ]);
  });

  it('needs item codes unique within the list, naming each repeat', () => {
    expect(checklistProblems(list([item('X-01'), item('X-02'), item('X-01'), item('X-01')]))).toEqual([
      { field: 'items.2.code', message: '检查项编号 X-01 重复（与第 1 项相同）' },
      { field: 'items.3.code', message: '检查项编号 X-01 重复（与第 1 项相同）' },
    ]);
  });

  it('reports every problem of an item, in field order', () => {
    expect(
      fields(list([item('X-01', { basis: { lawCode: 'nope', article: 0, paragraph: 0, item: 0 }, violationTypeCode: 'W', majorHazardCode: 'M' })])),
    ).toEqual([
      'items.0.basis.lawCode',
      'items.0.basis.article',
      'items.0.basis.paragraph',
      'items.0.basis.item',
      'items.0.violationTypeCode',
      'items.0.majorHazardCode',
    ]);
  });
});

const power = (over: Partial<PowerItemContent> = {}): PowerItemContent => ({
  kind: '行政检查',
  name: '对辖区企业的监督检查',
  basis: '《中华人民共和国安全生产法》第六十五条',
  subject: '县级应急管理部门',
  matters: [{ code: 'M-01', name: '日常监督检查', level: 'county' }],
  ...over,
});

describe('powerItemProblems', () => {
  it('finds none in any built-in power item, and keeps every built-in matter under its item', () => {
    expect(BUILT_IN_POWER_ITEMS.map((p) => powerItemProblems(p.content))).toEqual(POWER_ITEMS.map(() => []));
    expect(BUILT_IN_POWER_ITEMS.flatMap((p) => p.content.matters.map((m) => m.code))).toEqual(ENFORCEMENT_MATTERS.map((m) => m.code));
  });

  it.each(['《中华人民共和国安全生产法》第九十七条', '《烟花爆竹安全管理条例》第16条', '《生产安全事故应急预案管理办法》第二十六条、第三十条'])(
    'accepts the basis %s',
    (basis) => {
      expect(powerItemProblems(power({ basis }))).toEqual([]);
    },
  );

  it.each(['《中华人民共和国安全生产法》', '安全生产法有关规定', '第条', '第九十七款'])('refuses the basis %s, which names no article', (basis) => {
    expect(powerItemProblems(power({ basis }))).toEqual([
      { field: 'basis', message: '设定依据须写明法律法规名称及条款，如《中华人民共和国安全生产法》第九十七条' },
    ]);
  });

  it('needs at least one enforcement matter, codes unique', () => {
    expect(powerItemProblems(power({ matters: [] }))).toEqual([{ field: 'matters', message: '权责清单事项须至少包含一个行政执法事项' }]);
    const twice = [
      { code: 'M-01', name: '甲', level: 'county' as const },
      { code: 'M-01', name: '乙', level: 'township' as const },
    ];
    expect(powerItemProblems(power({ matters: twice }))).toEqual([{ field: 'matters.1.code', message: '行政执法事项编号 M-01 重复（与第 1 项相同）' }]);
  });
});
