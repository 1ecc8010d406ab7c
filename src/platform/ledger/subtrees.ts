import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../db/index.js';
import type { HashAlg } from './hash.js';
import { hasherFor, leafHash, type Perfect, perfectParts, perfectRoot, foldParts, type Range } from './merkle.js';
import { ledgerSubtree } from './schema.js';
import { entryHashes } from './entries.js';

/**
 * Subtrees of 2^8 leaves and more are stored (ledger_subtree); smaller ones are hashed from their
 * leaves, at most 256 a run. For 10 million entries that is about 78 000 rows, and a proof reads
 * a few dozen of them and one or two runs of entry hashes.
 */
export const STORED_LEVEL = 8;

export interface SubtreeRow {
  alg: string;
  level: number;
  idx: number;
  hash: string;
}

/** A sink for MerkleFrontier.append that keeps the subtrees worth storing. */
export function collectSubtrees(alg: HashAlg, into: SubtreeRow[]) {
  return (p: Perfect, hash: Buffer) => {
    if (p.level >= STORED_LEVEL) into.push({ alg, level: p.level, idx: p.index, hash: hash.toString('hex') });
  };
}

const CHUNK = 2000;

export async function storeSubtrees(ex: Executor, rows: SubtreeRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK)
    await ex
      .insert(ledgerSubtree)
      .values(rows.slice(i, i + CHUNK))
      .onConflictDoNothing();
}

/**
 * How many leaves the stored subtrees cover from the first, without a gap: a ledger from before
 * they were kept, or one whose rows were lost, covers none, and the next checkpoint rebuilds them.
 */
export async function storedLeaves(ex: Executor, alg: HashAlg): Promise<number> {
  const [r] = await ex
    .select({ n: sql<number>`count(*)::int`, last: sql<number | null>`max(${ledgerSubtree.idx})` })
    .from(ledgerSubtree)
    .where(and(eq(ledgerSubtree.alg, alg), eq(ledgerSubtree.level, STORED_LEVEL)));
  const last = r.last === null ? -1 : Number(r.last);
  return r.n === last + 1 ? r.n * 2 ** STORED_LEVEL : 0;
}

/**
 * The roots of `ranges` (each a range a proof names) in the tree over the ledger's first leaves:
 * stored subtrees where there are, the rest hashed from the entries. A subtree that should be
 * stored but is not (before the next checkpoint rebuilds them) is hashed from its leaves too, so
 * the answer is always right, only slower.
 */
export async function rangeRoots(ex: Executor, alg: HashAlg, ranges: Range[]): Promise<Buffer[]> {
  const h = hasherFor(alg);
  const parts = ranges.map(perfectParts);
  const key = (p: Perfect) => `${p.level}/${p.index}`;
  const known = new Map<string, Buffer>();
  const wanted = parts.flat().filter((p) => p.level >= STORED_LEVEL);
  if (wanted.length > 0) {
    const rows = await ex
      .select({ level: ledgerSubtree.level, idx: ledgerSubtree.idx, hash: ledgerSubtree.hash })
      .from(ledgerSubtree)
      .where(
        and(
          eq(ledgerSubtree.alg, alg),
          sql`(${ledgerSubtree.level}, ${ledgerSubtree.idx}) in (${sql.join(
            wanted.map((p) => sql`(${p.level}::smallint, ${p.index}::bigint)`),
            sql`, `,
          )})`,
        ),
      );
    for (const r of rows) known.set(`${r.level}/${Number(r.idx)}`, Buffer.from(r.hash, 'hex'));
  }
  // The leaves of every part not found, read in as few runs as they make.
  const runs = parts
    .flat()
    .filter((p) => !known.has(key(p)))
    .map((p): Range => [p.index * 2 ** p.level, (p.index + 1) * 2 ** p.level])
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [lo, hi] of runs) {
    const last = merged[merged.length - 1];
    if (last && lo <= last[1]) last[1] = Math.max(last[1], hi);
    else merged.push([lo, hi]);
  }
  const leaves = new Map<number, Buffer>();
  for (const [lo, hi] of merged) {
    // Leaf i is the entry of seq i + 1.
    for await (const r of entryHashes(ex, lo, hi)) leaves.set(r.seq - 1, leafHash(h, Buffer.from(r.entryHash, 'hex')));
  }
  return parts.map((ps) =>
    foldParts(
      h,
      ps.map((p) => {
        const stored = known.get(key(p));
        if (stored) return stored;
        const width = 2 ** p.level;
        const slice = Array.from({ length: width }, (_, i) => leaves.get(p.index * width + i));
        if (slice.some((l) => !l)) throw new Error(`ledger entries ${p.index * width + 1}…${(p.index + 1) * width} are missing`);
        return perfectRoot(h, slice as Buffer[]);
      }),
    ),
  );
}
