// The yearly 法治政府建设情况报告: drafted by the bureau in the app (outline, figure sentences,
// narratives kept as versions), submitted, approved by the principal leader and so published on
// the portal. Every change is one transaction with its ledger entry.
import { and, asc, desc, eq, max, sql } from 'drizzle-orm';
import { holds } from '../../../platform/auth/capabilities.js';
import { userNames } from '../../../platform/auth/names.js';
import { userAccount } from '../../../platform/auth/schema.js';
import type { Actor, AppContext } from '../../../platform/context.js';
import { chinaDate } from '../../../platform/dates.js';
import type { Executor } from '../../../platform/db/index.js';
import { dutyConflict } from '../../../platform/duties.js';
import { Conflict, Forbidden, NotFound, ValidationError } from '../../../platform/errors.js';
import type { FigureDefinition } from '../../../platform/figures/types.js';
import { appendEntry } from '../../../platform/ledger/service.js';
import { assertInSubtree, listBase, orgInScope, orgPathWithin } from '../../../platform/orgs/scope.js';
import { org } from '../../../platform/orgs/schema.js';
import { reportCapabilities } from '../capabilities.js';
import type { FiguresOut } from '../contract.js';
import { annualReport, annualReportText } from '../schema.js';
import { type FigureCatalogue, figuresFor } from '../service.js';
import type {
  AnnualReportAction,
  AnnualReportOut,
  AnnualSummaryOut,
  AnnualTransitionIn,
  CreateAnnualIn,
  NarrativeIn,
  OutlineIn,
  OutlineSection,
} from './contract.js';
import { ANNUAL_LABELS } from './contract.js';
import { defaultOutline, fillTemplate, nextAnnualState, outlineProblem, type PlacedFigure, reportDeadlines, sectionNumbers } from './rules.js';

type Row = typeof annualReport.$inferSelect;
type ReportCapability = keyof typeof reportCapabilities;
const ACTION_CAPABILITY: Record<AnnualReportAction, ReportCapability> = { submit: 'report.draft', approve: 'report.approve', return: 'report.approve' };
const SUBJECT = 'annualReport';

function assertRole(actor: Actor, capability: ReportCapability, what: string) {
  if (actor.userId !== null && !holds(reportCapabilities, actor.roles, capability)) throw new Forbidden(`当前角色无权${what}法治政府建设情况报告`);
}

export async function annualInScope(ex: Executor, actor: Actor, id: string) {
  const [row] = await ex
    .select({ r: annualReport, orgName: org.name, orgPath: org.path })
    .from(annualReport)
    .innerJoin(org, eq(org.id, annualReport.orgId))
    .where(eq(annualReport.id, id));
  if (!row) throw new NotFound('法治政府建设情况报告不存在', 'id');
  assertInSubtree(actor, row.orgPath, '报告');
  return row;
}

const summaryOf = (r: Row, orgName: string): AnnualSummaryOut => ({
  id: r.id,
  orgId: r.orgId,
  orgName,
  year: r.year,
  title: r.title,
  state: r.state,
  version: r.version,
  publishedOn: r.publishedOn,
  updatedAt: r.updatedAt,
});

export async function listAnnual(app: AppContext, actor: Actor, q: { orgId?: string; year?: number }): Promise<AnnualSummaryOut[]> {
  const base = await listBase(app.db, actor, q.orgId);
  const found = await app.db
    .select({ r: annualReport, orgName: org.name })
    .from(annualReport)
    .innerJoin(org, eq(org.id, annualReport.orgId))
    .where(and(orgPathWithin(base), q.year ? eq(annualReport.year, q.year) : undefined))
    .orderBy(desc(annualReport.year), asc(org.path))
    .limit(500);
  return found.map(({ r, orgName }) => summaryOf(r, orgName));
}

const knownCodes = (catalogue: FigureCatalogue) => new Set(catalogue.modules.flatMap((m) => (m.figures?.definitions ?? []).map((d) => d.code)));

function checkOutline(outline: OutlineSection[], catalogue: FigureCatalogue) {
  const problem = outlineProblem(outline, knownCodes(catalogue));
  if (problem) throw new ValidationError(problem.message, problem.field);
}

