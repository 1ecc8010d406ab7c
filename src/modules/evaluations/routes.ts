import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.js';
import { renderInstrument } from '../../platform/documents/render/index.js';
import { NotFound, RuleViolation } from '../../platform/errors.js';
import { principalOf } from '../../platform/http/access.js';
import { sendFile } from '../../platform/http/files.js';
import { EXPORT_MAX_ROWS, sendSheet, sheetFileName } from '../../platform/http/sheet.js';
import {
  answerIn,
  closeIn,
  createRoundIn,
  drawIn,
  fileParams,
  filePageOut,
  listEvaluationFilesQuery,
  listRoundsQuery,
  noticeQuery,
  notifyIn,
  roundIdParams,
  roundListOut,
  roundOut,
  scoreIn,
} from './contract.js';
import { verifyEvaluationDraw } from './draw.js';
import { buildNotice, noticeProblem } from './instruments.js';
import { EVALUATION_FILE_SHEET, filesForExport, listFiles, listRounds } from './list.js';
import { answerFile, notifyFile, scoreFile } from './files.js';
import { closeRound, createRound, drawRound, getRound, roundBundle } from './service.js';
import { EVALUATION_STANDARD } from './standard.js';

export function evaluationRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['案卷评查 evaluations'];
  r.get(
    '/evaluations',
    {
      config: { access: { can: 'evaluation.read' } },
      schema: { tags, summary: '案卷评查活动列表（本机构及下级组织的）', querystring: listRoundsQuery, response: { 200: roundListOut } },
    },
    (req) => listRounds(app, principalOf(req), req.query),
  );
  r.get(
    '/evaluations/standard',
    { config: { access: { can: 'evaluation.read' } }, schema: { tags, summary: '评查标准：评查项目、分值、扣分项及依据，等次分数线' } },
    () => EVALUATION_STANDARD,
  );
  r.get(
    '/evaluations/files',
    {
      config: { access: { can: 'evaluation.read' } },
      schema: { tags, summary: '评查案卷列表（本机构及下级的案卷）', querystring: listEvaluationFilesQuery, response: { 200: filePageOut } },
    },
    (req) => listFiles(app, principalOf(req), req.query),
  );
  r.get(
    '/evaluations/files/export.xlsx',
    {
      config: { access: { can: 'evaluation.read' } },
      schema: { tags, summary: `按当前筛选条件导出评查案卷 XLSX（最多 ${EXPORT_MAX_ROWS} 条）`, querystring: listEvaluationFilesQuery },
    },
    async (req, reply) =>
      sendSheet(reply, {
        fileName: sheetFileName('评查案卷', app.clock.now()),
        sheetName: '评查案卷',
        columns: EVALUATION_FILE_SHEET,
        rows: await filesForExport(app, principalOf(req), req.query),
      }),
  );
  r.post(
    '/evaluations',
    {
      config: { access: { can: 'evaluation.manage' } },
      schema: { tags, summary: '制定评查方案并公告（固定案卷池、抽取参数和承诺值，须早于公开随机源公布）', body: createRoundIn, response: { 200: roundOut } },
    },
    (req) => createRound(app, principalOf(req), req.body),
  );
  r.get(
    '/evaluations/:id',
    {
      config: { access: { can: 'evaluation.read' } },
      schema: { tags, summary: '评查活动详情（抽取的案卷及评查结果）', params: roundIdParams, response: { 200: roundOut } },
    },
    (req) => getRound(app, principalOf(req), req.params.id),
  );
  r.get(
    '/evaluations/:id/bundle',
    {
      config: { access: { can: 'evaluation.read' } },
      schema: { tags, summary: '抽取的公开数据（案卷池、参数、承诺值、秘密值、随机源取值和结果）及验证结果', params: roundIdParams },
    },
    async (req) => {
      const bundle = await roundBundle(app, principalOf(req), req.params.id);
      return { bundle, verdict: verifyEvaluationDraw(bundle) };
    },
  );
  r.post(
    '/evaluations/:id/draw',
    {
      config: { access: { can: 'evaluation.manage' } },
      schema: { tags, summary: '随机源公布后抽取案卷（揭示秘密值）', params: roundIdParams, body: drawIn, response: { 200: roundOut } },
    },
    (req) => drawRound(app, principalOf(req), req.params.id, req.body),
  );
  r.post(
    '/evaluations/:id/files/:fileId/score',
    {
      config: { access: { can: 'evaluation.score' } },
      schema: { tags, summary: '评查打分（按评查标准扣分；本案承办人员和被评查机关人员回避）', params: fileParams, body: scoreIn, response: { 200: roundOut } },
    },
    (req) => scoreFile(app, principalOf(req), req.params.id, req.params.fileId, req.body),
  );
  r.post(
    '/evaluations/:id/files/:fileId/notify',
    {
      config: { access: { can: 'evaluation.manage' } },
      schema: { tags, summary: '向被评查机关通知评查结果（编号评查结果通知书）', params: fileParams, body: notifyIn, response: { 200: roundOut } },
    },
    (req) => notifyFile(app, principalOf(req), req.params.id, req.params.fileId, req.body),
  );
  r.post(
    '/evaluations/:id/files/:fileId/answer',
    {
      config: { access: { can: 'evaluation.answer' } },
      schema: { tags, summary: '被评查机关反馈整改情况', params: fileParams, body: answerIn, response: { 200: roundOut } },
    },
    (req) => answerFile(app, principalOf(req), req.params.id, req.params.fileId, req.body),
  );
  r.get(
    '/evaluations/:id/files/:fileId/notice',
    {
      config: { access: { can: 'evaluation.read' } },
      schema: { tags, summary: '下载评查结果通知书（PDF 或 DOCX）；尚未通知时返回 422', params: fileParams, querystring: noticeQuery },
    },
    async (req, reply) => {
      const round = await getRound(app, principalOf(req), req.params.id);
      const f = round.files.find((x) => x.id === req.params.fileId);
      if (!f) throw new NotFound('本轮评查没有该案卷', 'fileId');
      const problem = noticeProblem(f);
      if (problem) throw new RuleViolation(problem, 'state');
      return sendFile(reply, await renderInstrument(buildNotice(round, f), req.query.format));
    },
  );
  r.post(
    '/evaluations/:id/close',
    {
      config: { access: { can: 'evaluation.manage' } },
      schema: { tags, summary: '结束评查并评选优秀案卷', params: roundIdParams, body: closeIn, response: { 200: roundOut } },
    },
    (req) => closeRound(app, principalOf(req), req.params.id, req.body),
  );
}
