// 统计分析 dashboard: the same figures as the report (figuresFor), asked once per month of a year
// or once per org directly below, so a trend or a ranking can never disagree with the table.
import { asc, eq } from 'drizzle-orm';
import type { Actor, AppContext } from '../../platform/context.js';
import { ValidationError } from '../../platform/errors.js';
import type { SheetColumn } from '../../platform/http/sheet.js';
import { orgInScope } from '../../platform/orgs/scope.js';
import { org } from '../../platform/orgs/schema.js';
import type { FigureOut, FiguresOut, FiguresQuery } from './contract.js';
import { figuresFor, type FigureCatalogue } from './service.js';
import type { FigureDefinitionOut, FigureValue, RankingOut, TrendsOut, TrendsQuery } from './trends-contract.js';

const two = (n: number) => String(n).padStart(2, '0');

/** The twelve months of a year as China-date periods, first to last day. */
export function monthsOf(year: number): { month: number; from: string; to: string }[] {
  return Array.from({ length: 12 }, (_, i) => {
    const last = new Date(Date.UTC(year, i + 1, 0)).getUTCDate();
    return { month: i + 1, from: `${year}-${two(i + 1)}-01`, to: `${year}-${two(i + 1)}-${two(last)}` };
  });
}

const definitionsOf = (f: FiguresOut): FigureDefinitionOut[] =>
  f.sections.flatMap((s) =>
    s.figures.map(({ code, name, unit, unitName, definition }) => ({ code, name, unit, unitName, definition, section: s.section, sectionName: s.name })),
  );

const valuesOf = (f: FiguresOut): FigureValue[] =>
  f.sections.flatMap((s) => s.figures.map(({ code, text, count, fen, part, whole }) => ({ code, text, count, fen, part, whole })));

export async function figureTrends(app: AppContext, actor: Actor, catalogue: FigureCatalogue, q: TrendsQuery): Promise<TrendsOut> {
  const months: TrendsOut['months'] = [];
  let first: FiguresOut | undefined;
  // Month after month, as figuresFor goes module after module: one connection would queue them anyway.
  for (const m of monthsOf(q.year)) {
    const f = await figuresFor(app, actor, catalogue, { orgId: q.orgId, from: m.from, to: m.to });
    first ??= f;
    months.push({ ...m, figures: valuesOf(f) });
  }
  return { orgId: first!.orgId, orgName: first!.orgName, year: q.year, definitions: definitionsOf(first!), months };
}

export async function figureRanking(app: AppContext, actor: Actor, catalogue: FigureCatalogue, q: FiguresQuery): Promise<RankingOut> {
  const orgId = q.orgId ?? actor.orgId;
  if (!orgId) throw new ValidationError('请指定机构', 'orgId');
  const parent = await orgInScope(app.db, actor, orgId);
  const below = await app.db
    .select({ id: org.id, name: org.name, shortName: org.shortName })
    .from(org)
    .where(eq(org.parentId, parent.id))
    .orderBy(asc(org.regionCode));
  const children: RankingOut['children'] = [];
  let definitions: FigureDefinitionOut[] = [];
  for (const c of below) {
    const f = await figuresFor(app, actor, catalogue, { orgId: c.id, from: q.from, to: q.to });
    if (definitions.length === 0) definitions = definitionsOf(f);
    children.push({ orgId: c.id, orgName: c.name, shortName: c.shortName, figures: valuesOf(f) });
  }
  return { orgId: parent.id, orgName: parent.name, from: q.from, to: q.to, definitions, children };
}

/** The figures table as the XLSX export prints it: the texts the report prints, never re-rounded. */
export const FIGURE_SHEET: readonly SheetColumn<FigureOut>[] = [
  { header: '编号', width: 30, value: (f) => f.code },
  { header: '统计项', width: 28, value: (f) => f.name },
  { header: '数值', width: 12, value: (f) => f.text },
  { header: '单位', width: 8, value: (f) => (f.text === '—' ? '' : f.unitName) },
  { header: '统计口径', width: 90, value: (f) => f.definition },
];

/** `<org>统计数据（from至to）.xlsx`: the scope in the name, so two downloads are told apart. */
export const figureSheetName = (f: FiguresOut) => `${f.orgName}统计数据（${f.from}至${f.to}）.xlsx`;
