// The draws module's read side: a draw within the actor's subtree, the list, and the detail with
// the names of the enterprises and officers its result and re-draws mention.
import { desc, eq, inArray, sql } from 'drizzle-orm';
import { userAccount } from '../../platform/auth/schema.js';
import type { Actor, AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/index.js';
import { NotFound } from '../../platform/errors.js';
import { org } from '../../platform/orgs/schema.js';
import { assertInSubtree, listBase, orgPathWithin } from '../../platform/orgs/scope.js';
import { drawTaskCount } from '../inspections/tasks/draw-tasks.js';
import { enterprisesByIds } from '../registry/queries.js';
import { beaconTime, beijingIso } from './beacon.js';
import type { DrawDetail } from './contract.js';
import type { DrawResult } from './rules.js';
import { draw, drawSnapshot, spotCheckMatter } from './schema.js';
import { stratumNames } from './strata.js';
import { drawTally } from './tally.js';

type DrawRow = typeof draw.$inferSelect;

export async function drawInScope(ex: Executor, actor: Actor, id: string) {
  const [row] = await ex
    .select({ d: draw, org, m: spotCheckMatter })
    .from(draw)
    .innerJoin(org, eq(org.id, draw.orgId))
    .innerJoin(spotCheckMatter, eq(spotCheckMatter.id, draw.matterId))
    .where(eq(draw.id, id));
  if (!row) throw new NotFound('抽取不存在', 'id');
  assertInSubtree(actor, row.org.path, '抽取');
  return row;
}

export async function listDraws(app: AppContext, actor: Actor, q: { orgId?: string; page: number; pageSize: number }) {
  const base = await listBase(app.db, actor, q.orgId);
  const where = orgPathWithin(base);
  const rows = await app.db
    .select({ d: draw, org, m: spotCheckMatter })
    .from(draw)
    .innerJoin(org, eq(org.id, draw.orgId))
    .innerJoin(spotCheckMatter, eq(spotCheckMatter.id, draw.matterId))
    .where(where)
    .orderBy(desc(draw.announcedAt))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [{ total }] = await app.db.select({ total: sql<number>`count(*)::int` }).from(draw).innerJoin(org, eq(org.id, draw.orgId)).where(where);
  return { items: rows.map((r) => summaryOf(r.d, r.org.name, r.m)), total };
}

export function summaryOf(d: DrawRow, orgName: string, m: typeof spotCheckMatter.$inferSelect) {
  const beacon = beaconTime(d.params.beacon);
  return {
    id: d.id,
    orgId: d.orgId,
    orgName,
    matterCode: m.code,
    matterName: m.name,
    planId: d.planId,
    name: d.name,
    status: d.status,
    drawDate: d.params.drawDate,
    total: d.params.total,
    beaconSource: d.params.beacon.source,
    beaconExpectedAt: beijingIso(beacon.at),
    beaconDateOnly: beacon.dateOnly,
    beaconFormat: d.params.beacon.format,
    announcedAt: d.announcedAt,
    drawnAt: d.drawnAt,
    version: d.version,
  };
}

export async function namesOf(ex: Executor, result: DrawResult | null) {
  const eIds = new Set<string>();
  const oIds = new Set<string>();
  for (const e of result?.enterprises ?? []) {
    eIds.add(e.enterpriseId);
    for (const o of e.officerIds) oIds.add(o);
  }
  for (const r of result?.redraws ?? []) {
    eIds.add(r.withdrawal.enterpriseId);
    if (r.replacementEnterpriseId) eIds.add(r.replacementEnterpriseId);
    if (r.withdrawal.kind === 'officer') oIds.add(r.withdrawal.officerId);
    for (const o of r.addedOfficerIds) oIds.add(o);
  }
  const es = [...(await enterprisesByIds(ex, eIds)).values()].map((e) => ({ id: e.id, name: e.name, uscc: e.uscc }));
  const os = oIds.size
    ? await ex
        .select({ id: userAccount.id, name: userAccount.displayName })
        .from(userAccount)
        .where(inArray(userAccount.id, [...oIds]))
    : [];
  return { enterprises: new Map(es.map((e) => [e.id, e])), officers: new Map(os.map((o) => [o.id, o.name])) };
}

export async function getDraw(app: AppContext, actor: Actor, id: string): Promise<DrawDetail> {
  const { d, org: o, m } = await drawInScope(app.db, actor, id);
  const [counts] = await app.db.select({ e: drawSnapshot.enterpriseCount, o: drawSnapshot.officerCount }).from(drawSnapshot).where(eq(drawSnapshot.drawId, id));
  const names = await namesOf(app.db, d.result);
  const tasks = await drawTaskCount(app.db, id);
  const enterpriseName = (eid: string) => names.enterprises.get(eid)?.name ?? '';
  const strata = await stratumNames(
    app.db,
    m.strataBy,
    (d.result?.enterprises ?? []).map((e) => e.stratum),
  );
  return {
    ...summaryOf(d, o.name, m),
    weights: d.params.weights ?? null,
    snapshotDigest: d.snapshotDigest,
    paramsDigest: d.paramsDigest,
    commitment: d.commitment,
    beacon: d.beacon,
    seed: d.result?.seed ?? null,
    enterpriseCount: counts.e,
    officerCount: counts.o,
    taskCount: tasks,
    enterprises: (d.result?.enterprises ?? []).map((e) => ({
      enterpriseId: e.enterpriseId,
      name: enterpriseName(e.enterpriseId),
      uscc: names.enterprises.get(e.enterpriseId)?.uscc ?? '',
      stratum: e.stratum,
      stratumName: strata.get(e.stratum) ?? e.stratum,
      officers: e.officerIds.map((oid) => ({ id: oid, name: names.officers.get(oid) ?? '' })),
    })),
    failures: (d.result?.failures ?? []).map((f) => ({ enterpriseId: f.enterpriseId, message: f.message })),
    tally: d.result ? drawTally(d.result, d.params, tasks) : null,
    redraws: (d.result?.redraws ?? []).map((r) => ({
      seq: r.seq,
      kind: r.withdrawal.kind,
      enterpriseId: r.withdrawal.enterpriseId,
      enterpriseName: enterpriseName(r.withdrawal.enterpriseId),
      officerId: r.withdrawal.kind === 'officer' ? r.withdrawal.officerId : null,
      officerName: r.withdrawal.kind === 'officer' ? (names.officers.get(r.withdrawal.officerId) ?? '') : null,
      reason: r.withdrawal.reason,
      replacementEnterpriseId: r.replacementEnterpriseId,
      replacementName: r.replacementEnterpriseId ? enterpriseName(r.replacementEnterpriseId) : null,
      addedOfficerIds: r.addedOfficerIds,
      addedOfficerNames: r.addedOfficerIds.map((o) => names.officers.get(o) ?? ''),
    })),
  };
}
