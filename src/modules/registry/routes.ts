import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BUSINESS_ROLES, LEADER_ROLES } from '../../platform/auth/roles.js';
import type { AppContext } from '../../platform/context.js';
import { principalOf } from '../../platform/http/access.js';
import { enterpriseIn, enterpriseOut, enterpriseUpdateIn, idParams, listEnterprisesQuery, revisionOut } from './contract.js';
import { createEnterprise, enterpriseHistory, getEnterprise, listEnterprises, updateEnterprise } from './service.js';

/** Who reads the registry, and who keeps it (legal reviewers read but do not edit). */
export const REGISTRY_READERS = BUSINESS_ROLES;
export const REGISTRY_EDITORS = ['officer', ...LEADER_ROLES] as const;

export function registryRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['监管对象库 registry'];
  const read = { access: { roles: REGISTRY_READERS } };
  const write = { access: { roles: REGISTRY_EDITORS } };

  r.get('/enterprises', { config: read, schema: { tags, summary: '企业列表（按机构辖区、名称或信用代码、区划、行业、风险等级等筛选）', querystring: listEnterprisesQuery, response: { 200: z.object({ items: z.array(enterpriseOut), total: z.number() }) } } }, (req) =>
    listEnterprises(app, principalOf(req), req.query),
  );
  r.get('/enterprises/:id', { config: read, schema: { tags, summary: '企业详情', params: idParams, response: { 200: enterpriseOut } } }, (req) => getEnterprise(app, principalOf(req), req.params.id));
  r.get('/enterprises/:id/history', { config: read, schema: { tags, summary: '企业信息变更历史', params: idParams, response: { 200: z.array(revisionOut.extend({ source: z.string() })) } } }, (req) =>
    enterpriseHistory(app, principalOf(req), req.params.id),
  );
  r.post('/enterprises', { config: write, schema: { tags, summary: '登记企业', body: enterpriseIn, response: { 201: enterpriseOut } } }, async (req, reply) =>
    reply.status(201).send(await createEnterprise(app, principalOf(req), req.body)),
  );
  r.put('/enterprises/:id', { config: write, schema: { tags, summary: '修改企业信息（带版本号，冲突返回 409）', params: idParams, body: enterpriseUpdateIn, response: { 200: enterpriseOut } } }, (req) =>
    updateEnterprise(app, principalOf(req), req.params.id, req.body),
  );
}
