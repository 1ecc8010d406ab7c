import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.js';
import { principalOf } from '../../platform/http/access.js';
import { sendSheet } from '../../platform/http/sheet.js';
import { figuresQuery } from './contract.js';
import { figuresFor, type FigureCatalogue } from './service.js';
import { figureRanking, figureSheetName, figureTrends, FIGURE_SHEET } from './trends.js';
import { rankingOut, trendsOut, trendsQuery } from './trends-contract.js';

/** The 统计分析 dashboard's reads: monthly trends, the orgs below ranked, the figures as XLSX. */
export function reportTrendRoutes(api: FastifyInstance, app: AppContext, catalogue: FigureCatalogue) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['统计分析 report'];
  const config = { access: { can: 'report.read' } };
  r.get(
    '/report/trends',
    {
      config,
      schema: {
        tags,
        summary: '本机构及下级机构某年度逐月的各项统计数据（同比请再取上一年度）',
        querystring: trendsQuery,
        response: { 200: trendsOut },
      },
    },
    (req) => figureTrends(app, principalOf(req), catalogue, req.query),
  );
  r.get(
    '/report/ranking',
    {
      config,
      schema: {
        tags,
        summary: '直属下级机构在期间内的各项统计数据（各含其下级），供排名比较',
        querystring: figuresQuery,
        response: { 200: rankingOut },
      },
    },
    (req) => figureRanking(app, principalOf(req), catalogue, req.query),
  );
  r.get(
    '/report/figures.xlsx',
    { config, schema: { tags, summary: '导出本机构及下级机构在期间内的各项统计数据及统计口径（XLSX）', querystring: figuresQuery } },
    async (req, reply) => {
      const f = await figuresFor(app, principalOf(req), catalogue, req.query);
      return sendSheet(reply, { fileName: figureSheetName(f), sheetName: '统计数据', columns: FIGURE_SHEET, rows: f.sections.flatMap((s) => s.figures) });
    },
  );
}
