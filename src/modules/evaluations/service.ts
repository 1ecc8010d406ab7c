// 案卷评查: a superior org announces a round over its subordinate orgs (the pool of their closed
// and archived cases of the period and the parameters fixed by digest, with the commitment, in
// the ledger before the public beacon exists), draws the files with the beacon's value (draw.ts),
// evaluators who did not handle a case score it against the standard (rules.ts, standard.ts), the
// result is notified to the org (评查结果通知书, numbered), the org answers with its corrections,
// and the round closes with its 优秀案卷. Every change: one transaction, one ledger entry, the
// version checked in the UPDATE.
import { randomBytes } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { holds } from '../../platform/auth/capabilities.js';
import { userAccount } from '../../platform/auth/schema.js';
import type { Actor, AppContext } from '../../platform/context.js';
import type { Executor, Tx } from '../../platform/db/index.js';
import { Conflict, Forbidden, NotFound, RuleViolation } from '../../platform/errors.js';
import { appendEntry } from '../../platform/ledger/service.js';
import { isInSubtree } from '../../platform/orgs/rules.js';
import { org } from '../../platform/orgs/schema.js';
import { orgInScope } from '../../platform/orgs/scope.js';
import { casesForEvaluation, casesForEvaluationById } from '../cases/queries.js';
import { assertAnnouncementPrecedesBeacon, beaconTime, beijingTime } from '../draws/beacon.js';
import { commitment } from '../draws/seed.js';
import { evaluationCapabilities } from './capabilities.js';
import { EVALUATION_LABELS } from './codes.js';
import type { CloseIn, CreateRoundIn, DrawIn, FileOut, RoundOut } from './contract.js';
import { drawFiles, type EvaluationBundle, type EvaluationParams, type EvaluationPool, paramsDigest, poolDigest, resultDigest } from './draw.js';
import { closeProblem, type Problem, scoreOf } from './rules.js';
import { evaluationFile, evaluationRound } from './schema.js';
import { RULES_BY_CODE } from './standard.js';

type RoundRow = typeof evaluationRound.$inferSelect;
type FileRow = typeof evaluationFile.$inferSelect;

export function assertCan(actor: Actor, capability: keyof typeof evaluationCapabilities, what: string) {
  if (actor.userId !== null && !holds(evaluationCapabilities, actor.roles, capability)) throw new Forbidden(`当前角色无权${what}`);
}

/** A rule's refusal as the typed error the HTTP layer maps. */
export const refuse = (p: Problem): never => {
  throw new RuleViolation(p.problem, p.field, p.article);
};

/**
 * The round, if the actor may see it: the running org's subtree sees all of it; an evaluated org's
 * staff see the round and only their own files (`own` false).
 */
export async function roundInScope(app: AppContext, actor: Actor, id: string, field = 'id', ex: Executor = app.db) {
  const [found] = await ex
    .select({ r: evaluationRound, orgPath: org.path, orgName: org.name })
    .from(evaluationRound)
    .innerJoin(org, eq(org.id, evaluationRound.orgId))
    .where(eq(evaluationRound.id, id));
  if (!found) throw new NotFound('评查活动不存在', field);
  if (isInSubtree(actor.orgPath, found.orgPath)) return { ...found, whole: true };
  const evaluated = await ex.select({ path: org.path }).from(org).where(inArray(org.id, found.r.orgIds));
  if (!evaluated.some((o) => isInSubtree(o.path, actor.orgPath) || isInSubtree(actor.orgPath, o.path))) {
    throw new Forbidden('无权访问本机构及下级以外的评查活动', field);
  }
  return { ...found, whole: false };
}

function fileOut(f: FileRow, names: { round: string; org: Map<string, string>; people: Map<string, string> }): FileOut {
  const s = scoreOf(f.deductions);
  return {
    id: f.id,
    roundId: f.roundId,
    roundName: names.round,
    caseId: f.caseId,
    orgId: f.orgId,
    orgName: names.org.get(f.orgId) ?? '',
    position: f.position,
    partyName: f.partyName,
    decisionNumber: f.decisionNumber,
    closedOn: f.closedOn,
    handlerIds: [...new Set(Object.values(f.handlers).flat())].sort(),
    state: f.state,
    evaluatorId: f.evaluatorId,
    evaluatorName: f.evaluatorId ? (names.people.get(f.evaluatorId) ?? '') : null,
    deductions: f.deductions.map((d) => {
      const r = RULES_BY_CODE.get(d.ruleCode);
      return { ...d, itemName: r?.item.name ?? '', text: r?.text ?? d.ruleCode, points: (r?.points ?? 0) * d.times };
    }),
    items: f.score === null ? [] : s.items,
    score: f.score,
    grade: f.grade,
    defectCount: f.defectCount,
    comment: f.comment,
    scoredAt: f.scoredAt,
    noticeNumber: f.noticeNumber,
    notifiedAt: f.notifiedAt,
    answer: f.answer,
    answeredAt: f.answeredAt,
    excellent: f.excellent,
    version: f.version,
  };
}

