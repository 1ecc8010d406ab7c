// `npm start`: starts the server and, when the web app's sources are newer than its build,
// builds it at the same time: on a first start the demo seed and the build each take a core,
// and the server waits for the build (a message on its IPC channel) only before it serves pages.
// Node 20 cannot run TypeScript itself, so the server runs through tsx.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const built = path.join(root, 'web', 'dist', 'index.html');

function newest(dir) {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

const sources = Math.max(newest(path.join(root, 'web', 'src')), fs.statSync(path.join(root, 'web', 'index.html')).mtimeMs);
const stale = !fs.existsSync(built) || fs.statSync(built).mtimeMs < sources;

const server = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src', 'main.ts')], {
  cwd: root,
  stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
  env: { ...process.env, ...(stale ? { ZHIFA_WEB_BUILDING: '1' } : {}) },
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));

if (stale) {
  console.log('构建前端 (building the web app)…');
  const build = spawn('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  build.on('exit', (code) => {
    if (code !== 0) {
      console.error(`前端构建失败 (web build failed with ${code})`);
      server.kill('SIGTERM');
      process.exitCode = code ?? 1;
      return;
    }
    server.send('web-built');
  });
}
