import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../platform/context.js';
import { principalOf } from '../../../platform/http/access.js';
import { approvePreservation, decidePreservation, recordSampling, requestPreservation } from './service.js';
import { preservationApprovalIn, preservationDecisionIn, preservationIn, samplingIn } from './rules.js';

const tags = ['行政处罚案件 cases'];
const idParams = z.object({ id: z.uuid() });
const itemParams = z.object({ id: z.uuid(), index: z.coerce.number().int().min(0) });

/** 抽样取证 and 先行登记保存 (行政处罚法 第五十六条); the service checks investigators and separation of duties again. */
export function caseCollectionRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const officers = { access: { can: 'case.investigate' } };
  const heads = { access: { can: 'case.approvePreservation' } };
  r.post(
    '/cases/:id/samplings',
    { config: officers, schema: { tags, summary: '抽样取证（调查中的案件，本案两名承办人员；记录时编号抽样取证凭证）', params: idParams, body: samplingIn } },
    async (req, reply) => reply.status(201).send(await recordSampling(app, principalOf(req), req.params.id, req.body)),
  );
  r.post(
    '/cases/:id/preservations',
    { config: officers, schema: { tags, summary: '申请先行登记保存证据（调查中的案件，本案承办人员）', params: idParams, body: preservationIn } },
    async (req, reply) => reply.status(201).send(await requestPreservation(app, principalOf(req), req.params.id, req.body)),
  );
  r.post(
    '/cases/:id/preservations/:index/approval',
    {
      config: heads,
      schema: {
        tags,
        summary: '负责人审批先行登记保存（非本案承办人员；批准时编号通知书并起算七个工作日处理期限）',
        params: itemParams,
        body: preservationApprovalIn,
      },
    },
    (req) => approvePreservation(app, principalOf(req), req.params.id, req.params.index, req.body),
  );
  r.post(
    '/cases/:id/preservations/:index/decision',
    {
      config: heads,
      schema: { tags, summary: '负责人作出先行登记保存证据处理决定（七个工作日内；编号处理决定书）', params: itemParams, body: preservationDecisionIn },
    },
    (req) => decidePreservation(app, principalOf(req), req.params.id, req.params.index, req.body),
  );
}
