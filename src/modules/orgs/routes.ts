import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { principalOf } from '../../platform/http/access.js';
import { createDelegationIn, createOrgIn, delegationOut, idParams, orgDetailOut, orgNodeOut, orgOut } from '../../platform/orgs/contract.js';
import { createDelegation, createOrg, orgDetail, orgTree } from '../../platform/orgs/service.js';

export function orgRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['组织机构 orgs'];

  r.get(
    '/orgs/tree',
    { config: { access: { can: 'org.read' } }, schema: { tags, summary: '本机构及下级机构树', response: { 200: z.array(orgNodeOut) } } },
    (req) => orgTree(app.db, principalOf(req)),
  );
  r.get(
    '/orgs/:id',
    { config: { access: { can: 'org.read' } }, schema: { tags, summary: '机构详情及执法委托', params: idParams, response: { 200: orgDetailOut } } },
    (req) => orgDetail(app.db, principalOf(req), req.params.id),
  );
  r.post(
    '/orgs',
    { config: { access: { can: 'org.create' } }, schema: { tags, summary: '新建下级机构', body: createOrgIn, response: { 201: orgOut } } },
    async (req, reply) => reply.status(201).send(await createOrg(app, principalOf(req), req.body)),
  );
  r.post(
    '/orgs/:id/delegations',
    {
      config: { access: { can: 'org.delegate' } },
      schema: {
        tags,
        summary: '登记执法委托（行政处罚法第二十条）',
        params: idParams,
        body: createDelegationIn,
        response: { 201: delegationOut.pick({ id: true }) },
      },
    },
    async (req, reply) => reply.status(201).send(await createDelegation(app, principalOf(req), req.params.id, req.body)),
  );
}
