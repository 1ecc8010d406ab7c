// 约谈: a bureau records a summons it held — of an enterprise of its subtree, the government of a
// locality below it, or a department — with who summoned whom, the matters and the commitments made,
// and the day the rectification is followed up (on the agenda until it is); then the follow-up as it
// turned out. Every change: one transaction, one ledger entry, the version checked in the UPDATE.
import { and, eq, inArray } from 'drizzle-orm';
import { userAccount } from '../../platform/auth/schema.js';
import type { Actor, AppContext } from '../../platform/context.js';
import { chinaDate } from '../../platform/dates.js';
import type { Executor, Tx } from '../../platform/db/index.js';
import { Conflict, Forbidden, NotFound, ValidationError } from '../../platform/errors.js';
import { appendEntry } from '../../platform/ledger/service.js';
import { isInSubtree } from '../../platform/orgs/rules.js';
import { org } from '../../platform/orgs/schema.js';
import { assertInSubtree, orgInScope, orgPathWithin } from '../../platform/orgs/scope.js';
import { casesForPublication } from '../cases/queries.js';
import { enterpriseById, enterpriseOrgPaths } from '../registry/queries.js';
import type { SummonsIn, SummonsOut } from './contract.js';
import { agendaEntry, followUpProblem, summonsProblem } from './rules.js';
import { summons } from './schema.js';
import { assertCan, refuse } from './service.js';

export type SummonsRow = typeof summons.$inferSelect;

export async function summonsInScope(app: AppContext, actor: Actor, id: string, field = 'id') {
  const [found] = await app.db
    .select({ s: summons, orgPath: org.path, orgName: org.name })
    .from(summons)
    .innerJoin(org, eq(org.id, summons.orgId))
    .where(eq(summons.id, id));
  if (!found) throw new NotFound('约谈记录不存在', field);
  assertInSubtree(actor, found.orgPath, '约谈记录', field);
  return found;
}

export async function summonsesOut(ex: Executor, rows: { s: SummonsRow; orgName: string }[]): Promise<SummonsOut[]> {
  if (rows.length === 0) return [];
  const people = await ex
    .select({ id: userAccount.id, name: userAccount.displayName })
    .from(userAccount)
    .where(inArray(userAccount.id, [...new Set(rows.map((r) => r.s.recordedBy))]));
  const name = new Map(people.map((p) => [p.id, p.name]));
  return rows.map(({ s, orgName }) => ({
    id: s.id,
    orgId: s.orgId,
    orgName,
    targetKind: s.targetKind,
    enterpriseId: s.enterpriseId,
    targetOrgId: s.targetOrgId,
    targetName: s.targetName,
    heldOn: s.heldOn,
    place: s.place,
    summoners: s.summoners,
    summoned: s.summoned,
    matters: s.matters,
    commitments: s.commitments,
    caseId: s.caseId,
    followUpOn: s.followUpOn,
    state: s.state,
    followedUpOn: s.followedUpOn,
    followUpResult: s.followUpResult,
    recordedByName: name.get(s.recordedBy) ?? '',
    version: s.version,
  }));
}

export async function getSummons(app: AppContext, actor: Actor, id: string): Promise<SummonsOut> {
  assertCan(actor, 'exposure.read', '查看约谈记录');
  const { s, orgName } = await summonsInScope(app, actor, id);
  return (await summonsesOut(app.db, [{ s, orgName }]))[0];
}

/** Whom the summons is of: an enterprise or an org of the bureau's subtree, or a department named. */
async function targetOf(app: AppContext, ownerPath: string, input: SummonsIn) {
  if (input.targetKind === 'enterprise') {
    if (!input.enterpriseId) throw new ValidationError('请选择被约谈企业', 'enterpriseId');
    const e = await enterpriseById(app.db, input.enterpriseId);
    if (!e) throw new NotFound('企业不存在', 'enterpriseId');
    const [p] = await enterpriseOrgPaths(app.db, [e.id]);
    if (!isInSubtree(ownerPath, p.path)) throw new Forbidden('只能约谈本机关及下级机构监管的企业', 'enterpriseId');
    return { enterpriseId: e.id, targetOrgId: null, targetName: e.name };
  }
  if (input.targetOrgId) {
    const [o] = await app.db.select({ id: org.id, name: org.name, path: org.path }).from(org).where(eq(org.id, input.targetOrgId));
    if (!o) throw new NotFound('被约谈单位不存在', 'targetOrgId');
    if (!isInSubtree(ownerPath, o.path) || o.path === ownerPath) throw new Forbidden('只能约谈下级人民政府或部门', 'targetOrgId');
    const name = input.targetName?.trim() || o.name;
    return { enterpriseId: null, targetOrgId: o.id, targetName: name };
  }
  if (!input.targetName?.trim()) throw new ValidationError('请填写被约谈单位名称', 'targetName');
  return { enterpriseId: null, targetOrgId: null, targetName: input.targetName.trim() };
}

