// Checks a disclosure's proof bundle (contract.ts ProofBundle) and a consistency proof between
// two signed checkpoints. No Node and no server imports: the CLI passes Node's SM3/SHA-256 and
// the ledger's SM2 check (proof-node.ts); a browser passes its own (portal-verify.ts).
import canonicalize from 'canonicalize';
import { isSigScheme, type SigScheme, unknownSigSchemeMessage } from '../../platform/ledger/sm2.js';
import type { ConsistencyBundle, ProofBundle, SignedCheckpoint, Verification } from './contract.js';

type Check = Verification['checks'][number]['check'];
/** A check's outcome; `detail` says why in Chinese where the check's name alone does not. */
type CheckResult = { check: Check; ok: boolean; detail?: string };

export interface ProofCrypto {
  /** Digest of the concatenated parts with the ledger's algorithm ('sm3' or 'sha256'). */
  hash(alg: string, ...parts: Uint8Array[]): Uint8Array;
  /** SM2-with-SM3 signature (base64) over message by the SPKI PEM key, with `scheme`'s distinguishing ID. */
  verifySignature(publicKeyPem: string, message: Uint8Array, signatureB64: string, scheme: SigScheme): boolean | Promise<boolean>;
}

const utf8 = (s: string) => new TextEncoder().encode(s);

