import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.js';
import { principalOf } from '../../platform/http/access.js';
import { EXPORT_MAX_ROWS, sendSheet, sheetFileName } from '../../platform/http/sheet.js';
import {
  concludeIn,
  jointMeetingIn,
  jointMeetingOut,
  jointMeetingPageOut,
  listJointMeetingsQuery,
  listTransfersQuery,
  packageIn,
  policeDecisionIn,
  receiptIn,
  returnIn,
  supervisionIn,
  supervisionResultIn,
  transferIdParams,
  transferOut,
  transferAgendaOut,
  transferPageOut,
  type TransferOut,
} from './contract.js';
import { listTransfers, TRANSFER_SHEET, transferAgenda, transfersForExport } from './list.js';
import { listJointMeetings, recordJointMeeting } from './meetings.js';
import {
  conclude,
  getTransfer,
  recordPoliceDecision,
  recordReceipt,
  recordSupervisionResult,
  requestSupervision,
  returnCase,
  updatePackage,
} from './service.js';

export function transferRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['行刑衔接 transfers'];
  const read = { config: { access: { can: 'criminalTransfer.read' } } };
  const record = { config: { access: { can: 'criminalTransfer.record' } } };
  const approve = { config: { access: { can: 'criminalTransfer.approve' } } };
  r.get(
    '/transfers',
    { ...read, schema: { tags, summary: '移送公安机关案件列表（本机构及下级）', querystring: listTransfersQuery, response: { 200: transferPageOut } } },
    (req) => listTransfers(app, principalOf(req), req.query),
  );
  r.get(
    '/transfers/export.xlsx',
    { ...read, schema: { tags, summary: `按当前筛选条件导出移送案件 XLSX（最多 ${EXPORT_MAX_ROWS} 条）`, querystring: listTransfersQuery } },
    async (req, reply) =>
      sendSheet(reply, {
        fileName: sheetFileName('移送公安机关案件', app.clock.now()),
        sheetName: '移送公安机关案件',
        columns: TRANSFER_SHEET,
        rows: await transfersForExport(app, principalOf(req), req.query),
      }),
  );
  r.get(
    '/transfers/agenda',
    { ...read, schema: { tags, summary: '行刑衔接期限提醒（移送、立案审查、提请监督、移交涉案物品）', response: { 200: transferAgendaOut } } },
    (req) => transferAgenda(app, principalOf(req)),
  );
  r.get(
    '/transfers/joint-meetings',
    { ...read, schema: { tags, summary: '行刑衔接联席会议列表', querystring: listJointMeetingsQuery, response: { 200: jointMeetingPageOut } } },
    (req) => listJointMeetings(app, principalOf(req), req.query),
  );
  r.post(
    '/transfers/joint-meetings',
    { ...record, schema: { tags, summary: '登记联席会议（日期、参会单位、议题、议定事项）', body: jointMeetingIn, response: { 200: jointMeetingOut } } },
    (req) => recordJointMeeting(app, principalOf(req), req.body),
  );
  r.get(
    '/transfers/:id',
    {
      ...read,
      schema: { tags, summary: '移送记录详情（移送材料清单、回执、公安机关决定、立案监督、移回）', params: transferIdParams, response: { 200: transferOut } },
    },
    (req) => getTransfer(app, principalOf(req), req.params.id),
  );
  const step = <B>(
    path: string,
    access: typeof record,
    summary: string,
    body: import('zod').ZodType<B>,
    run: (app: AppContext, actor: ReturnType<typeof principalOf>, id: string, input: B) => Promise<TransferOut>,
  ) =>
    r.post(`/transfers/:id/${path}`, { ...access, schema: { tags, summary, params: transferIdParams, body, response: { 200: transferOut } } }, (req) =>
      run(app, principalOf(req), req.params.id, req.body as B),
    );
  step('package', record, '完善移送材料（涉案人员、附送材料、抄送检察院、已缴罚款）', packageIn, updatePackage);
  step('receipt', record, '登记公安机关接收回执', receiptIn, recordReceipt);
  step('police-decision', record, '登记公安机关立案或者不予立案决定（不予立案须附理由）', policeDecisionIn, recordPoliceDecision);
  step('supervision', approve, '提请人民检察院立案监督（负责人批准）', supervisionIn, requestSupervision);
  step('supervision-result', record, '登记人民检察院立案监督结果', supervisionResultIn, recordSupervisionResult);
  step('return', approve, '移回行政处罚：案件回到调查取证，继续办理（负责人批准）', returnIn, returnCase);
  step('conclude', record, '登记刑事程序结果（判决、不起诉等）', concludeIn, conclude);
}