/** Files as the API shows them, with org, round and evaluator names. */
export async function filesOut(ex: Executor, rows: FileRow[]): Promise<FileOut[]> {
  if (rows.length === 0) return [];
  const evaluators = [...new Set(rows.flatMap((f) => (f.evaluatorId ? [f.evaluatorId] : [])))];
  const [orgs, people, rounds] = await Promise.all([
    ex
      .select({ id: org.id, name: org.name })
      .from(org)
      .where(inArray(org.id, [...new Set(rows.map((f) => f.orgId))])),
    evaluators.length ? ex.select({ id: userAccount.id, name: userAccount.displayName }).from(userAccount).where(inArray(userAccount.id, evaluators)) : [],
    ex
      .select({ id: evaluationRound.id, name: evaluationRound.name })
      .from(evaluationRound)
      .where(inArray(evaluationRound.id, [...new Set(rows.map((f) => f.roundId))])),
  ]);
  const org_ = new Map(orgs.map((o) => [o.id, o.name]));
  const people_ = new Map(people.map((p) => [p.id, p.name]));
  const round_ = new Map(rounds.map((r) => [r.id, r.name]));
  return rows.map((f) => fileOut(f, { round: round_.get(f.roundId) ?? '', org: org_, people: people_ }));
}

export async function roundsOut(ex: Executor, rows: { r: RoundRow; orgName: string }[], files: FileRow[] | null, whole = true): Promise<RoundOut[]> {
  if (rows.length === 0) return [];
  const orgIds = [...new Set(rows.flatMap(({ r }) => r.orgIds))];
  const orgs = await ex.select({ id: org.id, name: org.name }).from(org).where(inArray(org.id, orgIds));
  const names = new Map(orgs.map((o) => [o.id, o.name]));
  const counts = await ex
    .select({ roundId: evaluationFile.roundId })
    .from(evaluationFile)
    .where(
      inArray(
        evaluationFile.roundId,
        rows.map(({ r }) => r.id),
      ),
    );
  const out = files ? await filesOut(ex, files) : [];
  return rows.map(({ r, orgName }) => {
    const drawn = r.state !== 'announced';
    return {
      id: r.id,
      orgId: r.orgId,
      orgName,
      name: r.name,
      periodFrom: r.periodFrom,
      periodTo: r.periodTo,
      orgs: r.orgIds.map((id) => ({ orgId: id, orgName: names.get(id) ?? '', poolSize: r.pool.orgs.find((o) => o.orgId === id)?.caseIds.length ?? 0 })),
      perOrg: r.perOrg,
      sharePercent: r.sharePercent,
      beacon: r.beacon,
      poolDigest: r.poolDigest,
      paramsDigest: r.paramsDigest,
      commitment: r.commitment,
      secret: drawn ? r.secret : null,
      beaconValue: r.beaconValue,
      seed: r.seed,
      state: r.state,
      createdAt: r.createdAt,
      drawnAt: r.drawnAt,
      closedAt: r.closedAt,
      summary: r.summary,
      fileCount: counts.filter((c) => c.roundId === r.id).length,
      files: out.filter((f) => f.roundId === r.id),
      whole,
      version: r.version,
    };
  });
}

export async function getRound(app: AppContext, actor: Actor, id: string): Promise<RoundOut> {
  assertCan(actor, 'evaluation.read', '查看案卷评查');
  const { r, orgName, whole } = await roundInScope(app, actor, id);
  let files = await app.db.select().from(evaluationFile).where(eq(evaluationFile.roundId, id)).orderBy(asc(evaluationFile.position));
  if (!whole) {
    const paths = await app.db
      .select({ id: org.id, path: org.path })
      .from(org)
      .where(inArray(org.id, [...new Set(files.map((f) => f.orgId))].concat(r.orgId)));
    const path = new Map(paths.map((p) => [p.id, p.path]));
    // Its own files, and their results only once notified: an evaluator's draft is the running org's.
    files = files
      .filter((f) => isInSubtree(actor.orgPath, path.get(f.orgId) ?? ''))
      .map((f) =>
        f.state === 'notified' || f.state === 'answered'
          ? f
          : { ...f, deductions: [], score: null, grade: null, defectCount: 0, comment: null, evaluatorId: null },
      );
  }
  return (await roundsOut(app.db, [{ r, orgName }], files, whole))[0];
}

