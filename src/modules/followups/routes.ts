import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.js';
import { principalOf } from '../../platform/http/access.js';
import { sendFile } from '../../platform/http/files.js';
import { EXPORT_MAX_ROWS, sendSheet, sheetFileName } from '../../platform/http/sheet.js';
import {
  answerIn,
  followUpAgendaOut,
  followUpIdParams,
  followUpInstrumentQuery,
  followUpOut,
  followUpPageOut,
  listFollowUpsQuery,
  recordIn,
  resolveIn,
} from './contract.js';
import { FOLLOW_UP_SHEET, followUpsForExport, listFollowUps } from './list.js';
import { followUpAgenda } from './agenda.js';
import { followUpInstrument } from './instrument-service.js';
import { answerFollowUp, getFollowUp, recordFollowUp, resolveFollowUp } from './service.js';

export function followUpRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['执法回访 followups'];
  r.get(
    '/followups',
    {
      config: { access: { can: 'followUp.read' } },
      schema: { tags, summary: '执法回访列表（企业用户只见本企业的）', querystring: listFollowUpsQuery, response: { 200: followUpPageOut } },
    },
    (req) => listFollowUps(app, principalOf(req), req.query),
  );
  r.get(
    '/followups/export.xlsx',
    {
      config: { access: { can: 'followUp.read' } },
      schema: { tags, summary: `按当前筛选条件导出执法回访 XLSX（最多 ${EXPORT_MAX_ROWS} 条）`, querystring: listFollowUpsQuery },
    },
    async (req, reply) =>
      sendSheet(reply, {
        fileName: sheetFileName('执法回访', app.clock.now()),
        sheetName: '执法回访',
        columns: FOLLOW_UP_SHEET,
        rows: await followUpsForExport(app, principalOf(req), req.query),
      }),
  );
  r.get(
    '/followups/agenda',
    {
      config: { access: { can: 'followUp.record' } },
      schema: { tags, summary: '回访期限：本辖区 3 个工作日内到期或已超期的待回访事项', response: { 200: followUpAgendaOut } },
    },
    (req) => followUpAgenda(app, principalOf(req)),
  );
  r.get(
    '/followups/:id',
    { config: { access: { can: 'followUp.read' } }, schema: { tags, summary: '执法回访详情', params: followUpIdParams, response: { 200: followUpOut } } },
    (req) => getFollowUp(app, principalOf(req), req.params.id),
  );
  r.get(
    '/followups/:id/instrument',
    {
      config: { access: { can: 'followUp.read' } },
      schema: {
        tags,
        summary: '下载执法回访记录表（PDF 或 DOCX）；尚未回访的返回 422',
        params: followUpIdParams,
        querystring: followUpInstrumentQuery,
      },
    },
    async (req, reply) => sendFile(reply, await followUpInstrument(app, principalOf(req), req.params.id, req.query.format)),
  );
  r.post(
    '/followups/:id/record',
    {
      config: { access: { can: 'followUp.record' } },
      schema: {
        tags,
        summary: '登记上门、电话回访（或无法联系、企业拒绝回访）；不满意或反映问题的转法制机构',
        params: followUpIdParams,
        body: recordIn,
        response: { 200: followUpOut },
      },
    },
    (req) => recordFollowUp(app, principalOf(req), req.params.id, req.body),
  );
  r.post(
    '/followups/:id/answer',
    {
      config: { access: { can: 'followUp.answer' } },
      schema: { tags, summary: '企业网上填写回访答复', params: followUpIdParams, body: answerIn, response: { 200: followUpOut } },
    },
    (req) => answerFollowUp(app, principalOf(req), req.params.id, req.body),
  );
  r.post(
    '/followups/:id/resolve',
    {
      config: { access: { can: 'followUp.resolve' } },
      schema: {
        tags,
        summary: '办结回访反映的问题（法制机构或局领导；所涉执法人员不得办结）',
        params: followUpIdParams,
        body: resolveIn,
        response: { 200: followUpOut },
      },
    },
    (req) => resolveFollowUp(app, principalOf(req), req.params.id, req.body),
  );
}
