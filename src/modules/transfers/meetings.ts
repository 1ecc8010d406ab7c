// 联席会议 of the 行刑衔接 mechanism (衔接办法 协作机制: 定期召开联席会议, 以会议纪要等方式明确议定
// 事项; 条号待核): the day, the organisations there, the topics and what was agreed. Recorded once,
// with its ledger entry; listed for the org's subtree.
import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import type { Actor, AppContext } from '../../platform/context.js';
import { chinaDate } from '../../platform/dates.js';
import { ValidationError } from '../../platform/errors.js';
import { appendEntry } from '../../platform/ledger/service.js';
import { daysWithin } from '../../platform/lists.js';
import { org } from '../../platform/orgs/schema.js';
import { listBase, orgInScope, orgPathWithin } from '../../platform/orgs/scope.js';
import type { JointMeetingIn, JointMeetingOut } from './contract.js';
import { jointMeeting } from './schema.js';
import { assertCan } from './service.js';

const out = (m: typeof jointMeeting.$inferSelect, orgName: string): JointMeetingOut => ({
  id: m.id,
  orgId: m.orgId,
  orgName,
  heldOn: m.heldOn,
  participants: m.participants,
  topics: m.topics,
  conclusions: m.conclusions,
});

export async function recordJointMeeting(app: AppContext, actor: Actor, input: JointMeetingIn): Promise<JointMeetingOut> {
  assertCan(actor, 'criminalTransfer.record', '登记联席会议');
  const owner = await orgInScope(app.db, actor, input.orgId);
  const on = chinaDate(app.clock.now());
  if (input.heldOn > on) throw new ValidationError(`会议日期不能晚于今天（${on}），会议召开后再登记`, 'heldOn');
  const participants = [...new Set(input.participants.map((p) => p.trim()))];
  if (participants.length < 2) throw new ValidationError('参会单位不能重复，请填写至少两个不同的单位', 'participants');
  const values = { orgId: owner.id, heldOn: input.heldOn, participants, topics: input.topics.trim(), conclusions: input.conclusions.trim() };
  const row = await app.db.transaction(async (tx) => {
    const [m] = await tx
      .insert(jointMeeting)
      .values({ ...values, createdBy: actor.userId, createdAt: app.clock.now() })
      .returning();
    await appendEntry(tx, app, {
      orgId: owner.id,
      actorId: actor.userId,
      action: 'jointMeeting.recorded',
      subjectType: 'jointMeeting',
      subjectId: m.id,
      payload: values,
    });
    return m;
  });
  return out(row, owner.name);
}

export async function listJointMeetings(app: AppContext, actor: Actor, q: { orgId?: string; from?: string; to?: string; page: number; pageSize: number }) {
  assertCan(actor, 'criminalTransfer.read', '查看联席会议');
  const base = await listBase(app.db, actor, q.orgId);
  const where = and(orgPathWithin(base), daysWithin(jointMeeting.heldOn, q.from, q.to)) as SQL;
  const [rows, [{ total }]] = await Promise.all([
    app.db
      .select({ m: jointMeeting, orgName: org.name })
      .from(jointMeeting)
      .innerJoin(org, eq(org.id, jointMeeting.orgId))
      .where(where)
      .orderBy(desc(jointMeeting.heldOn), desc(jointMeeting.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    app.db.select({ total: count() }).from(jointMeeting).innerJoin(org, eq(org.id, jointMeeting.orgId)).where(where),
  ]);
  return { items: rows.map((r) => out(r.m, r.orgName)), total, page: q.page, pageSize: q.pageSize };
}
