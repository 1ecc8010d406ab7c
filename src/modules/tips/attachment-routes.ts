import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { principalOf } from '../../platform/http/access.js';
import { addStaffMaterial, addTipsterMaterial, downloadMaterial, listMaterial } from './attachments.js';
import { MATERIAL_LIMITS, materialHeaders, materialOut, materialQuery, tipIdParams } from './contract.js';

// The body limit lets a file just over the limit reach the service, which refuses it in Chinese.
const bodyLimit = MATERIAL_LIMITS.maxBytes + 1024;

/** 举报材料: the tipster's by receipt code and secret, staff's by session; listed and downloaded by staff. */
export function tipAttachmentRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['举报投诉 tips'];

  r.post(
    '/public/tips/material',
    {
      config: { access: { public: true as const } },
      bodyLimit,
      schema: {
        tags,
        summary:
          '举报人补充材料（无需登录；请求体为文件本身，application/octet-stream；受理编号和查询密码放在请求头；JPG、PNG、PDF，每个不超过 10 MB，每件最多 9 个）',
        headers: materialHeaders,
        querystring: materialQuery,
        response: { 201: materialOut },
      },
    },
    async (req, reply) => {
      const q = { receipt: req.headers['x-tip-receipt'], secret: req.headers['x-tip-secret'] };
      return reply.status(201).send(await addTipsterMaterial(app, q, { fileName: req.query.fileName, bytes: req.body }));
    },
  );
  r.post(
    '/tips/:id/material',
    {
      config: { access: { can: 'tip.record' } },
      bodyLimit,
      schema: {
        tags,
        summary: '上传举报材料（请求体为文件本身，application/octet-stream；计算 SM3 摘要并记入存证链）',
        params: tipIdParams,
        querystring: materialQuery,
        response: { 201: materialOut },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await addStaffMaterial(app, principalOf(req), req.params.id, { fileName: req.query.fileName, bytes: req.body })),
  );
  r.get(
    '/tips/:id/material',
    { config: { access: { can: 'tip.read' } }, schema: { tags, summary: '举报材料列表', params: tipIdParams, response: { 200: z.array(materialOut) } } },
    (req) => listMaterial(app, principalOf(req), req.params.id),
  );
  r.get(
    '/tips/material/:id',
    { config: { access: { can: 'tip.read' } }, schema: { tags, summary: '下载举报材料', params: tipIdParams } },
    async (req, reply) => {
      const a = await downloadMaterial(app, principalOf(req), req.params.id);
      return reply
        .header('content-type', a.contentType)
        .header('content-disposition', `attachment; filename="material"; filename*=UTF-8''${encodeURIComponent(a.fileName)}`)
        .header('x-content-digest', `sm3=${a.digest}`)
        .send(a.bytes);
    },
  );
}
