import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.js';
import { principalOf } from '../../platform/http/access.js';
import { EXPORT_MAX_ROWS, sendSheet, sheetFileName } from '../../platform/http/sheet.js';
import {
  creditExportOut,
  creditExportQuery,
  decideIn,
  instrumentParams,
  instrumentQuery,
  listingIdParams,
  listingOut,
  listingPageOut,
  listListingsQuery,
  noticeIn,
  proposeIn,
  publicListingPageOut,
  publicListingsQuery,
  serveIn,
  statementIn,
} from './contract.js';
import { listingInstrument } from './instrument-service.js';
import { CREDIT_EXPORT_SHEET, creditExport, LISTING_SHEET, listingsForExport, listListings, publicListings } from './list.js';
import { decideListing, getListing, proposeListing, recordStatement, serveDecision, serveNotice } from './service.js';

export function creditRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['严重失信主体名单 credit'];
  r.get(
    '/public/credit/listings',
    {
      config: { access: { public: true } },
      schema: {
        tags,
        summary: '严重失信主体名单（现行列入，无需登录）：企业名称、统一社会信用代码、列入情形、列入决定书文号、决定机关、列入日期和管理期限',
        querystring: publicListingsQuery,
        response: { 200: publicListingPageOut },
      },
    },
    (req) => publicListings(app, req.query),
  );
  r.get(
    '/credit/listings',
    {
      config: { access: { can: 'credit.read' } },
      schema: { tags, summary: '严重失信主体名单办理列表', querystring: listListingsQuery, response: { 200: listingPageOut } },
    },
    (req) => listListings(app, principalOf(req), req.query),
  );
  r.get(
    '/credit/listings/export.xlsx',
    {
      config: { access: { can: 'credit.read' } },
      schema: { tags, summary: `按当前筛选条件导出严重失信主体名单 XLSX（最多 ${EXPORT_MAX_ROWS} 条）`, querystring: listListingsQuery },
    },
    async (req, reply) =>
      sendSheet(reply, {
        fileName: sheetFileName('严重失信主体名单', app.clock.now()),
        sheetName: '严重失信主体名单',
        columns: LISTING_SHEET,
        rows: await listingsForExport(app, principalOf(req), req.query),
      }),
  );
  r.get(
    '/credit/listings/export',
    {
      config: { access: { can: 'credit.read' } },
      schema: {
        tags,
        summary: '导出现行严重失信主体名单（报送全国信用信息共享平台）：format=json 或 xlsx；字段见 docs/credit-export.md',
        querystring: creditExportQuery,
        response: { 200: creditExportOut },
      },
    },
    async (req, reply) => {
      const out = await creditExport(app, principalOf(req), req.query);
      const name = `严重失信主体名单-报送-${out.asOf}`;
      if (req.query.format === 'xlsx')
        return sendSheet(reply, { fileName: `${name}.xlsx`, sheetName: '严重失信主体名单', columns: CREDIT_EXPORT_SHEET, rows: out.records });
      return reply.header('content-disposition', `attachment; filename="export.json"; filename*=UTF-8''${encodeURIComponent(`${name}.json`)}`).send(out);
    },
  );
  r.post(
    '/credit/listings',
    {
      config: { access: { can: 'credit.handle' } },
      schema: { tags, summary: '对本机关作出的行政处罚决定提出列入严重失信主体名单建议', body: proposeIn, response: { 200: listingOut } },
    },
    (req) => proposeListing(app, principalOf(req), req.body),
  );
  r.get(
    '/credit/listings/:id',
    { config: { access: { can: 'credit.read' } }, schema: { tags, summary: '名单记录详情', params: listingIdParams, response: { 200: listingOut } } },
    (req) => getListing(app, principalOf(req), req.params.id),
  );
  const step = (summary: string) => ({ tags, summary, params: listingIdParams, response: { 200: listingOut } });
  r.post(
    '/credit/listings/:id/notice',
    {
      config: { access: { can: 'credit.handle' } },
      schema: { ...step('登记列入告知书送达（编号“信告”），陈述申辩期限自送达之日起计算'), body: noticeIn },
    },
    (req) => serveNotice(app, principalOf(req), req.params.id, req.body),
  );
  r.post(
    '/credit/listings/:id/statement',
    { config: { access: { can: 'credit.handle' } }, schema: { ...step('登记当事人的陈述、申辩'), body: statementIn } },
    (req) => recordStatement(app, principalOf(req), req.params.id, req.body),
  );
  r.post(
    '/credit/listings/:id/decide',
    {
      config: { access: { can: 'credit.decide' } },
      schema: { ...step('作出列入（编号“信列”）或不予列入决定：作出处罚决定的机关负责人，提出建议的人员不得决定'), body: decideIn },
    },
    (req) => decideListing(app, principalOf(req), req.params.id, req.body),
  );
  r.post('/credit/listings/:id/serve', { config: { access: { can: 'credit.handle' } }, schema: { ...step('登记列入决定书送达'), body: serveIn } }, (req) =>
    serveDecision(app, principalOf(req), req.params.id, req.body),
  );
  r.get(
    '/credit/listings/:id/instruments/:kind',
    {
      config: { access: { can: 'credit.read' } },
      schema: { tags, summary: '下载列入告知书或列入决定书（PDF 或 DOCX）；尚未作出时返回 422', params: instrumentParams, querystring: instrumentQuery },
    },
    async (req, reply) => {
      const f = await listingInstrument(app, principalOf(req), req.params.id, req.params.kind, req.query.format);
      return reply.header('content-type', f.contentType).header('content-disposition', f.contentDisposition).send(f.bytes);
    },
  );
}