export async function createAnnual(app: AppContext, actor: Actor, catalogue: FigureCatalogue, input: CreateAnnualIn): Promise<AnnualReportOut> {
  assertRole(actor, 'report.draft', '起草');
  const owner = await orgInScope(app.db, actor, input.orgId);
  const thisYear = Number(chinaDate(app.clock.now()).slice(0, 4));
  if (input.year > thisYear) throw new ValidationError(`${input.year} 年尚未开始，不能起草该年度的报告`, 'year');
  const outline = defaultOutline(input.year);
  checkOutline(outline, catalogue);
  const now = app.clock.now();
  const taken = () => new Conflict(`${owner.name}已有 ${input.year} 年度法治政府建设情况报告`, 'year');
  const id = await app.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(annualReport)
      .values({
        orgId: owner.id,
        year: input.year,
        title: `${owner.name}${input.year}年法治政府建设情况报告`,
        outline,
        editorIds: actor.userId ? [actor.userId] : [],
        createdBy: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: annualReport.id });
    if (!row) throw taken();
    await appendEntry(tx, app, {
      orgId: owner.id,
      actorId: actor.userId,
      action: 'annualReport.created',
      subjectType: SUBJECT,
      subjectId: row.id,
      payload: { year: input.year },
    });
    return row.id;
  });
  return getAnnual(app, actor, catalogue, id);
}

const stale = (current: number) => new Conflict(`报告已被他人修改（当前版本 ${current}），请刷新后重试`, 'version');
const addEditor = (ids: string[], actor: Actor) => (actor.userId && !ids.includes(actor.userId) ? [...ids, actor.userId] : ids);

export async function saveOutline(app: AppContext, actor: Actor, catalogue: FigureCatalogue, id: string, input: OutlineIn): Promise<AnnualReportOut> {
  assertRole(actor, 'report.draft', '修改');
  const { r } = await annualInScope(app.db, actor, id);
  if (r.version !== input.version) throw stale(r.version);
  if (r.state !== 'drafting') throw new Conflict('只有起草中的报告可以修改提纲，已提交的须先退回', 'state');
  checkOutline(input.outline, catalogue);
  const now = app.clock.now();
  await app.db.transaction(async (tx) => {
    const done = await tx
      .update(annualReport)
      .set({ outline: input.outline, editorIds: addEditor(r.editorIds, actor), version: r.version + 1, updatedAt: now })
      .where(and(eq(annualReport.id, id), eq(annualReport.version, r.version), eq(annualReport.state, 'drafting')))
      .returning({ id: annualReport.id });
    if (done.length === 0) throw stale(r.version);
    await appendEntry(tx, app, {
      orgId: r.orgId,
      actorId: actor.userId,
      action: 'annualReport.outlineChanged',
      subjectType: SUBJECT,
      subjectId: id,
      payload: { version: r.version + 1, outline: input.outline },
    });
  });
  return getAnnual(app, actor, catalogue, id);
}

/** Saves a new version of a section's narrative; the versions before it stay. */
export async function saveNarrative(app: AppContext, actor: Actor, id: string, key: string, input: NarrativeIn) {
  assertRole(actor, 'report.draft', '撰写');
  const { r } = await annualInScope(app.db, actor, id);
  if (r.state !== 'drafting') throw new Conflict('只有起草中的报告可以修改正文，已提交的须先退回', 'state');
  if (!r.outline.some((s) => s.key === key)) throw new NotFound('提纲中没有该章节', 'key');
  const now = app.clock.now();
  return app.db.transaction(async (tx) => {
    // The report row is locked first, so two saves of one section queue and the second sees the first.
    await tx.execute(sql`select 1 from ${annualReport} where ${annualReport.id} = ${id} for update`);
    const [latest] = await tx
      .select({ v: max(annualReportText.version) })
      .from(annualReportText)
      .where(and(eq(annualReportText.reportId, id), eq(annualReportText.sectionKey, key)));
    const current = latest?.v ?? 0;
    if (current !== input.baseVersion) throw new Conflict(`该章节已有他人保存的第 ${current} 稿，请先查看后再保存，以免覆盖`, 'baseVersion');
    const version = current + 1;
    await tx.insert(annualReportText).values({ reportId: id, sectionKey: key, version, text: input.text, authorId: actor.userId, savedAt: now });
    await tx
      .update(annualReport)
      .set({ editorIds: addEditor(r.editorIds, actor), updatedAt: now })
      .where(eq(annualReport.id, id));
    await appendEntry(tx, app, {
      orgId: r.orgId,
      actorId: actor.userId,
      action: 'annualReport.textSaved',
      subjectType: SUBJECT,
      subjectId: id,
      payload: { section: key, version, length: [...input.text].length },
    });
    return { version, savedAt: now };
  });
}

