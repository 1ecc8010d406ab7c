// The route × role × org walk, shared by the permission test (every module in the wiring list)
// and the module-structure test (a fixture module). Each module brings the samples for its
// routes through its manifest; the platform's own routes have theirs here.
import { expect } from 'vitest';
import { holds } from '../platform/auth/capabilities.js';
import { ROLES, type Role } from '../platform/auth/roles.js';
import { systemActor } from '../platform/context.js';
import type { Access } from '../platform/http/access.js';
import { createCheckpoint, headSeq } from '../platform/ledger/service.js';
import type { ServerModule } from '../platform/modules.js';
import type { RouteSample, Side, WalkContext } from '../platform/testing/world.js';
import { sampleEnterprise } from '../modules/registry/fixture.js';
import { createEnterprise } from '../modules/registry/service.js';
import { addUser, signIn, type Client, type TestWorld } from './fixture.js';

const SEQ = 3;

export const platformSamples: Record<string, RouteSample> = {
  'GET /api/auth/me': { path: () => '/api/auth/me', scoped: false },
  'POST /api/auth/password': { path: () => '/api/auth/password', body: () => ({ currentPassword: 'wrong-one', newPassword: 'Another#Pass2' }), scoped: false },
  'POST /api/auth/sign-out': { path: () => '/api/auth/sign-out', scoped: false },
  'GET /api/security-events': { path: () => '/api/security-events', scoped: false },
  'GET /api/ledger/actions': { path: () => '/api/ledger/actions', scoped: false },
  'GET /api/ledger/entries': { path: () => '/api/ledger/entries', scoped: false },
  'GET /api/ledger/entries/:seq': { path: () => `/api/ledger/entries/${SEQ}`, scoped: false },
  'GET /api/ledger/entries/:seq/proof': { path: () => `/api/ledger/entries/${SEQ}/proof`, scoped: false },
  'POST /api/ledger/verify': { path: () => '/api/ledger/verify', scoped: false },
  'GET /api/ledger/checkpoints': { path: () => '/api/ledger/checkpoints', scoped: false },
};

export interface Walk {
  samples: Record<string, RouteSample>;
  clients: Map<Role, Client>;
}

/** One user per role in the city, targets in and out of its subtree, then every module's samples. */
export async function prepareWalk(w: TestWorld, modules: readonly ServerModule[]): Promise<Walk> {
  for (const role of ROLES) await addUser(w, `u.${role}`, w.orgs.city.id, [role]);
  const people = {
    own: (await addUser(w, 'target.own', w.orgs.county.id, ['officer'])).id,
    other: (await addUser(w, 'target.other', w.orgs.siblingCounty.id, ['officer'])).id,
  };
  const enterprises = {
    own: (await createEnterprise(w.app, systemActor, sampleEnterprise(1, '421202'))).id,
    other: (await createEnterprise(w.app, systemActor, sampleEnterprise(2, '420102'))).id,
  };
  await createCheckpoint(w.app);
  let serial = 0;
  const made = new Map<string, Promise<unknown>>();
  const ctx: WalkContext = {
    w,
    orgOf: (t: Side) => (t === 'own' ? w.orgs.city.id : w.orgs.siblingCity.id),
    personOf: (t: Side) => people[t],
    enterpriseOf: (t: Side) => enterprises[t],
    regionOf: (t: Side) => (t === 'own' ? '421200' : '420100'),
    next: () => ++serial,
    shared: <T>(key: string, make: () => Promise<T>) => {
      if (!made.has(key)) made.set(key, make());
      return made.get(key) as Promise<T>;
    },
  };
  const samples: Record<string, RouteSample> = { ...platformSamples };
  for (const m of modules) {
    if (!m.samples) continue;
    for (const [key, sample] of Object.entries(await (await m.samples()).samples(ctx))) {
      if (samples[key]) throw new Error(`${m.name}: a second sample for ${key}`);
      samples[key] = sample;
    }
  }
  const clients = new Map<Role, Client>();
  for (const role of ROLES) clients.set(role, await signIn(w, `u.${role}`));
  return { samples, clients };
}

export const guardedRoutes = (w: TestWorld) =>
  w.http.declaredRoutes.filter((r) => r.url.startsWith('/api') && !('public' in r.access) && !r.url.startsWith('/api/docs'));
export const routeKeys = (w: TestWorld) => guardedRoutes(w).map((r) => `${r.method} ${r.url}`);
const allows = (w: TestWorld, access: Access, role: Role) => !('can' in access) || holds(w.http.capabilities, [role], access.can);
const call = (c: Client, method: string, path: string, body?: unknown) => (method === 'GET' ? c.get(path) : c.send(method as 'POST', path, body));

/** Every guarded route answers 401 without a session. */
export async function expectSignInRequired(w: TestWorld, samples: Record<string, RouteSample>) {
  for (const r of guardedRoutes(w)) {
    const s = samples[`${r.method} ${r.url}`];
    const res = await w.http.inject({ method: r.method as 'GET', url: s.path('own'), payload: s.body?.('own') as object });
    expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
  }
}

/** Each role does exactly what its route's capability allows, only inside its subtree, and writes nothing when refused. */
export async function walkRoutes(w: TestWorld, { samples, clients }: Walk, only?: (url: string) => boolean) {
  const routes = guardedRoutes(w).filter((r) => r.url !== '/api/auth/sign-out' && (!only || only(r.url)));
  for (const role of ROLES) {
    const c = clients.get(role)!;
    for (const r of routes) {
      const s = samples[`${r.method} ${r.url}`];
      const label = `${role} ${r.method} ${r.url}`;
      const before = await headSeq(w.app.db);
      const own = await call(c, r.method, s.path('own'), s.body?.('own'));
      if (!allows(w, r.access, role)) {
        expect(own.status, label).toBe(403);
        expect(await headSeq(w.app.db), `${label} wrote to the ledger`).toBe(before);
        continue;
      }
      expect([401, 403, 500], `${label}: ${JSON.stringify(own.body)}`).not.toContain(own.status);
      if (s.scoped) {
        const mid = await headSeq(w.app.db);
        const other = await call(c, r.method, s.path('other'), s.body?.('other'));
        expect(other.status, `${label} outside the subtree`).toBe(403);
        expect(await headSeq(w.app.db), `${label} outside the subtree wrote`).toBe(mid);
        // The record a path addresses by id is authorised before the body is read: a body that
        // fits no schema still gets the 403, so the refusal says nothing about the record's
        // fields. (Catalogue entries, addressed by code, are the org's named in the body.)
        if (r.method !== 'GET' && /\/:\w*[iI]d(\/|$)/.test(r.url)) {
          const malformed = await call(c, r.method, s.path('other'), []);
          expect(malformed.status, `${label} outside the subtree, malformed body: ${JSON.stringify(malformed.body)}`).toBe(403);
        }
      }
    }
  }
}
