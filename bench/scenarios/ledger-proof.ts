import { sql } from 'drizzle-orm';
import type { AppContext } from '../../src/platform/context.js';
import { rows } from '../../src/platform/db/index.js';
import type { HashAlg } from '../../src/platform/ledger/hash.js';
import { consistencyRanges, inclusionRanges, perfectParts, type Range } from '../../src/platform/ledger/merkle.js';
import { proveConsistency, proveInclusion } from '../../src/platform/ledger/service.js';
import { STORED_LEVEL } from '../../src/platform/ledger/subtrees.js';
import { percentile, seconds, type Scenario } from './types.js';

// Issue 22 goal 5: an inclusion or a consistency proof for an entry of the province ledger (10 M
// entries) in ≤ 50 ms, from the stored subtrees. The baseline reads the same rows in bare SQL —
// the stored subtrees by key and the runs of entry hashes below them — without hashing anything.
const SAMPLES = 41;
const LIMIT_MS = 50;

/** The rows a proof over `ranges` needs, read as bare SQL: what the database alone costs. */
async function bareRead(app: AppContext, alg: HashAlg, ranges: Range[]) {
  const parts = ranges.flatMap(perfectParts);
  const stored = parts.filter((p) => p.level >= STORED_LEVEL);
  const leaves = parts.filter((p) => p.level < STORED_LEVEL).map((p) => [p.index * 2 ** p.level, (p.index + 1) * 2 ** p.level] as const);
  const pairs = sql.join(
    stored.map((p) => sql`(${p.level}::smallint, ${p.index}::bigint)`),
    sql`, `,
  );
  const got = stored.length ? await rows(app.db, sql`select hash from ledger_subtree where alg = ${alg} and (level, idx) in (${pairs})`) : [];
  if (got.length !== stored.length) throw new Error(`ledger_subtree holds ${got.length} of the ${stored.length} subtrees a proof needs`);
  for (const [lo, hi] of leaves) await rows(app.db, sql`select entry_hash from ledger_entry where seq > ${lo} and seq <= ${hi} order by seq`);
}

const ms = async (f: () => Promise<unknown>) => (await seconds(f)) * 1000;

export const ledgerProof: Scenario = {
  name: 'ledger-proof',
  summary: 'an inclusion proof and a consistency proof from the stored subtrees vs reading the same rows in bare SQL; limit ≤ 50 ms (issue 22 goal 5)',
  needsLedger: true,
  async run({ app, log }) {
    const checkpoints = await rows<{ tree_size: string | number; alg: HashAlg }>(app.db, sql`select tree_size, alg from ledger_checkpoint order by tree_size`);
    if (checkpoints.length < 2) throw new Error('ledger-proof needs two checkpoints');
    const last = checkpoints[checkpoints.length - 1];
    const size = Number(last.tree_size);
    const alg = last.alg;
    // Entries spread over the whole ledger, the same every run.
    const seqs = Array.from({ length: SAMPLES }, (_, i) => 1 + Math.floor(((i + 0.5) / SAMPLES) * size));
    const inclusion: number[] = [];
    const inclusionBare: number[] = [];
    for (const seq of seqs) {
      // Interleaved, so load on the machine falls on both alike.
      let verified = false;
      inclusion.push(await ms(async () => ({ verified } = await proveInclusion(app.db, seq))));
      if (!verified) throw new Error(`the inclusion proof of entry ${seq} does not verify`);
      const [cp] = await rows<{ tree_size: string | number }>(
        app.db,
        sql`select tree_size from ledger_checkpoint where tree_size >= ${seq} order by tree_size limit 1`,
      );
      inclusionBare.push(await ms(() => bareRead(app, alg, [[seq - 1, seq], ...inclusionRanges(seq - 1, Number(cp.tree_size))])));
    }
    const consistency: number[] = [];
    const consistencyBare: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const from = Number(checkpoints[Math.floor(((i + 0.5) / SAMPLES) * (checkpoints.length - 1))].tree_size);
      consistency.push(await ms(() => proveConsistency(app.db, alg, from, size)));
      consistencyBare.push(await ms(() => bareRead(app, alg, consistencyRanges(from, size))));
    }
    const rowsOf = (name: string, value: number[], bare: number[]) => {
      for (const a of [value, bare]) a.sort((x, y) => x - y);
      const p50 = percentile(value, 50);
      const verdict = `limit ≤ ${LIMIT_MS} ms: ${p50 <= LIMIT_MS ? 'met' : 'NOT MET'}`;
      log(
        `ledger-proof ${name}: median ${p50.toFixed(1)} ms, p95 ${percentile(value, 95).toFixed(1)} ms; bare ${percentile(bare, 50).toFixed(1)} ms; ${verdict}`,
      );
      return {
        metric: `${name} median`,
        unit: 'ms',
        value: p50,
        baseline: percentile(bare, 50),
        note: `${SAMPLES} proofs over a ledger of ${size} entries (${alg}), each verified; baseline: the same stored subtrees and entry-hash runs read in bare SQL, nothing hashed; ${verdict}`,
        detail: { p95: percentile(value, 95), bareP95: percentile(bare, 95), entries: size, checkpoints: checkpoints.length },
      };
    };
    return [rowsOf('inclusion proof', inclusion, inclusionBare), rowsOf('consistency proof', consistency, consistencyBare)];
  },
};
