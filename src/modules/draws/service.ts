import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Actor, AppContext } from '../../platform/context.js';
import type { Executor, Tx } from '../../platform/db/index.js';
import { chinaDate } from '../../platform/dates.js';
import { Conflict, NotFound, RuleViolation, ValidationError } from '../../platform/errors.js';
import { payloadDigest } from '../../platform/ledger/chain.js';
import { hash } from '../../platform/ledger/hash.js';
import { ledgerEntry } from '../../platform/ledger/schema.js';
import { appendEntry } from '../../platform/ledger/service.js';
import { drawTaskOf } from '../inspections/tasks/draw-tasks.js';
import { assertAnnouncementPrecedesBeacon, beaconTime, beijingTime } from './beacon.js';
import type { AnnounceIn, DrawDetail, WithdrawalIn } from './contract.js';
import { consultableHistory } from './draw.js';
import { matterInScope } from './matters.js';
import { canonicalParams, canonicalWeights, paramsDigest as paramsDigestOf, type DrawParams, type DrawWeights, type WeightTag } from './params.js';
import { assignmentHistory, highRiskIds, inspectorPool, targetPool } from './pool.js';
import { redraw } from './redraw.js';
import { drawInScope, getDraw } from './read.js';
import { gzipAsync, snapshotOf } from './snapshot-store.js';
import { drawPrepared, prepareHeld, type Withdrawal } from './rules.js';
import { hold } from './held.js';
import { draw, drawSnapshot, drawWithdrawal } from './schema.js';
import { commitment } from './seed.js';
import { canonicalSnapshot, snapshotJson, type PoolEnterprise, type PoolSnapshot } from './snapshot.js';
import type { TargetFilter } from './schema.js';
import { listedEnterpriseIds } from '../credit/queries.js';

type DrawRow = typeof draw.$inferSelect;

/** The statuses an enterprise in the pool is never drawn in. */
const EXCLUDED_STATUSES = ['closed'];

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
  // 差异化监管: each enterprise carries the tags the weights name, as they stand now.
  const weights = canonicalWeights(input.weights);
  if (weights) await tagPool(app.db, owner.path, m.targetFilter, enterprises, weights);
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
    ...(weights ? { weights } : {}),
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
        // 差异化抽查, for the reader of the ledger; the digest above already covers it.
        ...(params.weights ? { weights: params.weights } : {}),
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

/** Tags each pool member with the weighted tags it carries: on the credit list now, of high risk. */
async function tagPool(ex: Executor, orgPath: string, filter: TargetFilter, pool: PoolEnterprise[], weights: DrawWeights): Promise<void> {
  const listed = weights.creditListed ? await listedEnterpriseIds(ex) : null;
  const risky = weights.highRisk ? await highRiskIds(ex, orgPath, filter) : null;
  for (const e of pool) {
    const tags: WeightTag[] = [];
    if (listed?.has(e.id)) tags.push('creditListed');
    if (risky?.has(e.id)) tags.push('highRisk');
    if (tags.length > 0) e.tags = tags;
  }
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
