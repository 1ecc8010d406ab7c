// The shapes tests share: the small world every database test builds (`src/testing/fixture.ts`)
// and the route × role × org walk's samples, which each module declares in its manifest.
import type { FixedClock } from '../clock.js';
import type { AppContext } from '../context.js';
import type { Database } from '../db/index.js';
import type { HttpApp } from '../http/app.js';

export interface TestWorld {
  database: Database;
  app: AppContext;
  clock: FixedClock;
  http: HttpApp;
  orgs: { ministry: OrgRef; province: OrgRef; city: OrgRef; county: OrgRef; township: OrgRef; siblingCity: OrgRef; siblingCounty: OrgRef };
  close(): Promise<void>;
}
export type OrgRef = { id: string; path: string; name: string };

export interface Client {
  csrf: string;
  cookie: string;
  get(url: string): Promise<Res>;
  send(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown): Promise<Res>;
}
export interface Res {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: a test response body is checked by the test itself
  body: any;
}

/** Inside or outside the caller's org subtree. */
export type Side = 'own' | 'other';

/** How the walk calls one route: a path (and body) for a target in and out of the subtree. */
export interface RouteSample {
  path(t: Side): string;
  body?(t: Side): unknown;
  /** Whether the route touches a target of an org; then the other side must be refused. */
  scoped: boolean;
}

/** What the walk builds before asking the modules for their samples. */
export interface WalkContext {
  w: TestWorld;
  /** The city (own) and the sibling city (other). */
  orgOf(t: Side): string;
  /** An officer of the county (own) and of the sibling county (other). */
  personOf(t: Side): string;
  /** An enterprise of the county (own) and of the sibling county (other). */
  enterpriseOf(t: Side): string;
  /** The region codes of orgOf. */
  regionOf(t: Side): string;
  /** A fresh number, for codes and names that must not repeat. */
  next(): number;
  /** One target set shared by several modules' samples, made by whichever asks first. */
  shared<T>(key: string, make: () => Promise<T>): Promise<T>;
}

export type SampleFactory = (ctx: WalkContext) => Promise<Record<string, RouteSample>>;