export function fromHex(hex: string): Uint8Array {
  if (!/^(?:[0-9a-f]{2})*$/.test(hex)) throw new Error('not lowercase hex');
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

export function toHex(b: Uint8Array): string {
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

const equal = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

// RFC 8785 (JCS), as the ledger hashes payloads and entry fields (platform/ledger/hash.ts).
function jcs(value: unknown): string {
  const s = canonicalize(value);
  if (s === undefined) throw new Error('no JSON representation');
  return s;
}

export function payloadDigestOf(c: ProofCrypto, alg: string, payload: unknown): string {
  return toHex(c.hash(alg, utf8(jcs(payload))));
}

/** platform/ledger/chain.ts entryHash: H(prevHash bytes ‖ JCS of the eight entry fields). */
export function entryHashOf(c: ProofCrypto, e: ProofBundle['entry']): string {
  const fields = {
    seq: e.seq,
    at: e.at,
    orgId: e.orgId,
    actorId: e.actorId,
    action: e.action,
    subjectType: e.subjectType,
    subjectId: e.subjectId,
    payloadDigest: e.payloadDigest,
  };
  return toHex(c.hash(e.alg, fromHex(e.prevHash), utf8(jcs(fields))));
}

/** platform/ledger/keys.ts checkpointMessage. */
export function checkpointMessageOf(cp: Pick<SignedCheckpoint, 'alg' | 'treeSize' | 'rootHash' | 'at'>): Uint8Array {
  return utf8(`zhifa-ledger-checkpoint\n${cp.alg}\n${cp.treeSize}\n${cp.rootHash}\n${cp.at}`);
}

const node = (c: ProofCrypto, alg: string, l: Uint8Array, r: Uint8Array) => c.hash(alg, Uint8Array.of(1), l, r);
const odd = (x: number) => x % 2 === 1;
const half = (x: number) => Math.floor(x / 2);

/** RFC 9162 §2.1.3.2; the leaf is 0x00 ‖ entryHash bytes. */
export function verifyInclusionPath(c: ProofCrypto, alg: string, leaf: Uint8Array, index: number, size: number, path: Uint8Array[], root: Uint8Array): boolean {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of path) {
    if (sn === 0) return false;
    if (odd(fn) || fn === sn) {
      r = node(c, alg, p, r);
      while (!odd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      r = node(c, alg, r, p);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && equal(r, root);
}

/** RFC 9162 §2.1.4.2 (the twin of platform/ledger/merkle.ts verifyConsistency, on plain bytes). */
export function verifyConsistencyPath(
  c: ProofCrypto,
  alg: string,
  oldSize: number,
  newSize: number,
  oldRoot: Uint8Array,
  newRoot: Uint8Array,
  proof: Uint8Array[],
): boolean {
  if (!Number.isSafeInteger(oldSize) || !Number.isSafeInteger(newSize) || oldSize < 1 || oldSize > newSize) return false;
  if (oldSize === newSize) return proof.length === 0 && equal(oldRoot, newRoot);
  if (proof.length === 0) return false;
  let p2 = oldSize;
  while (p2 > 1 && !odd(p2)) p2 = half(p2);
  const nodes = p2 === 1 ? [oldRoot, ...proof] : proof;
  let fn = oldSize - 1;
  let sn = newSize - 1;
  while (odd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  let fr = nodes[0];
  let sr = nodes[0];
  for (const x of nodes.slice(1)) {
    if (sn === 0) return false;
    if (odd(fn) || fn === sn) {
      fr = node(c, alg, x, fr);
      sr = node(c, alg, x, sr);
      while (!odd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      sr = node(c, alg, sr, x);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && equal(fr, oldRoot) && equal(sr, newRoot);
}

function result(checks: CheckResult[]): Verification {
  const bad = checks.find((x) => !x.ok);
  const v: Verification = { ok: !bad, checks: checks.map(({ check, ok }) => ({ check, ok })), failed: bad?.check ?? null };
  return bad?.detail ? { ...v, detail: bad.detail } : v;
}

const safe = (f: () => boolean) => {
  try {
    return f();
  } catch {
    return false;
  }
};

/**
 * Checks, in order, that the published document is what the ledger entry recorded, that the
 * entry hashes as stored, that it is in the checkpoint's tree, and that the checkpoint is signed.
 * One changed character anywhere in the document fails payloadDigest.
 */
export async function verifyProofBundle(c: ProofCrypto, b: ProofBundle, opts: { anyEntry?: boolean } = {}): Promise<Verification> {
  const { document: doc, entry, inclusion, checkpoint: cp } = b;
  const checks: CheckResult[] = [];
  // A portal page must insist on a publication of the item it shows; `ledger prove` of any
  // other entry is checked with anyEntry (its "document" is that entry's payload).
  const isPublication = entry.action === 'disclosure.publish' && entry.subjectType === 'disclosure' && entry.subjectId === doc?.id;
  const formatOk =
    b.format === 'zhifa-disclosure-proof/1' &&
    (opts.anyEntry || isPublication) &&
    inclusion.leafIndex === entry.seq - 1 &&
    inclusion.treeSize === cp.treeSize &&
    entry.alg === cp.alg;
  checks.push({ check: 'format', ok: formatOk });
  checks.push({ check: 'payloadDigest', ok: safe(() => payloadDigestOf(c, entry.alg, doc) === entry.payloadDigest) });
  checks.push({ check: 'entryHash', ok: safe(() => entryHashOf(c, entry) === entry.entryHash) });
  checks.push({
    check: 'inclusion',
    ok: safe(() => {
      const leaf = c.hash(cp.alg, Uint8Array.of(0), fromHex(entry.entryHash));
      return verifyInclusionPath(c, cp.alg, leaf, inclusion.leafIndex, cp.treeSize, inclusion.auditPath.map(fromHex), fromHex(cp.rootHash));
    }),
  });
  checks.push(await signatureCheck(c, cp));
  return result(checks);
}

/** A bundle without sigScheme was issued before checkpoints recorded one, when all used the empty ID. */
const SCHEME_BEFORE_RECORDED = 'sm2-empty-id';

/** The checkpoint's signature, checked with the scheme it records; an unknown scheme fails. */
async function signatureCheck(c: ProofCrypto, cp: SignedCheckpoint): Promise<CheckResult> {
  const scheme = cp.sigScheme ?? SCHEME_BEFORE_RECORDED;
  if (!isSigScheme(scheme)) return { check: 'signature', ok: false, detail: unknownSigSchemeMessage(scheme) };
  try {
    return { check: 'signature', ok: await c.verifySignature(cp.publicKeyPem, checkpointMessageOf(cp), cp.signature, scheme) };
  } catch {
    return { check: 'signature', ok: false };
  }
}

/** The later checkpoint extends the earlier one: nothing recorded before was rewritten. */
export async function verifyConsistencyBundle(c: ProofCrypto, b: ConsistencyBundle): Promise<Verification> {
  const checks: CheckResult[] = [];
  checks.push({ check: 'format', ok: b.format === 'zhifa-consistency-proof/1' && b.from.alg === b.to.alg && b.from.treeSize <= b.to.treeSize });
  const from = await signatureCheck(c, b.from);
  checks.push(from.ok ? await signatureCheck(c, b.to) : from);
  checks.push({
    check: 'consistency',
    ok: safe(() => verifyConsistencyPath(c, b.to.alg, b.from.treeSize, b.to.treeSize, fromHex(b.from.rootHash), fromHex(b.to.rootHash), b.proof.map(fromHex))),
  });
  return result(checks);
}
