// Where a draw's pool snapshot is read from: held in this process since the announcement (held.ts),
// else the stored gzip of its canonical JSON, as published.
import { promisify } from 'node:util';
import { gunzip, gunzipSync, gzip } from 'node:zlib';
import { eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.js';
import { NotFound } from '../../platform/errors.js';
import { hash } from '../../platform/ledger/hash.js';
import { heldSnapshot } from './held.js';
import type { HeldSnapshot } from './rules.js';
import { type draw, drawSnapshot } from './schema.js';
import { canonicalSnapshot, snapshotDigest as digestOfSnapshot, type PoolSnapshot } from './snapshot.js';

/** The stored gzip of the snapshot's canonical JSON, as published. */
export async function snapshotGz(ex: Executor, drawId: string): Promise<Buffer> {
  const [s] = await ex.select({ content: drawSnapshot.content }).from(drawSnapshot).where(eq(drawSnapshot.drawId, drawId));
  if (!s) throw new NotFound('抽取的名录库快照不存在', 'id');
  return s.content;
}

export async function loadSnapshot(ex: Executor, drawId: string): Promise<PoolSnapshot> {
  return JSON.parse(gunzipSync(await snapshotGz(ex, drawId)).toString('utf8')) as PoolSnapshot;
}

export const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

/**
 * The draw's snapshot, canonical, with its digest: held since the announcement, else the stored
 * copy. Stored bytes that hash to the announced digest are the canonical JCS the announcement
 * wrote, so they need no second canonicalisation; any others are taken as they were before
 * (canonicalised and hashed), so the draw's result names the digest they really have.
 */
export async function snapshotOf(ex: Executor, d: typeof draw.$inferSelect): Promise<HeldSnapshot> {
  const kept = heldSnapshot(d.id, d.snapshotDigest);
  if (kept) return kept;
  const bytes = await gunzipAsync(await snapshotGz(ex, d.id));
  const parsed = JSON.parse(bytes.toString('utf8')) as PoolSnapshot;
  const digest = hash(d.params.alg, bytes);
  if (digest.toString('hex') === d.snapshotDigest) return { snapshot: parsed, digest };
  const snapshot = canonicalSnapshot(parsed);
  return { snapshot, digest: digestOfSnapshot(snapshot, d.params.alg) };
}
