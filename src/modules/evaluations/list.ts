// 案卷评查 as lists: the rounds of the subtree (latest first), and the evaluated files as a page —
// search on a party's name, filters on round, state, grade and 优秀案卷, a date range on the day
// scored, sort by score or dates — and the XLSX export of the same filter, every cell in Chinese.
import { and, count, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Actor, AppContext } from '../../platform/context.js';
import { assertExportable, inPages, type SheetColumn, sheetDate } from '../../platform/http/sheet.js';
import { instantsWithin, orderOf } from '../../platform/lists.js';
import { listBase, orgPathWithin } from '../../platform/orgs/scope.js';
import { org } from '../../platform/orgs/schema.js';
import { EVALUATION_LABELS, type RoundState } from './codes.js';
import type { FileOut, ListEvaluationFilesQuery } from './contract.js';
import { evaluationFile, evaluationRound } from './schema.js';
import { assertCan, filesOut, roundsOut } from './service.js';

export async function listRounds(app: AppContext, actor: Actor, q: { orgId?: string; state?: RoundState }) {
  assertCan(actor, 'evaluation.read', '查看案卷评查');
  const base = await listBase(app.db, actor, q.orgId);
  const rows = await app.db
    .select({ r: evaluationRound, orgName: org.name })
    .from(evaluationRound)
    .innerJoin(org, eq(org.id, evaluationRound.orgId))
    // The rounds run in the subtree, and (the actor's own view) those that evaluate the actor's org.
    .where(
      and(
        q.orgId || !actor.orgId ? orgPathWithin(base) : or(orgPathWithin(base), sql`${actor.orgId}::uuid = any(${evaluationRound.orgIds})`),
        q.state ? eq(evaluationRound.state, q.state) : undefined,
      ),
    )
    .orderBy(desc(evaluationRound.createdAt), desc(evaluationRound.id))
    .limit(200);
  return (await roundsOut(app.db, rows, null)).map(({ files: _files, ...r }) => r);
}

/** The files of the subtree's rounds and of rounds over the subtree's own files (an evaluated org sees its own). */
async function selection(app: AppContext, actor: Actor, q: ListEvaluationFilesQuery) {
  assertCan(actor, 'evaluation.read', '查看评查案卷');
  const base = await listBase(app.db, actor, q.orgId);
  const where = and(
    orgPathWithin(base),
    q.roundId ? eq(evaluationFile.roundId, q.roundId) : undefined,
    q.state ? eq(evaluationFile.state, q.state) : undefined,
    q.grade ? eq(evaluationFile.grade, q.grade) : undefined,
    q.excellent ? eq(evaluationFile.excellent, q.excellent === 'true') : undefined,
    q.q ? ilike(evaluationFile.partyName, `%${q.q.replace(/[\\%_]/g, '\\$&')}%`) : undefined,
    instantsWithin(evaluationFile.scoredAt, q.from, q.to),
    // An evaluated org sees its files' results once notified; the running org (at or above it) all along.
    sql`(${evaluationFile.state} in ('notified', 'answered') or exists (select 1 from ${evaluationRound} r join ${org} ro on ro.id = r.org_id
          where r.id = ${evaluationFile.roundId} and ro.path like ${`${actor.orgPath.replace(/[\\%_]/g, '\\$&')}%`}))`,
  ) as SQL;
  const order = orderOf(
    { score: evaluationFile.score, closedOn: evaluationFile.closedOn, scoredAt: evaluationFile.scoredAt },
    q,
    { sort: 'scoredAt', order: 'desc' },
    evaluationFile.id,
  );
  // The org joined is the file's: a county sees the files of its own cases, the city all below it.
  const page = async (limit: number, offset: number) =>
    filesOut(
      app.db,
      (
        await app.db
          .select({ f: evaluationFile })
          .from(evaluationFile)
          .innerJoin(org, eq(org.id, evaluationFile.orgId))
          .where(where)
          .orderBy(...order)
          .limit(limit)
          .offset(offset)
      ).map((x) => x.f),
    );
  const total = async () =>
    (await app.db.select({ total: count() }).from(evaluationFile).innerJoin(org, eq(org.id, evaluationFile.orgId)).where(where))[0].total;
  return { page, total };
}

export async function listFiles(app: AppContext, actor: Actor, q: ListEvaluationFilesQuery) {
  const s = await selection(app, actor, q);
  const [items, total] = await Promise.all([s.page(q.pageSize, (q.page - 1) * q.pageSize), s.total()]);
  return { items, total, page: q.page, pageSize: q.pageSize };
}

export async function filesForExport(app: AppContext, actor: Actor, q: ListEvaluationFilesQuery): Promise<AsyncIterable<FileOut>> {
  const s = await selection(app, actor, q);
  assertExportable(await s.total());
  return inPages(s.page);
}

export const EVALUATION_FILE_SHEET: readonly SheetColumn<FileOut>[] = [
  { header: '评查活动', width: 30, value: (f) => f.roundName },
  { header: '被评查机关', width: 22, value: (f) => f.orgName },
  { header: '当事人', width: 30, value: (f) => f.partyName },
  { header: '处罚决定书文号', width: 26, value: (f) => f.decisionNumber ?? '' },
  { header: '结案日期', value: (f) => f.closedOn ?? '' },
  { header: '状态', value: (f) => EVALUATION_LABELS.fileState[f.state] },
  { header: '评查人', value: (f) => f.evaluatorName ?? '' },
  { header: '评分日期', value: (f) => sheetDate(f.scoredAt) },
  { header: '得分', value: (f) => (f.score === null ? '' : String(f.score)) },
  { header: '等次', value: (f) => (f.grade ? EVALUATION_LABELS.grade[f.grade] : '') },
  { header: '问题', width: 60, value: (f) => f.deductions.map((d) => `${d.itemName}：${d.text}（扣${d.points}分）${d.note}`).join('；') },
  { header: '评查结果通知书', width: 26, value: (f) => f.noticeNumber ?? '' },
  { header: '整改说明', width: 40, value: (f) => f.answer ?? '' },
  { header: '优秀案卷', value: (f) => (f.excellent ? '是' : '') },
];
