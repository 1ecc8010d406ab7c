import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../platform/context.js';
import { principalOf } from '../../../platform/http/access.js';
import { INSTRUMENT_TYPES, type InstrumentType } from '../../../platform/documents/numbering.js';
import { sendFile } from '../../../platform/http/files.js';
import { EXPORT_MAX_ROWS, sendSheet, sheetFileName } from '../../../platform/http/sheet.js';
import type { inspectionCapabilities } from '../capabilities.js';
import {
  escalateIn,
  extendIn,
  extensionDecisionIn,
  extensionRequestIn,
  figuresOut,
  figuresQuery,
  hazardIn,
  hazardOut,
  idParams,
  listHazardsQuery,
  rectifyIn,
  reinspectIn,
  selfReportIn,
} from '../contract.js';
import { HAZARD_INSTRUMENTS, hazardInstrument, type HazardInstrumentKind } from './documents.js';
import { hazardFigures } from './figures.js';
import type { HazardEvent } from './rules.js';
import { HAZARD_SHEET, hazardsForExport, listHazards } from './list.js';
import { addHazard, fireHazard, getHazard } from './service.js';
import { reportHazard } from './self-report.js';

type InspectionCapability = keyof typeof inspectionCapabilities;

/** 隐患: registered on a record, rectified by the enterprise, decided by officers; instruments and figures. */
export function hazardRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['现场检查 inspections'];
  const params = idParams;
  const p = '/inspections';
  const read = { access: { can: 'inspection.read' } };
  const inspect = { access: { can: 'inspection.inspect' } };
  const hazardRead = { access: { can: 'hazard.read' } };

  r.post(
    `${p}/records/:id/hazards`,
    { config: inspect, schema: { tags, summary: '登记隐患（一般隐患或重大事故隐患）', params, body: hazardIn, response: { 201: hazardOut } } },
    async (req, reply) => reply.status(201).send(await addHazard(app, principalOf(req), req.params.id, req.body)),
  );

  r.post(
    `${p}/hazards/self-reports`,
    {
      config: { access: { can: 'hazard.selfReport' } },
      schema: {
        tags,
        summary: '企业上报自查隐患（企业自查自纠；重大事故隐患依安全生产法第四十一条第二款报告）',
        body: selfReportIn,
        response: { 201: hazardOut },
      },
    },
    async (req, reply) => reply.status(201).send(await reportHazard(app, principalOf(req), req.body)),
  );

  r.get(
    `${p}/hazards`,
    {
      config: hazardRead,
      schema: {
        tags,
        summary: '隐患列表（企业用户只看本企业；按企业名称或统一社会信用代码搜索，按状态、等级、来源、发现日期筛选，可排序）',
        querystring: listHazardsQuery,
        response: { 200: z.object({ items: z.array(hazardOut), total: z.number() }) },
      },
    },
    (req) => listHazards(app, principalOf(req), req.query),
  );
  r.get(
    `${p}/hazards/export.xlsx`,
    { config: hazardRead, schema: { tags, summary: `按当前筛选条件导出隐患 XLSX（最多 ${EXPORT_MAX_ROWS} 条）`, querystring: listHazardsQuery } },
    async (req, reply) =>
      sendSheet(reply, {
        fileName: sheetFileName('隐患', app.clock.now()),
        sheetName: '隐患',
        columns: HAZARD_SHEET,
        rows: await hazardsForExport(app, principalOf(req), req.query),
      }),
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
  r.get(
    `${p}/figures`,
    { config: read, schema: { tags, summary: '隐患统计（发现、整改销号、整改率、重大隐患、逾期）', querystring: figuresQuery, response: { 200: figuresOut } } },
    (req) => hazardFigures(app, principalOf(req), req.query),
  );
}
