import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../platform/context.js';
import { principalOf } from '../../../platform/http/access.js';
import { CASE_INSTRUMENT_KINDS } from './types.js';
import { caseInstrument } from './service.js';
import { interviewIn, recordInterview } from '../collection/interview.js';

const params = z.object({ id: z.uuid(), kind: z.enum(CASE_INSTRUMENT_KINDS) });
const query = z.object({ format: z.enum(['pdf', 'docx']).default('pdf'), index: z.coerce.number().int().min(0).optional() });

/** Case instruments rebuilt from the stored case on each download; same readers as GET /cases/:id. */
export function caseInstrumentRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/cases/:id/instruments/:kind',
    {
      config: { access: { can: 'case.read' } },
      schema: { tags: ['行政处罚案件 cases'], summary: '案件文书（PDF 或 DOCX）；案件未到该环节时返回 422', params, querystring: query },
    },
    async (req, reply) => {
      const f = await caseInstrument(app, principalOf(req), req.params.id, req.params.kind, req.query.format, req.query.index);
      return reply.header('content-type', f.contentType).header('content-disposition', f.contentDisposition).send(f.bytes);
    },
  );
  r.post(
    '/cases/:id/interviews',
    {
      config: { access: { can: 'case.investigate' } },
      schema: {
        tags: ['行政处罚案件 cases'],
        summary: '制作询问笔录（调查中的案件，本案两名承办人员询问；记录时编号）',
        params: z.object({ id: z.uuid() }),
        body: interviewIn,
      },
    },
    async (req, reply) => reply.status(201).send(await recordInterview(app, principalOf(req), req.params.id, req.body)),
  );
}