function paramsOf(r: Pick<RoundRow, 'alg' | 'orgId' | 'periodFrom' | 'periodTo' | 'orgIds' | 'perOrg' | 'sharePercent' | 'beacon'>): EvaluationParams {
  return {
    alg: r.alg as EvaluationParams['alg'],
    roundOrgId: r.orgId,
    periodFrom: r.periodFrom,
    periodTo: r.periodTo,
    orgIds: r.orgIds,
    perOrg: r.perOrg,
    sharePercent: r.sharePercent,
    beacon: r.beacon,
  };
}

/** 制定评查方案并公告: the pool and parameters fixed by digest and the commitment recorded, before the beacon is published. */
export async function createRound(app: AppContext, actor: Actor, input: CreateRoundIn): Promise<RoundOut> {
  assertCan(actor, 'evaluation.manage', '组织案卷评查');
  const owner = await orgInScope(app.db, actor, input.orgId);
  const orgIds = [...new Set(input.orgIds)];
  const evaluated = await app.db.select({ id: org.id, path: org.path }).from(org).where(inArray(org.id, orgIds));
  for (const [i, id] of orgIds.entries()) {
    const o = evaluated.find((x) => x.id === id);
    if (!o) throw new NotFound('被评查机关不存在', `orgIds.${i}`);
    if (o.id === owner.id || !isInSubtree(owner.path, o.path)) throw new RuleViolation('被评查机关须为组织评查机关的下级机关', `orgIds.${i}`);
  }
  const cases = await casesForEvaluation(app.db, orgIds, input.periodFrom, input.periodTo);
  const pool: EvaluationPool = { orgs: orgIds.map((id) => ({ orgId: id, caseIds: cases.filter((c) => c.orgId === id).map((c) => c.id) })) };
  if (cases.length === 0) throw new RuleViolation('被评查机关在评查期间内没有已结案或已归档的案件', 'periodFrom');
  const now = app.clock.now();
  assertAnnouncementPrecedesBeacon(now, input.beacon);
  const alg = app.hashAlg;
  const secret = randomBytes(32).toString('hex');
  const values = {
    orgId: owner.id,
    name: input.name,
    periodFrom: input.periodFrom,
    periodTo: input.periodTo,
    orgIds,
    perOrg: input.perOrg ?? null,
    sharePercent: input.perOrg ? null : (input.sharePercent ?? null),
    alg,
    beacon: input.beacon,
  };
  const params = paramsOf(values);
  const digests = {
    poolDigest: poolDigest(alg, pool).toString('hex'),
    paramsDigest: paramsDigest(params).toString('hex'),
    commitment: commitment(alg, secret),
  };
  const id = await app.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(evaluationRound)
      .values({ ...values, pool, ...digests, secret, createdBy: actor.userId, createdAt: now })
      .returning({ id: evaluationRound.id });
    await appendEntry(tx, app, {
      orgId: owner.id,
      actorId: actor.userId,
      action: 'evaluation.announced',
      subjectType: 'evaluationRound',
      subjectId: row.id,
      payload: { name: input.name, params, pool, ...digests },
    });
    return row.id;
  });
  return getRound(app, actor, id);
}

async function roundFor(app: AppContext, actor: Actor, id: string, version: number, state: RoundRow['state']) {
  const found = await roundInScope(app, actor, id);
  if (!found.whole) throw new Forbidden('只有组织评查的机关可以办理', 'id');
  if (found.r.state !== state) throw new RuleViolation(`评查活动处于「${EVALUATION_LABELS.roundState[found.r.state]}」，不能办理`, 'state');
  if (found.r.version !== version) throw new Conflict(`该评查活动已被他人更新（当前版本 ${found.r.version}），请刷新后重试`, 'version');
  return found.r;
}

async function bumpRound(tx: Tx, app: AppContext, actor: Actor, r: RoundRow, action: string, payload: Record<string, unknown>, set: Partial<RoundRow>) {
  const [written] = await tx
    .update(evaluationRound)
    .set({ ...set, version: r.version + 1 })
    .where(and(eq(evaluationRound.id, r.id), eq(evaluationRound.version, r.version)))
    .returning({ id: evaluationRound.id });
  if (!written) throw new Conflict('该评查活动已被他人更新，请刷新后重试', 'version');
  await appendEntry(tx, app, {
    orgId: r.orgId,
    actorId: actor.userId,
    action,
    subjectType: 'evaluationRound',
    subjectId: r.id,
    payload: { version: r.version + 1, ...payload },
  });
}

