import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../platform/context.js';
import { principalOf } from '../../../platform/http/access.js';
import { adhocTaskIn, idParams, listTasksQuery, taskOut } from '../contract.js';
import { getTask, listTasks, openAdhocTask } from './service.js';

/** 检查任务: my tasks, the subtree's for leaders, and ad hoc tasks. */
export function taskRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['现场检查 inspections'];
  const params = idParams;
  const p = '/inspections';
  const read = { access: { can: 'inspection.read' } };
  const inspect = { access: { can: 'inspection.inspect' } };

  r.get(
    `${p}/tasks`,
    { config: read, schema: { tags, summary: '我的检查任务（领导可看本机构及下级）', querystring: listTasksQuery, response: { 200: z.array(taskOut) } } },
    (req) => listTasks(app, principalOf(req), req.query),
  );
  r.get(`${p}/tasks/:id`, { config: read, schema: { tags, summary: '检查任务详情', params, response: { 200: taskOut } } }, (req) =>
    getTask(app, principalOf(req), req.params.id),
  );
  r.post(
    `${p}/tasks`,
    {
      config: inspect,
      schema: { tags, summary: '发起临时检查任务（须写明理由，执法人员不少于两人且持有效执法证）', body: adhocTaskIn, response: { 201: taskOut } },
    },
    async (req, reply) => reply.status(201).send(await openAdhocTask(app, principalOf(req), req.body)),
  );
}