export async function narrativeVersions(app: AppContext, actor: Actor, id: string, key: string) {
  await annualInScope(app.db, actor, id);
  return app.db
    .select({ version: annualReportText.version, text: annualReportText.text, authorName: userAccount.displayName, savedAt: annualReportText.savedAt })
    .from(annualReportText)
    .leftJoin(userAccount, eq(userAccount.id, annualReportText.authorId))
    .where(and(eq(annualReportText.reportId, id), eq(annualReportText.sectionKey, key)))
    .orderBy(desc(annualReportText.version));
}

/** Each section's latest narrative. */
export async function latestTexts(ex: Executor, id: string) {
  const found = await ex
    .selectDistinctOn([annualReportText.sectionKey], {
      key: annualReportText.sectionKey,
      text: annualReportText.text,
      version: annualReportText.version,
      authorName: userAccount.displayName,
      savedAt: annualReportText.savedAt,
    })
    .from(annualReportText)
    .leftJoin(userAccount, eq(userAccount.id, annualReportText.authorId))
    .where(eq(annualReportText.reportId, id))
    .orderBy(annualReportText.sectionKey, desc(annualReportText.version));
  return new Map(found.map(({ key, ...t }) => [key, t]));
}

const yearScope = (orgId: string, year: number) => ({ orgId, from: `${year}-01-01`, to: `${year}-12-31` });

/**
 * The figures of the report: frozen at approval, else measured now. A frozen figure's drill-down is
 * offered to this reader only as `figuresFor` would offer it live (the capability its list needs).
 */
async function reportFigures(app: AppContext, actor: Actor, catalogue: FigureCatalogue, r: Row): Promise<FiguresOut> {
  if (!r.figures) return figuresFor(app, actor, catalogue, yearScope(r.orgId, r.year));
  const defs = new Map<string, FigureDefinition>(catalogue.modules.flatMap((m) => (m.figures?.definitions ?? []).map((d) => [d.code, d] as const)));
  const scope = { ...yearScope(r.orgId, r.year), orgPath: '' };
  return {
    ...r.figures,
    sections: r.figures.sections.map((s) => ({
      ...s,
      figures: s.figures.map((f) => {
        const d = defs.get(f.code);
        const allowed = d?.drill && (!d.drillNeeds || holds(catalogue.capabilities, actor.roles, d.drillNeeds));
        return { ...f, drill: allowed ? (d.drill?.(scope) ?? null) : null };
      }),
    })),
  };
}

const placedFigures = (figures: FiguresOut) =>
  new Map<string, PlacedFigure>(figures.sections.flatMap((s) => s.figures.map((f) => [f.code, { text: f.text, unitName: f.unitName }] as const)));

/** The outline laid out: each section numbered, its figures placed, its latest narrative beside it. */
export function laidOut<N>(outline: OutlineSection[], figures: FiguresOut, texts: ReadonlyMap<string, N>) {
  const placed = placedFigures(figures);
  const numbers = sectionNumbers(outline);
  return outline.map((s, i) => ({ ...s, number: numbers[i], figureText: fillTemplate(s.template, placed), narrative: texts.get(s.key) ?? null }));
}

