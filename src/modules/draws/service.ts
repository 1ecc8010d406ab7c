import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { gunzip, gunzipSync, gzip } from 'node:zlib';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { userAccount } from '../../platform/auth/schema.js';
import type { Actor, AppContext } from '../../platform/context.js';
import type { Executor, Tx } from '../../platform/db/index.js';
import { chinaDate } from '../../platform/dates.js';
import { Conflict, NotFound, RuleViolation, ValidationError } from '../../platform/errors.js';
import { payloadDigest } from '../../platform/ledger/chain.js';
import { hash } from '../../platform/ledger/hash.js';
import { ledgerEntry } from '../../platform/ledger/schema.js';
import { appendEntry } from '../../platform/ledger/service.js';
import { drawTaskCount, drawTaskOf } from '../inspections/tasks/draw-tasks.js';
import { org } from '../../platform/orgs/schema.js';
import { enterprisesByIds } from '../registry/queries.js';
import { assertAnnouncementPrecedesBeacon, beaconTime, beijingIso, beijingTime } from './beacon.js';
import type { AnnounceIn, DrawDetail, WithdrawalIn } from './contract.js';
import { consultableHistory } from './draw.js';
import { matterInScope } from './matters.js';
import { canonicalParams, paramsDigest as paramsDigestOf, type DrawParams } from './params.js';
import { assignmentHistory, inspectorPool, targetPool } from './pool.js';
import { redraw } from './redraw.js';
import { stratumNames } from './strata.js';
import { drawTally } from './tally.js';
import { drawPrepared, prepareHeld, type DrawResult, type HeldSnapshot, type Withdrawal } from './rules.js';
import { hold, heldSnapshot } from './held.js';
import { draw, drawSnapshot, drawWithdrawal, spotCheckMatter } from './schema.js';
import { commitment } from './seed.js';
import { canonicalSnapshot, snapshotDigest as digestOfSnapshot, snapshotJson, type PoolSnapshot } from './snapshot.js';
import { assertInSubtree, listBase, orgPathWithin } from '../../platform/orgs/scope.js';

type DrawRow = typeof draw.$inferSelect;

/** The statuses an enterprise in the pool is never drawn in. */
const EXCLUDED_STATUSES = ['closed'];

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

/** The stored gzip of the snapshot's canonical JSON, as published. */
export async function snapshotGz(ex: Executor, drawId: string): Promise<Buffer> {
  const [s] = await ex.select({ content: drawSnapshot.content }).from(drawSnapshot).where(eq(drawSnapshot.drawId, drawId));
  if (!s) throw new NotFound('抽取的名录库快照不存在', 'id');
  return s.content;
}

export async function loadSnapshot(ex: Executor, drawId: string): Promise<PoolSnapshot> {
  return JSON.parse(gunzipSync(await snapshotGz(ex, drawId)).toString('utf8')) as PoolSnapshot;
}

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

/**
 * The draw's snapshot, canonical, with its digest: held since the announcement, else the stored
 * copy. Stored bytes that hash to the announced digest are the canonical JCS the announcement
 * wrote, so they need no second canonicalisation; any others are taken as they were before
 * (canonicalised and hashed), so the draw's result names the digest they really have.
 */
async function snapshotOf(ex: Executor, d: DrawRow): Promise<HeldSnapshot> {
  const kept = heldSnapshot(d.id, d.snapshotDigest);
  if (kept) return kept;
  const bytes = await gunzipAsync(await snapshotGz(ex, d.id));
  const parsed = JSON.parse(bytes.toString('utf8')) as PoolSnapshot;
  const digest = hash(d.params.alg, bytes);
  if (digest.toString('hex') === d.snapshotDigest) return { snapshot: parsed, digest };
  const snapshot = canonicalSnapshot(parsed);
  return { snapshot, digest: digestOfSnapshot(snapshot, d.params.alg) };
}

