// Addressed records are authorised before their input is read: a caller outside scope learns
// from a 403 or a 404 only, never from a 400 naming a field of a record they may not touch.
// Each module declares the records its paths address (`resources` in its manifest, with the
// path that addresses one); every guarded route under that path loads the record for the caller
// in this hook, before the schema runs. A new route under the path is covered without a line.
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.js';
import { NotFound } from '../errors.js';
import type { ResourceGuard, ServerModule } from '../modules.js';
import { accessOf, principalOf } from './access.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The resource the route's path addresses, found at start-up. */
    resource?: string;
  }
}

export type ResourceTable = Record<string, ResourceGuard>;

// The ids of every addressed record are UUIDs; anything else addresses nothing.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The resources of the wiring list; a name or a path declared twice stops start-up. */
export function resourceTableOf(modules: readonly ServerModule[]): ResourceTable {
  const table: ResourceTable = {};
  const paths = new Set<string>();
  for (const m of modules) {
    for (const [name, guard] of Object.entries(m.resources ?? {})) {
      if (table[name]) throw new Error(`module ${m.name} declares resource ${name} a second time`);
      if (paths.has(guard.at)) throw new Error(`module ${m.name} declares a second resource at ${guard.at}`);
      if (!/\/:\w+$/.test(guard.at)) throw new Error(`module ${m.name}: resource ${name} must be addressed by a path ending in a parameter`);
      table[name] = guard;
      paths.add(guard.at);
    }
  }
  return table;
}

/** The resource whose path (under /api) is the route's path or begins it. */
export function resourceOfRoute(table: ResourceTable, url: string): string | undefined {
  return Object.keys(table).find((name) => {
    const at = `/api${table[name].at}`;
    return url === at || url.startsWith(`${at}/`);
  });
}

const paramOf = (guard: ResourceGuard) => guard.at.slice(guard.at.lastIndexOf(':') + 1);

/** preValidation hook: loads the addressed record for the caller, refusing before the schema runs. */
export function resourceHook(app: AppContext, table: ResourceTable) {
  return async (req: FastifyRequest) => {
    const name = req.routeOptions.config?.resource;
    const access = accessOf(req);
    if (!name || !access || !('can' in access)) return;
    const guard = table[name];
    const param = paramOf(guard);
    const id = (req.params as Record<string, string | undefined>)[param] ?? '';
    if (!UUID.test(id)) throw new NotFound(`${guard.label}不存在`, param);
    await guard.authorize(app, principalOf(req), id);
  };
}
