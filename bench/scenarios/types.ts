import type { Database } from '../../src/platform/db/index.js';
import type { AppContext } from '../../src/platform/context.js';
import type { GeneratedWorld, SizeName } from '../../src/seed/generator/index.js';

export interface BenchOptions {
  /** list-api: seconds per autocannon run, and its connections. */
  duration: number;
  connections: number;
}

export interface BenchContext {
  app: AppContext;
  database: Database;
  size: SizeName;
  /** Fraction of the size's counts in use (--scale); 1 for real runs. */
  scale: number;
  world: GeneratedWorld;
  options: BenchOptions;
  log(message: string): void;
}

/**
 * One measured quantity against its bare baseline, taken in the same process on the same data.
 * ratio = value / baseline: for throughput below 1 means slower than bare, for latency above 1.
 */
export interface Measurement {
  metric: string;
  unit: string;
  value: number;
  baseline: number;
  /** How the baseline was taken, and anything a reader of the number should know. */
  note?: string;
  detail?: Record<string, unknown>;
}

/** A benchmark: one file in bench/scenarios/, listed once in bench/scenarios/index.ts. */
export interface Scenario {
  name: string;
  summary: string;
  /** Grow the ledger to the size profile's length before running. */
  needsLedger?: boolean;
  /** Generate a year of activity (inspections, hazards, cases) before running. */
  needsActivity?: boolean;
  run(ctx: BenchContext): Promise<Measurement[]>;
}

/** Seconds taken by f. */
export async function seconds(f: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await f();
  return (performance.now() - t) / 1000;
}

/** The p-th percentile of ascending `sorted` (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
