// Addressed records are authorised before their input is read: a caller outside scope learns
// from a 403 or a 404 only, never from a 400 naming a field of a record they may not touch.
// Each module declares the records its paths address (`resources` in its manifest, with the
// path that addresses one); every guarded route under that path loads the record for the caller
// in this hook, before the schema runs. A new route under the path is covered without a line.
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.js';
import { DomainError, NotFound } from '../errors.js';
import type { ResourceGuard, ServerModule } from '../modules.js';
import { accessOf, principalOf } from './access.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The resource the route's path addresses, found at start-up. */
    resource?: string;
    /**
     * Body fields naming another record (`{ planId: 'plan' }`): each id given is authorised for the
     * caller by its resource's guard, as a path would be, so a module may take another module's
     * record by reference without reading its tables or importing it.
     */
    references?: Record<string, string>;
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

/** preValidation hook: loads the addressed and the referenced records for the caller, refusing before the schema runs. */
export function resourceHook(app: AppContext, table: ResourceTable) {
  return async (req: FastifyRequest) => {
    const config = req.routeOptions.config;
    const access = accessOf(req);
    if (!access || !('can' in access)) return;
    const name = config?.resource;
    if (name) {
      const guard = table[name];
      const param = paramOf(guard);
      const id = (req.params as Record<string, string | undefined>)[param] ?? '';
      if (!UUID.test(id)) throw new NotFound(`${guard.label}不存在`, param);
      await guard.authorize(app, principalOf(req), id);
    }
    for (const [field, resource] of Object.entries(config?.references ?? {})) {
      const id = (req.body as Record<string, unknown> | undefined)?.[field];
      // A malformed id is the schema's to refuse (400, naming the field); an absent one names nothing.
      if (typeof id !== 'string' || !UUID.test(id)) continue;
      const guard = table[resource];
      if (!guard) throw new Error(`route ${req.routeOptions.url}: body field ${field} references unknown resource ${resource}`);
      await guard.authorize(app, principalOf(req), id).catch((e: unknown) => {
        // The refusal names the body field, not the guard's own path parameter.
        if (e instanceof DomainError) throw new (e.constructor as new (m: string, f?: string) => DomainError)(e.message, field);
        throw e;
      });
    }
  };
}
