import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../platform/context.js';
import { principalOf } from '../../../platform/http/access.js';
import type { FigureCatalogue } from '../service.js';
import {
  type AnnualReportAction,
  annualIdParams,
  annualListQuery,
  annualReportOut,
  annualSummaryOut,
  annualTransitionIn,
  createAnnualIn,
  documentQuery,
  narrativeIn,
  narrativeVersionOut,
  outlineIn,
  publicAnnualDetailOut,
  publicAnnualOut,
  sectionParams,
} from './contract.js';
import { annualDocument, publicAnnual, publicAnnualDocument, publicAnnuals } from './public.js';
import { createAnnual, getAnnual, listAnnual, narrativeVersions, saveNarrative, saveOutline, transitionAnnual } from './service.js';

export function annualRoutes(api: FastifyInstance, app: AppContext, catalogue: FigureCatalogue) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['法治政府建设情况报告 report'];
  const read = { access: { can: 'report.read' } };
  const draft = { access: { can: 'report.draft' } };
  const approve = { access: { can: 'report.approve' } };
  const open = { access: { public: true as const } };

  r.get(
    '/report/annual',
    { config: read, schema: { tags, summary: '年度报告列表', querystring: annualListQuery, response: { 200: z.array(annualSummaryOut) } } },
    (req) => listAnnual(app, principalOf(req), req.query),
  );
  r.post(
    '/report/annual',
    { config: draft, schema: { tags, summary: '起草年度报告（每个机构每年一份，按默认提纲）', body: createAnnualIn, response: { 201: annualReportOut } } },
    async (req, reply) => reply.status(201).send(await createAnnual(app, principalOf(req), catalogue, req.body)),
  );
  r.get(
    '/report/annual/:id',
    { config: read, schema: { tags, summary: '年度报告（章节、统计语句、正文、数据）', params: annualIdParams, response: { 200: annualReportOut } } },
    (req) => getAnnual(app, principalOf(req), catalogue, req.params.id),
  );
  r.put(
    '/report/annual/:id/outline',
    {
      config: draft,
      schema: { tags, summary: '修改提纲与统计语句（带版本号，冲突返回 409）', params: annualIdParams, body: outlineIn, response: { 200: annualReportOut } },
    },
    (req) => saveOutline(app, principalOf(req), catalogue, req.params.id, req.body),
  );
  r.put(
    '/report/annual/:id/sections/:key',
    {
      config: draft,
      schema: {
        tags,
        summary: '保存章节正文（每次保存一稿，之前各稿保留）',
        params: sectionParams,
        body: narrativeIn,
        response: { 200: z.object({ version: z.number(), savedAt: z.date() }) },
      },
    },
    (req) => saveNarrative(app, principalOf(req), req.params.id, req.params.key, req.body),
  );
  r.get(
    '/report/annual/:id/sections/:key/versions',
    { config: read, schema: { tags, summary: '章节正文的各稿', params: sectionParams, response: { 200: z.array(narrativeVersionOut) } } },
    (req) => narrativeVersions(app, principalOf(req), req.params.id, req.params.key),
  );
  const move = (action: AnnualReportAction, config: typeof read, summary: string) =>
    r.post(
      `/report/annual/:id/${action}`,
      { config, schema: { tags, summary, params: annualIdParams, body: annualTransitionIn, response: { 200: annualReportOut } } },
      (req) => transitionAnnual(app, principalOf(req), catalogue, req.params.id, action, req.body),
    );
  move('submit', draft, '提交主要负责人审定');
  move('approve', approve, '审定（主要负责人；起草、提交人不得审定），审定即向社会公开');
  move('return', approve, '退回修改（须说明理由）');
  r.get(
    '/report/annual/:id/document',
    { config: read, schema: { tags, summary: '报告文件（PDF 或 DOCX，含统计数据附件）', params: annualIdParams, querystring: documentQuery } },
    async (req, reply) => {
      const f = await annualDocument(app, principalOf(req), catalogue, req.params.id, req.query.format);
      return reply.header('content-type', f.contentType).header('content-disposition', f.contentDisposition).send(f.bytes);
    },
  );

  r.get(
    '/public/reports',
    { config: open, schema: { tags, summary: '已公开的法治政府建设情况报告（公开，无需登录）', response: { 200: z.array(publicAnnualOut) } } },
    () => publicAnnuals(app),
  );
  r.get(
    '/public/reports/:id',
    { config: open, schema: { tags, summary: '已公开的报告全文与统计数据附件（公开）', params: annualIdParams, response: { 200: publicAnnualDetailOut } } },
    (req) => publicAnnual(app, req.params.id),
  );
  r.get(
    '/public/reports/:id/document',
    { config: open, schema: { tags, summary: '已公开报告的文件（PDF 或 DOCX，公开）', params: annualIdParams, querystring: documentQuery } },
    async (req, reply) => {
      const f = await publicAnnualDocument(app, req.params.id, req.query.format);
      return reply.header('content-type', f.contentType).header('content-disposition', f.contentDisposition).send(f.bytes);
    },
  );
}
