// 集体讨论会议: arranged by the leaders or the legal office of an org (who sits, who records), the
// cases awaiting deliberation in its subtree put on its agenda (read through the cases module's
// queries), each case concluded with every present member's vote, then closed by the head: the
// quorum and the conclusions checked (rules.ts), the minutes numbered, and each case's deliberation
// recorded by the cases module (event deliberation.closed) — all in one transaction with the
// ledger entry. Every change: one transaction, one ledger entry, the version checked in the UPDATE.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { holds } from '../../platform/auth/capabilities.js';
import { userAccount } from '../../platform/auth/schema.js';
import type { Actor, AppContext } from '../../platform/context.js';
import { chinaDate } from '../../platform/dates.js';
import type { Executor, Tx } from '../../platform/db/index.js';
import { issueInstrumentNumber } from '../../platform/documents/service.js';
import { Conflict, Forbidden, NotFound, RuleViolation, ValidationError } from '../../platform/errors.js';
import { appendEntry } from '../../platform/ledger/service.js';
import { isInSubtree } from '../../platform/orgs/rules.js';
import { org } from '../../platform/orgs/schema.js';
import { assertInSubtree, listBase, orgInScope } from '../../platform/orgs/scope.js';
import { caseForDeliberation, casesAwaitingDeliberation } from '../cases/queries.js';
import { deliberationCapabilities } from './capabilities.js';
import type { AddItemIn, CloseIn, ConcludeIn, CreateMeetingIn, ItemOut, MeetingOut, MembersIn } from './contract.js';
import { caseOpinion, closeProblem, conclusionProblem, membersProblem, type PersonFacts, type Problem, quorumOf, tally } from './rules.js';
import { deliberationItem, deliberationMeeting, type MeetingMember } from './schema.js';

type MeetingRow = typeof deliberationMeeting.$inferSelect;
type ItemRow = typeof deliberationItem.$inferSelect;

export function assertCan(actor: Actor, capability: keyof typeof deliberationCapabilities, what: string) {
  if (actor.userId !== null && !holds(deliberationCapabilities, actor.roles, capability)) throw new Forbidden(`当前角色无权${what}`);
}

const refuse = (p: Problem): never => {
  throw new RuleViolation(p.problem, p.field, p.article);
};

/** The meeting, if the actor may see it (their org's subtree). */
export async function meetingInScope(app: AppContext, actor: Actor, id: string, field = 'id', ex: Executor = app.db) {
  const [found] = await ex
    .select({ m: deliberationMeeting, orgPath: org.path, orgName: org.name })
    .from(deliberationMeeting)
    .innerJoin(org, eq(org.id, deliberationMeeting.orgId))
    .where(eq(deliberationMeeting.id, id));
  if (!found) throw new NotFound('集体讨论会议不存在', field);
  assertInSubtree(actor, found.orgPath, '集体讨论会议', field);
  return found;
}

/** The people named, with their roles and whether they work for the meeting's org. */
async function peopleOf(ex: Executor, orgId: string, ids: readonly string[]) {
  const rows = ids.length
    ? await ex
        .select({ id: userAccount.id, name: userAccount.displayName, orgId: userAccount.orgId, roles: userAccount.roles, status: userAccount.status })
        .from(userAccount)
        .where(inArray(userAccount.id, [...new Set(ids)]))
    : [];
  const facts = new Map<string, PersonFacts>(rows.map((r) => [r.id, { roles: r.roles, inOrg: r.orgId === orgId && r.status === 'active' }]));
  const names = new Map(rows.map((r) => [r.id, r.name]));
  return { facts, names };
}

async function membersOf(ex: Executor, orgId: string, input: CreateMeetingIn['members']): Promise<MeetingMember[]> {
  const { facts, names } = await peopleOf(
    ex,
    orgId,
    input.map((m) => m.userId),
  );
  const problem = membersProblem(input, facts);
  if (problem) refuse(problem);
  return input.map((m) => ({
    userId: m.userId,
    name: names.get(m.userId) ?? '',
    kind: m.kind,
    present: m.present,
    absenceReason: m.present ? null : (m.absenceReason?.trim() ?? null),
  }));
}

