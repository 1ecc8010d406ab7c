import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { tasksFromPlanIn, tasksFromPlanOut } from '../inspections/contract.js';
import { issueTasksFromPlan } from './issue-tasks.js';
import { principalOf, type Access } from '../../platform/http/access.js';
import {
  idParams,
  listPlansQuery,
  planIn,
  planOut,
  planSummaryOut,
  planUpdateIn,
  progressOut,
  publicPlanOut,
  publicPlansQuery,
  transitionIn,
  type PlanAction,
} from './contract.js';
import { createPlan, getPlan, listPlans, progressOf, publicPlans, transitionPlan, updatePlan } from './service.js';

export function planRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['年度监督检查计划 plans'];
  const read = { access: { can: 'plan.read' } };
  const edit = { access: { can: 'plan.edit' } };
  const lead = { access: { can: 'plan.approve' } };

  r.get(
    '/public/plans',
    {
      config: { access: { public: true } },
      schema: { tags, summary: '已公布的年度监督检查计划（公开，无需登录）', querystring: publicPlansQuery, response: { 200: z.array(publicPlanOut) } },
    },
    (req) => publicPlans(app, req.query),
  );
  r.get(
    '/plans',
    {
      config: read,
      schema: { tags, summary: '年度计划列表（按机构、年度、状态筛选）', querystring: listPlansQuery, response: { 200: z.array(planSummaryOut) } },
    },
    (req) => listPlans(app, principalOf(req), req.query),
  );
  r.get('/plans/:id', { config: read, schema: { tags, summary: '年度计划详情', params: idParams, response: { 200: planOut } } }, (req) =>
    getPlan(app, principalOf(req), req.params.id),
  );
  r.get(
    '/plans/:id/progress',
    { config: read, schema: { tags, summary: '计划执行进度（按项目和月份；落后于计划的给出差额）', params: idParams, response: { 200: progressOut } } },
    (req) => progressOf(app, principalOf(req), req.params.id),
  );
  r.post(
    '/plans',
    { config: edit, schema: { tags, summary: '编制年度计划（每个机构每年一份）', body: planIn, response: { 201: planOut } } },
    async (req, reply) => reply.status(201).send(await createPlan(app, principalOf(req), req.body)),
  );
  r.put(
    '/plans/:id',
    { config: edit, schema: { tags, summary: '修改草稿（带版本号，冲突返回 409）', params: idParams, body: planUpdateIn, response: { 200: planOut } } },
    (req) => updatePlan(app, principalOf(req), req.params.id, req.body),
  );
  const move = (action: PlanAction, config: { access: Access }, summary: string) =>
    r.post(`/plans/:id/${action}`, { config, schema: { tags, summary, params: idParams, body: transitionIn, response: { 200: planOut } } }, (req) =>
      transitionPlan(app, principalOf(req), req.params.id, action, req.body),
    );
  move('submit', edit, '提交审批');
  move('approve', lead, '批准（局领导；编制人、提交人不得批准）');
  move('return', lead, '退回修改（须说明理由）');
  move('publish', lead, '公布');
  // Under /inspections, where the tasks are listed; the plan decides which enterprises are due.
  r.post(
    '/inspections/tasks/from-plan',
    {
      config: { access: { can: 'plan.issueTasks' } },
      schema: {
        tags: ['现场检查 inspections'],
        summary: '按年度计划重点检查企业名单下达某月的检查任务（重复下达不会重复创建）',
        body: tasksFromPlanIn,
        response: { 201: tasksFromPlanOut },
      },
    },
    async (req, reply) => reply.status(201).send(await issueTasksFromPlan(app, principalOf(req), req.body)),
  );
}
