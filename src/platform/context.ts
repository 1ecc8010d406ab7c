import type { Logger } from 'pino';
import type { Clock } from './clock.js';
import type { Db } from './db/index.js';
import type { EventBus } from './events.js';
import type { HashAlg } from './ledger/hash.js';
import type { SigningKey } from './ledger/keys.js';
import type { SealKey } from './crypto/seal.js';

/** What every service needs, built once at start-up (or per test). */
export interface AppContext {
  db: Db;
  dbKind: 'pglite' | 'postgres';
  clock: Clock;
  hashAlg: HashAlg;
  signingKey: SigningKey;
  /** Seals personal data at rest (crypto/seal.ts); kept in the data directory or the environment, never in the database. */
  sealKey: SealKey;
  log: Logger;
  /** Where the public reaches the portal (config ZHIFA_PUBLIC_URL), for links in feeds and instruments. */
  publicUrl: string;
  /** Domain events between modules, delivered inside the publisher's transaction. */
  events: EventBus;
}

/** Who acts. Route handlers build it from the session; the CLI and seeding use `systemActor`. */
export interface Actor {
  userId: string | null;
  username: string;
  orgId: string | null;
  /** The actor's org path; everything they touch must lie under it. "/" is the whole tree. */
  orgPath: string;
  roles: readonly string[];
}

export const systemActor: Actor = { userId: null, username: 'system', orgId: null, orgPath: '/', roles: [] };