/** 登记约谈. */
export async function recordSummons(app: AppContext, actor: Actor, input: SummonsIn): Promise<SummonsOut> {
  assertCan(actor, 'summons.record', '登记约谈');
  if (actor.userId === null) throw new ValidationError('须由工作人员登记', 'targetKind');
  const owner = await orgInScope(app.db, actor, input.orgId ?? (actor.orgId as string));
  const today = chinaDate(app.clock.now());
  const p = summonsProblem(input, today);
  if (p) refuse(p);
  const target = await targetOf(app, owner.path, input);
  if (input.caseId) {
    const [c] = await casesForPublication(app.db, [input.caseId]);
    if (!c) throw new NotFound('案件不存在', 'caseId');
    if (!isInSubtree(owner.path, c.orgPath)) throw new Forbidden('只能关联本机关及下级机构的案件', 'caseId');
  }
  const values = {
    orgId: owner.id,
    targetKind: input.targetKind,
    ...target,
    heldOn: input.heldOn,
    place: input.place,
    summoners: input.summoners,
    summoned: input.summoned,
    matters: input.matters,
    commitments: input.commitments,
    caseId: input.caseId ?? null,
    followUpOn: input.followUpOn,
  };
  const id = await app.db.transaction(async (tx: Tx) => {
    const [row] = await tx
      .insert(summons)
      .values({ ...values, recordedBy: actor.userId as string, createdAt: app.clock.now() })
      .returning({ id: summons.id });
    await appendEntry(tx, app, {
      orgId: owner.id,
      actorId: actor.userId,
      action: 'summons.recorded',
      subjectType: 'summons',
      subjectId: row.id,
      payload: values,
    });
    return row.id;
  });
  return getSummons(app, actor, id);
}

/** 整改跟踪: how the commitments were kept, on or after the summons; the summons leaves the agenda. */
export async function followUpSummons(app: AppContext, actor: Actor, id: string, input: { version: number; followedUpOn: string; result: string }) {
  assertCan(actor, 'summons.record', '登记整改跟踪情况');
  const { s } = await summonsInScope(app, actor, id);
  if (s.version !== input.version) throw new Conflict(`该约谈记录已被他人更新（当前版本 ${s.version}），请刷新后重试`, 'version');
  const p = followUpProblem(s, input.followedUpOn, chinaDate(app.clock.now()));
  if (p) throw p.field === 'state' ? new Conflict(p.problem, p.field) : new ValidationError(p.problem, p.field);
  await app.db.transaction(async (tx: Tx) => {
    const set = { state: 'followedUp' as const, followedUpOn: input.followedUpOn, followUpResult: input.result, followedUpBy: actor.userId };
    const [done] = await tx
      .update(summons)
      .set({ ...set, version: s.version + 1 })
      .where(and(eq(summons.id, s.id), eq(summons.version, s.version)))
      .returning({ id: summons.id });
    if (!done) throw new Conflict('该约谈记录已被他人更新，请刷新后重试', 'version');
    await appendEntry(tx, app, {
      orgId: s.orgId,
      actorId: actor.userId,
      action: 'summons.followedUp',
      subjectType: 'summons',
      subjectId: s.id,
      payload: { followedUpOn: input.followedUpOn, result: input.result, followUpOn: s.followUpOn },
    });
  });
  return getSummons(app, actor, id);
}

/** The agenda: summonses of the subtree whose follow-up falls within the window or is past, late first. */
export async function summonsAgenda(app: AppContext, actor: Actor) {
  assertCan(actor, 'exposure.read', '查看约谈整改跟踪');
  const today = chinaDate(app.clock.now());
  const rows = await app.db
    .select({ s: summons, orgName: org.name })
    .from(summons)
    .innerJoin(org, eq(org.id, summons.orgId))
    .where(and(orgPathWithin(actor.orgPath), eq(summons.state, 'recorded')));
  const out = await summonsesOut(app.db, rows);
  const items = out.flatMap((s) => {
    const a = agendaEntry(s, today);
    return a ? [{ ...s, ...a }] : [];
  });
  return { today, items: items.sort((a, b) => a.daysLeft - b.daysLeft || a.targetName.localeCompare(b.targetName)) };
}
