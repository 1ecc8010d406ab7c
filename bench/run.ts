import { generateSealKey } from '../src/platform/crypto/seal.js';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { systemClock } from '../src/platform/clock.js';
import type { AppContext } from '../src/platform/context.js';
import { HASH_ALGS, type HashAlg } from '../src/platform/ledger/hash.js';
import { generateSigningKey } from '../src/platform/ledger/keys.js';
import { registerKey } from '../src/platform/ledger/service.js';
import { eventBus } from '../src/platform/events.js';
import { MODULES } from '../src/modules/index.js';
import { SIZE_NAMES, generate, type SizeName } from '../src/seed/generator/index.js';
import { openBenchDatabase } from './db.js';
import { scaledProfile } from './scale.js';
import { machine, table, writeJson, type Row } from './report.js';
import { SCENARIOS } from './scenarios/index.js';

const USAGE = `npm run bench -- [--size demo|province] [--scenario name]… [--seed n] [--duration s] [--connections n] [--scale f] [--out file] [--keep]
  --scale 0.01 shrinks every count of the size (a quick check that the province path works), never below
  the counts every scenario needs data from (bench/scale.ts).
  DATABASE_URL set → a fresh database zhifa_bench_<pid> on that PostgreSQL server (dropped unless --keep);
  otherwise PGlite in a temporary directory. Scenarios: ${SCENARIOS.map((s) => s.name).join(', ')}.`;

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'demo' },
    scenario: { type: 'string', multiple: true },
    seed: { type: 'string' },
    duration: { type: 'string' },
    connections: { type: 'string', default: '32' },
    out: { type: 'string' },
    keep: { type: 'boolean', default: false },
    scale: { type: 'string', default: '1' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const size = values.size as SizeName;
if (!SIZE_NAMES.includes(size)) throw new Error(`unknown size ${size}\n${USAGE}`);
const wanted = values.scenario?.flatMap((s) => s.split(','));
const unknown = wanted?.filter((w) => !SCENARIOS.some((s) => s.name === w));
if (unknown?.length) throw new Error(`unknown scenario ${unknown.join(', ')}\n${USAGE}`);
const scenarios = SCENARIOS.filter((s) => !wanted || wanted.includes(s.name));
const scale = Number(values.scale);
if (!(scale > 0)) throw new Error(`--scale must be a positive number\n${USAGE}`);
const hashAlg = (process.env.ZHIFA_HASH_ALG ?? 'sm3') as HashAlg;
if (!HASH_ALGS.includes(hashAlg)) throw new Error(`ZHIFA_HASH_ALG must be one of ${HASH_ALGS.join(', ')}`);

const started = performance.now();
const log = (m: string) => process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${m}\n`);
// Progress at most every five seconds: a province run goes on for hours.
let lastProgress = 0;
const progress = (step: string, done: number, total: number) => {
  if (done === total || Date.now() - lastProgress > 5000) {
    lastProgress = Date.now();
    log(`${step} ${done}/${total}`);
  }
};

log('opening a fresh database');
const bench = await openBenchDatabase(process.env.DATABASE_URL, Number(values.connections) + 8);
// Interrupted runs still drop their database (WITH FORCE ends the pool's open sessions).
process.once('SIGINT', () => {
  log('interrupted');
  // Sessions cut by the drop raise errors in whatever was running; expected now, and ignored.
  process.on('uncaughtException', (e) => log(`after interrupt: ${e.message}`));
  void bench.close(values.keep, true).finally(() => process.exit(130));
});
const dbKind = bench.database.kind;
const app: AppContext = {
  db: bench.database.db,
  dbKind,
  clock: systemClock,
  hashAlg,
  signingKey: generateSigningKey(),
  sealKey: generateSealKey(),
  publicUrl: 'http://localhost:3000',
  log: pino({ level: 'warn' }),
  events: eventBus(MODULES, () => app),
};
const rows: Row[] = [];
let failed = false;
try {
  await registerKey(app);
  log(`${size} world on ${bench.serverVersion} at ${bench.where}`);
  const t = performance.now();
  const override = scaledProfile(size, scale);
  const world = await generate(app, {
    size,
    seed: values.seed ? Number(values.seed) : undefined,
    ledger: scenarios.some((s) => s.needsLedger),
    activity: scenarios.some((s) => s.needsActivity),
    override,
    onProgress: progress,
  });
  const generateSeconds = (performance.now() - t) / 1000;
  log(`generated in ${generateSeconds.toFixed(1)} s: ${JSON.stringify(world.counts)} ${JSON.stringify(world.seconds)}`);
  const options = { duration: Number(values.duration ?? (size === 'demo' ? 10 : 30)), connections: Number(values.connections) };
  for (const s of scenarios) {
    log(`scenario ${s.name}: ${s.summary}`);
    for (const m of await s.run({ app, database: bench.database, size, scale, world, options, log })) {
      rows.push({ scenario: s.name, size, db: dbKind, ...m, ratio: m.value / m.baseline });
    }
  }
  console.log(table(rows));
  for (const r of rows.filter((r) => r.note)) console.log(`- ${r.scenario}: ${r.note}`);
  const out = values.out ?? path.join(path.dirname(fileURLToPath(import.meta.url)), 'out', `${size}-${dbKind}${scale === 1 ? '' : `-x${scale}`}.json`);
  const file = writeJson(out, {
    size,
    scale,
    db: dbKind,
    seed: world.seed,
    hashAlg,
    at: new Date().toISOString(),
    machine: machine(bench.serverVersion),
    generate: { seconds: generateSeconds, steps: world.seconds, counts: world.counts, activity: world.activity },
    results: rows,
  });
  log(`results written to ${file}`);
} catch (e) {
  failed = true;
  console.error(e);
} finally {
  log('closing');
  await bench.close(values.keep);
  log('closed');
  if (values.keep) log(`kept the database at ${bench.where}`);
}
process.exit(failed ? 1 : 0);