export async function getAnnual(app: AppContext, actor: Actor, catalogue: FigureCatalogue, id: string): Promise<AnnualReportOut> {
  const { r, orgName } = await annualInScope(app.db, actor, id);
  const [figures, texts, names] = [
    await reportFigures(app, actor, catalogue, r),
    await latestTexts(app.db, id),
    await userNames(app.db, [r.submittedBy, r.approvedBy]),
  ];
  const deadlines = reportDeadlines(r.year);
  return {
    ...summaryOf(r, orgName),
    sections: laidOut(r.outline, figures, texts),
    figures,
    figuresFrozen: r.figures !== null,
    submittedBy: r.submittedBy ? (names.get(r.submittedBy) ?? null) : null,
    approvedBy: r.approvedBy ? (names.get(r.approvedBy) ?? null) : null,
    approvedAt: r.approvedAt,
    returnReason: r.returnReason,
    editorIds: r.editorIds,
    deadlines,
    publishedOnTime: r.publishedOn ? r.publishedOn <= deadlines.publish.on : null,
  };
}

export async function transitionAnnual(
  app: AppContext,
  actor: Actor,
  catalogue: FigureCatalogue,
  id: string,
  action: AnnualReportAction,
  input: AnnualTransitionIn,
): Promise<AnnualReportOut> {
  assertRole(actor, ACTION_CAPABILITY[action], ANNUAL_LABELS.action[action]);
  const { r } = await annualInScope(app.db, actor, id);
  if (r.version !== input.version) throw stale(r.version);
  const next = nextAnnualState(r.state, action);
  if ('problem' in next) throw new Conflict(next.problem, 'state');
  // 职责分离: whoever wrote or submitted the report does not approve it.
  const conflict =
    action === 'approve' ? dutyConflict('report.approve', actor.userId, { drafter: [...r.editorIds, r.submittedBy].filter((x) => x !== null) }) : null;
  if (conflict) throw new Forbidden(conflict.problem, 'id');
  const reason = input.reason?.trim() || null;
  if (action === 'return' && !reason) throw new ValidationError('退回报告须说明理由', 'reason');
  const now = app.clock.now();
  if (action === 'submit') {
    const texts = await latestTexts(app.db, id);
    // A first-level heading with sections under it may stand without text of its own.
    const empty = r.outline.find((s, i) => !s.template.trim() && !texts.get(s.key)?.text.trim() && !(s.level === 1 && r.outline[i + 1]?.level === 2));
    if (empty) throw new ValidationError(`“${empty.title}”既无统计语句也无正文，请撰写后再提交`, 'outline');
  }
  // Approval freezes the figures as measured at that moment and publishes the report.
  const figures = action === 'approve' ? await figuresFor(app, actor, catalogue, yearScope(r.orgId, r.year)) : null;
  const today = chinaDate(now);
  const changes: Partial<Row> = {
    submit: { submittedBy: actor.userId, submittedAt: now, returnReason: null, editorIds: addEditor(r.editorIds, actor) },
    approve: { approvedBy: actor.userId, approvedAt: now, figures, publishedOn: today },
    return: { returnReason: reason, submittedBy: null, submittedAt: null },
  }[action];
  await app.db.transaction(async (tx) => {
    const done = await tx
      .update(annualReport)
      .set({ ...changes, state: next.to, version: r.version + 1, updatedAt: now })
      .where(and(eq(annualReport.id, id), eq(annualReport.version, r.version)))
      .returning({ id: annualReport.id });
    if (done.length === 0) throw stale(r.version);
    const past = { submit: 'submitted', approve: 'approved', return: 'returned' }[action];
    await appendEntry(tx, app, {
      orgId: r.orgId,
      actorId: actor.userId,
      action: `annualReport.${past}`,
      subjectType: SUBJECT,
      subjectId: id,
      payload: {
        year: r.year,
        from: r.state,
        to: next.to,
        version: r.version + 1,
        ...(reason ? { reason } : {}),
        ...(action === 'approve' ? { publishedOn: today, publishBy: reportDeadlines(r.year).publish.on } : {}),
      },
    });
  });
  return getAnnual(app, actor, catalogue, id);
}
