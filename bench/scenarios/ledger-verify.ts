import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { AppContext } from '../../src/platform/context.js';
import { rows } from '../../src/platform/db/index.js';
import { headSeq } from '../../src/platform/ledger/service.js';
import { verifyLedger } from '../../src/platform/ledger/verify.js';
import { seconds, type Scenario } from './types.js';

// verifyLedger reads 5000 rows per query, asking for the next page before hashing one; the
// baseline reads the same pages the same way.
const PAGE = 5000;
const BASELINE_ENTRIES = 1_000_000;
const LEAF = Uint8Array.of(0);
const NODE = Uint8Array.of(1);

interface Row {
  seq: string | number;
  /** A Date or the server's text, depending on the driver's raw-query parsers. */
  at: Date | string;
  org_id: string | null;
  actor_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string;
  payload: unknown;
  payload_digest: string;
  prev_hash: string;
  entry_hash: string;
  alg: 'sm3' | 'sha256';
}

/**
 * The bare cost of the work, over the first `limit` entries (whole pages): the same rows read in
 * the same pages, and per entry the four
 * digests verifyLedger makes (payload, entry, Merkle leaf, one Merkle node on average) over
 * inputs of the same length — with JSON.stringify instead of RFC 8785, and no comparisons,
 * row mapping, or checkpoint signatures.
 */
async function hashOnly(app: AppContext, limit: number): Promise<{ entries: number; digests: number }> {
  let entries = 0;
  let digests = 0;
  let node: Buffer = Buffer.alloc(32);
  const read = (after: number) => rows<Row>(app.db, sql`select * from ledger_entry where seq > ${after} order by seq limit ${PAGE}`);
  // Prefetched like verifyLedger's pages, so both overlap reading with hashing alike.
  let next = read(0);
  for (;;) {
    const page = await next;
    if (page.length === 0 || entries >= limit) break;
    next = read(Number(page[page.length - 1].seq));
    next.catch(() => undefined); // unread when the sample ends here
    for (const r of page) {
      const h = (...parts: (string | Uint8Array)[]) => {
        const d = createHash(r.alg);
        for (const p of parts) d.update(p);
        digests++;
        return d.digest();
      };
      h(JSON.stringify(r.payload));
      const fields = JSON.stringify({
        action: r.action,
        actorId: r.actor_id,
        at: new Date(r.at).toISOString(),
        orgId: r.org_id,
        payloadDigest: r.payload_digest,
        seq: Number(r.seq),
        subjectId: r.subject_id,
        subjectType: r.subject_type,
      });
      h(Buffer.from(r.prev_hash, 'hex'), fields);
      const leaf = h(LEAF, Buffer.from(r.entry_hash, 'hex'));
      node = h(NODE, node, leaf);
      entries++;
    }
  }
  return { entries, digests };
}

export const ledgerVerify: Scenario = {
  name: 'ledger-verify',
  summary: 'verifyLedger over the whole chain vs reading the same rows and computing the same number of digests',
  needsLedger: true,
  async run({ app, log }) {
    const head = await headSeq(app.db);
    // The bare rate is per entry, so at province size the first million entries give it; hashing
    // all 10M again would spend 3.5 of the run's 30 minutes to learn the same rate.
    const sample = Math.min(head, BASELINE_ENTRIES);
    let bare = { entries: 0, digests: 0 };
    const bareSeconds = await seconds(async () => {
      bare = await hashOnly(app, sample);
    });
    log(`ledger-verify baseline: ${bare.entries} entries in ${bareSeconds.toFixed(1)} s`);
    let report: Awaited<ReturnType<typeof verifyLedger>> | null = null;
    const verifySeconds = await seconds(async () => {
      report = await verifyLedger(app.db);
    });
    const r = report!;
    log(`ledger-verify: ${r.entriesChecked} entries, ${r.checkpointsChecked} checkpoints in ${verifySeconds.toFixed(1)} s`);
    // Verifying a broken or partial chain fast would be worthless; so would hashing fewer rows.
    if (!r.ok || r.entriesChecked !== head) throw new Error(`verifyLedger did not accept the generated chain: ${JSON.stringify(r)}`);
    if (bare.entries < sample) throw new Error(`baseline read ${bare.entries} of ${sample} entries`);
    return [
      {
        metric: 'entries/s',
        unit: 'entries/s',
        value: head / verifySeconds,
        baseline: bare.entries / bareSeconds,
        note: `${head} entries, ${r.checkpointsChecked} signed checkpoints (SM2 verified by verifyLedger only); baseline: the first ${bare.entries} entries in the same pages, ${bare.digests / bare.entries} ${r.alg} digests per entry, no checks`,
        detail: {
          entries: head,
          checkpoints: r.checkpointsChecked,
          seconds: verifySeconds,
          baselineSeconds: bareSeconds,
          baselineEntries: bare.entries,
          alg: r.alg,
        },
      },
    ];
  },
};
