import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../platform/context.js';
import { principalOf } from '../../../platform/http/access.js';
import { sendFile } from '../../../platform/http/files.js';
import { idParams, recordOut, saveRecordIn, startRecordIn, versionIn } from '../contract.js';
import { rectificationOrderInstrument, recordInstrument } from './documents.js';
import { completeRecord, getRecord, saveRecord, startRecord } from './service.js';

/** 现场检查记录: started from a task, saved as the inspection goes, completed; its instruments. */
export function recordRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['现场检查 inspections'];
  const params = idParams;
  const p = '/inspections';
  const read = { access: { can: 'inspection.read' } };
  const inspect = { access: { can: 'inspection.inspect' } };

  r.post(
    `${p}/tasks/:id/record`,
    { config: inspect, schema: { tags, summary: '开始现场检查（生成现场检查记录）', params, body: startRecordIn, response: { 201: recordOut } } },
    async (req, reply) => reply.status(201).send(await startRecord(app, principalOf(req), req.params.id, req.body)),
  );

  r.get(`${p}/records/:id`, { config: read, schema: { tags, summary: '现场检查记录', params, response: { 200: recordOut } } }, (req) =>
    getRecord(app, principalOf(req), req.params.id),
  );
  r.put(
    `${p}/records/:id`,
    {
      config: inspect,
      schema: { tags, summary: '保存现场检查记录（检查项结果、在场人员、检查情况、签名或拒签）', params, body: saveRecordIn, response: { 200: recordOut } },
    },
    (req) => saveRecord(app, principalOf(req), req.params.id, req.body),
  );
  r.post(
    `${p}/records/:id/complete`,
    { config: inspect, schema: { tags, summary: '完成现场检查（编号、任务完成）', params, body: versionIn, response: { 200: recordOut } } },
    (req) => completeRecord(app, principalOf(req), req.params.id, req.body.version),
  );
  for (const format of ['pdf', 'docx'] as const) {
    r.get(
      `${p}/records/:id/instrument.${format}`,
      { config: read, schema: { tags, summary: `现场检查记录（${format.toUpperCase()}）`, params } },
      async (req, reply) => sendFile(reply, await recordInstrument(app, principalOf(req), req.params.id, format)),
    );
    r.get(
      `${p}/records/:id/rectification-order.${format}`,
      { config: read, schema: { tags, summary: `责令限期整改指令书（${format.toUpperCase()}）`, params } },
      async (req, reply) => sendFile(reply, await rectificationOrderInstrument(app, principalOf(req), req.params.id, format)),
    );
  }
}
