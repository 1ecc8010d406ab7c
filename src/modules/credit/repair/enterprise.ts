// One enterprise's credit page: its listings with their state, its repair applications, its
// objections, and its penalty decisions (read through the cases module's own list, never its
// table). Staff see what the bureaus of their subtree decided; the enterprise user sees its own.
import { desc, eq } from 'drizzle-orm';
import { type AppContext, systemActor } from '../../../platform/context.js';
import { Forbidden, NotFound, RuleViolation } from '../../../platform/errors.js';
import { isInSubtree } from '../../../platform/orgs/rules.js';
import { org } from '../../../platform/orgs/schema.js';
import { listCases } from '../../cases/list.js';
import { enterpriseById, enterpriseOrgPaths } from '../../registry/queries.js';
import type { EnterpriseCreditOut } from '../contract.js';
import { measuresInForce } from '../measures.js';
import { creditListing, creditObjection, creditRepair } from '../schema.js';
import { assertCan, listingsOut } from '../service.js';
import { objectionsOut } from './objections.js';
import { type CreditActor, isEnterpriseUser, repairsOut } from './service.js';

/** States whose decision stands (a decision number issued and not undone). */
const NOT_STANDING = new Set(['notPunished', 'filingRevoked', 'transferred', 'transferredToPolice']);

export async function enterpriseCredit(app: AppContext, actor: CreditActor, enterpriseId: string): Promise<EnterpriseCreditOut> {
  assertCan(actor, 'credit.view', '查看企业信用信息');
  const own = isEnterpriseUser(actor);
  const e = await enterpriseById(app.db, enterpriseId);
  if (!e) throw new NotFound('企业不存在', 'enterpriseId');
  if (own ? actor.enterpriseId !== enterpriseId : !isInSubtree(actor.orgPath, (await enterpriseOrgPaths(app.db, [enterpriseId]))[0].path))
    throw new Forbidden('无权查看该企业的信用信息', 'enterpriseId');
  const visible = (orgPath: string) => own || isInSubtree(actor.orgPath, orgPath);

  const listingRows = (
    await app.db
      .select({ l: creditListing, orgName: org.name, orgPath: org.path })
      .from(creditListing)
      .innerJoin(org, eq(org.id, creditListing.orgId))
      .where(eq(creditListing.enterpriseId, enterpriseId))
      .orderBy(desc(creditListing.proposedOn), desc(creditListing.id))
  ).filter((r) => visible(r.orgPath));
  const repairRows = (
    await app.db
      .select({ r: creditRepair, orgPath: org.path })
      .from(creditRepair)
      .innerJoin(org, eq(org.id, creditRepair.orgId))
      .where(eq(creditRepair.enterpriseId, enterpriseId))
      .orderBy(desc(creditRepair.appliedOn), desc(creditRepair.id))
  ).filter((r) => visible(r.orgPath));
  const objectionRows = (
    await app.db
      .select({ o: creditObjection, orgPath: org.path })
      .from(creditObjection)
      .innerJoin(org, eq(org.id, creditObjection.orgId))
      .where(eq(creditObjection.enterpriseId, enterpriseId))
      .orderBy(desc(creditObjection.receivedOn), desc(creditObjection.id))
  ).filter((r) => visible(r.orgPath));
  // The party's own decisions, as the cases module lists them (the enterprise user reads its own across the tree).
  const cases = await listCases(app, own ? systemActor : actor, { enterpriseId, sort: 'updatedAt', order: 'desc', page: 1, pageSize: 100 });
  const penalties = cases.items
    .filter((c) => c.decisionNumber && c.decidedOn && c.penalty && !NOT_STANDING.has(c.state))
    .map((c) => ({
      caseId: c.id,
      decisionNumber: c.decisionNumber as string,
      decidedOn: c.decidedOn as string,
      orgName: c.orgName,
      violationTitle: c.violationTitle,
      measures: c.penalty?.measures ?? [],
      fineYuan: c.penalty?.fineYuan ?? 0,
      stateName: c.stateName,
    }))
    .sort((a, b) => b.decidedOn.localeCompare(a.decidedOn));
  const listings = await listingsOut(app.db, listingRows);
  return {
    enterpriseId,
    enterpriseName: e.name,
    uscc: e.uscc,
    listedNow: listings.some((l) => l.state === 'listed'),
    measures: measuresInForce(listings),
    // The enterprise sees its listings once it has been told of them (the notice served).
    listings: own ? listings.filter((l) => l.state !== 'proposed') : listings,
    repairs: await repairsOut(
      app.db,
      repairRows.map((r) => r.r),
    ),
    objections: await objectionsOut(
      app.db,
      objectionRows.map((r) => r.o),
    ),
    penalties,
  };
}

/** The enterprise user's own page. */
export async function myCredit(app: AppContext, actor: CreditActor): Promise<EnterpriseCreditOut> {
  assertCan(actor, 'credit.self', '查看本企业信用信息');
  if (!isEnterpriseUser(actor) || !actor.enterpriseId) throw new RuleViolation('本页面供企业用户查看本企业信用信息', 'enterpriseId');
  return enterpriseCredit(app, actor, actor.enterpriseId);
}
