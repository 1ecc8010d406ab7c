import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../platform/context.js';
import { principalOf } from '../../../platform/http/access.js';
import { evidenceOut, evidenceQuery, idParams } from '../contract.js';
import { downloadEvidence, listHazardEvidence, listRecordEvidence, MAX_EVIDENCE_BYTES, uploadHazardEvidence, uploadRecordEvidence } from './service.js';

/** 证据材料 of records and hazards: uploaded as bytes, listed, downloaded with their SM3 digest. */
export function evidenceRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['现场检查 inspections'];
  const params = idParams;
  const p = '/inspections';
  const read = { access: { can: 'inspection.read' } };
  const inspect = { access: { can: 'inspection.inspect' } };
  const hazardRead = { access: { can: 'hazard.read' } };

  r.post(
    `${p}/records/:id/evidence`,
    {
      config: inspect,
      bodyLimit: MAX_EVIDENCE_BYTES + 1024,
      schema: {
        tags,
        summary: '上传证据文件（请求体为文件本身，application/octet-stream；上传时计算 SM3 摘要并记入存证链）',
        params,
        querystring: evidenceQuery,
        response: { 201: evidenceOut },
      },
    },
    async (req, reply) => reply.status(201).send(await uploadRecordEvidence(app, principalOf(req), req.params.id, { ...req.query, bytes: req.body })),
  );
  r.get(
    `${p}/records/:id/evidence`,
    { config: read, schema: { tags, summary: '检查记录的证据文件', params, response: { 200: z.array(evidenceOut) } } },
    (req) => listRecordEvidence(app, principalOf(req), req.params.id),
  );
  r.post(
    `${p}/hazards/:id/evidence`,
    {
      config: { access: { can: 'hazard.attachMaterial' } },
      bodyLimit: MAX_EVIDENCE_BYTES + 1024,
      schema: { tags, summary: '上传整改或复查材料（application/octet-stream）', params, querystring: evidenceQuery, response: { 201: evidenceOut } },
    },
    async (req, reply) => reply.status(201).send(await uploadHazardEvidence(app, principalOf(req), req.params.id, { ...req.query, bytes: req.body })),
  );
  r.get(
    `${p}/hazards/:id/evidence`,
    { config: hazardRead, schema: { tags, summary: '隐患的整改与复查材料', params, response: { 200: z.array(evidenceOut) } } },
    (req) => listHazardEvidence(app, principalOf(req), req.params.id),
  );
  r.get(`${p}/evidence/:id`, { config: hazardRead, schema: { tags, summary: '下载证据文件', params } }, async (req, reply) => {
    const e = await downloadEvidence(app, principalOf(req), req.params.id);
    return reply
      .header('content-type', e.contentType)
      .header('content-disposition', `attachment; filename="evidence"; filename*=UTF-8''${encodeURIComponent(e.fileName)}`)
      .header('x-content-digest', `${e.alg}=${e.digest}`)
      .send(e.bytes);
  });
}
