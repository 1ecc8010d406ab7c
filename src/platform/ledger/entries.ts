import { and, asc, gt, lte } from 'drizzle-orm';
import type { Executor } from '../db/index.js';
import { ledgerEntry } from './schema.js';

const BATCH = 5000;

/** Entry hashes in seq order from `afterSeq` + 1 up to `uptoSeq`, fetched in batches. */
export async function* entryHashes(ex: Executor, afterSeq: number, uptoSeq: number) {
  let last = afterSeq;
  while (last < uptoSeq) {
    const batch = await ex
      .select({ seq: ledgerEntry.seq, entryHash: ledgerEntry.entryHash })
      .from(ledgerEntry)
      .where(and(gt(ledgerEntry.seq, last), lte(ledgerEntry.seq, uptoSeq)))
      .orderBy(asc(ledgerEntry.seq))
      .limit(BATCH);
    if (batch.length === 0) return;
    for (const r of batch) yield r;
    last = batch[batch.length - 1].seq;
  }
}