function itemOut(i: ItemRow): ItemOut {
  return {
    id: i.id,
    caseId: i.caseId,
    position: i.position,
    partyName: i.partyName,
    caseSummary: i.caseSummary,
    proposal: i.proposal,
    investigatorIds: i.investigatorIds,
    reportSummary: i.reportSummary,
    legalOpinion: i.legalOpinion,
    votes: i.votes,
    tally: tally(i.votes),
    conclusion: i.conclusion,
    conclusionText: i.conclusionText,
    dissent: i.dissent,
  };
}

export async function meetingsOut(ex: Executor, rows: { m: MeetingRow; orgName: string }[], withItems: boolean): Promise<MeetingOut[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.m.id);
  const items = await ex.select().from(deliberationItem).where(inArray(deliberationItem.meetingId, ids)).orderBy(asc(deliberationItem.position));
  const people = await ex
    .select({ id: userAccount.id, name: userAccount.displayName })
    .from(userAccount)
    .where(inArray(userAccount.id, [...new Set(rows.flatMap((r) => [r.m.chairId, r.m.recorderId]))]));
  const name = new Map(people.map((p) => [p.id, p.name]));
  return rows.map(({ m, orgName }) => {
    const own = items.filter((i) => i.meetingId === m.id);
    return {
      id: m.id,
      orgId: m.orgId,
      orgName,
      heldOn: m.heldOn,
      place: m.place,
      chairId: m.chairId,
      chairName: name.get(m.chairId) ?? '',
      recorderId: m.recorderId,
      recorderName: name.get(m.recorderId) ?? '',
      members: m.members,
      quorum: quorumOf(m.members),
      state: m.state,
      minutesNumber: m.minutesNumber,
      closedAt: m.closedAt,
      itemCount: own.length,
      items: withItems ? own.map(itemOut) : [],
      version: m.version,
    };
  });
}

export async function getMeeting(app: AppContext, actor: Actor, id: string): Promise<MeetingOut> {
  assertCan(actor, 'deliberation.read', '查看集体讨论会议');
  const { m, orgName } = await meetingInScope(app, actor, id);
  return (await meetingsOut(app.db, [{ m, orgName }], true))[0];
}

const chairOf = (members: readonly MeetingMember[]) => members.find((m) => m.kind === 'chair')!.userId;

export async function createMeeting(app: AppContext, actor: Actor, input: CreateMeetingIn): Promise<MeetingOut> {
  assertCan(actor, 'deliberation.manage', '安排集体讨论会议');
  const owner = await orgInScope(app.db, actor, input.orgId);
  const members = await membersOf(app.db, owner.id, input.members);
  const recorder = (await peopleOf(app.db, owner.id, [input.recorderId])).facts.get(input.recorderId);
  if (!recorder?.inOrg) throw new ValidationError('记录人须为本机关工作人员', 'recorderId');
  const now = app.clock.now();
  const id = await app.db.transaction(async (tx) => {
    const values = { orgId: owner.id, heldOn: input.heldOn, place: input.place, chairId: chairOf(members), recorderId: input.recorderId, members };
    const [row] = await tx
      .insert(deliberationMeeting)
      .values({ ...values, createdBy: actor.userId ?? input.recorderId, createdAt: now })
      .returning({ id: deliberationMeeting.id });
    await appendEntry(tx, app, {
      orgId: owner.id,
      actorId: actor.userId,
      action: 'deliberation.created',
      subjectType: 'deliberationMeeting',
      subjectId: row.id,
      payload: values,
    });
    return row.id;
  });
  return getMeeting(app, actor, id);
}

/** An open meeting for a change, after the capability and the scope. */
async function openMeeting(app: AppContext, actor: Actor, id: string, version: number) {
  const found = await meetingInScope(app, actor, id);
  if (found.m.state !== 'open') throw new RuleViolation('会议已结束，不能再修改', 'state');
  if (found.m.version !== version) throw new Conflict(`该会议已被他人更新（当前版本 ${found.m.version}），请刷新后重试`, 'version');
  return found;
}

