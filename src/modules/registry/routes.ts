import { PassThrough } from 'node:stream';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { ValidationError } from '../../platform/errors.js';
import { principalOf } from '../../platform/http/access.js';
import { enterpriseIn, enterpriseOut, enterpriseUpdateIn, idParams, importOut, listEnterprisesQuery, revisionOut, stageImportQuery } from './contract.js';
import { commitImport, getImport, importErrorsWorkbook, listImports, MAX_IMPORT_BYTES, stageImport } from './imports.js';
import { templateWorkbook, writeEnterprises } from './import/workbooks.js';
import { allEnterprises, createEnterprise, enterpriseHistory, getEnterprise, listEnterprises, updateEnterprise } from './service.js';

const xlsx = (reply: FastifyReply, fileName: string) =>
  reply
    .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`);

export function registryRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  // Import files are uploaded as the raw body; the route sets its own size limit.
  api.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: MAX_IMPORT_BYTES }, (_req, body, done) => done(null, body));
  const tags = ['监管对象库 registry'];
  const read = { access: { can: 'enterprise.read' } };
  const write = { access: { can: 'enterprise.edit' } };

  r.get(
    '/enterprises',
    {
      config: read,
      schema: {
        tags,
        summary: '企业列表（按机构辖区、名称或信用代码、区划、行业、风险等级等筛选）',
        querystring: listEnterprisesQuery,
        response: { 200: z.object({ items: z.array(enterpriseOut), total: z.number() }) },
      },
    },
    (req) => listEnterprises(app, principalOf(req), req.query),
  );
  r.get(
    '/enterprises/export.xlsx',
    { config: read, schema: { tags, summary: '按当前筛选条件导出 XLSX（可原样重新导入）', querystring: listEnterprisesQuery } },
    async (req, reply) => {
      const rows = await allEnterprises(app, principalOf(req), req.query);
      const file = new PassThrough();
      writeEnterprises(rows, file).catch((e) => file.destroy(e));
      return xlsx(reply, `监管对象-${new Date().toISOString().slice(0, 10)}.xlsx`).send(file);
    },
  );
  r.get('/enterprises/import-template.xlsx', { config: write, schema: { tags, summary: '企业导入模板' } }, async (_req, reply) =>
    xlsx(reply, '监管对象导入模板.xlsx').send(await templateWorkbook()),
  );
  r.get('/enterprises/imports', { config: write, schema: { tags, summary: '我最近的导入批次', response: { 200: z.array(importOut) } } }, (req) =>
    listImports(app, principalOf(req)),
  );
  r.post(
    '/enterprises/imports',
    {
      config: write,
      bodyLimit: MAX_IMPORT_BYTES,
      schema: {
        tags,
        summary: '上传导入文件（请求体为文件本身，application/octet-stream），先逐行校验',
        querystring: stageImportQuery,
        response: { 202: importOut },
      },
    },
    async (req, reply) => {
      if (!Buffer.isBuffer(req.body)) throw new ValidationError('请求体须为文件内容（Content-Type: application/octet-stream）', 'file');
      return reply.status(202).send(await stageImport(app, principalOf(req), req.query.fileName, req.body));
    },
  );
  r.get(
    '/enterprises/imports/:id',
    { config: write, schema: { tags, summary: '导入批次的校验进度、错误与结果', params: idParams, response: { 200: importOut } } },
    (req) => getImport(app, principalOf(req), req.params.id),
  );
  r.get('/enterprises/imports/:id/errors.xlsx', { config: write, schema: { tags, summary: '下载错误清单', params: idParams } }, async (req, reply) =>
    xlsx(reply, '导入错误清单.xlsx').send(await importErrorsWorkbook(app, principalOf(req), req.params.id)),
  );
  r.post(
    '/enterprises/imports/:id/commit',
    { config: write, schema: { tags, summary: '确认导入有效行（一个事务内完成）', params: idParams, response: { 202: importOut } } },
    async (req, reply) => reply.status(202).send(await commitImport(app, principalOf(req), req.params.id)),
  );
  r.get('/enterprises/:id', { config: read, schema: { tags, summary: '企业详情', params: idParams, response: { 200: enterpriseOut } } }, (req) =>
    getEnterprise(app, principalOf(req), req.params.id),
  );
  r.get(
    '/enterprises/:id/history',
    { config: read, schema: { tags, summary: '企业信息变更历史', params: idParams, response: { 200: z.array(revisionOut.extend({ source: z.string() })) } } },
    (req) => enterpriseHistory(app, principalOf(req), req.params.id),
  );
  r.post('/enterprises', { config: write, schema: { tags, summary: '登记企业', body: enterpriseIn, response: { 201: enterpriseOut } } }, async (req, reply) =>
    reply.status(201).send(await createEnterprise(app, principalOf(req), req.body)),
  );
  r.put(
    '/enterprises/:id',
    {
      config: write,
      schema: { tags, summary: '修改企业信息（带版本号，冲突返回 409）', params: idParams, body: enterpriseUpdateIn, response: { 200: enterpriseOut } },
    },
    (req) => updateEnterprise(app, principalOf(req), req.params.id, req.body),
  );
}
