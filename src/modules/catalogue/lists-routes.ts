import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { principalOf } from '../../platform/http/access.js';
import { codeParams, historyQuery, listQuery, saveChecklistIn, savePowerItemIn, withdrawIn } from './contract.js';
import {
  checklistHistory,
  checklistsFor,
  powerItemHistory,
  powerItemsFor,
  saveChecklist,
  savePowerItem,
  withdrawChecklist,
  withdrawPowerItem,
} from './lists-service.js';

export function listRoutes(api: FastifyInstance, app: AppContext, tags: string[]) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const read = { access: { can: 'catalogue.read' } };
  const edit = { access: { can: 'list.edit' } };
  const any = z.unknown();

  r.get(
    '/catalogue/checklists',
    { config: read, schema: { tags, summary: '本机构适用的检查表（内置，经本机构或上级修改、停用、新增后）', querystring: listQuery, response: { 200: any } } },
    (req) => {
      const actor = principalOf(req);
      return checklistsFor(app, actor, req.query.orgId ?? actor.orgId!, req.query.includeWithdrawn === 'true');
    },
  );
  r.put(
    '/catalogue/checklists/:code',
    {
      config: edit,
      schema: {
        tags,
        summary: '新增或修改本机构的检查表（version 为本机构当前版本，尚无则为 null；过期返回 409）',
        params: codeParams,
        body: saveChecklistIn,
        response: { 200: any },
      },
    },
    (req) => saveChecklist(app, principalOf(req), req.params.code, req.body),
  );
  r.post(
    '/catalogue/checklists/:code/withdraw',
    { config: edit, schema: { tags, summary: '本机构及下级停用检查表（留存记录，不删除）', params: codeParams, body: withdrawIn, response: { 200: any } } },
    (req) => withdrawChecklist(app, principalOf(req), req.params.code, req.body),
  );
  r.get(
    '/catalogue/checklists/:code/history',
    { config: read, schema: { tags, summary: '检查表各版本（本机构及上级）', params: codeParams, querystring: historyQuery, response: { 200: any } } },
    (req) => {
      const actor = principalOf(req);
      return checklistHistory(app, actor, req.params.code, req.query.orgId ?? actor.orgId!);
    },
  );

  r.get(
    '/catalogue/power-items',
    { config: read, schema: { tags, summary: '本机构适用的权责清单与行政执法事项', querystring: listQuery, response: { 200: any } } },
    (req) => {
      const actor = principalOf(req);
      return powerItemsFor(app, actor, req.query.orgId ?? actor.orgId!, req.query.includeWithdrawn === 'true');
    },
  );
  r.put(
    '/catalogue/power-items/:code',
    {
      config: edit,
      schema: { tags, summary: '新增或修改本机构的权责清单事项及其行政执法事项', params: codeParams, body: savePowerItemIn, response: { 200: any } },
    },
    (req) => savePowerItem(app, principalOf(req), req.params.code, req.body),
  );
  r.post(
    '/catalogue/power-items/:code/withdraw',
    {
      config: edit,
      schema: {
        tags,
        summary: '本机构及下级停用权责清单事项（如未下放的权力；留存记录，不删除）',
        params: codeParams,
        body: withdrawIn,
        response: { 200: any },
      },
    },
    (req) => withdrawPowerItem(app, principalOf(req), req.params.code, req.body),
  );
  r.get(
    '/catalogue/power-items/:code/history',
    { config: read, schema: { tags, summary: '权责清单事项各版本（本机构及上级）', params: codeParams, querystring: historyQuery, response: { 200: any } } },
    (req) => {
      const actor = principalOf(req);
      return powerItemHistory(app, actor, req.params.code, req.query.orgId ?? actor.orgId!);
    },
  );
}
