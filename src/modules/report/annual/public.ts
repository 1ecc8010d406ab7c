// The approved reports on the portal (the report is public: 督察工作规定 第二十四条), and the
// report's files. The portal shows the figures as approved, without drill-downs (those are the
// bureau's lists).
import { and, asc, desc, eq, isNotNull } from 'drizzle-orm';
import type { Actor, AppContext } from '../../../platform/context.js';
import { chinaDate } from '../../../platform/dates.js';
import { renderInstrument, type InstrumentFormat } from '../../../platform/documents/render/index.js';
import { NotFound } from '../../../platform/errors.js';
import { org } from '../../../platform/orgs/schema.js';
import { annualReport } from '../schema.js';
import type { FigureCatalogue } from '../service.js';
import { bodyOf, reportInstrument } from './document.js';
import { getAnnual, laidOut, latestTexts } from './service.js';

export async function publicAnnuals(app: AppContext) {
  return app.db
    .select({ id: annualReport.id, orgName: org.name, year: annualReport.year, title: annualReport.title, publishedOn: annualReport.publishedOn })
    .from(annualReport)
    .innerJoin(org, eq(org.id, annualReport.orgId))
    .where(and(eq(annualReport.state, 'approved'), isNotNull(annualReport.publishedOn)))
    .orderBy(desc(annualReport.year), asc(org.path))
    .limit(500)
    .then((rows) => rows.map((r) => ({ ...r, publishedOn: r.publishedOn as string })));
}

async function publishedBody(app: AppContext, id: string) {
  const [found] = await app.db
    .select({ r: annualReport, orgName: org.name })
    .from(annualReport)
    .innerJoin(org, eq(org.id, annualReport.orgId))
    .where(and(eq(annualReport.id, id), eq(annualReport.state, 'approved')));
  if (!found?.r.figures || !found.r.publishedOn) throw new NotFound('报告不存在或尚未公开', 'id');
  const { r, orgName } = found;
  const figures = r.figures as NonNullable<typeof r.figures>;
  const sections = laidOut(r.outline, figures, await latestTexts(app.db, id));
  return { r, body: bodyOf(orgName, r.year, sections, figures), publishedOn: r.publishedOn as string };
}

export async function publicAnnual(app: AppContext, id: string) {
  const { r, body, publishedOn } = await publishedBody(app, id);
  return { id: r.id, orgName: body.orgName, year: r.year, title: r.title, publishedOn, sections: body.sections, annex: body.annex };
}

export async function publicAnnualDocument(app: AppContext, id: string, format: InstrumentFormat) {
  const { body, publishedOn } = await publishedBody(app, id);
  return renderInstrument(reportInstrument(body, publishedOn), format);
}

/** The report's file for the bureau at any stage: a draft is dated today and its figures measured now. */
export async function annualDocument(app: AppContext, actor: Actor, catalogue: FigureCatalogue, id: string, format: InstrumentFormat) {
  const report = await getAnnual(app, actor, catalogue, id);
  const body = bodyOf(report.orgName, report.year, report.sections, report.figures);
  return renderInstrument(reportInstrument(body, report.publishedOn ?? chinaDate(app.clock.now()), report.state !== 'approved'), format);
}
