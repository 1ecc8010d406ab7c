import { asc, sql } from 'drizzle-orm';
import { userAccount } from '../../platform/auth/schema.js';
import type { AppContext } from '../../platform/context.js';
import { rows } from '../../platform/db/index.js';
import { headSeq } from '../../platform/ledger/service.js';
import { breathe, chainBatches, openChain, type Act } from './chain.js';
import { between, pick, streamFor, type Rand } from './random.js';

export interface ExtendLedgerOptions {
  /** Grow the chain until its head reaches this seq. */
  upTo: number;
  seed: number;
  /** Sign a checkpoint at every multiple of this size, as ZHIFA_CHECKPOINT_EVERY does (1000). */
  checkpointEvery?: number;
  /** Entries per transaction; the head row moves once per transaction. */
  txEntries?: number;
  /** Ignored: rows now go in with one COPY per transaction. */
  insertRows?: number;
  onProgress?: (head: number, upTo: number) => void;
}

interface Cast {
  orgIds: string[];
  officers: { id: string; orgId: string }[];
  enterprises: { id: string; uscc: string; orgId: string }[];
}

const CHECK_RESULTS = ['符合', '符合', '符合', '符合', '不符合', '不涉及'];
const HAZARDS = [
  '安全警示标志缺失',
  '消防通道堵塞',
  '特种作业人员未持证',
  '应急预案未演练',
  '有限空间作业未审批',
  '粉尘清扫记录不全',
  '危化品台账不完整',
  '安全培训记录缺失',
];

// Entries look like the inspections and documents later modules will write (similar size and
// shape), but say what they are: action and subject type begin with "synthetic".
function syntheticAct(rand: Rand, seq: number, cast: Cast): Act {
  const officer = cast.officers.length ? pick(rand, cast.officers) : null;
  const e = cast.enterprises.length ? pick(rand, cast.enterprises) : null;
  const orgId = e?.orgId ?? officer?.orgId ?? (cast.orgIds.length ? pick(rand, cast.orgIds) : null);
  const base = { orgId, actorId: officer?.id ?? null, subjectType: 'synthetic', subjectId: `S-${seq}` };
  const r = rand();
  if (r < 0.6) {
    const items = Array.from({ length: between(rand, 3, 9) }, (_, i) => ({ no: i + 1, result: pick(rand, CHECK_RESULTS) }));
    return {
      ...base,
      action: 'synthetic.inspectionRecorded',
      payload: {
        enterpriseId: e?.id ?? null,
        uscc: e?.uscc ?? null,
        officerIds: officer ? [officer.id] : [],
        items,
        hazards: items.filter((x) => x.result === '不符合').length,
      },
    };
  }
  if (r < 0.85) {
    return {
      ...base,
      action: 'synthetic.hazardRectified',
      payload: { uscc: e?.uscc ?? null, hazard: pick(rand, HAZARDS), deadlineDays: between(rand, 3, 30), accepted: rand() < 0.9 },
    };
  }
  return {
    ...base,
    action: 'synthetic.documentIssued',
    payload: { uscc: e?.uscc ?? null, documentType: '责令限期整改指令书', number: `应急责改〔2026〕${seq}号`, pages: between(rand, 1, 4) },
  };
}

async function castOf(app: AppContext): Promise<Cast> {
  const orgIds = (await rows<{ id: string }>(app.db, sql`select id from org order by region_code`)).map((r) => r.id);
  const officers = await app.db
    .select({ id: userAccount.id, orgId: userAccount.orgId })
    .from(userAccount)
    .where(sql`'officer' = any(${userAccount.roles})`)
    .orderBy(asc(userAccount.username))
    .limit(2000);
  const enterprises = await rows<{ id: string; uscc: string; orgId: string }>(
    app.db,
    sql`select id, uscc, org_id as "orgId" from enterprise order by uscc limit 5000`,
  );
  return { orgIds, officers, enterprises };
}

/**
 * Appends synthetic entries until the head reaches `upTo`, building a valid chain with the
 * ledger's own digest, link and Merkle code, and signing checkpoints on the way as the
 * checkpointer would. Rows go in with COPY (appendEntry's one row per act would take hours for
 * ten million); each transaction locks the head row, appends, and moves the head, so a run that
 * stops half-way leaves a consistent, verifiable chain.
 */
export async function extendLedger(app: AppContext, opts: ExtendLedgerOptions): Promise<{ added: number; checkpoints: number }> {
  const txEntries = opts.txEntries ?? 20_000;
  const start = await headSeq(app.db);
  if (start >= opts.upTo) return { added: 0, checkpoints: 0 };
  const cast = await castOf(app);
  const state = await openChain(app, opts.checkpointEvery ?? 1000);
  const batches = Math.ceil((opts.upTo - start) / txEntries);
  await chainBatches(
    app,
    state,
    () => 1000,
    batches,
    async (_i, chain) => {
      const end = Math.min(opts.upTo, chain.seq + txEntries);
      while (chain.seq < end) {
        const seq = chain.seq + 1;
        const rand = streamFor(opts.seed, seq);
        chain.append(syntheticAct(rand, seq, cast), between(rand, 200, 1800));
        if (seq % 500 === 0) await breathe();
      }
      return async () => undefined;
    },
    () => opts.onProgress?.(Math.min(opts.upTo, state.seq), opts.upTo),
  );
  return { added: state.seq - start, checkpoints: state.checkpoints };
}
