import { asc, eq, sql } from 'drizzle-orm';
import { userAccount } from '../../platform/auth/schema.js';
import type { AppContext } from '../../platform/context.js';
import { rows } from '../../platform/db/index.js';
import { entryHash, payloadDigest, type EntryFields } from '../../platform/ledger/chain.js';
import { checkpointMessage, sign } from '../../platform/ledger/keys.js';
import { MerkleFrontier, hasherFor, leafHash } from '../../platform/ledger/merkle.js';
import { ledgerCheckpoint, ledgerEntry, ledgerHead } from '../../platform/ledger/schema.js';
import { entryHashes, headSeq, latestCheckpoint, registerKey } from '../../platform/ledger/service.js';
import { between, pick, streamFor, type Rand } from './random.js';

export interface ExtendLedgerOptions {
  /** Grow the chain until its head reaches this seq. */
  upTo: number;
  seed: number;
  /** Sign a checkpoint at every multiple of this size, as ZHIFA_CHECKPOINT_EVERY does (1000). */
  checkpointEvery?: number;
  /** Entries per transaction; the head row moves once per transaction. */
  txEntries?: number;
  /** Rows per INSERT statement (12 parameters each, well under PostgreSQL's 65 535). */
  insertRows?: number;
  onProgress?: (head: number, upTo: number) => void;
}

interface Cast {
  orgIds: string[];
  officers: { id: string; orgId: string }[];
  enterprises: { id: string; uscc: string; orgId: string }[];
}

const CHECK_RESULTS = ['符合', '符合', '符合', '符合', '不符合', '不涉及'];
const HAZARDS = ['安全警示标志缺失', '消防通道堵塞', '特种作业人员未持证', '应急预案未演练', '有限空间作业未审批', '粉尘清扫记录不全', '危化品台账不完整', '安全培训记录缺失'];

// Entries look like the inspections and documents later modules will write (similar size and
// shape), but say what they are: action and subject type begin with "synthetic".
function syntheticAct(rand: Rand, seq: number, cast: Cast): Omit<EntryFields, 'seq' | 'at' | 'payloadDigest'> & { payload: Record<string, unknown> } {
  const officer = cast.officers.length ? pick(rand, cast.officers) : null;
  const e = cast.enterprises.length ? pick(rand, cast.enterprises) : null;
  const orgId = e?.orgId ?? officer?.orgId ?? (cast.orgIds.length ? pick(rand, cast.orgIds) : null);
  const base = { orgId, actorId: officer?.id ?? null, subjectType: 'synthetic', subjectId: `S-${seq}` };
  const r = rand();
  if (r < 0.6) {
    const items = Array.from({ length: between(rand, 3, 9) }, (_, i) => ({ no: i + 1, result: pick(rand, CHECK_RESULTS) }));
    return { ...base, action: 'synthetic.inspectionRecorded', payload: { enterpriseId: e?.id ?? null, uscc: e?.uscc ?? null, officerIds: officer ? [officer.id] : [], items, hazards: items.filter((x) => x.result === '不符合').length } };
  }
  if (r < 0.85) {
    return { ...base, action: 'synthetic.hazardRectified', payload: { uscc: e?.uscc ?? null, hazard: pick(rand, HAZARDS), deadlineDays: between(rand, 3, 30), accepted: rand() < 0.9 } };
  }
  return { ...base, action: 'synthetic.documentIssued', payload: { uscc: e?.uscc ?? null, documentType: '责令限期整改指令书', number: `应急责改〔2026〕${seq}号`, pages: between(rand, 1, 4) } };
}

async function castOf(app: AppContext): Promise<Cast> {
  const orgIds = (await rows<{ id: string }>(app.db, sql`select id from org order by region_code`)).map((r) => r.id);
  const officers = await app.db.select({ id: userAccount.id, orgId: userAccount.orgId }).from(userAccount).where(sql`'officer' = any(${userAccount.roles})`).orderBy(asc(userAccount.username)).limit(2000);
  const enterprises = await rows<{ id: string; uscc: string; orgId: string }>(app.db, sql`select id, uscc, org_id as "orgId" from enterprise order by uscc limit 5000`);
  return { orgIds, officers, enterprises };
}

