import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { principalOf } from '../../platform/http/access.js';
import { announceIn, drawDetail, drawIn, drawSummary, idParams, listDrawsQuery, matterIn, matterOut, matterUpdateIn, withdrawalIn } from './contract.js';
import { createMatter, getMatter, listMatters, updateMatter } from './matters.js';
import { drawBundle, drawSnapshotGz, publicDraws, verifyPublished } from './public.js';
import { getDraw, listDraws } from './read.js';
import { announceDraw, makeDraw, withdraw } from './service.js';

const checkOut = z.object({ name: z.string(), ok: z.boolean(), detail: z.string() });
const verdictOut = z.object({ ok: z.boolean(), checks: z.array(checkOut) });

export function drawRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['双随机抽查 draws'];
  const read = { access: { can: 'draw.read' } };
  const write = { access: { can: 'draw.run' } };
  const open = { access: { public: true as const } };

  r.get(
    '/draws/matters',
    {
      config: read,
      schema: {
        tags,
        summary: '随机抽查事项清单（含检查对象名录库当前户数）',
        querystring: z.object({ orgId: z.uuid().optional() }),
        response: { 200: z.array(matterOut) },
      },
    },
    (req) => listMatters(app, principalOf(req), req.query.orgId),
  );
  r.get('/draws/matters/:id', { config: read, schema: { tags, summary: '抽查事项详情', params: idParams, response: { 200: matterOut } } }, (req) =>
    getMatter(app, principalOf(req), req.params.id),
  );
  r.post('/draws/matters', { config: write, schema: { tags, summary: '新增抽查事项', body: matterIn, response: { 201: matterOut } } }, async (req, reply) =>
    reply.status(201).send(await createMatter(app, principalOf(req), req.body)),
  );
  r.put(
    '/draws/matters/:id',
    { config: write, schema: { tags, summary: '修改抽查事项（带版本号）', params: idParams, body: matterUpdateIn, response: { 200: matterOut } } },
    (req) => updateMatter(app, principalOf(req), req.params.id, req.body),
  );

  r.get(
    '/draws',
    {
      config: read,
      schema: { tags, summary: '抽取列表', querystring: listDrawsQuery, response: { 200: z.object({ items: z.array(drawSummary), total: z.number() }) } },
    },
    (req) => listDraws(app, principalOf(req), req.query),
  );
  r.get('/draws/:id', { config: read, schema: { tags, summary: '抽取详情与结果', params: idParams, response: { 200: drawDetail } } }, (req) =>
    getDraw(app, principalOf(req), req.params.id),
  );
  r.post(
    '/draws',
    {
      // The annual plan a draw carries out is the plans module's record: authorised for the caller like a path.
      config: { ...write, references: { planId: 'plan' } },
      schema: { tags, summary: '公告抽取：固定名录库快照、参数与承诺值并记入执法记录', body: announceIn, response: { 201: drawDetail } },
    },
    async (req, reply) => reply.status(201).send(await announceDraw(app, principalOf(req), req.body)),
  );
  r.post(
    '/draws/:id/draw',
    { config: write, schema: { tags, summary: '录入公开随机源取值并抽取，生成检查任务', params: idParams, body: drawIn, response: { 200: drawDetail } } },
    (req) => makeDraw(app, principalOf(req), req.params.id, req.body),
  );
  r.post(
    '/draws/:id/withdrawals',
    { config: write, schema: { tags, summary: '回避或退出后重新抽取（记录原因）', params: idParams, body: withdrawalIn, response: { 200: drawDetail } } },
    (req) => withdraw(app, principalOf(req), req.params.id, req.body),
  );

  const ptags = ['公开 public'];
  const paging = z.object({ page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(100).default(20) });
  r.get('/public/draws', { config: open, schema: { tags: ptags, summary: '公开的双随机抽取', querystring: paging } }, (req) => publicDraws(app, req.query));
  r.get(
    '/public/draws/:id',
    { config: open, schema: { tags: ptags, summary: '抽取的全部公开输入与结果（zhifa-draw-bundle/1），供独立验证', params: idParams } },
    (req) => drawBundle(app, req.params.id),
  );
  r.get(
    '/public/draws/:id/snapshot.json.gz',
    { config: open, schema: { tags: ptags, summary: '名录库快照（规范化 JSON 的 gzip）', params: idParams } },
    async (req, reply) =>
      reply
        .header('content-type', 'application/gzip')
        .header('content-disposition', `attachment; filename="draw-${req.params.id}-snapshot.json.gz"`)
        .send(await drawSnapshotGz(app, req.params.id)),
  );
  r.get(
    '/public/draws/:id/verify',
    { config: open, schema: { tags: ptags, summary: '按公开输入重新计算并与公布结果比对', params: idParams, response: { 200: verdictOut } } },
    (req) => verifyPublished(app, req.params.id),
  );
}