/** Writes the meeting's new version (checked again in the UPDATE) and the act's ledger entry. */
async function bump(tx: Tx, app: AppContext, actor: Actor, m: MeetingRow, action: string, payload: Record<string, unknown>, set: Partial<MeetingRow> = {}) {
  const [written] = await tx
    .update(deliberationMeeting)
    .set({ ...set, version: m.version + 1 })
    .where(and(eq(deliberationMeeting.id, m.id), eq(deliberationMeeting.version, m.version)))
    .returning();
  if (!written) throw new Conflict('该会议已被他人更新，请刷新后重试', 'version');
  const { seq } = await appendEntry(tx, app, {
    orgId: m.orgId,
    actorId: actor.userId,
    action,
    subjectType: 'deliberationMeeting',
    subjectId: m.id,
    payload: { version: m.version + 1, ...payload },
  });
  return { written, seq };
}

/** Attendance as it turned out (出席、缺席及原因), before the meeting closes. */
export async function setMembers(app: AppContext, actor: Actor, id: string, input: MembersIn): Promise<MeetingOut> {
  assertCan(actor, 'deliberation.manage', '登记参会人员');
  const { m } = await openMeeting(app, actor, id, input.version);
  const members = await membersOf(app.db, m.orgId, input.members);
  await app.db.transaction((tx) => bump(tx, app, actor, m, 'deliberation.membersSet', { members }, { members, chairId: chairOf(members) }));
  return getMeeting(app, actor, id);
}

/** The cases of the subtree awaiting deliberation, with the open meeting each is already on. */
export async function awaitingCases(app: AppContext, actor: Actor, orgId?: string) {
  assertCan(actor, 'deliberation.read', '查看待集体讨论的案件');
  const base = await listBase(app.db, actor, orgId);
  const cases = await casesAwaitingDeliberation(app.db, base);
  const on = await openItemsOf(
    app.db,
    cases.map((c) => c.id),
  );
  return cases.map((c) => ({
    id: c.id,
    orgId: c.orgId,
    partyName: c.partyName,
    summary: c.summary,
    stateName: c.stateName,
    penalty: c.penalty,
    legalOpinion: c.legalOpinion,
    onMeetingId: on.get(c.id) ?? null,
  }));
}

async function openItemsOf(ex: Executor, caseIds: readonly string[]): Promise<Map<string, string>> {
  if (caseIds.length === 0) return new Map();
  const rows = await ex
    .select({ caseId: deliberationItem.caseId, meetingId: deliberationItem.meetingId })
    .from(deliberationItem)
    .innerJoin(deliberationMeeting, eq(deliberationMeeting.id, deliberationItem.meetingId))
    .where(and(inArray(deliberationItem.caseId, [...caseIds]), eq(deliberationMeeting.state, 'open')));
  return new Map(rows.map((r) => [r.caseId, r.meetingId]));
}

/** 列入议题: a case of the meeting org's subtree that awaits deliberation and is on no other open meeting. */
export async function addItem(app: AppContext, actor: Actor, id: string, input: AddItemIn): Promise<MeetingOut> {
  assertCan(actor, 'deliberation.manage', '列入集体讨论议题');
  const { m, orgPath } = await openMeeting(app, actor, id, input.version);
  const c = await caseForDeliberation(app.db, input.caseId);
  if (!c) throw new NotFound('案件不存在', 'caseId');
  assertInSubtree(actor, c.orgPath, '案件', 'caseId');
  if (!isInSubtree(orgPath, c.orgPath)) throw new RuleViolation('只能讨论本机关及下级机构的案件', 'caseId', '行政处罚法 第五十七条');
  if (!c.awaiting) throw new RuleViolation(`案件处于「${c.stateName}」，不在集体讨论环节（须先提请集体讨论）`, 'caseId', '行政处罚法 第五十七条第二款');
  const elsewhere = (await openItemsOf(app.db, [c.id])).get(c.id);
  if (elsewhere) throw new Conflict(elsewhere === m.id ? '该案件已列入本次会议' : '该案件已列入另一次尚未结束的集体讨论会议', 'caseId');
  const items = await app.db.select({ position: deliberationItem.position }).from(deliberationItem).where(eq(deliberationItem.meetingId, m.id));
  const item = {
    meetingId: m.id,
    caseId: c.id,
    position: Math.max(0, ...items.map((i) => i.position)) + 1,
    partyName: c.partyName,
    caseSummary: c.summary,
    proposal: c.penalty,
    investigatorIds: c.investigatorIds,
    reportSummary: input.reportSummary,
    legalOpinion: c.legalOpinion,
  };
  await app.db.transaction(async (tx) => {
    await tx.insert(deliberationItem).values(item);
    await bump(tx, app, actor, m, 'deliberation.itemAdded', { item });
  });
  return getMeeting(app, actor, id);
}