/** 抽取案卷: once the beacon is out, with its value; the secret is revealed and the drawn list recorded. */
export async function drawRound(app: AppContext, actor: Actor, id: string, input: DrawIn): Promise<RoundOut> {
  assertCan(actor, 'evaluation.manage', '抽取评查案卷');
  const r = await roundFor(app, actor, id, input.version, 'announced');
  const now = app.clock.now();
  const published = beaconTime(r.beacon).at;
  if (now < published) throw new RuleViolation(`公开随机源将于 ${beijingTime(published)} 公布，公布后才能抽取`, 'beacon');
  const result = drawFiles({ pool: r.pool, params: paramsOf(r), commitment: r.commitment, secret: r.secret, beacon: input.beacon });
  const cases = new Map(
    (
      await casesForEvaluationById(
        app.db,
        result.files.map((f) => f.caseId),
      )
    ).map((c) => [c.id, c]),
  );
  await app.db.transaction(async (tx) => {
    if (result.files.length > 0) {
      await tx.insert(evaluationFile).values(
        result.files.map((f, i) => {
          const c = cases.get(f.caseId);
          return {
            roundId: r.id,
            caseId: f.caseId,
            orgId: f.orgId,
            position: i + 1,
            partyName: c?.partyName ?? '',
            decisionNumber: c?.decisionNumber ?? null,
            closedOn: c?.closedOn || null,
            handlers: c?.handlers ?? { investigator: [], legalReviewer: [], hearingChair: [], approver: [] },
          };
        }),
      );
    }
    await bumpRound(
      tx,
      app,
      actor,
      r,
      'evaluation.drawn',
      { beacon: input.beacon, secret: r.secret, seed: result.seed, files: result.files, resultDigest: resultDigest(r.alg as EvaluationParams['alg'], result) },
      { state: 'drawn', beaconValue: input.beacon, seed: result.seed, drawnAt: now },
    );
  });
  return getRound(app, actor, id);
}

/** What anyone checks the draw against (draw.ts verifyEvaluationDraw): the pool, the parameters, the commitment and, once drawn, the secret and the list. */
export async function roundBundle(app: AppContext, actor: Actor, id: string): Promise<EvaluationBundle> {
  assertCan(actor, 'evaluation.read', '查看案卷评查');
  const { r } = await roundInScope(app, actor, id);
  const files = await app.db.select().from(evaluationFile).where(eq(evaluationFile.roundId, id)).orderBy(asc(evaluationFile.position));
  const drawn = r.state !== 'announced';
  return {
    format: 'zhifa-evaluation-draw/1',
    pool: r.pool,
    params: paramsOf(r),
    poolDigest: r.poolDigest,
    paramsDigest: r.paramsDigest,
    commitment: r.commitment,
    secret: drawn ? r.secret : '',
    beacon: r.beaconValue ?? '',
    announcedAt: r.createdAt.toISOString(),
    result: drawn && r.seed ? { seed: r.seed, files: files.map((f) => ({ orgId: f.orgId, caseId: f.caseId })) } : null,
  };
}

/** 结束评查: every file scored and notified, every defect answered; the 优秀案卷 chosen among the 优秀 files. */
export async function closeRound(app: AppContext, actor: Actor, id: string, input: CloseIn): Promise<RoundOut> {
  assertCan(actor, 'evaluation.manage', '结束案卷评查');
  const r = await roundFor(app, actor, id, input.version, 'drawn');
  const files = await app.db.select().from(evaluationFile).where(eq(evaluationFile.roundId, id));
  const excellent = [...new Set(input.excellentFileIds)];
  const problem = closeProblem(files, excellent);
  if (problem) refuse(problem);
  const scores = files.map((f) => f.score ?? 0);
  const average = Math.round((scores.reduce((a, b) => a + b, 0) / files.length) * 10) / 10;
  await app.db.transaction(async (tx) => {
    if (excellent.length > 0) await tx.update(evaluationFile).set({ excellent: true }).where(inArray(evaluationFile.id, excellent));
    await bumpRound(
      tx,
      app,
      actor,
      r,
      'evaluation.closed',
      { excellentFileIds: excellent, files: files.length, averageScore: average, summary: input.summary },
      { state: 'closed', closedAt: app.clock.now(), summary: input.summary },
    );
  });
  return getRound(app, actor, id);
}
