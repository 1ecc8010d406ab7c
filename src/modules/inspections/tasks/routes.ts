import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../platform/context.js';
import { principalOf } from '../../../platform/http/access.js';
import { EXPORT_MAX_ROWS, sendSheet, sheetFileName } from '../../../platform/http/sheet.js';
import { idParams, openTaskIn, listTasksQuery, taskOut } from '../contract.js';
import { openTask } from './open.js';
import { listTasks, TASK_SHEET, tasksForExport } from './list.js';
import { getTask } from './service.js';

/** 检查任务: my tasks, the subtree's for leaders, and tasks opened by hand (tasks/kinds.ts). */
export function taskRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['现场检查 inspections'];
  const params = idParams;
  const p = '/inspections';
  const read = { access: { can: 'inspection.read' } };
  const inspect = { access: { can: 'inspection.inspect' } };

  r.get(
    `${p}/tasks`,
    {
      config: read,
      schema: {
        tags,
        summary: '我的检查任务（领导可看本机构及下级；按企业名称或统一社会信用代码搜索，按状态、来源、计划日期筛选，可排序）',
        querystring: listTasksQuery,
        response: { 200: z.object({ items: z.array(taskOut), total: z.number() }) },
      },
    },
    (req) => listTasks(app, principalOf(req), req.query),
  );
  r.get(
    `${p}/tasks/export.xlsx`,
    { config: read, schema: { tags, summary: `按当前筛选条件导出检查任务 XLSX（最多 ${EXPORT_MAX_ROWS} 条）`, querystring: listTasksQuery } },
    async (req, reply) =>
      sendSheet(reply, {
        fileName: sheetFileName('检查任务', app.clock.now()),
        sheetName: '检查任务',
        columns: TASK_SHEET,
        rows: await tasksForExport(app, principalOf(req), req.query),
      }),
  );
  r.get(`${p}/tasks/:id`, { config: read, schema: { tags, summary: '检查任务详情', params, response: { 200: taskOut } } }, (req) =>
    getTask(app, principalOf(req), req.params.id),
  );
  r.post(
    `${p}/tasks`,
    {
      config: inspect,
      schema: {
        tags,
        summary: '新建检查任务：日常检查、举报核查、联合执法、暗查暗访、专项检查（须写明理由，执法人员不少于两人且持有效执法证）',
        body: openTaskIn,
        response: { 201: taskOut },
      },
    },
    async (req, reply) => reply.status(201).send(await openTask(app, principalOf(req), req.body)),
  );
}
