import { eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db/index.js';
import { entryHash, payloadDigest, type EntryFields } from '../../platform/ledger/chain.js';
import { checkpointMessage, sign } from '../../platform/ledger/keys.js';
import { type MerkleFrontier, hasherFor, leafHash } from '../../platform/ledger/merkle.js';
import { ledgerEntry, ledgerHead } from '../../platform/ledger/schema.js';
import { continueTree, latestCheckpoint, registerKey } from '../../platform/ledger/service.js';
import { STORED_LEVEL, storeSubtrees } from '../../platform/ledger/subtrees.js';
import { copyRows, type CopyValue } from './copy.js';

// Ledger entries in bulk: the same digest, link and Merkle code as appendEntry and the
// checkpointer, but buffered and written with COPY once per transaction. The generator runs
// alone on its database: it chains in memory, and each transaction locks the head row, checks
// it is where the batch began, writes, and moves it once.

export interface Act {
  orgId: string | null;
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  payload: Record<string, unknown>;
}

const ENTRY_COLUMNS = [
  'seq',
  'at',
  'org_id',
  'actor_id',
  'action',
  'subject_type',
  'subject_id',
  'payload',
  'payload_digest',
  'prev_hash',
  'entry_hash',
  'alg',
];
const CHECKPOINT_COLUMNS = ['tree_size', 'root_hash', 'at', 'alg', 'key_id', 'signature', 'frontier'];

/** The chain as the generator continues it: head, time of the last entry, and the Merkle frontier. */
export interface ChainState {
  seq: number;
  hash: string;
  /** Milliseconds of the last entry; each new one is a little later. */
  at: number;
  frontier: MerkleFrontier;
  every: number;
  checkpoints: number;
}

/** Reads the chain once: the frontier continues from the last checkpoint, like createCheckpoint's. */
export async function openChain(app: AppContext, checkpointEvery = 1000): Promise<ChainState> {
  const [head] = await app.db.select().from(ledgerHead).where(eq(ledgerHead.id, 1));
  const cp = await latestCheckpoint(app.db);
  // The entries since the last checkpoint complete subtrees no checkpoint has stored yet; the
  // batches store the ones after them, so these are stored now, leaving no gap.
  const { frontier, subtrees } = await continueTree(app.db, app.hashAlg, cp, head.seq);
  await storeSubtrees(app.db, subtrees);
  const [last] = await app.db.select({ at: ledgerEntry.at }).from(ledgerEntry).where(eq(ledgerEntry.seq, head.seq));
  await registerKey(app);
  return { seq: head.seq, hash: head.hash, at: (last?.at ?? app.clock.now()).getTime(), frontier, every: checkpointEvery, checkpoints: 0 };
}

/** One transaction's worth of entries; `append` returns the seq the act gets. */
export class ChainBatch {
  readonly entries: CopyValue[][] = [];
  readonly checkpoints: CopyValue[][] = [];
  /** The perfect subtrees this batch completes, as createCheckpoint stores them (ledger/subtrees.ts). */
  readonly subtrees: CopyValue[][] = [];
  readonly startSeq: number;
  readonly startHash: string;
  endSeq: number;
  endHash: string;
  constructor(
    private readonly app: AppContext,
    private readonly state: ChainState,
    private readonly step: () => number,
  ) {
    this.startSeq = this.endSeq = state.seq;
    this.startHash = this.endHash = state.hash;
  }

  get seq() {
    return this.state.seq;
  }

  append(act: Act, stepMs = this.step()): number {
    const { app, state } = this;
    const seq = ++state.seq;
    state.at += stepMs;
    const at = new Date(state.at).toISOString();
    const fields: EntryFields = {
      seq,
      at,
      orgId: act.orgId,
      actorId: act.actorId,
      action: act.action,
      subjectType: act.subjectType,
      subjectId: act.subjectId,
      payloadDigest: payloadDigest(app.hashAlg, act.payload),
    };
    const hash = entryHash(app.hashAlg, state.hash, fields);
    this.entries.push([
      seq,
      at,
      act.orgId,
      act.actorId,
      act.action,
      act.subjectType,
      act.subjectId,
      act.payload,
      fields.payloadDigest,
      state.hash,
      hash,
      app.hashAlg,
    ]);
    state.hash = this.endHash = hash;
    this.endSeq = seq;
    state.frontier.append(leafHash(hasherFor(app.hashAlg), Buffer.from(hash, 'hex')), (p, node) => {
      if (p.level >= STORED_LEVEL) this.subtrees.push([app.hashAlg, p.level, p.index, node.toString('hex')]);
    });
    if (state.frontier.size % state.every === 0) {
      const rootHash = state.frontier.root().toString('hex');
      const signature = sign(app.signingKey, checkpointMessage({ alg: app.hashAlg, treeSize: state.frontier.size, rootHash, at }));
      this.checkpoints.push([state.frontier.size, rootHash, at, app.hashAlg, app.signingKey.keyId, signature, state.frontier.toJSON()]);
    }
    return seq;
  }
}

/** Writes a batch's own rows inside its transaction, before its ledger entries. */
export type BatchWriter = (tx: Tx) => Promise<void>;

/** Lets waiting database round trips run during a long build (call every few hundred rows). */
export const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

async function commit(app: AppContext, state: ChainState, chain: ChainBatch, write: BatchWriter): Promise<void> {
  await app.db.transaction(async (tx) => {
    const [head] = await tx.select().from(ledgerHead).where(eq(ledgerHead.id, 1)).for('update');
    // The batch was chained onto the head as the generator left it; another writer would fork it.
    if (head.seq !== chain.startSeq || head.hash !== chain.startHash)
      throw new Error(`ledger moved under the generator (head ${head.seq}, expected ${chain.startSeq}); run it alone`);
    await write(tx);
    await copyRows(tx, 'ledger_entry', ENTRY_COLUMNS, chain.entries);
    if (chain.checkpoints.length) await copyRows(tx, 'ledger_checkpoint', CHECKPOINT_COLUMNS, chain.checkpoints);
    if (chain.subtrees.length) await copyRows(tx, 'ledger_subtree', ['alg', 'level', 'idx', 'hash'], chain.subtrees);
    await tx.update(ledgerHead).set({ seq: chain.endSeq, hash: chain.endHash }).where(eq(ledgerHead.id, 1));
  });
  state.checkpoints += chain.checkpoints.length;
}

/**
 * Builds and commits `batches` batches, one transaction each holding the ledger head: the
 * batch's rows, its entries and checkpoints, and the moved head, so a run that stops half-way
 * leaves a consistent, verifiable chain. Batch i+1 is built (hashing, the CPU half) while batch
 * i is written (COPY, the database half), so the two cores work at once. The generator must be
 * the only writer: each commit checks that the head is where the batch was chained onto.
 */
export async function chainBatches(
  app: AppContext,
  state: ChainState,
  step: () => number,
  batches: number,
  build: (i: number, chain: ChainBatch) => Promise<BatchWriter>,
  done?: (i: number) => void,
): Promise<void> {
  let pending: Promise<void> | null = null;
  try {
    for (let i = 0; i < batches; i++) {
      const chain = new ChainBatch(app, state, step);
      const write = await build(i, chain);
      if (pending) await pending;
      const p: Promise<void> = commit(app, state, chain, write).then(() => done?.(i));
      // Awaited before the next commit; until then a failure must not count as unhandled.
      p.catch(() => undefined);
      pending = p;
    }
  } finally {
    if (pending) await pending;
  }
}
