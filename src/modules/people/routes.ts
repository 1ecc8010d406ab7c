import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { principalOf } from '../../platform/http/access.js';
import { createCredentialIn, createPersonIn, credentialOut, figuresOut, figuresQuery, idParams, listPeopleQuery, personOut, setRolesIn } from './contract.js';
import { addCredential, createPerson, listPeople, peopleFigures, setRoles, unlockAccount } from './service.js';

export function peopleRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['人员与证件 people'];

  r.get(
    '/people',
    {
      config: { access: { can: 'person.read' } },
      schema: {
        tags,
        summary: '本机构及下级人员（含执法证）',
        querystring: listPeopleQuery,
        response: { 200: z.object({ items: z.array(personOut), total: z.number() }) },
      },
    },
    (req) => listPeople(app, principalOf(req), req.query),
  );
  r.get(
    '/people/figures',
    {
      config: { access: { can: 'person.read' } },
      schema: { tags, summary: '执法人员数、持证率、法制审核人员占比（≥5%）与证件到期提醒', querystring: figuresQuery, response: { 200: figuresOut } },
    },
    (req) => peopleFigures(app, principalOf(req), req.query.orgId),
  );
  r.post(
    '/people',
    {
      config: { access: { can: 'person.create' } },
      schema: { tags, summary: '新建账户（首次登录须修改密码）', body: createPersonIn, response: { 201: personOut } },
    },
    async (req, reply) => reply.status(201).send(await createPerson(app, principalOf(req), { ...req.body, roles: [] })),
  );
  r.put(
    '/people/:id/roles',
    {
      config: { access: { can: 'person.setRoles' } },
      schema: { tags, summary: '设置业务角色（安全管理员）', params: idParams, body: setRolesIn, response: { 200: personOut } },
    },
    (req) => setRoles(app, principalOf(req), req.params.id, req.body.roles),
  );
  r.post(
    '/people/:id/unlock',
    { config: { access: { can: 'person.unlock' } }, schema: { tags, summary: '解除账户锁定（安全管理员）', params: idParams, response: { 200: personOut } } },
    (req) => unlockAccount(app, principalOf(req), req.params.id),
  );
  r.post(
    '/people/:id/credentials',
    {
      config: { access: { can: 'credential.add' } },
      schema: { tags, summary: '登记行政执法证', params: idParams, body: createCredentialIn, response: { 201: credentialOut } },
    },
    async (req, reply) => reply.status(201).send(await addCredential(app, principalOf(req), req.params.id, req.body)),
  );
}
