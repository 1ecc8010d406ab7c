// `npm test`: the whole suite — unit and database tests on PGlite, the database tests again on
// PostgreSQL when TEST_DATABASE_URL is set, and browser tests in Debian's Chromium.
// Prints a plain "N passed, N failed" line at the end for CI.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith('-'));
// Browser tests run on a whole run, or when a chosen file is one of them.
const wantsE2e =
  args.includes('--project=e2e') || (!args.some((a) => a.startsWith('--project')) && (files.length === 0 || files.some((f) => f.includes('e2e'))));

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
// Debian packages: Chromium for the browser tests; LibreOffice and poppler for the instrument
// tests (*.tools.test.ts), which fail naming the package when one is missing.
const PACKAGES = 'chromium fonts-noto-cjk libreoffice-writer-nogui poppler-utils';
if (((wantsE2e && !fs.existsSync(chromium)) || !has('soffice') || !has('pdftoppm')) && process.getuid?.() === 0) {
  console.log(`安装 Debian 软件包 (installing ${PACKAGES})…`);
  spawnSync('sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${PACKAGES} >/dev/null`], { stdio: 'inherit' });
}

const started = Date.now();
const elapsed = () => `${Math.round((Date.now() - started) / 1000)} s`;

/**
 * The web build and the browser tests' demo seed wait on nothing, and the gates (tsc on one core)
 * and the unit tests (about 1.6 of CI's two cores) leave room: they run beside them, writing to
 * files (a pipe to this process, blocked in spawnSync, would fill and stall them). The browser
 * tests wait for both.
 */
const children = [];
// A run that stops early (gates failed, Ctrl-C) leaves neither the build nor the seed's server
// behind: each runs in its own process group, ended whole.
process.on('exit', () => {
  for (const c of children) {
    try {
      process.kill(-c.pid, 'SIGTERM');
    } catch {} // already ended
  }
});
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));
function background(name, command, argv, env = process.env) {
  const log = path.join(root, '.test-results', `${name}.log`);
  fs.mkdirSync(path.dirname(log), { recursive: true });
  const fd = fs.openSync(log, 'w');
  const child = spawn(command, argv, { cwd: root, env, stdio: ['ignore', fd, fd], detached: true });
  children.push(child);
  const done = new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
  return async () => {
    const code = await done;
    fs.closeSync(fd);
    if (code !== 0) {
      console.error(fs.readFileSync(log, 'utf8'));
      console.error(`${name} failed (${code})`);
    }
    return code;
  };
}

let webBuilt;
let seeded;
let templateDir;
if (wantsE2e && fs.existsSync(chromium)) {
  webBuilt = background('web-build', 'npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn']);
  templateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-e2e-template-'));
  seeded = background('e2e-seed', process.execPath, ['--import', 'tsx', 'e2e/seed-template.ts', templateDir]);
  process.on('exit', () => fs.rmSync(templateDir, { recursive: true, force: true }));
}

// The gates come first on a whole run: types (server and web), format and lint, module
// boundaries and the module graph. A run of chosen files skips them.
const wholeRun = args.filter((a) => !a.startsWith('-')).length === 0 && !args.some((a) => a.startsWith('--project'));
if (wholeRun || args.includes('--gates')) {
  console.log('检查 (gates): tsc, biome, dependency-cruiser, module graph');
  const g = spawnSync('npm', ['run', '--silent', 'check'], { cwd: root, stdio: 'inherit' });
  if (g.status !== 0) {
    console.error('\n0 passed, gates failed (npm run check)');
    process.exit(g.status ?? 1);
  }
}

if (wantsE2e) {
  if (!fs.existsSync(chromium)) {
    console.error(`浏览器测试需要 Chromium: sudo apt-get install chromium fonts-noto-cjk (or set CHROMIUM_PATH)`);
    process.exit(1);
  }
}

// Vitest's default is one worker fewer than the cores: one worker on CI's two. The unit and
// database tests run on two (the PostgreSQL server and PGlite's files wait on I/O part of the time);
// the browser tests run after them, two files at a time, each with its own server and Chromium: one
// file kept about one core busy (a walk waits on the server and the page in turn), so two nearly
// halve the run on CI's two cores. A busier machine makes a walk slower, not flaky: clicks a loaded
// machine loses are retried until taken (choose(), chooseOrg()), motion is off (launchChromium()),
// and the org picker opens only once its tree has arrived (OrgTreeSelect: opened early, it kept an
// empty expansion and hid the county under a collapsed city — what failed loop.test.ts at two).
const passThrough = args.filter((a) => a !== '--gates');
const projectChosen = args.some((a) => a.startsWith('--project'));
const databases = ['--project=pglite', ...(process.env.TEST_DATABASE_URL ? ['--project=postgres'] : [])];
const runs = projectChosen
  ? [{ name: 'vitest', args: passThrough }]
  : [
      { name: 'unit', args: [...databases, '--maxWorkers=2', '--passWithNoTests', ...passThrough] },
      ...(wantsE2e ? [{ name: 'e2e', args: ['--project=e2e', '--maxWorkers=2', '--passWithNoTests', ...passThrough] }] : []),
    ];

const totals = { passed: 0, failed: 0, skipped: 0 };
let status = 0;
for (const run of runs) {
  if (run.name === 'e2e') {
    // The browser tests' server serves the built web app and starts on a copy of the seeded demo.
    const [build, seed] = [await webBuilt(), await seeded()];
    if (build !== 0 || seed !== 0) {
      console.error('\n0 passed, the web build or the demo seed for the browser tests failed');
      process.exit(1);
    }
    process.env.ZHIFA_E2E_TEMPLATE = path.join(templateDir, 'data');
  }
  console.log(`[${elapsed()}] ${run.name}`);
  const out = path.join(root, '.test-results', `${run.name}.json`);
  fs.rmSync(out, { force: true });
  const r = spawnSync('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...run.args], {
    cwd: root,
    stdio: 'inherit',
  });
  // A run that ends without its report (killed, crashed) fails even if it said nothing else.
  if (r.status !== 0 || !fs.existsSync(out)) status = r.status || 1;
  if (fs.existsSync(out)) {
    const j = JSON.parse(fs.readFileSync(out, 'utf8'));
    totals.passed += j.numPassedTests;
    totals.failed += j.numFailedTests;
    totals.skipped += j.numPendingTests + j.numTodoTests;
  }
}
console.log(`\n[${elapsed()}] ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(status);
