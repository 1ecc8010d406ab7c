// 集体讨论会议 as a list: the org's subtree, by state, by a case on the agenda, a date range on the
// day held, a search on a party's name, a page at a time.
import { and, count, eq, exists, ilike, type SQL } from 'drizzle-orm';
import type { Actor, AppContext } from '../../platform/context.js';
import { daysWithin, orderOf } from '../../platform/lists.js';
import { listBase, orgPathWithin } from '../../platform/orgs/scope.js';
import { org } from '../../platform/orgs/schema.js';
import type { ListDeliberationsQuery } from './contract.js';
import { deliberationItem, deliberationMeeting } from './schema.js';
import { assertCan, meetingsOut } from './service.js';

export async function listMeetings(app: AppContext, actor: Actor, q: ListDeliberationsQuery) {
  assertCan(actor, 'deliberation.read', '查看集体讨论会议');
  const base = await listBase(app.db, actor, q.orgId);
  const item = (cond: SQL) =>
    exists(
      app.db
        .select({ one: deliberationItem.id })
        .from(deliberationItem)
        .where(and(eq(deliberationItem.meetingId, deliberationMeeting.id), cond)),
    );
  const where = and(
    orgPathWithin(base),
    q.state ? eq(deliberationMeeting.state, q.state) : undefined,
    q.caseId ? item(eq(deliberationItem.caseId, q.caseId)) : undefined,
    q.q ? item(ilike(deliberationItem.partyName, `%${q.q.replace(/[\\%_]/g, '\\$&')}%`)) : undefined,
    daysWithin(deliberationMeeting.heldOn, q.from, q.to),
  );
  const order = orderOf(
    { heldOn: deliberationMeeting.heldOn, createdAt: deliberationMeeting.createdAt },
    q,
    { sort: 'heldOn', order: 'desc' },
    deliberationMeeting.id,
  );
  const [rows, [{ total }]] = await Promise.all([
    app.db
      .select({ m: deliberationMeeting, orgName: org.name })
      .from(deliberationMeeting)
      .innerJoin(org, eq(org.id, deliberationMeeting.orgId))
      .where(where)
      .orderBy(...order)
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    app.db.select({ total: count() }).from(deliberationMeeting).innerJoin(org, eq(org.id, deliberationMeeting.orgId)).where(where),
  ]);
  const items = (await meetingsOut(app.db, rows, false)).map(({ items: _items, ...m }) => m);
  return { items, total, page: q.page, pageSize: q.pageSize };
}
