// 询问笔录: an interview taken while the case is under investigation (行政处罚法 第四十二条、
// 第五十五条: at least two officers, who show their credentials). Stored on the case (jsonb, in
// order) and numbered when recorded, so a download rebuilds the same record and never issues one.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor, AppContext } from '../../../platform/context.js';
import { issueInstrumentNumber } from '../../../platform/documents/service.js';
import { Conflict, RuleViolation } from '../../../platform/errors.js';
import { appendEntry } from '../../../platform/ledger/service.js';
import { caseAtVersion, investigatorOnly } from './service.js';
import { penaltyCase } from '../schema.js';

export const INTERVIEWEE_ROLES = ['legalRepresentative', 'safetyManager', 'employee', 'witness', 'party', 'other'] as const;

export const interviewIn = z.object({
  version: z.number().int().positive(),
  intervieweeName: z.string().trim().min(1, '请填写被询问人姓名').max(50),
  intervieweeRole: z.enum(INTERVIEWEE_ROLES),
  intervieweeIdNumber: z.string().trim().max(30).optional(),
  startedAt: z.iso.datetime({ offset: true }),
  endedAt: z.iso.datetime({ offset: true }),
  place: z.string().trim().min(1, '请填写询问地点').max(200),
  officerIds: z.array(z.uuid()).length(2, '询问须由两名执法人员进行'),
  qa: z
    .array(z.object({ q: z.string().trim().min(1, '问不能为空').max(2000), a: z.string().trim().min(1, '答不能为空').max(5000) }))
    .min(1, '请至少填写一问一答')
    .max(200),
});
export type InterviewIn = z.infer<typeof interviewIn>;

export interface Interview extends Omit<InterviewIn, 'version'> {
  number: string;
  recordedBy: string;
  recordedAt: string;
}

/** Why this interview cannot be recorded on the case; null when it can. Pure. */
export function interviewProblem(
  c: { state: string; investigatorIds: readonly string[] },
  input: InterviewIn,
): { problem: string; field: string; article?: string } | null {
  if (c.state !== 'investigating') return { problem: '只有调查中的案件可以制作询问笔录', field: 'state', article: '行政处罚法 第五十五条' };
  if (input.officerIds[0] === input.officerIds[1]) return { problem: '询问须由两名不同的执法人员进行', field: 'officerIds', article: '行政处罚法 第四十二条' };
  if (!input.officerIds.every((o) => c.investigatorIds.includes(o)))
    return { problem: '询问人须为本案承办人员', field: 'officerIds', article: '行政处罚法 第四十二条' };
  if (input.endedAt <= input.startedAt) return { problem: '询问结束时间须晚于开始时间', field: 'endedAt' };
  return null;
}

/** Records the interview with its number and ledger entry in one transaction (optimistic version). */
export async function recordInterview(
  app: AppContext,
  actor: Actor,
  id: string,
  input: InterviewIn,
): Promise<{ index: number; number: string; version: number }> {
  const c = await caseAtVersion(app, actor, id, input.version);
  const problem = interviewProblem(c, input);
  if (problem) throw new RuleViolation(problem.problem, problem.field, problem.article);
  investigatorOnly(actor, c, '制作询问笔录');
  const { version: _v, ...fields } = input;
  return app.db.transaction(async (tx) => {
    const { number } = await issueInstrumentNumber(tx, app, actor, { orgId: c.orgId, type: 'interviewRecord', subjectType: 'penaltyCase', subjectId: id });
    const entry: Interview = { ...fields, number, recordedBy: actor.userId!, recordedAt: app.clock.now().toISOString() };
    const interviews = [...c.interviews, entry];
    const [w] = await tx
      .update(penaltyCase)
      .set({ interviews, version: c.version + 1, updatedAt: app.clock.now() })
      .where(and(eq(penaltyCase.id, id), eq(penaltyCase.version, c.version)))
      .returning({ id: penaltyCase.id });
    if (!w) throw new Conflict('该案件已被他人更新，请刷新后重试', 'version');
    await appendEntry(tx, app, {
      orgId: c.orgId,
      actorId: actor.userId,
      action: 'case.recordInterview',
      subjectType: 'penaltyCase',
      subjectId: id,
      payload: { index: interviews.length - 1, ...entry },
    });
    return { index: interviews.length - 1, number, version: c.version + 1 };
  });
}
