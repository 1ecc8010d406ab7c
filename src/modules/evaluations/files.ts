import { and, eq } from 'drizzle-orm';
import type { Actor, AppContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db/index.js';
import { issueInstrumentNumber } from '../../platform/documents/service.js';
import { Conflict, Forbidden, NotFound, RuleViolation } from '../../platform/errors.js';
import { appendEntry } from '../../platform/ledger/service.js';
import { isInSubtree } from '../../platform/orgs/rules.js';
import { org } from '../../platform/orgs/schema.js';
import { casesForEvaluationById } from '../cases/queries.js';
import type { AnswerIn, RoundOut, ScoreIn } from './contract.js';
import { deductionsProblem, evaluatorProblem, scoreOf } from './rules.js';
import { evaluationFile } from './schema.js';

import { assertCan, getRound, refuse, roundInScope } from './service.js';

type FileRow = typeof evaluationFile.$inferSelect;

async function fileFor(app: AppContext, actor: Actor, id: string, fileId: string, version: number) {
  const found = await roundInScope(app, actor, id);
  const [f] = await app.db
    .select({ f: evaluationFile, orgPath: org.path })
    .from(evaluationFile)
    .innerJoin(org, eq(org.id, evaluationFile.orgId))
    .where(and(eq(evaluationFile.id, fileId), eq(evaluationFile.roundId, id)));
  if (!f) throw new NotFound('本轮评查没有该案卷', 'fileId');
  if (!found.whole && !isInSubtree(actor.orgPath, f.orgPath)) throw new Forbidden('无权访问其他机关的案卷', 'fileId');
  if (found.r.state !== 'drawn') throw new RuleViolation(found.r.state === 'closed' ? '评查活动已结束，不能再修改' : '案卷尚未抽取', 'state');
  if (f.f.version !== version) throw new Conflict(`该案卷的评查已被他人更新（当前版本 ${f.f.version}），请刷新后重试`, 'version');
  return { ...found, file: f.f, fileOrgPath: f.orgPath };
}

async function bumpFile(tx: Tx, app: AppContext, actor: Actor, f: FileRow, action: string, payload: Record<string, unknown>, set: Partial<FileRow>) {
  const [written] = await tx
    .update(evaluationFile)
    .set({ ...set, version: f.version + 1 })
    .where(and(eq(evaluationFile.id, f.id), eq(evaluationFile.version, f.version)))
    .returning({ id: evaluationFile.id });
  if (!written) throw new Conflict('该案卷的评查已被他人更新，请刷新后重试', 'version');
  await appendEntry(tx, app, {
    orgId: f.orgId,
    actorId: actor.userId,
    action,
    subjectType: 'evaluationFile',
    subjectId: f.id,
    payload: { roundId: f.roundId, caseId: f.caseId, version: f.version + 1, ...payload },
  });
}

/** 评查打分: by someone who did not handle the case and is not of its org; re-scored freely until notified. */
export async function scoreFile(app: AppContext, actor: Actor, id: string, fileId: string, input: ScoreIn): Promise<RoundOut> {
  assertCan(actor, 'evaluation.score', '评查案卷');
  const { file } = await fileFor(app, actor, id, fileId, input.version);
  if (file.state !== 'drawn' && file.state !== 'scored') throw new RuleViolation('评查结果已通知被评查机关，不能再修改评分', 'state');
  // Who handled the case now, not only when drawn: a step taken since counts too.
  const [now] = await casesForEvaluationById(app.db, [file.caseId]);
  const merge = (a: readonly string[], b: readonly string[] = []) => [...new Set([...a, ...b])].sort();
  const h = file.handlers;
  const handlers = {
    investigator: merge(h.investigator, now?.handlers.investigator),
    legalReviewer: merge(h.legalReviewer, now?.handlers.legalReviewer),
    hearingChair: merge(h.hearingChair, now?.handlers.hearingChair),
    approver: merge(h.approver, now?.handlers.approver),
  };
  if (actor.userId) {
    const problem = evaluatorProblem({ userId: actor.userId, orgId: actor.orgId }, { orgId: file.orgId, handlers });
    if (problem) refuse(problem);
  }
  const problem = deductionsProblem(input.deductions);
  if (problem) refuse(problem);
  const s = scoreOf(input.deductions);
  const deductions = input.deductions.map((d) => ({ ruleCode: d.ruleCode, times: d.times, note: d.note.trim() }));
  const set = { deductions, score: s.score, grade: s.grade, defectCount: s.defects, comment: input.comment?.trim() || null };
  await app.db.transaction((tx) =>
    bumpFile(tx, app, actor, file, 'evaluation.scored', set, { ...set, state: 'scored', evaluatorId: actor.userId, scoredAt: app.clock.now(), handlers }),
  );
  return getRound(app, actor, id);
}

/** 通知评查结果: the 评查结果通知书 numbered; a file without defects needs no answer. */
export async function notifyFile(app: AppContext, actor: Actor, id: string, fileId: string, input: { version: number }): Promise<RoundOut> {
  assertCan(actor, 'evaluation.manage', '通知评查结果');
  const { file, whole, r } = await fileFor(app, actor, id, fileId, input.version);
  if (!whole) throw new Forbidden('只有组织评查的机关可以通知评查结果', 'id');
  if (file.state !== 'scored') throw new RuleViolation(file.state === 'drawn' ? '案卷尚未评分' : '评查结果已通知', 'state');
  await app.db.transaction(async (tx) => {
    const { number } = await issueInstrumentNumber(tx, app, actor, {
      orgId: r.orgId,
      type: 'evaluationNotice',
      subjectType: 'evaluationFile',
      subjectId: file.id,
    });
    await bumpFile(
      tx,
      app,
      actor,
      file,
      'evaluation.notified',
      { noticeNumber: number, score: file.score, grade: file.grade, defects: file.defectCount },
      { state: 'notified', noticeNumber: number, notifiedAt: app.clock.now() },
    );
  });
  return getRound(app, actor, id);
}

/** 反馈整改情况: by the evaluated org (its subtree), once the result is notified. */
export async function answerFile(app: AppContext, actor: Actor, id: string, fileId: string, input: AnswerIn): Promise<RoundOut> {
  assertCan(actor, 'evaluation.answer', '反馈整改情况');
  const { file, fileOrgPath } = await fileFor(app, actor, id, fileId, input.version);
  // The evaluated org answers for itself: not the running org on its behalf.
  if (!isInSubtree(fileOrgPath, actor.orgPath)) throw new Forbidden('只有被评查机关可以反馈整改情况', 'fileId');
  if (file.state !== 'notified') throw new RuleViolation(file.state === 'answered' ? '已反馈整改情况' : '评查结果尚未通知，不能反馈整改', 'state');
  const set = { answer: input.answer.trim() };
  await app.db.transaction((tx) =>
    bumpFile(tx, app, actor, file, 'evaluation.answered', set, { ...set, state: 'answered', answeredBy: actor.userId, answeredAt: app.clock.now() }),
  );
  return getRound(app, actor, id);
}
