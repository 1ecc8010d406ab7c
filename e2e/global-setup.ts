// Seeds the demo (its registry and its year of work) once for the whole browser-test run: each
// test file's server starts on a copy of this data directory (server.ts), not on a seed of its own.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SEED_OUTPUT, startServer, TEMPLATE_ENV } from './server.js';

export default async function setup() {
  const server = await startServer({}, { fresh: true });
  const code = await server.stop();
  if (code !== 0) throw new Error(`the seeding server stopped with ${code}: ${server.output()}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-e2e-template-'));
  const template = path.join(dir, 'data');
  fs.renameSync(server.dataDir, template);
  fs.writeFileSync(path.join(dir, SEED_OUTPUT), server.output());
  // Inherited by the test workers, which start after this setup.
  process.env[TEMPLATE_ENV] = template;
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