/** Hamilton weights default to the pool's own shares per stratum (proportional stratification). */
function strataOf(pool: PoolSnapshot['enterprises']): DrawParams['strata'] {
  const counts = new Map<string, number>();
  for (const e of pool) if (!EXCLUDED_STATUSES.includes(e.status)) counts.set(e.stratum, (counts.get(e.stratum) ?? 0) + 1);
  return [...counts].map(([key, weight]) => ({ key, weight }));
}

/**
 * 公告: fixes the pool snapshot, the parameters and the operator's commitment, and records their
 * digests in the ledger, before the public beacon the seed depends on is known.
 */
export async function announceDraw(app: AppContext, actor: Actor, input: AnnounceIn): Promise<DrawDetail> {
  const { m, org: owner } = await matterInScope(app.db, actor, input.matterId);
  if (!m.active) throw new RuleViolation('该抽查事项已停用，不能抽取', 'matterId');
  const today = chinaDate(app.clock.now());
  if (input.drawDate < today) throw new ValidationError('抽取日期不能早于今天', 'drawDate');
  // The beacon must become public after the announcement, or the operator could know it first;
  // checked now to spare the pool read, and again below against the ledger entry's own time.
  assertAnnouncementPrecedesBeacon(app.clock.now(), input.beacon);
  const enterprises = await targetPool(app.db, owner.path, m.targetFilter, m.strataBy);
  const officers = await inspectorPool(app.db, owner.path, input.drawDate);
  const inPool = new Set(enterprises.map((e) => e.id));
  const officerSet = new Set(officers.map((o) => o.id));
  for (const [i, x] of input.excludeEnterprises.entries())
    if (!inPool.has(x.enterpriseId)) throw new ValidationError('排除的企业不在本事项的检查对象名录库中', `excludeEnterprises.${i}.enterpriseId`);
  for (const [i, c] of input.conflicts.entries()) {
    if (!officerSet.has(c.officerId)) throw new ValidationError('申报回避的人员不在执法检查人员名录库中', `conflicts.${i}.officerId`);
    if (!inPool.has(c.enterpriseId)) throw new ValidationError('申报回避的企业不在检查对象名录库中', `conflicts.${i}.enterpriseId`);
  }
  const eligible = enterprises.filter((e) => !EXCLUDED_STATUSES.includes(e.status)).length;
  const total = input.total ?? Math.ceil((eligible * m.ratioPermille) / 1000);
  const snapshot = canonicalSnapshot({ enterprises, officers });
  const fixed: DrawParams = {
    alg: app.hashAlg,
    drawDate: input.drawDate,
    total,
    strata: strataOf(enterprises),
    excludeInspectedWithinMonths: input.excludeInspectedWithinMonths,
    excludeStatuses: EXCLUDED_STATUSES,
    excludeEnterprises: input.excludeEnterprises,
    perEnterprise: input.perEnterprise,
    conflicts: input.conflicts,
    history: [],
    repeatRecusalMonths: input.repeatRecusalMonths,
    teamDistinctOrgs: input.teamDistinctOrgs,
    beacon: input.beacon,
  };
  // The canonical JSON is fixed before the history is read, so its compression runs on the
  // thread pool from here until the transaction's last insert needs it (0.5 s at 100 000
  // enterprises when it ran inside the transaction).
  const json = Buffer.from(snapshotJson(snapshot), 'utf8');
  const gz = gzipAsync(json);
  gz.catch(() => undefined); // awaited below; this only keeps an early refusal from leaving it unhandled
  const digest = hash(app.hashAlg, json);
  const snapshotDigest = digest.toString('hex');
  // Without a recusal window or an officer no past pair can be consulted: no query.
  const past =
    input.repeatRecusalMonths > 0 && officers.length > 0 ? await assignmentHistory(app.db, owner.path, input.drawDate, input.repeatRecusalMonths) : [];
  const history = consultableHistory(past, snapshot, fixed);
  const params = canonicalParams({ ...fixed, history });
  const secret = randomBytes(32).toString('hex');
  const c = commitment(app.hashAlg, secret);
  const paramsDigest = paramsDigestOf(params).toString('hex');
  const now = app.clock.now();
  const id = await app.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(draw)
      .values({
        orgId: owner.id,
        matterId: m.id,
        planId: input.planId ?? null,
        name: input.name,
        status: 'announced',
        params,
        snapshotDigest,
        paramsDigest,
        commitment: c,
        secret,
        announcedAt: now,
        announcedBy: actor.userId,
        announceSeq: 0,
      })
      .returning({ id: draw.id });
    const entry = await appendEntry(tx, app, {
      orgId: owner.id,
      actorId: actor.userId,
      action: 'draw.announce',
      subjectType: 'draw',
      subjectId: row.id,
      payload: {
        drawId: row.id,
        matterCode: m.code,
        name: input.name,
        drawDate: input.drawDate,
        alg: app.hashAlg,
        snapshotDigest,
        paramsDigest,
        commitment: c,
        beacon: input.beacon,
        enterpriseCount: snapshot.enterprises.length,
        officerCount: snapshot.officers.length,
        total,
      },
    });
    assertAnnouncementPrecedesBeacon(await ledgerTime(tx, entry.seq), params.beacon);
    await tx.update(draw).set({ announceSeq: entry.seq }).where(eq(draw.id, row.id));
    await tx
      .insert(drawSnapshot)
      .values({ drawId: row.id, content: await gz, enterpriseCount: snapshot.enterprises.length, officerCount: snapshot.officers.length });
    return row.id;
  });
  hold(id, { snapshot, digest });
  return getDraw(app, actor, id);
}

