import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { principalOf } from '../../platform/http/access.js';
import { benchmarkOut, codeParams, discretionIn, orgQuery, saveBenchmarkIn, violationTypesQuery } from './contract.js';
import { MEASURES } from './law/types.js';
import { LAWS, PROVISIONS, VIOLATION_TYPES } from './law/work-safety-law.js';
import { cite } from './rules.js';
import { listRoutes } from './lists-routes.js';
import { benchmarksFor, calculate, saveBenchmark, violationType } from './service.js';
import { MAJOR_HAZARD_ARTICLES, MAJOR_HAZARD_STANDARD } from './standards/major-hazard-criteria.js';

const withCitations = (v: (typeof VIOLATION_TYPES)[number]) => ({
  ...v,
  breachedCitation: v.breachedProvision ? cite(v.breachedProvision) : null,
  punishingCitation: cite(v.punishingProvision),
  measureLabels: v.measures.map((m) => MEASURES[m]),
});

export function catalogueRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['法律法规与裁量基准 catalogue'];
  const read = { access: { can: 'catalogue.read' } };
  const any = z.unknown();

  r.get('/catalogue/laws', { config: read, schema: { tags, summary: '法律法规及条款', response: { 200: any } } }, async () => ({
    laws: LAWS,
    provisions: PROVISIONS.map((p) => ({ ...p, citation: cite(p) })),
  }));
  r.get(
    '/catalogue/violation-types',
    { config: read, schema: { tags, summary: '违法行为目录（违反条款、处罚条款、法定罚款幅度）', querystring: violationTypesQuery, response: { 200: any } } },
    async (req) => {
      const q = req.query.q;
      return VIOLATION_TYPES.filter((v) => !q || v.title.includes(q) || v.code.includes(q.toUpperCase())).map(withCitations);
    },
  );
  r.get(
    '/catalogue/violation-types/:code',
    {
      config: read,
      schema: { tags, summary: '违法行为详情及适用于本机构的裁量基准各版本', params: codeParams, querystring: orgQuery, response: { 200: any } },
    },
    async (req) => {
      const actor = principalOf(req);
      const v = violationType(req.params.code, 'code');
      const orgId = req.query.orgId ?? actor.orgId!;
      return {
        ...withCitations(v),
        benchmarks: await benchmarksFor(app, actor, v.code, orgId, 'initial'),
        notCorrectedBenchmarks: v.ifNotCorrected ? await benchmarksFor(app, actor, v.code, orgId, 'notCorrected') : [],
      };
    },
  );
  r.post(
    '/catalogue/benchmarks',
    {
      config: { access: { can: 'benchmark.edit' } },
      schema: { tags, summary: '发布本机构裁量基准新版本（须在法定幅度及上级基准内）', body: saveBenchmarkIn, response: { 201: benchmarkOut } },
    },
    async (req, reply) => reply.status(201).send(await saveBenchmark(app, principalOf(req), req.body)),
  );
  r.post(
    '/catalogue/discretion',
    { config: read, schema: { tags, summary: '自由裁量计算：情节档次、幅度、建议金额、不予处罚及说理', body: discretionIn, response: { 200: any } } },
    (req) => calculate(app, principalOf(req), req.body),
  );
  r.get(
    '/catalogue/major-hazard-criteria',
    { config: read, schema: { tags, summary: '工贸企业重大事故隐患判定标准（2023）', response: { 200: any } } },
    async () => ({ standard: MAJOR_HAZARD_STANDARD, articles: MAJOR_HAZARD_ARTICLES }),
  );
  listRoutes(api, app, tags);
}
