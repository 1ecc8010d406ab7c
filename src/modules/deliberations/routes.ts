import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.js';
import { renderInstrument } from '../../platform/documents/render/index.js';
import { RuleViolation } from '../../platform/errors.js';
import { principalOf } from '../../platform/http/access.js';
import { sendFile } from '../../platform/http/files.js';
import {
  addItemIn,
  awaitingOut,
  awaitingQuery,
  closeIn,
  concludeIn,
  createMeetingIn,
  deliberationIdParams,
  itemParams,
  listDeliberationsQuery,
  meetingOut,
  meetingPageOut,
  membersIn,
  minutesQuery,
} from './contract.js';
import { buildMinutes, minutesProblem } from './instruments.js';
import { listMeetings } from './list.js';
import { addItem, awaitingCases, closeMeeting, concludeItem, createMeeting, getMeeting, setMembers } from './service.js';

export function deliberationRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['集体讨论 deliberations'];
  r.get(
    '/deliberations',
    {
      config: { access: { can: 'deliberation.read' } },
      schema: { tags, summary: '集体讨论会议列表（本机构及下级）', querystring: listDeliberationsQuery, response: { 200: meetingPageOut } },
    },
    (req) => listMeetings(app, principalOf(req), req.query),
  );
  r.get(
    '/deliberations/awaiting',
    {
      config: { access: { can: 'deliberation.read' } },
      schema: { tags, summary: '待集体讨论的案件（已提请集体讨论，行政处罚法 第五十七条第二款）', querystring: awaitingQuery, response: { 200: awaitingOut } },
    },
    (req) => awaitingCases(app, principalOf(req), req.query.orgId),
  );
  r.post(
    '/deliberations',
    {
      config: { access: { can: 'deliberation.manage' } },
      schema: { tags, summary: '安排集体讨论会议（时间、地点、主持人、参会人员、记录人）', body: createMeetingIn, response: { 200: meetingOut } },
    },
    (req) => createMeeting(app, principalOf(req), req.body),
  );
  r.get(
    '/deliberations/:id',
    {
      config: { access: { can: 'deliberation.read' } },
      schema: { tags, summary: '集体讨论会议详情（议题、表决、结论）', params: deliberationIdParams, response: { 200: meetingOut } },
    },
    (req) => getMeeting(app, principalOf(req), req.params.id),
  );
  r.post(
    '/deliberations/:id/members',
    {
      config: { access: { can: 'deliberation.manage' } },
      schema: { tags, summary: '登记参会人员出席、缺席情况', params: deliberationIdParams, body: membersIn, response: { 200: meetingOut } },
    },
    (req) => setMembers(app, principalOf(req), req.params.id, req.body),
  );
  r.post(
    '/deliberations/:id/items',
    {
      config: { access: { can: 'deliberation.manage' } },
      schema: { tags, summary: '将待集体讨论的案件列入议题', params: deliberationIdParams, body: addItemIn, response: { 200: meetingOut } },
    },
    (req) => addItem(app, principalOf(req), req.params.id, req.body),
  );
  r.post(
    '/deliberations/:id/items/:itemId/conclude',
    {
      config: { access: { can: 'deliberation.manage' } },
      schema: { tags, summary: '记录议题的表决和讨论结论（本案调查人员回避）', params: itemParams, body: concludeIn, response: { 200: meetingOut } },
    },
    (req) => concludeItem(app, principalOf(req), req.params.id, req.params.itemId, req.body),
  );
  r.post(
    '/deliberations/:id/close',
    {
      config: { access: { can: 'deliberation.close' } },
      schema: {
        tags,
        summary: '结束会议：核对出席人数和各议题结论，编号集体讨论记录，并在各案件中记录集体讨论',
        params: deliberationIdParams,
        body: closeIn,
        response: { 200: meetingOut },
      },
    },
    (req) => closeMeeting(app, principalOf(req), req.params.id, req.body),
  );
  r.get(
    '/deliberations/:id/minutes',
    {
      config: { access: { can: 'deliberation.read' } },
      schema: { tags, summary: '下载集体讨论记录（PDF 或 DOCX）；会议结束前返回 422', params: deliberationIdParams, querystring: minutesQuery },
    },
    async (req, reply) => {
      const m = await getMeeting(app, principalOf(req), req.params.id);
      const problem = minutesProblem(m);
      if (problem) throw new RuleViolation(problem, 'state');
      return sendFile(reply, await renderInstrument(buildMinutes(m), req.query.format));
    },
  );
}
