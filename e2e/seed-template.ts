// Seeds the demo once into a data directory that every browser-test file's server starts on a copy
// of (server.ts). The e2e global setup calls it; `npm test` runs it as a script beside the gates
// and the unit tests, which leave a core idle part of the time, so the browser tests start at once.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SEED_OUTPUT, startServer } from './server.js';

/** Seeds into `<dir>/data` (the seed's output beside it) and returns that path. */
export async function seedTemplate(dir: string): Promise<string> {
  const server = await startServer({}, { fresh: true });
  const code = await server.stop();
  if (code !== 0) throw new Error(`the seeding server stopped with ${code}: ${server.output()}`);
  const template = path.join(dir, 'data');
  fs.renameSync(server.dataDir, template);
  fs.writeFileSync(path.join(dir, SEED_OUTPUT), server.output());
  return template;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  seedTemplate(process.argv[2] as string).then(
    (t) => console.log(t),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
