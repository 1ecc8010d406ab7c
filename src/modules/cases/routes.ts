import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { principalOf } from '../../platform/http/access.js';
import { EXPORT_MAX_ROWS, sendSheet, sheetFileName } from '../../platform/http/sheet.js';
import { agendaOut, caseAgenda } from './agenda/service.js';
import { caseInstrumentRoutes } from './instruments/routes.js';
import { caseCollectionRoutes } from './collection/routes.js';
import { caseFileRoutes } from './casefile/routes.js';
import { assembleSoon } from './casefile/service.js';
import { caseDetailOut, caseOut, createCaseIn, findingDraftOut, fireIn, fromFindingIn, hazardParams, idParams, listCasesQuery, reviewIn } from './contract.js';
import { findingDraft, openCaseFromFinding } from './from-finding/service.js';
import { casesForExport, CASE_SHEET, listCases } from './list.js';
import { createCase, fire, getCase, reviewQueue, submitReview } from './service.js';

export function caseRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['行政处罚案件 cases'];
  const read = { access: { can: 'case.read' } };
  const reviewers = { access: { can: 'case.review' } };
  const list = z.object({ items: z.array(caseOut), total: z.number() });

  r.get(
    '/cases',
    {
      config: read,
      schema: {
        tags,
        summary: '案件列表（本机构及下级；按当事人名称或统一社会信用代码搜索，按状态、程序、登记日期筛选，可排序），含下一期限',
        querystring: listCasesQuery,
        response: { 200: list },
      },
    },
    (req) => listCases(app, principalOf(req), req.query),
  );
  r.get(
    '/cases/export.xlsx',
    { config: read, schema: { tags, summary: `按当前筛选条件导出 XLSX（最多 ${EXPORT_MAX_ROWS} 条）`, querystring: listCasesQuery } },
    async (req, reply) =>
      sendSheet(reply, {
        fileName: sheetFileName('行政处罚案件', app.clock.now()),
        sheetName: '行政处罚案件',
        columns: CASE_SHEET,
        rows: await casesForExport(app, principalOf(req), req.query),
      }),
  );
  r.get('/cases/review-queue', { config: reviewers, schema: { tags, summary: '法制审核待办（不含本人调查的案件）', response: { 200: list } } }, (req) =>
    reviewQueue(app, principalOf(req)),
  );
  r.get(
    '/cases/agenda',
    {
      config: read,
      schema: {
        tags,
        summary: '工作台期限：本周到期与已逾期（办案人员本人案件、法制审核待审案件、领导本机构及下级全部在办案件）',
        response: { 200: agendaOut },
      },
    },
    (req) => caseAgenda(app, principalOf(req)),
  );
  r.get(
    '/cases/:id',
    { config: read, schema: { tags, summary: '案件详情：办案记录、审核意见、本人可办理的环节', params: idParams, response: { 200: caseDetailOut } } },
    (req) => getCase(app, principalOf(req), req.params.id),
  );
  r.post(
    '/cases',
    { config: { access: { can: 'case.open' } }, schema: { tags, summary: '新建案件（草稿）', body: createCaseIn, response: { 201: caseDetailOut } } },
    async (req, reply) => reply.status(201).send(await createCase(app, principalOf(req), req.body)),
  );
  r.get(
    '/cases/from-finding/:hazardId',
    {
      config: { access: { can: 'case.open' } },
      schema: {
        tags,
        summary: '据检查发现立案：预填内容（当事人、事实、检查组持证人员、建议的违法行为）',
        params: hazardParams,
        response: { 200: findingDraftOut },
      },
    },
    (req) => findingDraft(app, principalOf(req), req.params.hazardId),
  );
  r.post(
    '/cases/from-finding',
    {
      config: { access: { can: 'case.open' } },
      schema: {
        tags,
        summary: '据已完成的现场检查记录中的隐患立案（同一隐患只能立案一次，重复返回 409）',
        body: fromFindingIn,
        response: { 201: caseDetailOut },
      },
    },
    async (req, reply) => reply.status(201).send(await openCaseFromFinding(app, principalOf(req), req.body)),
  );
  r.post(
    '/cases/:id/events',
    {
      config: read,
      schema: {
        tags,
        summary: '办理一个环节（带版本号，冲突返回 409；不符合法定条件返回 422 并引用条款）',
        params: idParams,
        body: fireIn,
        response: { 200: caseDetailOut },
      },
    },
    async (req) => {
      const out = await fire(app, principalOf(req), req.params.id, req.body);
      // The 卷宗 owed by 归档 is assembled now; a failure stays pending for the retrying job.
      if (req.body.event === 'archive') await assembleSoon(app, req.params.id);
      return out;
    },
  );
  r.post(
    '/cases/:id/reviews',
    { config: reviewers, schema: { tags, summary: '提交法制审核意见（审核要点、结论）', params: idParams, body: reviewIn, response: { 200: caseDetailOut } } },
    (req) => submitReview(app, principalOf(req), req.params.id, req.body),
  );
  caseInstrumentRoutes(api, app);
  caseCollectionRoutes(api, app);
  caseFileRoutes(api, app);
}
