import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineCapabilities } from '../platform/auth/capabilities.js';
import { principalOf } from '../platform/http/access.js';
import { buildHttpApp } from '../platform/http/app.js';
import type { AppContext } from '../platform/context.js';
import type { ServerModule } from '../platform/modules.js';
import { MODULES } from '../modules/index.js';
import { createWorld, type TestWorld } from './fixture.js';
import { prepareWalk, routeKeys, walkRoutes, type Walk } from './walk.js';
import { orgInScope } from '../platform/orgs/scope.js';

// A module is a folder and a line in the wiring list: this fixture module is registered only
// there (the list handed to the app) and must show up in OpenAPI, be enforced by its own
// capability and be walked with its own sample. Its web half is tested in web/src/app/modules.test.ts.
const fixtureCapabilities = defineCapabilities({ 'fixture.read': ['officer', 'head'] });

function fixtureRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/fixture/:orgId',
    {
      config: { access: { can: 'fixture.read' } },
      schema: {
        tags: ['测试模块 fixture'],
        summary: '测试模块：机构名称',
        params: z.object({ orgId: z.uuid() }),
        response: { 200: z.object({ ok: z.boolean() }) },
      },
    },
    async (req) => {
      await orgInScope(app.db, principalOf(req), req.params.orgId, 'orgId');
      return { ok: true };
    },
  );
}

const fixtureModule: ServerModule = {
  name: 'fixture',
  label: '测试模块',
  tables: {},
  capabilities: fixtureCapabilities,
  routes: fixtureRoutes,
  samples: async () => ({ samples: async ({ orgOf }) => ({ 'GET /api/fixture/:orgId': { path: (t) => `/api/fixture/${orgOf(t)}`, scoped: true } }) }),
};

let w: TestWorld;
let walk: Walk;
beforeAll(async () => {
  w = await createWorld(undefined, [...MODULES, fixtureModule]);
  walk = await prepareWalk(w, [fixtureModule]);
}, 120_000);
afterAll(() => w.close());

describe('a module registered only in the wiring list', () => {
  it('has its routes in the OpenAPI document', async () => {
    const doc = (await w.http.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.paths['/api/fixture/{orgId}'].get.summary).toBe('测试模块：机构名称');
  });

  it('has its capability in the one table and enforced on its route', async () => {
    expect(w.http.capabilities['fixture.read']).toEqual(['officer', 'head']);
    const officer = walk.clients.get('officer')!;
    const reviewer = walk.clients.get('legalReviewer')!;
    expect((await officer.get(`/api/fixture/${w.orgs.city.id}`)).body).toEqual({ ok: true });
    expect((await reviewer.get(`/api/fixture/${w.orgs.city.id}`)).status).toBe(403);
    expect((await officer.get(`/api/fixture/${w.orgs.siblingCity.id}`)).status).toBe(403);
  });

  it('has its sample walked for every role, in and out of the subtree', async () => {
    expect(
      routeKeys(w)
        .filter((k) => k.startsWith('GET /api/fixture'))
        .every((k) => walk.samples[k]),
    ).toBe(true);
    await walkRoutes(w, walk, (url) => url.startsWith('/api/fixture'));
  }, 60_000);

  it('is refused at start-up when a route names a capability no module declares', async () => {
    const typo: ServerModule = { ...fixtureModule, capabilities: { 'fixture.list': ['officer'] } };
    await expect(buildHttpApp(w.app, { modules: [typo] })).rejects.toThrow('unknown capability fixture.read');
  });

  it("is refused when listed twice or when it declares another module's capability", async () => {
    await expect(buildHttpApp(w.app, { modules: [fixtureModule, fixtureModule] })).rejects.toThrow('module fixture is listed twice');
    const thief: ServerModule = { ...fixtureModule, name: 'thief', routes: undefined, capabilities: { 'case.read': ['officer'] } };
    await expect(buildHttpApp(w.app, { modules: [...MODULES, thief] })).rejects.toThrow('capability case.read is declared twice');
  });
});