/** 表决和结论 on one case: every present member's vote, the conclusion carried, dissent written down. */
export async function concludeItem(app: AppContext, actor: Actor, id: string, itemId: string, input: ConcludeIn): Promise<MeetingOut> {
  assertCan(actor, 'deliberation.manage', '记录集体讨论表决');
  const { m } = await openMeeting(app, actor, id, input.version);
  const [item] = await app.db
    .select()
    .from(deliberationItem)
    .where(and(eq(deliberationItem.id, itemId), eq(deliberationItem.meetingId, m.id)));
  if (!item) throw new NotFound('本次会议没有该议题', 'itemId');
  const problem = conclusionProblem(input, m.members, { investigatorIds: item.investigatorIds, hasProposal: item.proposal !== null });
  if (problem) refuse(problem);
  const names = new Map(m.members.map((x) => [x.userId, x.name]));
  const votes = input.votes.map((v) => ({ userId: v.userId, name: names.get(v.userId) ?? '', vote: v.vote, opinion: v.opinion?.trim() ?? '' }));
  const set = { votes, conclusion: input.conclusion, conclusionText: input.conclusionText, dissent: input.dissent?.trim() || null };
  await app.db.transaction(async (tx) => {
    await tx.update(deliberationItem).set(set).where(eq(deliberationItem.id, item.id));
    await bump(tx, app, actor, m, 'deliberation.concluded', { itemId: item.id, caseId: item.caseId, ...set });
  });
  return getMeeting(app, actor, id);
}

/**
 * 结束会议: held, quorate and every case concluded; the minutes take their number, and every case's
 * deliberation is recorded by the cases module in the same transaction (deliberation.closed).
 */
export async function closeMeeting(app: AppContext, actor: Actor, id: string, input: CloseIn): Promise<MeetingOut> {
  assertCan(actor, 'deliberation.close', '结束集体讨论会议');
  const { m } = await openMeeting(app, actor, id, input.version);
  if (m.heldOn > chinaDate(app.clock.now())) throw new RuleViolation(`会议定于 ${m.heldOn} 召开，尚未召开不能结束`, 'heldOn');
  const items = await app.db.select().from(deliberationItem).where(eq(deliberationItem.meetingId, m.id)).orderBy(asc(deliberationItem.position));
  const problem = closeProblem(m.members, items);
  if (problem) refuse(problem);
  await app.db.transaction(async (tx) => {
    const { number } = await issueInstrumentNumber(tx, app, actor, {
      orgId: m.orgId,
      type: 'deliberationMinutes',
      subjectType: 'deliberationMeeting',
      subjectId: m.id,
    });
    const concluded = items.map((i) => ({
      caseId: i.caseId,
      conclusion: i.conclusion!,
      opinion: caseOpinion({ heldOn: m.heldOn, minutesNumber: number }, { conclusion: i.conclusion!, conclusionText: i.conclusionText ?? '', votes: i.votes }),
    }));
    const { seq } = await bump(
      tx,
      app,
      actor,
      m,
      'deliberation.closed',
      { minutesNumber: number, quorum: quorumOf(m.members), items: concluded },
      { state: 'closed', minutesNumber: number, closedBy: actor.userId, closedAt: app.clock.now() },
    );
    await app.events.publish({ tx, actor, actSeq: seq }, 'deliberation.closed', {
      meetingId: m.id,
      orgId: m.orgId,
      heldOn: m.heldOn,
      minutesNumber: number,
      items: concluded,
    });
  });
  return getMeeting(app, actor, id);
}
