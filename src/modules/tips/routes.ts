import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.js';
import { principalOf } from '../../platform/http/access.js';
import {
  tipAgendaOut,
  assignIn,
  claimIn,
  concludeIn,
  decideIn,
  payIn,
  proposeRewardIn,
  rewardParams,
  tipDetailOut,
  verifyIn,
  followIn,
  followOut,
  identityIn,
  listTipsQuery,
  receiptOut,
  revealIn,
  staffTipIn,
  tipIdParams,
  portalTipIn,
  tipOut,
  tipPageOut,
} from './contract.js';
import { z } from 'zod';
import { challengeOut } from '../../platform/contract.js';
import { issueChallenge } from '../../platform/http/proof-of-work.js';
import { tipAgenda } from './agenda.js';
import { tipAttachmentRoutes } from './attachment-routes.js';
import { concludeComplaint } from './complaints.js';
import { assignTip, verifyTip } from './handling.js';
import { claimantHint, claimReward, decideReward, payReward, proposeReward, tipDetail } from './reward-service.js';
import { REWARD_STATES } from './contract.js';
import { decideTip, followTip, listTips, recordTip, revealIdentity, submitTip } from './service.js';

export function tipRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['举报投诉 tips'];
  const open = { access: { public: true as const } };

  r.post(
    '/public/tips',
    {
      config: open,
      schema: {
        tags,
        summary: '网上举报、投诉（无需登录；可匿名；须附人机验证；返回受理编号和查询密码）',
        body: portalTipIn,
        response: { 201: receiptOut },
      },
    },
    async (req, reply) => reply.status(201).send(await submitTip(app, req.body, { ip: req.ip })),
  );
  r.get(
    '/public/tips/challenge',
    { config: open, schema: { tags, summary: '人机验证题目（工作量证明，10 分钟内有效，只能用一次）', response: { 200: challengeOut } } },
    () => issueChallenge(app.sealKey),
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
    '/tips/agenda',
    {
      config: { access: { can: 'tip.assign' } },
      schema: { tags, summary: '举报办理期限：7 日内到期和已逾期的受理告知、办结答复', response: { 200: tipAgendaOut } },
    },
    (req) => tipAgenda(app, principalOf(req)),
  );
  r.get(
    '/tips/:id',
    {
      config: { access: { can: 'tip.read' } },
      schema: { tags, summary: '举报投诉详情（含核查发现、关联案件和奖励）', params: tipIdParams, response: { 200: tipDetailOut } },
    },
    (req) => tipDetail(app, principalOf(req), req.params.id),
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
  r.post(
    '/tips/:id/assign',
    {
      config: { access: { can: 'tip.assign' } },
      schema: { tags, summary: '交办核查（生成举报核查任务）', params: tipIdParams, body: assignIn, response: { 200: tipOut } },
    },
    (req) => assignTip(app, principalOf(req), req.params.id, req.body),
  );
  r.post(
    '/tips/:id/verify',
    {
      config: { access: { can: 'tip.verify' } },
      schema: { tags, summary: '登记核查结果并答复举报人（办结）', params: tipIdParams, body: verifyIn, response: { 200: tipOut } },
    },
    (req) => verifyTip(app, principalOf(req), req.params.id, req.body),
  );
  r.post(
    '/tips/:id/conclude',
    {
      config: { access: { can: 'complaint.conclude' } },
      schema: { tags, summary: '办结投诉（办理结果、纠正措施，答复投诉人）', params: tipIdParams, body: concludeIn, response: { 200: tipOut } },
    },
    (req) => concludeComplaint(app, principalOf(req), req.params.id, req.body),
  );
  r.post(
    '/tips/:id/rewards',
    {
      config: { access: { can: 'tip.rewardPropose' } },
      schema: { tags, summary: '拟定举报奖励（按核查结果计算金额）', params: tipIdParams, body: proposeRewardIn, response: { 200: tipDetailOut } },
    },
    (req) => proposeReward(app, principalOf(req), req.params.id, req.body),
  );
  for (const decision of ['approve', 'reject'] as const)
    r.post(
      `/tips/:id/rewards/:rewardId/${decision}`,
      {
        config: { access: { can: 'tip.rewardApprove' } },
        schema: {
          tags,
          summary: decision === 'approve' ? '批准举报奖励（承办人不得审批）' : '不予批准举报奖励（写明理由）',
          params: rewardParams,
          body: decideIn,
          response: { 200: tipDetailOut },
        },
      },
      (req) => decideReward(app, principalOf(req), req.params.id, req.params.rewardId, decision, req.body),
    );
  r.get(
    '/tips/:id/rewards/:rewardId/claimant',
    {
      config: { access: { can: 'tip.rewardPay' } },
      schema: {
        tags,
        summary: '领奖人核验提示（姓名部分隐去、身份证号后四位）',
        params: rewardParams,
        response: { 200: z.object({ name: z.string(), idNumberTail: z.string() }) },
      },
    },
    (req) => claimantHint(app, principalOf(req), req.params.id, req.params.rewardId),
  );
  r.post(
    '/tips/:id/rewards/:rewardId/pay',
    {
      config: { access: { can: 'tip.rewardPay' } },
      schema: { tags, summary: '发放举报奖励（核验身份证件后）', params: rewardParams, body: payIn, response: { 200: tipDetailOut } },
    },
    (req) => payReward(app, principalOf(req), req.params.id, req.params.rewardId, req.body),
  );
  r.post(
    '/public/tips/claim',
    {
      config: open,
      schema: {
        tags,
        summary: '凭受理编号和查询密码申领举报奖励（无需登录）',
        body: claimIn,
        response: { 200: z.object({ state: z.enum(REWARD_STATES), amountFen: z.number() }) },
      },
    },
    (req) => claimReward(app, req.body),
  );
  tipAttachmentRoutes(api, app);
}
