import { loadOrCreateSealKey } from './crypto/seal.js';
import path from 'node:path';
import pino, { type Logger } from 'pino';
import { systemClock, type Clock } from './clock.js';
import type { Config } from './config.js';
import type { AppContext } from './context.js';
import { openDatabase, type Database } from './db/index.js';
import { eventBus } from './events.js';
import type { ServerModule } from './modules.js';
import { loadOrCreateSigningKey } from './ledger/keys.js';
import { registerKey } from './ledger/service.js';

export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'zhifa' } });
}

/** Opens the database named by the configuration, migrates it, and loads the signing key. */
export async function openApp(
  cfg: Config,
  log: Logger,
  modules: readonly ServerModule[],
  clock: Clock = systemClock,
): Promise<{ app: AppContext; database: Database }> {
  const database = await openDatabase({ databaseUrl: cfg.databaseUrl, pgliteDir: path.join(cfg.dataDir, 'pgdata') });
  await database.migrate();
  const app: AppContext = {
    db: database.db,
    dbKind: database.kind,
    clock,
    hashAlg: cfg.hashAlg,
    signingKey: loadOrCreateSigningKey(cfg.dataDir),
    sealKey: loadOrCreateSealKey(cfg.dataDir, cfg.sealKey),
    publicUrl: cfg.publicUrl,
    log,
    events: eventBus(modules, () => app),
  };
  await registerKey(app);
  return { app, database };
}
