import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { principalOf } from '../../platform/http/access.js';
import { applicationInstrumentsOut, instrumentParams, instrumentQuery } from './instrument-contract.js';
import { applicationInstrument, applicationInstruments } from './instrument-service.js';

const params = z.object({ id: z.uuid('申请编号格式不正确') });

/** 行政许可文书, rebuilt from the stored application on each download; the same readers as the application. */
export function instrumentRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['行政许可 licensing'];
  r.get(
    '/licensing/applications/:id/instruments',
    {
      config: { access: { can: 'license.read' } },
      schema: {
        tags,
        summary: '许可申请已作出的文书（受理、补正、不予受理、延期、准予或不予许可）及其文号',
        params,
        response: { 200: applicationInstrumentsOut },
      },
    },
    (req) => applicationInstruments(app, principalOf(req), req.params.id),
  );
  r.get(
    '/licensing/applications/:id/instruments/:kind',
    {
      config: { access: { can: 'license.read' } },
      schema: {
        tags,
        summary: '下载许可文书（PDF 或 DOCX；补正材料通知书以 notice 选第几次，缺省为最后一次）；申请未到该环节时返回 422',
        params: instrumentParams,
        querystring: instrumentQuery,
      },
    },
    async (req, reply) => {
      const f = await applicationInstrument(app, principalOf(req), req.params.id, req.params.kind, req.query.format, req.query.notice);
      return reply.header('content-type', f.contentType).header('content-disposition', f.contentDisposition).send(f.bytes);
    },
  );
}
