import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../platform/context.js';
import { principalOf } from '../../../platform/http/access.js';
import { idParams, taskOut } from '../contract.js';
import { campaignFiguresOut, campaignIn, campaignOut, closeCampaignIn, listCampaignsQuery } from './contract.js';
import { campaignFigures, campaignTasks, closeCampaign, createCampaign, getCampaign, listCampaigns } from './service.js';

/** 专项整治: leaders launch and close; staff read it, its figures and its tasks. */
export function campaignRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['专项整治 campaigns'];
  const params = idParams;
  const p = '/inspections/campaigns';
  const read = { access: { can: 'inspection.read' } };
  const manage = { access: { can: 'campaign.manage' } };

  r.get(
    p,
    {
      config: read,
      schema: {
        tags,
        summary: '专项整治列表（本机构及下级，以及上级机构覆盖本机构的）',
        querystring: listCampaignsQuery,
        response: { 200: z.array(campaignOut) },
      },
    },
    (req) => listCampaigns(app, principalOf(req), req.query),
  );
  r.post(p, { config: manage, schema: { tags, summary: '启动专项整治', body: campaignIn, response: { 201: campaignOut } } }, async (req, reply) =>
    reply.status(201).send(await createCampaign(app, principalOf(req), req.body)),
  );
  r.get(`${p}/:id`, { config: read, schema: { tags, summary: '专项整治详情', params, response: { 200: campaignOut } } }, (req) =>
    getCampaign(app, principalOf(req), req.params.id),
  );
  r.get(
    `${p}/:id/figures`,
    { config: read, schema: { tags, summary: '专项整治统计（口径见各项说明）', params, response: { 200: campaignFiguresOut } } },
    (req) => campaignFigures(app, principalOf(req), req.params.id),
  );
  r.get(
    `${p}/:id/tasks`,
    { config: read, schema: { tags, summary: '专项整治的检查任务（本机构及下级的）', params, response: { 200: z.array(taskOut) } } },
    (req) => campaignTasks(app, principalOf(req), req.params.id),
  );
  r.post(
    `${p}/:id/close`,
    { config: manage, schema: { tags, summary: '结束专项整治（须写明总结）', params, body: closeCampaignIn, response: { 200: campaignOut } } },
    (req) => closeCampaign(app, principalOf(req), req.params.id, req.body),
  );
}
