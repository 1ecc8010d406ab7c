import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { principalOf } from '../../platform/http/access.js';
import { EXPORT_MAX_ROWS, sendSheet, sheetFileName } from '../../platform/http/sheet.js';
import { acceptApplication, refuseToAccept, requestSupplement } from './acceptance.js';
import {
  applicationDetail,
  createApplication,
  downloadMaterial,
  MATERIAL_MAX_BYTES,
  submitApplication,
  uploadMaterial,
  withdrawApplication,
} from './applications.js';
import {
  applicationDetailOut,
  applicationIn,
  applicationPageOut,
  decideIn,
  extendIn,
  licensingAgendaOut,
  listApplicationsQuery,
  materialOut,
  materialQuery,
  pauseIn,
  refusalIn,
  resumeIn,
  supplementIn,
  versionIn,
} from './contract.js';
import { licensingAgenda } from './agenda.js';
import { APPLICATION_SHEET, applicationsForExport, listApplications } from './list.js';
import { decideApplication, endPause, extendReview, startPause } from './review.js';
import { issueIn } from './licence-contract.js';
import { issueLicence } from './licences.js';

const params = z.object({ id: z.uuid('申请编号格式不正确') });

/** 行政许可申请: drafted, material attached, submitted, accepted or sent back for 补正, reviewed and decided. */
export function applicationRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['行政许可 licensing'];
  const p = '/licensing/applications';
  const detail = (req: { params: { id: string } } & Parameters<typeof principalOf>[0]) => applicationDetail(app, principalOf(req), req.params.id);

  r.get(
    p,
    {
      config: { access: { can: 'license.read' } },
      schema: { tags, summary: '许可申请列表（企业用户只见本企业的）', querystring: listApplicationsQuery, response: { 200: applicationPageOut } },
    },
    (req) => listApplications(app, principalOf(req), req.query),
  );
  r.post(
    p,
    {
      config: { access: { can: 'license.apply' } },
      schema: { tags, summary: '新建许可申请草稿（企业网上申请，或窗口登记）', body: applicationIn, response: { 201: applicationDetailOut } },
    },
    async (req, reply) => {
      const id = await createApplication(app, principalOf(req), req.body);
      return reply.status(201).send(await applicationDetail(app, principalOf(req), id));
    },
  );
  r.get(
    `${p}/export.xlsx`,
    {
      config: { access: { can: 'license.read' } },
      schema: { tags, summary: `按当前筛选条件导出许可申请 XLSX（最多 ${EXPORT_MAX_ROWS} 条）`, querystring: listApplicationsQuery },
    },
    async (req, reply) =>
      sendSheet(reply, {
        fileName: sheetFileName('行政许可申请', app.clock.now()),
        sheetName: '行政许可申请',
        columns: APPLICATION_SHEET,
        rows: await applicationsForExport(app, principalOf(req), req.query),
      }),
  );
  r.get(
    '/licensing/agenda',
    {
      config: { access: { can: 'license.accept' } },
      schema: { tags, summary: '许可办理期限：3 个工作日内到期、已逾期和暂停计时的申请', response: { 200: licensingAgendaOut } },
    },
    (req) => licensingAgenda(app, principalOf(req)),
  );
  r.get(
    `${p}/:id`,
    { config: { access: { can: 'license.read' } }, schema: { tags, summary: '许可申请详情', params, response: { 200: applicationDetailOut } } },
    detail,
  );
  r.post(
    `${p}/:id/material`,
    {
      config: { access: { can: 'license.apply' } },
      bodyLimit: MATERIAL_MAX_BYTES + 1024,
      schema: {
        tags,
        summary: '上传申请材料（请求体为文件本身，application/octet-stream；PDF、JPG、PNG，不超过 20 MB）',
        params,
        querystring: materialQuery,
        response: { 201: materialOut },
      },
    },
    async (req, reply) => reply.status(201).send(await uploadMaterial(app, principalOf(req), req.params.id, { ...req.query, bytes: req.body })),
  );
  r.get(`/licensing/material/:id`, { config: { access: { can: 'license.read' } }, schema: { tags, summary: '下载申请材料', params } }, async (req, reply) => {
    const m = await downloadMaterial(app, principalOf(req), req.params.id);
    return reply
      .header('content-type', m.contentType)
      .header('content-disposition', `attachment; filename="material"; filename*=UTF-8''${encodeURIComponent(m.fileName)}`)
      .header('x-content-digest', `sm3=${m.digest}`)
      .send(m.bytes);
  });

  // Each step answers with the application as it now stands.
  const step = <B extends z.ZodType>(
    path: string,
    can: string,
    summary: string,
    body: B,
    act: (actor: ReturnType<typeof principalOf>, id: string, b: z.infer<B>) => Promise<unknown>,
  ) =>
    r.post(
      `${p}/:id/${path}`,
      { config: { access: { can } }, schema: { tags, summary, params, body, response: { 200: applicationDetailOut } } },
      async (req) => {
        await act(principalOf(req), req.params.id, req.body as z.infer<B>);
        return applicationDetail(app, principalOf(req), req.params.id);
      },
    );
  step('submit', 'license.apply', '提交申请（草稿须附齐必需材料）或提交补正材料', versionIn, (a, id, b) => submitApplication(app, a, id, b.version));
  step('withdraw', 'license.apply', '撤回申请', versionIn, (a, id, b) => withdrawApplication(app, a, id, b.version));
  step('supplement', 'license.accept', '一次性告知补正（列明全部需补正的材料）', supplementIn, (a, id, b) => requestSupplement(app, a, id, b));
  step('accept', 'license.accept', '受理', versionIn, (a, id, b) => acceptApplication(app, a, id, b.version));
  step('refuse', 'license.accept', '不予受理（说明理由，告知救济途径）', refusalIn, (a, id, b) => refuseToAccept(app, a, id, b));
  step('pause', 'license.review', '开始现场核查、专家评审或听证（暂停计时）', pauseIn, (a, id, b) => startPause(app, a, id, b));
  step('resume', 'license.review', '登记现场核查、专家评审或听证结束（恢复计时）', resumeIn, (a, id, b) => endPause(app, a, id, b));
  step('extend', 'license.extend', '批准延长审查期限 10 个工作日（说明理由）', extendIn, (a, id, b) => extendReview(app, a, id, b));
  step('grant', 'license.decide', '准予许可（受理、审查人员以外的负责人决定）', decideIn, (a, id, b) => decideApplication(app, a, id, 'grant', b));
  step('issue', 'license.issue', '颁发许可证件（签发电子证照，决定之日起 10 个工作日内）', issueIn, (a, id, b) => issueLicence(app, a, id, b));
  step('deny', 'license.decide', '不予许可（说明理由，告知救济途径）', decideIn, (a, id, b) => decideApplication(app, a, id, 'deny', b));
}
