import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { officersPage, officersQuery, procedure, publicSubject, subjectDetail, subjectIdParams } from './prior-contract.js';
import { PROCEDURES } from './prior-data.js';
import { publicOfficers, publicSubjectDetail, publicSubjects } from './prior-service.js';

/** 事前公开 on the portal: read-only, no session. The response schemas drop anything not listed. */
export function priorDisclosureRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['公开 public'];
  const open = { access: { public: true as const } };

  r.get('/public/subjects', { config: open, schema: { tags, summary: '执法主体（各级应急管理部门）', response: { 200: z.array(publicSubject) } } }, () =>
    publicSubjects(app),
  );
  r.get(
    '/public/subjects/:id',
    {
      config: open,
      schema: {
        tags,
        summary: '执法主体的权责清单、执法事项、随机抽查事项、救济途径与投诉举报渠道',
        params: subjectIdParams,
        response: { 200: subjectDetail },
      },
    },
    (req) => publicSubjectDetail(app, req.params.id),
  );
  r.get(
    '/public/subjects/:id/officers',
    {
      config: open,
      schema: { tags, summary: '执法人员名单（仅姓名与执法证号）', params: subjectIdParams, querystring: officersQuery, response: { 200: officersPage } },
    },
    (req) => publicOfficers(app, req.params.id, req.query),
  );
  r.get(
    '/public/procedures',
    { config: open, schema: { tags, summary: '行政处罚简易程序与普通程序（含法律依据）', response: { 200: z.array(procedure) } } },
    () => PROCEDURES,
  );
}