/**
 * Appends synthetic entries until the head reaches `upTo`, building a valid chain with the
 * ledger's own digest, link and Merkle code, and signing checkpoints on the way as the
 * checkpointer would. Rows go in multi-row INSERTs (appendEntry's one row per act would take
 * hours for ten million); each transaction locks the head row, appends, and moves the head, so a
 * run that stops half-way leaves a consistent, verifiable chain.
 */
export async function extendLedger(app: AppContext, opts: ExtendLedgerOptions): Promise<{ added: number; checkpoints: number }> {
  const every = opts.checkpointEvery ?? 1000;
  const txEntries = opts.txEntries ?? 20_000;
  const insertRows = opts.insertRows ?? 1000;
  const h = hasherFor(app.hashAlg);
  const start = await headSeq(app.db);
  if (start >= opts.upTo) return { added: 0, checkpoints: 0 };
  const cast = await castOf(app);
  // The Merkle frontier continues from the last checkpoint, like createCheckpoint's.
  const cp = await latestCheckpoint(app.db);
  const frontier = cp && cp.alg === app.hashAlg ? MerkleFrontier.restore(h, cp.frontier as { size: number; nodes: string[] }) : new MerkleFrontier(h);
  for await (const r of entryHashes(app.db, frontier.size, start)) frontier.append(leafHash(h, Buffer.from(r.entryHash, 'hex')));
  await registerKey(app);
  let checkpoints = 0;
  for (;;) {
    const head = await app.db.transaction(async (tx) => {
      const [head] = await tx.select().from(ledgerHead).where(eq(ledgerHead.id, 1)).for('update');
      if (head.seq >= opts.upTo) return head;
      // The frontier was built for the chain as it stood; another writer would fork it.
      if (head.seq !== frontier.size) throw new Error(`ledger moved under the generator (head ${head.seq}, frontier ${frontier.size}); run it alone`);
      const [last] = await tx.select({ at: ledgerEntry.at }).from(ledgerEntry).where(eq(ledgerEntry.seq, head.seq));
      let at = (last?.at ?? app.clock.now()).getTime();
      let { seq, hash: prev } = head;
      const end = Math.min(opts.upTo, head.seq + txEntries);
      while (seq < end) {
        const entries: (typeof ledgerEntry.$inferInsert)[] = [];
        const cps: (typeof ledgerCheckpoint.$inferInsert)[] = [];
        for (const stop = Math.min(end, seq + insertRows); seq < stop; ) {
          seq++;
          const rand = streamFor(opts.seed, seq);
          at += between(rand, 200, 1800);
          const { payload, ...act } = syntheticAct(rand, seq, cast);
          const fields: EntryFields = { seq, at: new Date(at).toISOString(), ...act, payloadDigest: payloadDigest(app.hashAlg, payload) };
          const hash = entryHash(app.hashAlg, prev, fields);
          entries.push({ ...fields, at: new Date(at), payload, prevHash: prev, entryHash: hash, alg: app.hashAlg });
          prev = hash;
          frontier.append(leafHash(h, Buffer.from(hash, 'hex')));
          if (frontier.size % every === 0) {
            const rootHash = frontier.root().toString('hex');
            const cpAt = new Date(at);
            const signature = sign(app.signingKey, checkpointMessage({ alg: app.hashAlg, treeSize: frontier.size, rootHash, at: cpAt.toISOString() }));
            cps.push({ treeSize: frontier.size, rootHash, at: cpAt, alg: app.hashAlg, keyId: app.signingKey.keyId, signature, frontier: frontier.toJSON() });
          }
        }
        await tx.insert(ledgerEntry).values(entries);
        if (cps.length) await tx.insert(ledgerCheckpoint).values(cps);
        checkpoints += cps.length;
      }
      await tx.update(ledgerHead).set({ seq, hash: prev }).where(eq(ledgerHead.id, 1));
      return { seq, hash: prev };
    });
    opts.onProgress?.(head.seq, opts.upTo);
    if (head.seq >= opts.upTo) return { added: head.seq - start, checkpoints };
  }
}
