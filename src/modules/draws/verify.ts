import { entryHash, payloadDigest, type EntryFields } from '../../platform/ledger/chain.js';
import { canonicalJson } from '../../platform/ledger/hash.js';
import { announcementPrecedesBeacon, beaconTime, beijingTime, type BeaconTime } from './beacon.js';
import { paramsDigest, type DrawParams } from './params.js';
import { redraw } from './redraw.js';
import { runDraw, type DrawResult, type Withdrawal } from './rules.js';
import { verifyCommitment } from './seed.js';
import { snapshotDigest, type PoolSnapshot } from './snapshot.js';

// What a draw publishes, and the check anyone can run on it: the public page, `zhifa draw
// verify` and a third party's own re-implementation (docs/draw-algorithm.md) do the same steps.

export const BUNDLE_FORMAT = 'zhifa-draw-bundle/1';

export interface PublishedEntry extends EntryFields {
  payload: Record<string, unknown>;
  prevHash: string;
  entryHash: string;
  alg: string;
}

export interface DrawBundle {
  format: typeof BUNDLE_FORMAT;
  id: string;
  orgName: string;
  matter: { code: string; name: string; legalBasis: string };
  name: string;
  status: 'announced' | 'drawn' | 'cancelled';
  params: DrawParams;
  snapshotDigest: string;
  paramsDigest: string;
  commitment: string;
  /** Null until the draw is made. */
  secret: string | null;
  beacon: string | null;
  result: DrawResult | null;
  withdrawals: Withdrawal[];
  /** Ledger entries of the announcement, the draw and each re-draw, in order. */
  ledger: PublishedEntry[];
  /** Names for the drawn enterprises, for reading; not part of the check. */
  enterprises: { id: string; name: string; uscc: string }[];
}

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

export interface Verdict {
  ok: boolean;
  checks: Check[];
}

function entryOk(e: PublishedEntry): boolean {
  if (e.alg !== 'sm3' && e.alg !== 'sha256') return false;
  if (payloadDigest(e.alg, e.payload) !== e.payloadDigest) return false;
  try {
    return entryHash(e.alg, e.prevHash, e) === e.entryHash;
  } catch {
    return false;
  }
}

/** An entry's time and the beacon's publication instant, or why one of them cannot be read. */
function instants(e: PublishedEntry, params: DrawParams): { at: Date; beacon: BeaconTime } | string {
  const at = new Date(e.at);
  if (Number.isNaN(at.getTime())) return `执法记录第 ${e.seq} 条的时间无法识别：${String(e.at)}`;
  try {
    return { at, beacon: beaconTime(params.beacon) };
  } catch (err) {
    return `随机源的公布时间无效：${(err as Error).message}`;
  }
}

/** Re-runs the draw from the published inputs and compares with the published result. */
export function verifyBundle(bundle: DrawBundle, snapshot: PoolSnapshot): Verdict {
  const checks: Check[] = [];
  const add = (name: string, ok: boolean, detail: string) => checks.push({ name, ok, detail });
  const alg = bundle.params.alg;

  const sd = snapshotDigest(snapshot, alg).toString('hex');
  add('名录库快照摘要', sd === bundle.snapshotDigest, `重新计算 ${sd}，公布 ${bundle.snapshotDigest}`);
  let pd = '';
  try {
    pd = paramsDigest(bundle.params).toString('hex');
  } catch (e) {
    pd = `（参数无效：${(e as Error).message}）`;
  }
  add('抽取参数摘要', pd === bundle.paramsDigest, `重新计算 ${pd}，公布 ${bundle.paramsDigest}`);

  const announce = bundle.ledger.find((e) => e.action === 'draw.announce');
  add('公告记录完整', announce !== undefined && entryOk(announce), announce ? `执法记录第 ${announce.seq} 条` : '缺少抽取公告的执法记录');
  if (announce) {
    const p = announce.payload;
    const same = p.snapshotDigest === bundle.snapshotDigest && p.paramsDigest === bundle.paramsDigest && p.commitment === bundle.commitment;
    // The claim that nobody knew the result in advance: compared as instants (beacon.ts).
    const t = instants(announce, bundle.params);
    const order = typeof t === 'string' ? { ok: false, text: t } : announcementPrecedesBeacon(t.at, bundle.params.beacon);
    add('公告早于随机源公布', order.ok, order.text);
    add('公告先于抽取固定输入', same, same ? '快照摘要、参数摘要与承诺值均在抽取前记入执法记录' : '执法记录中的摘要或承诺值与公布的不一致');
  }
  if (bundle.secret === null || bundle.beacon === null || bundle.result === null) {
    add('抽取结果', bundle.status === 'announced', '尚未抽取：公布的是抽取前固定的输入');
    return { ok: checks.every((c) => c.ok), checks };
  }
  add('秘密值与承诺相符', verifyCommitment(alg, bundle.commitment, bundle.secret), `承诺 ${bundle.commitment}`);
  const drawEntry = bundle.ledger.find((e) => e.action === 'draw.draw');
  add(
    '抽取记录完整',
    drawEntry !== undefined && entryOk(drawEntry) && (announce === undefined || drawEntry.seq > announce.seq),
    drawEntry ? `执法记录第 ${drawEntry.seq} 条` : '缺少抽取结果的执法记录',
  );
  if (drawEntry) {
    const t = instants(drawEntry, bundle.params);
    if (typeof t === 'string') add('抽取不早于随机源公布', false, t);
    else add('抽取不早于随机源公布', t.at >= t.beacon.at, `抽取记入执法记录于 ${beijingTime(t.at)}，随机源公布时间 ${beijingTime(t.beacon.at)}`);
  }
  const redrawEntries = bundle.ledger.filter((e) => e.action === 'draw.redraw');
  add('重新抽取记录完整', redrawEntries.length === bundle.withdrawals.length && redrawEntries.every(entryOk), `${bundle.withdrawals.length} 次重新抽取`);

  // Each recorded step is replayed and matched to its own ledger entry: the draw, then each re-draw.
  const input = { snapshot, params: bundle.params, seedMaterial: { secret: bundle.secret, commitment: bundle.commitment, beacon: bundle.beacon } };
  let replayed: DrawResult | null = null;
  let why = '';
  const stepDigests: string[] = [];
  try {
    replayed = runDraw(input);
    stepDigests.push(payloadDigest(alg, replayed));
    for (const w of bundle.withdrawals) {
      replayed = redraw(input, replayed, w);
      stepDigests.push(payloadDigest(alg, replayed));
    }
  } catch (e) {
    replayed = null;
    why = (e as Error).message;
  }
  const same = replayed !== null && canonicalJson(replayed) === canonicalJson(bundle.result);
  add(
    '重新计算结果与公布结果一致',
    same,
    replayed === null ? `无法重新计算：${why}` : same ? `${replayed.enterprises.length} 户检查对象及其执法人员完全一致` : '重新计算的抽取结果与公布的不一致',
  );
  if (replayed) {
    const recorded = [drawEntry, ...redrawEntries].map((e) => e?.payload.resultDigest);
    const match = recorded.length === stepDigests.length && recorded.every((d, i) => d === stepDigests[i]);
    add('每一步结果摘要与执法记录一致', match, `共 ${stepDigests.length} 步（抽取及重新抽取）`);
  }
  return { ok: checks.every((c) => c.ok), checks };
}
