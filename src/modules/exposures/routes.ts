import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.js';
import { principalOf } from '../../platform/http/access.js';
import { EXPORT_MAX_ROWS, sendSheet, sheetFileName } from '../../platform/http/sheet.js';
import {
  approveIn,
  draftIn,
  enterpriseExposuresOut,
  enterpriseParams,
  exposureOut,
  exposurePageOut,
  followUpIn,
  idParams,
  listExposuresQuery,
  listSummonsQuery,
  publicExposurePageOut,
  publicExposuresQuery,
  summonsAgendaOut,
  summonsIn,
  summonsOut,
  summonsPageOut,
  withdrawIn,
} from './contract.js';
import {
  EXPOSURE_SHEET,
  enterpriseExposures,
  exposuresForExport,
  listExposures,
  listSummons,
  publicExposures,
  SUMMONS_SHEET,
  summonsForExport,
} from './list.js';
import { approveExposure, draftExposure, getExposure, withdrawExposure } from './service.js';
import { followUpSummons, getSummons, recordSummons, summonsAgenda } from './summons.js';

export function exposureRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['警示曝光、典型案例、通报、约谈 exposures'];
  r.get(
    '/public/exposures',
    {
      config: { access: { public: true } },
      schema: {
        tags,
        summary: '已发布的警示曝光、典型案例和通报（无需登录；个人信息已按规则隐去）',
        querystring: publicExposuresQuery,
        response: { 200: publicExposurePageOut },
      },
    },
    (req) => publicExposures(app, req.query),
  );
  r.get(
    '/exposures',
    {
      config: { access: { can: 'exposure.read' } },
      schema: { tags, summary: '警示曝光、典型案例和通报列表（本机构及下级）', querystring: listExposuresQuery, response: { 200: exposurePageOut } },
    },
    (req) => listExposures(app, principalOf(req), req.query),
  );
  r.get(
    '/exposures/export.xlsx',
    {
      config: { access: { can: 'exposure.read' } },
      schema: { tags, summary: `按当前筛选条件导出警示曝光、典型案例和通报 XLSX（最多 ${EXPORT_MAX_ROWS} 条）`, querystring: listExposuresQuery },
    },
    async (req, reply) =>
      sendSheet(reply, {
        fileName: sheetFileName('警示曝光典型案例通报', app.clock.now()),
        sheetName: '警示曝光典型案例通报',
        columns: EXPOSURE_SHEET,
        rows: await exposuresForExport(app, principalOf(req), req.query),
      }),
  );
  r.post(
    '/exposures',
    {
      config: { access: { can: 'exposure.draft' } },
      schema: { tags, summary: '起草警示曝光（已决定的处罚案件）、典型案例或通报，待负责人批准发布', body: draftIn, response: { 200: exposureOut } },
    },
    (req) => draftExposure(app, principalOf(req), req.body),
  );
  r.get(
    '/exposures/enterprises/:enterpriseId',
    {
      config: { access: { can: 'exposure.view' } },
      schema: { tags, summary: '某企业的警示曝光和约谈（企业信用页）', params: enterpriseParams, response: { 200: enterpriseExposuresOut } },
    },
    (req) => enterpriseExposures(app, principalOf(req), req.params.enterpriseId),
  );
  r.get(
    '/exposures/:id',
    {
      config: { access: { can: 'exposure.read' } },
      schema: { tags, summary: '警示曝光、典型案例或通报详情', params: idParams, response: { 200: exposureOut } },
    },
    (req) => getExposure(app, principalOf(req), req.params.id),
  );
  r.post(
    '/exposures/:id/approve',
    {
      config: { access: { can: 'exposure.approve' } },
      schema: {
        tags,
        summary: '批准发布（起草机关负责人，起草人不得批准）：按规则隐去个人信息后在公示网站发布',
        params: idParams,
        body: approveIn,
        response: { 200: exposureOut },
      },
    },
    (req) => approveExposure(app, principalOf(req), req.params.id, req.body),
  );
  r.post(
    '/exposures/:id/withdraw',
    {
      config: { access: { can: 'exposure.approve' } },
      schema: { tags, summary: '撤回已发布的警示曝光、典型案例或通报（写明理由）', params: idParams, body: withdrawIn, response: { 200: exposureOut } },
    },
    (req) => withdrawExposure(app, principalOf(req), req.params.id, req.body),
  );
  r.get(
    '/summons',
    {
      config: { access: { can: 'exposure.read' } },
      schema: { tags, summary: '约谈记录列表（本机构及下级）', querystring: listSummonsQuery, response: { 200: summonsPageOut } },
    },
    (req) => listSummons(app, principalOf(req), req.query),
  );
  r.get(
    '/summons/export.xlsx',
    {
      config: { access: { can: 'exposure.read' } },
      schema: { tags, summary: `按当前筛选条件导出约谈记录 XLSX（最多 ${EXPORT_MAX_ROWS} 条）`, querystring: listSummonsQuery },
    },
    async (req, reply) =>
      sendSheet(reply, {
        fileName: sheetFileName('约谈记录', app.clock.now()),
        sheetName: '约谈记录',
        columns: SUMMONS_SHEET,
        rows: await summonsForExport(app, principalOf(req), req.query),
      }),
  );
  r.get(
    '/summons/agenda',
    {
      config: { access: { can: 'exposure.read' } },
      schema: { tags, summary: '约谈整改跟踪日程：跟踪日期 7 日内到期或已逾期的约谈', response: { 200: summonsAgendaOut } },
    },
    (req) => summonsAgenda(app, principalOf(req)),
  );
  r.post(
    '/summons',
    {
      config: { access: { can: 'summons.record' } },
      schema: {
        tags,
        summary: '登记约谈（企业、下级人民政府或有关部门）：约谈人、被约谈人、事项、承诺和整改跟踪日期',
        body: summonsIn,
        response: { 200: summonsOut },
      },
    },
    (req) => recordSummons(app, principalOf(req), req.body),
  );
  r.get(
    '/summons/:id',
    { config: { access: { can: 'exposure.read' } }, schema: { tags, summary: '约谈记录详情', params: idParams, response: { 200: summonsOut } } },
    (req) => getSummons(app, principalOf(req), req.params.id),
  );
  r.post(
    '/summons/:id/follow-up',
    {
      config: { access: { can: 'summons.record' } },
      schema: { tags, summary: '登记约谈后的整改跟踪情况', params: idParams, body: followUpIn, response: { 200: summonsOut } },
    },
    (req) => followUpSummons(app, principalOf(req), req.params.id, req.body),
  );
}
