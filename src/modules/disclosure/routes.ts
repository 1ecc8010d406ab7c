import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.js';
import { principalOf } from '../../platform/http/access.js';
import { EXPORT_MAX_ROWS, sendSheet, sheetFileName } from '../../platform/http/sheet.js';
import {
  consistencyBundle,
  consistencyQuery,
  dashboard,
  dashboardQuery,
  idParams,
  overdueList,
  overdueQuery,
  proofBundle,
  publicCheckpoints as publicCheckpointsOut,
  publicDetail as publicDetailOut,
  publicList,
  publicSearchQuery,
  publishIn,
  staffList,
  staffListQuery,
  withdrawIn,
} from './contract.js';
import { atomFeed, consistencyOf, proofOf, publicCheckpoints, publicDetail, searchPublic } from './public.js';
import { dashboardOf, DISCLOSURE_SHEET, disclosuresForExport, listDisclosures, overdueDisclosures } from './queries.js';
import { checkpointPublications, publish, withdraw } from './service.js';

export function disclosureRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['行政执法公示 disclosure'];
  const read = { access: { can: 'disclosure.read' } };
  const open = { access: { public: true as const } };
  const ptags = ['公开 public'];

  r.get(
    '/disclosures',
    {
      config: read,
      schema: {
        tags,
        summary: '公示事项（待公示、已公示、已撤下；按企业名称或统一社会信用代码搜索，按状态、类别、作出日期筛选，可排序）',
        querystring: staffListQuery,
        response: { 200: staffList },
      },
    },
    (req) => listDisclosures(app, principalOf(req), req.query),
  );
  r.get(
    '/disclosures/export.xlsx',
    { config: read, schema: { tags, summary: `按当前筛选条件导出公示事项 XLSX（最多 ${EXPORT_MAX_ROWS} 条）`, querystring: staffListQuery } },
    async (req, reply) =>
      sendSheet(reply, {
        fileName: sheetFileName('行政执法公示', app.clock.now()),
        sheetName: '行政执法公示',
        columns: DISCLOSURE_SHEET,
        rows: await disclosuresForExport(app, principalOf(req), req.query),
      }),
  );
  r.get(
    '/disclosures/dashboard',
    { config: read, schema: { tags, summary: '按期公示情况：应公示、按期、逾期、按期率', querystring: dashboardQuery, response: { 200: dashboard } } },
    (req) => dashboardOf(app, principalOf(req), req.query),
  );
  r.get(
    '/disclosures/overdue',
    { config: read, schema: { tags, summary: '逾期未公示事项（领导工作台）', querystring: overdueQuery, response: { 200: overdueList } } },
    (req) => overdueDisclosures(app, principalOf(req), req.query),
  );
  r.post(
    '/disclosures/:id/publish',
    { config: { access: { can: 'disclosure.publish' } }, schema: { tags, summary: '发布公示（记入执法记录）', params: idParams, body: publishIn } },
    async (req) => {
      await publish(app, principalOf(req), req.params.id);
      await checkpointPublications(app);
      return { ok: true };
    },
  );
  r.post(
    '/disclosures/:id/withdraw',
    {
      config: { access: { can: 'disclosure.withdraw' } },
      schema: { tags, summary: '撤下公示：期满、信用修复或决定被撤销（记入执法记录）', params: idParams, body: withdrawIn },
    },
    async (req) => {
      await withdraw(app, principalOf(req), req.params.id, req.body);
      return { ok: true };
    },
  );

  r.get(
    '/public/disclosures',
    {
      config: open,
      schema: {
        tags: ptags,
        summary: '行政执法公示检索（企业名称、信用代码、区划、类别、日期）',
        querystring: publicSearchQuery,
        response: { 200: publicList },
      },
    },
    (req) => searchPublic(app, req.query),
  );
  r.get('/public/disclosures/feed.atom', { config: open, schema: { tags: ptags, summary: '最新 50 条公示（Atom 1.0）' } }, async (_req, reply) => {
    return reply.type('application/atom+xml; charset=utf-8').send(await atomFeed(app, app.publicUrl));
  });
  r.get(
    '/public/disclosures/:id',
    { config: open, schema: { tags: ptags, summary: '公示详情', params: idParams, response: { 200: publicDetailOut } } },
    (req) => publicDetail(app, req.params.id),
  );
  r.get(
    '/public/disclosures/:id/proof',
    { config: open, schema: { tags: ptags, summary: '公示内容、执法记录条目与对签名检查点的包含性证明', params: idParams, response: { 200: proofBundle } } },
    (req) => proofOf(app, req.params.id),
  );
  r.get(
    '/public/ledger/checkpoints',
    { config: open, schema: { tags: ptags, summary: '已签名检查点（含公钥）', response: { 200: publicCheckpointsOut } } },
    () => publicCheckpoints(app),
  );
  r.get(
    '/public/ledger/consistency',
    {
      config: open,
      schema: { tags: ptags, summary: '两个检查点之间的一致性证明（RFC 9162）', querystring: consistencyQuery, response: { 200: consistencyBundle } },
    },
    (req) => consistencyOf(app, req.query),
  );
}
