// What a domain module brings to the platform. Each module declares itself in
// `src/modules/<m>/module.ts`; the wiring list `src/modules/index.ts` names them, and the
// server, the tests and the CLI take everything from that list. The platform imports no module.
import type { FastifyInstance } from 'fastify';
import type { CapabilityTable } from './auth/capabilities.js';
import type { Actor, AppContext } from './context.js';
import type { Principal } from './auth/service.js';
import type { Executor } from './db/index.js';
import type { Subscribers } from './events.js';
import type { FigureSet } from './figures/types.js';
import type { SampleFactory } from './testing/world.js';

/** A background job: started with the server, stopped before the database closes. */
export interface Job {
  stop(): Promise<void>;
}

export interface ServerModule {
  /** The folder name, the same in `web/src/modules/`. */
  name: string;
  /** Chinese name, for docs and error messages. */
  label: string;
  /** Its tables (the module's `schema.ts`): every migrated table has one owner (`src/testing/tables.db.test.ts`). */
  tables: Record<string, unknown>;
  /** Its capabilities (the module's pure `capabilities.ts`). */
  capabilities: CapabilityTable;
  /** What it does when another module's event happens, in that module's transaction. */
  subscribers?: Subscribers;
  /**
   * The records its paths address (`/cases/:id` and every route below it): each loads one and
   * refuses it when the caller may not touch it (404 absent, 403 outside their scope) before any
   * input is read (`platform/http/resources.ts`).
   */
  resources?: Record<string, ResourceGuard>;
  /**
   * The Chinese names of the ledger actions it appends and the subjects they are about, and, per
   * subject type, how to name its records (`platform/ledger/labels.ts`): the ledger page shows
   * 行政处罚案件 “某公司 应急罚〔2026〕3号”, not an id.
   */
  ledger?: { actions: Record<string, string>; subjects?: Record<string, string>; names?: Record<string, SubjectNamer> };
  /** The figures it answers for in the yearly report and 统计分析, from its own tables (`platform/figures`). */
  figures?: FigureSet;
  /**
   * Whom a signed-in user works for, when the module knows better than the org tree: an
   * enterprise user's company (registry). The session shows it in the header; null passes on.
   */
  affiliation?(app: AppContext, principal: Principal): Promise<string | null>;
  /** Registers its routes under /api. Every route declares `access`. `modules` is the wiring list, for a module that arranges the others' declared parts (the report's figures). */
  routes?(api: FastifyInstance, app: AppContext, wiring: { modules: readonly ServerModule[] }): void;
  /** Work to resume after a restart, before the server listens. */
  resume?(app: AppContext): Promise<void>;
  /** Its part of the demo data, after the org tree, the accounts and the registry are seeded. */
  demo?(app: AppContext, ctx: DemoContext): Promise<void>;
  /** Background jobs started with the server. */
  jobs?: ((app: AppContext) => Job)[];
  /**
   * Its samples for the route × role × org walk (`src/testing/permissions.db.test.ts`), loaded
   * only by that test; a route without a sample fails the walk.
   */
  samples?(): Promise<{ samples: SampleFactory }>;
}

/**
 * Names the records `ids` of one subject type from the module's own tables, in one query (a ledger
 * page holds up to 500 entries); an id whose row is gone is simply absent from the map.
 */
export type SubjectNamer = (ex: Executor, ids: string[]) => Promise<Map<string, string>>;

/** Loads the record `id` for the caller, throwing NotFound or Forbidden; `label` names it in Chinese. */
export interface ResourceGuard {
  label: string;
  /** The path under /api that addresses one, ending in its id parameter: `/cases/:id`. */
  at: string;
  authorize(app: AppContext, actor: Principal, id: string): Promise<unknown>;
}

/** What the demo seed has made when it asks the modules for their part. */
export interface DemoContext {
  city: { id: string; path: string; name: string; regionCode: string };
  counties: { id: string; path: string; name: string; regionCode: string }[];
  /** The China date the demo is seeded on. */
  today: string;
  /** The first day of the demo's year of work (a year before today). */
  start: string;
  /** The demo enterprise: operating, in the city, with the enterprise user `qy.demo` (userId). */
  enterprise: { id: string; orgId: string; name: string; userId: string };
  /** A seeded random stream (the same numbers on every seed), one per use. */
  random(stream: number): () => number;
  /** A seeded account as the services take it, by username or id (enterprise users carry their enterprise). */
  actor(ref: string): Promise<DemoActor>;
  /**
   * Schedules a step of the year of work at a Beijing date and time (`HH:mm`). Once every module
   * has scheduled its part, the steps run in time order, each on a clock set to its instant, so
   * the ledger reads as the year went; a step may schedule later ones. Returns false (and drops
   * the step) when the instant is not before the seed's own now.
   */
  at(date: string, time: string, step: (app: AppContext, on: string) => Promise<void>): boolean;
}

export type DemoActor = Actor & { enterpriseId: string | null };
