import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger, openApp } from './platform/bootstrap.js';
import { systemClock, testClockFromEnv } from './platform/clock.js';
import { ConfigError, loadConfig } from './platform/config.js';
import { buildHttpApp } from './platform/http/app.js';
import { startCheckpointer } from './platform/ledger/checkpointer.js';
import { DEMO_PASSWORD, isEmpty, seedDemo } from './seed/demo.js';
import { MODULES } from './modules/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * `npm start` builds the web app while the server opens its database and seeds (scripts/start.mjs);
 * the static files are listed when the HTTP app is built, so that waits for the build's message.
 */
function webBuilt(): Promise<void> {
  if (process.env.ZHIFA_WEB_BUILDING !== '1' || !process.send) return Promise.resolve();
  return new Promise((resolve) => {
    process.on('message', (m) => {
      if (m === 'web-built') resolve();
    });
  });
}

async function main() {
  let cfg: ReturnType<typeof loadConfig>;
  try {
    cfg = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }
  const log = createLogger(cfg.logLevel);
  let clock = systemClock;
  try {
    clock = testClockFromEnv(process.env, (f) => fs.readFileSync(f, 'utf8')) ?? systemClock;
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
  if (clock !== systemClock) log.warn('test clock in use (ZHIFA_TEST_CLOCK_FILE)');
  const { app, database } = await openApp(cfg, log, MODULES, clock);
  log.info({ database: database.kind, dataDir: cfg.dataDir }, 'database ready');

  let demo: Awaited<ReturnType<typeof seedDemo>> = [];
  if (cfg.seed === 'demo' && (await isEmpty(app.db))) {
    log.info('empty database: seeding demo data');
    demo = await seedDemo(app);
  }
  for (const m of MODULES) await m.resume?.(app);
  await webBuilt();
  const http = await buildHttpApp(app, { modules: MODULES, logger: log, webDist: path.join(root, 'web', 'dist'), cookieSecure: cfg.cookieSecure });
  await http.listen({ port: cfg.port, host: cfg.host });
  const checkpointer = startCheckpointer(app, { every: cfg.checkpointEvery, minutes: cfg.checkpointMinutes });
  const jobs = MODULES.flatMap((m) => m.jobs ?? []).map((start) => start(app));

  const url = `http://localhost:${cfg.port}`;
  const lines = [
    `\n  执法 Zhifa 已启动: ${url}  (数据库: ${database.kind === 'pglite' ? `PGlite ${path.join(cfg.dataDir, 'pgdata')}` : 'PostgreSQL'})`,
    `  API 文档: ${url}/api/docs`,
  ];
  if (demo.length) {
    lines.push(`  演示账户（初始密码 ${DEMO_PASSWORD}，首次登录须修改密码）:`);
    for (const a of demo) lines.push(`    ${a.username.padEnd(14)} ${a.role}  ${a.org}`);
  }
  console.log(`${lines.join('\n')}\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: finishing in-flight requests');
    for (const job of jobs) await job.stop();
    await checkpointer.stop();
    await http.close();
    await database.close();
    log.info('stopped cleanly');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((e) => {
  console.error('启动失败 (start-up failed):', e instanceof Error ? e.message : e);
  process.exit(1);
});
