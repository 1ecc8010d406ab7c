// Loads the ONE stored case (with its events, reviews, party and officers) for the builders, after
// the same read access and org-subtree check as the case itself, and renders the instrument.
import { eq } from 'drizzle-orm';
import { userAccount } from '../../../platform/auth/schema.js';
import type { Actor, AppContext } from '../../../platform/context.js';
import { chinaDate } from '../../../platform/dates.js';
import { renderInstrument, type InstrumentFile, type InstrumentFormat } from '../../../platform/documents/render/index.js';
import { NotFound, RuleViolation } from '../../../platform/errors.js';
import { remediesFor } from '../../inspections/records/documents.js';
import { officersOf } from '../../people/queries.js';
import { penaltyCase } from '../schema.js';
import { getCase } from '../service.js';
import { buildCaseInstrument, instrumentProblem } from './index.js';
import { chooseCollectionItem } from './collection.js';
import type { CaseInstrumentData, CaseInstrumentKind } from './types.js';
import { enterpriseById } from '../../registry/queries.js';

export async function caseInstrumentData(app: AppContext, actor: Actor, id: string): Promise<CaseInstrumentData> {
  // getCase checks read scope (404 / 403) and brings the events and reviews with names.
  const detail = await getCase(app, actor, id);
  const [row] = await app.db.select().from(penaltyCase).where(eq(penaltyCase.id, id));
  const e = row.enterpriseId ? await enterpriseById(app.db, row.enterpriseId) : undefined;
  const [chair] = row.hearingChairId
    ? await app.db.select({ name: userAccount.displayName }).from(userAccount).where(eq(userAccount.id, row.hearingChairId))
    : [];
  const officers = await officersOf(app.db, row.investigatorIds, row.filedOn ?? chinaDate(row.createdAt));
  return {
    case: row,
    orgName: detail.orgName,
    events: detail.events,
    reviews: detail.reviews,
    enterprise: e ? { address: e.address, legalRepresentative: e.legalRepresentative, uscc: e.uscc } : null,
    investigators: officers.map((o) => ({ userId: o.id, name: o.name, credentialNo: o.credentialNo ?? '' })),
    hearingChairName: chair?.name ?? null,
    remedies: remediesFor(detail.orgName),
  };
}

export async function caseInstrument(
  app: AppContext,
  actor: Actor,
  id: string,
  kind: CaseInstrumentKind,
  format: InstrumentFormat,
  index?: number,
): Promise<InstrumentFile> {
  const d = await caseInstrumentData(app, actor, id);
  const problem = instrumentProblem(kind, { ...d.case, events: d.events });
  if (problem) throw new RuleViolation(problem, 'kind');
  if (kind === 'interview' && index !== undefined) {
    if (index >= d.case.interviews.length) throw new NotFound(`本案没有第 ${index + 1} 份询问笔录`, 'index');
    d.interviewIndex = index;
  }
  chooseCollectionItem(d, kind, index);
  return renderInstrument(buildCaseInstrument(kind, d), format);
}
