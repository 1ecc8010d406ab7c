// Seeds the demo (its registry and its year of work) once for the whole browser-test run: each
// test file's server starts on a copy of this data directory (server.ts), not on a seed of its own.
// `npm test` seeds it beforehand (scripts/test.mjs) and names it in ZHIFA_E2E_TEMPLATE.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seedTemplate } from './seed-template.js';
import { TEMPLATE_ENV } from './server.js';

export default async function setup() {
  const given = process.env[TEMPLATE_ENV];
  if (given && fs.existsSync(given)) return;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-e2e-template-'));
  // Inherited by the test workers, which start after this setup.
  process.env[TEMPLATE_ENV] = await seedTemplate(dir);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