/** The ledger's own timestamp of an act: what the public order check is made against. */
async function ledgerTime(ex: Executor, seq: number): Promise<Date> {
  const [e] = await ex.select({ at: ledgerEntry.at }).from(ledgerEntry).where(eq(ledgerEntry.seq, seq));
  if (!e) throw new NotFound(`执法记录第 ${seq} 条不存在`, 'id');
  return e.at;
}

function seedMaterialOf(d: DrawRow, beacon: string) {
  return { secret: d.secret, commitment: d.commitment, beacon };
}

function assertVersion(d: DrawRow, version: number) {
  if (d.version !== version) throw new Conflict(`该抽取已被他人更新（当前版本 ${d.version}），请刷新后重试`, 'version');
}

async function bumpVersion(tx: Tx, d: DrawRow, set: Partial<DrawRow>) {
  const done = await tx
    .update(draw)
    .set({ ...set, version: d.version + 1 })
    .where(and(eq(draw.id, d.id), eq(draw.version, d.version)))
    .returning({ id: draw.id });
  if (done.length === 0) throw new Conflict('该抽取已被他人更新，请刷新后重试', 'version');
}

/**
 * 抽取: takes the beacon value, checks the commitment, runs the draw, stores the result, creates
 * an inspection task for every enterprise with a full team, all with one ledger entry.
 */
