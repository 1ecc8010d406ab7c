import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.js';
import { principalOf } from '../../platform/http/access.js';
import {
  decideIn,
  followIn,
  followOut,
  identityIn,
  listTipsQuery,
  receiptOut,
  revealIn,
  staffTipIn,
  tipIdParams,
  tipIn,
  tipOut,
  tipPageOut,
} from './contract.js';
import { decideTip, followTip, getTip, listTips, recordTip, revealIdentity, submitTip } from './service.js';

export function tipRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['举报投诉 tips'];
  const open = { access: { public: true as const } };

  r.post(
    '/public/tips',
    {
      config: open,
      schema: { tags, summary: '网上举报、投诉（无需登录；可匿名；返回受理编号和查询密码）', body: tipIn, response: { 201: receiptOut } },
    },
    async (req, reply) => reply.status(201).send(await submitTip(app, req.body, { ip: req.ip })),
  );
  // A POST, so the secret stays out of addresses and logs.
  r.post(
    '/public/tips/follow',
    { config: open, schema: { tags, summary: '凭受理编号和查询密码查询办理进度', body: followIn, response: { 200: followOut } } },
    (req) => followTip(app, req.body),
  );
  r.get(
    '/tips',
    { config: { access: { can: 'tip.read' } }, schema: { tags, summary: '举报投诉列表', querystring: listTipsQuery, response: { 200: tipPageOut } } },
    (req) => listTips(app, principalOf(req), req.query),
  );
  r.post(
    '/tips',
    {
      config: { access: { can: 'tip.record' } },
      schema: { tags, summary: '登记 12350 电话、来信、来访举报', body: staffTipIn, response: { 201: receiptOut.extend({ id: tipOut.shape.id }) } },
    },
    async (req, reply) => reply.status(201).send(await recordTip(app, principalOf(req), req.body)),
  );
  r.get(
    '/tips/:id',
    { config: { access: { can: 'tip.read' } }, schema: { tags, summary: '举报投诉详情', params: tipIdParams, response: { 200: tipOut } } },
    (req) => getTip(app, principalOf(req), req.params.id),
  );
  for (const decision of ['accept', 'decline'] as const)
    r.post(
      `/tips/:id/${decision}`,
      {
        config: { access: { can: 'tip.decide' } },
        schema: {
          tags,
          summary: decision === 'accept' ? '受理' : '不予受理（理由告知举报人）',
          params: tipIdParams,
          body: decideIn,
          response: { 200: tipOut },
        },
      },
      (req) => decideTip(app, principalOf(req), req.params.id, decision, req.body),
    );
  r.post(
    '/tips/:id/reveal',
    {
      config: { access: { can: 'tip.reveal' } },
      schema: { tags, summary: '查看举报人身份（仅主要负责人，须写明理由，记入安全审计）', params: tipIdParams, body: revealIn, response: { 200: identityIn } },
    },
    (req) => revealIdentity(app, principalOf(req), req.params.id, req.body.reason, req.ip),
  );
}
