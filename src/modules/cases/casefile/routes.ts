import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../platform/context.js';
import { principalOf } from '../../../platform/http/access.js';
import { caseFileOut, ledgerProofOut, manifestParams } from './contract.js';
import { caseFileArchive, caseFileBook, caseFileOf, proofOfManifest } from './service.js';

const idParams = z.object({ id: z.uuid() });
const attachment = (ascii: string, name: string) => `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/** 卷宗: readable by whoever reads the case; the proof of its manifest by anyone. */
export function caseFileRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['行政处罚案件 cases'];
  const read = { access: { can: 'case.read' } };
  r.get(
    '/cases/:id/case-file',
    { config: read, schema: { tags, summary: '电子卷宗：组卷状态与卷内目录', params: idParams, response: { 200: caseFileOut } } },
    (req) => caseFileOf(app, principalOf(req), req.params.id),
  );
  r.get(
    '/cases/:id/case-file/pdf',
    { config: read, schema: { tags, summary: '电子卷宗 PDF（卷内目录及全部文书、证据清单、备考表）；组卷中返回 409', params: idParams } },
    async (req, reply) => {
      const bytes = await caseFileBook(app, principalOf(req), req.params.id);
      return reply.header('content-type', 'application/pdf').header('content-disposition', attachment('case-file.pdf', '卷宗.pdf')).send(bytes);
    },
  );
  r.get(
    '/cases/:id/case-file/archive',
    {
      config: read,
      schema: {
        tags,
        summary: '电子卷宗归档文件（ZIP：卷宗 PDF、证据原件、manifest.json；检查点覆盖后附包含性证明），可用 zhifa casefile verify 核验',
        params: idParams,
      },
    },
    async (req, reply) => {
      const { bytes, name } = await caseFileArchive(app, principalOf(req), req.params.id);
      return reply.header('content-type', 'application/zip').header('content-disposition', attachment('case-file.zip', name)).send(bytes);
    },
  );
  r.get(
    '/public/case-files/:sm3/proof',
    {
      config: { access: { public: true as const } },
      schema: {
        tags: ['公开 public'],
        summary: '卷宗组卷记录的包含性证明（按 manifest.json 的 SM3 摘要查询；记录内容只有案件标识与摘要）',
        params: manifestParams,
        response: { 200: ledgerProofOut },
      },
    },
    (req) => proofOfManifest(app, req.params.sm3),
  );
}
