// The workbench's tips agenda: the tips of the leader's subtree whose period (告知是否受理, 办结并答复)
// ends within AGENDA_DAYS or has passed, late first. Complaints stand in it only for those who may
// read them.
import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor, AppContext } from '../../platform/context.js';
import { chinaDate } from '../../platform/dates.js';
import { orgPathWithin } from '../../platform/orgs/scope.js';
import { org } from '../../platform/orgs/schema.js';
import type { tipAgendaOut } from './contract.js';
import { AGENDA_DAYS, tipDeadline } from './rules.js';
import { tip } from './schema.js';
import { assertCan, visibleKinds } from './service.js';

export async function tipAgenda(app: AppContext, actor: Actor): Promise<z.infer<typeof tipAgendaOut>> {
  assertCan(actor, 'tip.assign', '查看举报办理期限');
  const today = chinaDate(app.clock.now());
  const rows = await app.db
    .select({ t: tip, orgName: org.name })
    .from(tip)
    .innerJoin(org, eq(org.id, tip.orgId))
    .where(and(orgPathWithin(actor.orgPath), inArray(tip.state, ['received', 'accepted', 'assigned']), visibleKinds(actor)));
  const items = rows.flatMap(({ t, orgName }) => {
    const deadline = tipDeadline(t, today);
    return deadline && deadline.daysLeft <= AGENDA_DAYS
      ? [{ id: t.id, receipt: t.receipt, orgName, kind: t.kind, state: t.state, subjectName: t.subjectName, deadline }]
      : [];
  });
  return { today, items: items.sort((a, b) => a.deadline.daysLeft - b.deadline.daysLeft || a.receipt.localeCompare(b.receipt)) };
}
