// 隐患 figures per org subtree and period. The cohort is the hazards found in [from, to]:
// rectified = of those, closed on or before `to`; overdue = of those, overdue now;
// majorCased = of the major ones, those a penalty case was opened from (hazard.case_id, set by the
// cases module's event on 立案 from the finding or on escalation); 立案率 = majorCased / major.
// found and rectified count every origin; byOrigin splits them into hazards found on inspections
// and those enterprises reported themselves (企业自查自纠), each with its own rate.
import { and, gte, lte, sql } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import { ValidationError } from '../../../platform/errors.js';
import type { FiguresOut } from '../contract.js';
import { percent } from './rules.js';
import { hazard } from '../schema.js';
import type { InspectionActor } from '../scope.js';
import { orgIdWithin, orgInScope } from '../../../platform/orgs/scope.js';

export async function hazardFigures(app: AppContext, actor: InspectionActor, q: { orgId?: string; from: string; to: string }): Promise<FiguresOut> {
  const orgId = q.orgId ?? actor.orgId;
  if (!orgId) throw new ValidationError('请指定机构', 'orgId');
  if (q.to < q.from) throw new ValidationError('截止日期不能早于起始日期', 'to');
  const o = await orgInScope(app.db, actor, orgId);
  const [c] = await app.db
    .select({
      found: sql<number>`count(*)::int`,
      rectified: sql<number>`count(*) filter (where ${hazard.status} = 'closed' and ${hazard.closedOn} <= ${q.to})::int`,
      major: sql<number>`count(*) filter (where ${hazard.grade} = 'major')::int`,
      overdue: sql<number>`count(*) filter (where ${hazard.status} = 'overdue')::int`,
      majorCased: sql<number>`count(*) filter (where ${hazard.grade} = 'major' and ${hazard.caseId} is not null)::int`,
      selfFound: sql<number>`count(*) filter (where ${hazard.origin} = 'selfReport')::int`,
      selfRectified: sql<number>`count(*) filter (where ${hazard.origin} = 'selfReport' and ${hazard.status} = 'closed' and ${hazard.closedOn} <= ${q.to})::int`,
    })
    .from(hazard)
    .where(and(orgIdWithin(hazard.orgId, o.path), gte(hazard.foundOn, q.from), lte(hazard.foundOn, q.to)));
  const { selfFound, selfRectified, ...all } = c;
  const split = (found: number, rectified: number) => ({ found, rectified, rectificationRate: percent(rectified, found) });
  return {
    orgId,
    from: q.from,
    to: q.to,
    ...all,
    rectificationRate: percent(all.rectified, all.found),
    caseRate: percent(all.majorCased, all.major),
    byOrigin: { inspection: split(all.found - selfFound, all.rectified - selfRectified), selfReport: split(selfFound, selfRectified) },
  };
}
