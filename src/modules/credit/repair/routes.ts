import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../platform/context.js';
import { renderInstrument } from '../../../platform/documents/render/index.js';
import { RuleViolation } from '../../../platform/errors.js';
import { principalOf } from '../../../platform/http/access.js';
import {
  enterpriseCreditOut,
  enterpriseCreditParams,
  instrumentQuery,
  listRepairsQuery,
  objectionHandleIn,
  objectionIdParams,
  objectionIn,
  objectionOut,
  repairApplyIn,
  repairDecideIn,
  repairIdParams,
  repairInstrumentParams,
  repairOut,
  repairPageOut,
  repairReviewIn,
  repairRevokeIn,
} from '../contract.js';
import { enterpriseCredit, myCredit } from './enterprise.js';
import { buildRepairInstrument, repairInstrumentProblem } from './instruments.js';
import { fileObjection, handleObjection } from './objections.js';
import { applyRepair, decideRepair, getRepair, listRepairs, reviewRepair, revokeRepair } from './service.js';

export function creditRepairRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['信用修复与异议 credit'];
  r.get(
    '/credit/enterprises/:enterpriseId',
    {
      config: { access: { can: 'credit.view' } },
      schema: {
        tags,
        summary: '企业信用：列入记录（含状态）、信用修复申请、异议和行政处罚决定',
        params: enterpriseCreditParams,
        response: { 200: enterpriseCreditOut },
      },
    },
    (req) => enterpriseCredit(app, principalOf(req), req.params.enterpriseId),
  );
  r.get(
    '/credit/mine',
    { config: { access: { can: 'credit.self' } }, schema: { tags, summary: '企业用户查看本企业信用', response: { 200: enterpriseCreditOut } } },
    (req) => myCredit(app, principalOf(req)),
  );
  r.get(
    '/credit/repairs',
    {
      config: { access: { can: 'credit.read' } },
      schema: { tags, summary: '本机构及下级的信用修复（提前移出）申请，按决定期限排序', querystring: listRepairsQuery, response: { 200: repairPageOut } },
    },
    (req) => listRepairs(app, principalOf(req), req.query),
  );
  r.post(
    '/credit/repairs',
    {
      config: { access: { can: 'credit.apply' } },
      schema: {
        tags,
        summary: '申请提前移出严重失信主体名单（列入满12个月，逐项说明修复条件）：企业在线申请或窗口代为登记',
        body: repairApplyIn,
        response: { 200: repairOut },
      },
    },
    (req) => applyRepair(app, principalOf(req), req.body),
  );
  r.get(
    '/credit/repairs/:id',
    { config: { access: { can: 'credit.view' } }, schema: { tags, summary: '信用修复申请详情', params: repairIdParams, response: { 200: repairOut } } },
    (req) => getRepair(app, principalOf(req), req.params.id),
  );
  const step = (summary: string) => ({ tags, summary, params: repairIdParams, response: { 200: repairOut } });
  r.post(
    '/credit/repairs/:id/review',
    { config: { access: { can: 'credit.handle' } }, schema: { ...step('审查信用修复申请，提出审查意见'), body: repairReviewIn } },
    (req) => reviewRepair(app, principalOf(req), req.params.id, req.body),
  );
  r.post(
    '/credit/repairs/:id/decide',
    {
      config: { access: { can: 'credit.decide' } },
      schema: { ...step('准予或不予提前移出（编号“信修”）：作出列入决定的机关负责人，审查人员不得决定'), body: repairDecideIn },
    },
    (req) => decideRepair(app, principalOf(req), req.params.id, req.body),
  );
  r.post(
    '/credit/repairs/:id/revoke',
    { config: { access: { can: 'credit.decide' } }, schema: { ...step('撤销以欺骗等手段取得的提前移出决定（编号“信撤”），恢复列入'), body: repairRevokeIn } },
    (req) => revokeRepair(app, principalOf(req), req.params.id, req.body),
  );
  r.get(
    '/credit/repairs/:id/instruments/:kind',
    {
      config: { access: { can: 'credit.view' } },
      schema: {
        tags,
        summary: '下载信用修复决定书或撤销提前移出决定书（PDF 或 DOCX）；尚未作出时返回 422',
        params: repairInstrumentParams,
        querystring: instrumentQuery,
      },
    },
    async (req, reply) => {
      const repair = await getRepair(app, principalOf(req), req.params.id);
      const problem = repairInstrumentProblem(req.params.kind, repair);
      if (problem) throw new RuleViolation(problem, 'kind');
      const f = await renderInstrument(buildRepairInstrument(req.params.kind, repair), req.query.format);
      return reply.header('content-type', f.contentType).header('content-disposition', f.contentDisposition).send(f.bytes);
    },
  );
  r.post(
    '/credit/objections',
    {
      config: { access: { can: 'credit.apply' } },
      schema: { tags, summary: '对列入信息提出异议（在列期间）：企业在线提出或窗口代为登记', body: objectionIn, response: { 200: objectionOut } },
    },
    (req) => fileObjection(app, principalOf(req), req.body),
  );
  r.post(
    '/credit/objections/:id/handle',
    {
      config: { access: { can: 'credit.handle' } },
      schema: { tags, summary: '处理异议：更正列入事实或维持，说明理由', params: objectionIdParams, body: objectionHandleIn, response: { 200: objectionOut } },
    },
    (req) => handleObjection(app, principalOf(req), req.params.id, req.body),
  );
}
