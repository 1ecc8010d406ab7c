import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import type { InstrumentFile } from '../../platform/documents/render/index.js';
import { principalOf } from '../../platform/http/access.js';
import {
  adhocTaskIn,
  escalateIn,
  evidenceOut,
  evidenceQuery,
  extendIn,
  extensionDecisionIn,
  extensionRequestIn,
  figuresOut,
  figuresQuery,
  hazardIn,
  hazardOut,
  idParams,
  listHazardsQuery,
  listTasksQuery,
  recordOut,
  rectifyIn,
  reinspectIn,
  saveRecordIn,
  startRecordIn,
  taskOut,
  versionIn,
} from './contract.js';
import { rectificationOrderInstrument, recordInstrument } from './documents.js';
import { HAZARD_INSTRUMENTS, hazardInstrument, type HazardInstrumentKind } from './hazard-documents.js';
import { INSTRUMENT_TYPES, type InstrumentType } from '../../platform/documents/numbering.js';
import { downloadEvidence, listHazardEvidence, listRecordEvidence, MAX_EVIDENCE_BYTES, uploadHazardEvidence, uploadRecordEvidence } from './evidence.js';
import { hazardFigures } from './figures.js';
import { addHazard, fireHazard, getHazard, listHazards } from './hazards.js';
import { completeRecord, getRecord, saveRecord, startRecord } from './records.js';
import type { HazardEvent } from './rules.js';
import { getTask, listTasks, openAdhocTask } from './tasks.js';
import type { inspectionCapabilities } from './capabilities.js';

type InspectionCapability = keyof typeof inspectionCapabilities;

const sendFile = (reply: FastifyReply, f: InstrumentFile) =>
  reply.header('content-type', f.contentType).header('content-disposition', f.contentDisposition).send(f.bytes);

export function inspectionRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['现场检查 inspections'];
  const read = { access: { can: 'inspection.read' } };
  const inspect = { access: { can: 'inspection.inspect' } };
  const hazardRead = { access: { can: 'hazard.read' } };
  const params = idParams;
  const p = '/inspections';

  r.get(
    `${p}/tasks`,
    { config: read, schema: { tags, summary: '我的检查任务（领导可看本机构及下级）', querystring: listTasksQuery, response: { 200: z.array(taskOut) } } },
    (req) => listTasks(app, principalOf(req), req.query),
  );
  r.get(`${p}/tasks/:id`, { config: read, schema: { tags, summary: '检查任务详情', params, response: { 200: taskOut } } }, (req) =>
    getTask(app, principalOf(req), req.params.id),
  );
  r.post(
    `${p}/tasks`,
    {
      config: inspect,
      schema: { tags, summary: '发起临时检查任务（须写明理由，执法人员不少于两人且持有效执法证）', body: adhocTaskIn, response: { 201: taskOut } },
    },
    async (req, reply) => reply.status(201).send(await openAdhocTask(app, principalOf(req), req.body)),
  );
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
    `${p}/records/:id/hazards`,
    { config: inspect, schema: { tags, summary: '登记隐患（一般隐患或重大事故隐患）', params, body: hazardIn, response: { 201: hazardOut } } },
    async (req, reply) => reply.status(201).send(await addHazard(app, principalOf(req), req.params.id, req.body)),
  );

  r.get(
    `${p}/hazards`,
    { config: hazardRead, schema: { tags, summary: '隐患列表（企业用户只看本企业）', querystring: listHazardsQuery, response: { 200: z.array(hazardOut) } } },
    (req) => listHazards(app, principalOf(req), req.query),
  );
  r.get(`${p}/hazards/:id`, { config: hazardRead, schema: { tags, summary: '隐患详情', params, response: { 200: hazardOut } } }, (req) =>
    getHazard(app, principalOf(req), req.params.id),
  );
  const event = <B extends { version: number }>(path: string, can: InspectionCapability, summary: string, body: z.ZodType<B>, toEvent: (b: B) => HazardEvent) =>
    r.post(`${p}/hazards/:id/${path}`, { config: { access: { can } }, schema: { tags, summary, params, body, response: { 200: hazardOut } } }, (req) =>
      fireHazard(app, principalOf(req), req.params.id, toEvent(req.body as B), (req.body as B).version),
    );
  event('rectification', 'hazard.rectify', '企业提交整改情况', rectifyIn, (b) => ({ type: 'submitRectification', note: b.note }));
  event('extension-request', 'hazard.rectify', '企业申请延期整改', extensionRequestIn, (b) => ({ type: 'requestExtension', until: b.until, reason: b.reason }));
  event('extension-decision', 'inspection.inspect', '审查延期申请（同意或不同意）', extensionDecisionIn, (b) => ({
    type: 'decideExtension',
    grant: b.grant,
    until: b.until,
    note: b.note,
  }));
  event('reinspection', 'inspection.inspect', '复查：整改合格销号，或不合格退回', reinspectIn, (b) => ({ type: 'reinspect', passed: b.passed, note: b.note }));
  event('extension', 'inspection.inspect', '执法人员延长整改期限', extendIn, (b) => ({ type: 'extend', until: b.until, reason: b.reason }));
  event('escalation', 'inspection.inspect', '升级处置（重大事故隐患或逾期未整改）', escalateIn, (b) => ({
    type: 'escalate',
    reason: b.reason,
    measure: b.measure,
    violationTypeCode: b.violationTypeCode,
  }));
  for (const [kind, type] of Object.entries(HAZARD_INSTRUMENTS) as [HazardInstrumentKind, InstrumentType][]) {
    for (const format of ['pdf', 'docx'] as const) {
      r.get(
        `${p}/hazards/:id/${kind}.${format}`,
        { config: hazardRead, schema: { tags, summary: `${INSTRUMENT_TYPES[type].name}（${format.toUpperCase()}）`, params } },
        async (req, reply) => sendFile(reply, await hazardInstrument(app, principalOf(req), req.params.id, kind, format)),
      );
    }
  }
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
  r.get(
    `${p}/figures`,
    { config: read, schema: { tags, summary: '隐患统计（发现、整改销号、整改率、重大隐患、逾期）', querystring: figuresQuery, response: { 200: figuresOut } } },
    (req) => hazardFigures(app, principalOf(req), req.query),
  );
}