export async function makeDraw(app: AppContext, actor: Actor, id: string, input: { beacon: string; version: number }): Promise<DrawDetail> {
  const { d, m } = await drawInScope(app.db, actor, id);
  assertVersion(d, input.version);
  if (d.status !== 'announced') throw new RuleViolation('该抽取已完成或已取消，不能再次抽取', 'id');
  const now = app.clock.now();
  const published = beaconTime(d.params.beacon).at;
  if (now < published) throw new RuleViolation(`公开随机源要到 ${beijingTime(published)} 才公布，此前不能抽取`, 'beacon');
  // Draws announced before the service checked instants (or with date-only beacons) meet the rule here.
  assertAnnouncementPrecedesBeacon(await ledgerTime(app.db, d.announceSeq), d.params.beacon);
  const seedMaterial = seedMaterialOf(d, input.beacon);
  const result = drawPrepared(prepareHeld(await snapshotOf(app.db, d), d.params, seedMaterial), seedMaterial);
  await app.db.transaction(async (tx) => {
    await bumpVersion(tx, d, { status: 'drawn', beacon: input.beacon, result, drawnAt: now, drawnBy: actor.userId });
    const entry = await appendEntry(tx, app, {
      orgId: d.orgId,
      actorId: actor.userId,
      action: 'draw.draw',
      subjectType: 'draw',
      subjectId: id,
      payload: {
        drawId: id,
        beacon: input.beacon,
        secret: d.secret,
        seed: result.seed,
        resultDigest: payloadDigest(d.params.alg, result),
        drawn: result.enterprises.length,
        failures: result.failures.length,
      },
    });
    await tx.update(draw).set({ drawSeq: entry.seq }).where(eq(draw.id, id));
    // Inspections makes a task per enterprise with a full team; disclosure schedules the result.
    await app.events.publish({ tx, actor, actSeq: entry.seq }, 'draw.made', {
      ...taskSource(d, m),
      name: d.name,
      matterName: m.name,
      drawnOn: chinaDate(now),
      enterpriseIds: result.enterprises.map((e) => e.enterpriseId),
      teams: result.enterprises.map((e) => ({ enterpriseId: e.enterpriseId, officerIds: [...e.officerIds] })),
    });
  });
  return getDraw(app, actor, id);
}

/** What every task of the draw carries. */
const taskSource = (d: DrawRow, m: { code: string; checklistCode: string }) => ({
  drawId: d.id,
  orgId: d.orgId,
  matterCode: m.code,
  checklistCode: m.checklistCode,
  planId: d.planId,
  plannedOn: d.params.drawDate,
});

/** A withdrawal (回避、注销等) and the re-draw it causes, recorded; never a manual swap. */
export async function withdraw(app: AppContext, actor: Actor, id: string, input: WithdrawalIn): Promise<DrawDetail> {
  const { d, m } = await drawInScope(app.db, actor, id);
  assertVersion(d, input.version);
  if (d.status !== 'drawn' || !d.result || !d.beacon) throw new RuleViolation('只有已完成的抽取才能重新抽取', 'id');
  const w: Withdrawal =
    input.kind === 'enterprise'
      ? { kind: 'enterprise', enterpriseId: input.enterpriseId, reason: input.reason }
      : { kind: 'officer', officerId: input.officerId, enterpriseId: input.enterpriseId, reason: input.reason };
  const task = await drawTaskOf(app.db, id, w.enterpriseId);
  if (task && task.status !== 'assigned') throw new RuleViolation('该检查任务已开始，不能再重新抽取', 'enterpriseId');
  const { snapshot } = await snapshotOf(app.db, d);
  const next = redraw({ snapshot, params: d.params, seedMaterial: seedMaterialOf(d, d.beacon) }, d.result, w);
  const record = next.redraws[next.redraws.length - 1];
  const now = app.clock.now();
  await app.db.transaction(async (tx) => {
    await bumpVersion(tx, d, { result: next });
    const slot = next.enterprises.find((e) => e.enterpriseId === (record.replacementEnterpriseId ?? w.enterpriseId));
    const team =
      slot && (w.kind === 'officer' || record.replacementEnterpriseId) ? { enterpriseId: slot.enterpriseId, officerIds: [...slot.officerIds] } : null;
    const entry = await appendEntry(tx, app, {
      orgId: d.orgId,
      actorId: actor.userId,
      action: 'draw.redraw',
      subjectType: 'draw',
      subjectId: id,
      payload: { drawId: id, seq: record.seq, withdrawal: w, record, resultDigest: payloadDigest(d.params.alg, next) },
    });
    await tx
      .insert(drawWithdrawal)
      .values({ drawId: id, seq: record.seq, withdrawal: w, record, ledgerSeq: entry.seq, createdAt: now, createdBy: actor.userId });
    await app.events.publish({ tx, actor, actSeq: entry.seq }, 'draw.redrawn', { ...taskSource(d, m), cancelTaskOf: task ? w.enterpriseId : null, team });
  });
  return getDraw(app, actor, id);
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
