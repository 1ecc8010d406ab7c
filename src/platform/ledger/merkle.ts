import { hash, type HashAlg } from './hash.js';

// RFC 9162 (Certificate Transparency v2) Merkle tree. Following CT means the proofs can be
// checked with existing, independently written verifiers once the hash function is swapped.
export type Hasher = (...parts: Uint8Array[]) => Buffer;

const LEAF_PREFIX = Uint8Array.of(0x00);
const NODE_PREFIX = Uint8Array.of(0x01);

export function hasherFor(alg: HashAlg): Hasher {
  return (...parts) => hash(alg, ...parts);
}

// The domain-separation prefixes stop an interior node being passed off as a leaf.
export function leafHash(h: Hasher, data: Uint8Array): Buffer {
  return h(LEAF_PREFIX, data);
}

export function nodeHash(h: Hasher, l: Uint8Array, r: Uint8Array): Buffer {
  return h(NODE_PREFIX, l, r);
}

// Tree sizes can exceed 2^31, so no 32-bit bitwise operators on them anywhere below.
const isOdd = (x: number) => x % 2 === 1;
const half = (x: number) => Math.floor(x / 2);

function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

function isPowerOfTwo(n: number): boolean {
  while (n > 1 && !isOdd(n)) n = half(n);
  return n === 1;
}

function assertSize(what: string, n: number, min: number, max: number): void {
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new RangeError(`${what} must be an integer in [${min}, ${max}], got ${n}`);
  }
}

// MTH over leaves[lo, hi); hi > lo. Recursion depth is log2 of the size.
function subtreeRoot(h: Hasher, leaves: Buffer[], lo: number, hi: number): Buffer {
  if (hi - lo === 1) return leaves[lo];
  const k = splitPoint(hi - lo);
  return nodeHash(h, subtreeRoot(h, leaves, lo, lo + k), subtreeRoot(h, leaves, lo + k, hi));
}

export function merkleRoot(h: Hasher, leaves: Buffer[]): Buffer {
  return leaves.length === 0 ? h() : subtreeRoot(h, leaves, 0, leaves.length);
}

/** The leaves [lo, hi) of the tree: a proof is a list of such subtrees' roots (MTH). */
export type Range = readonly [lo: number, hi: number];

// RFC 9162 §2.1.3.1 PATH(m, D[lo:hi]) as the ranges whose roots are the proof, leaf-first.
function path(m: number, lo: number, hi: number, out: Range[]): void {
  if (hi - lo <= 1) return;
  const k = splitPoint(hi - lo);
  if (m < k) {
    path(m, lo, lo + k, out);
    out.push([lo + k, hi]);
  } else {
    path(m - k, lo + k, hi, out);
    out.push([lo, lo + k]);
  }
}

/** The ranges of an inclusion proof for leaf `index` of a tree of `size` leaves. */
export function inclusionRanges(index: number, size: number): Range[] {
  assertSize('index', index, 0, size - 1);
  const out: Range[] = [];
  path(index, 0, size, out);
  return out;
}

export function inclusionProof(h: Hasher, leaves: Buffer[], index: number): Buffer[] {
  return inclusionRanges(index, leaves.length).map(([lo, hi]) => subtreeRoot(h, leaves, lo, hi));
}

export function verifyInclusion(h: Hasher, leaf: Buffer, index: number, treeSize: number, proof: Buffer[], root: Buffer): boolean {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(treeSize)) return false;
  if (index < 0 || index >= treeSize) return false;
  let fn = index;
  let sn = treeSize - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return false;
    if (isOdd(fn) || fn === sn) {
      r = nodeHash(h, p, r);
      // Skip the levels where this node has no right sibling: it is promoted unchanged.
      while (!isOdd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      r = nodeHash(h, r, p);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && r.equals(root);
}

// RFC 9162 §2.1.4.1 SUBPROOF(m, D[lo:hi], b) as ranges.
function subproof(m: number, lo: number, hi: number, b: boolean, out: Range[]): void {
  const n = hi - lo;
  if (m === n) {
    if (!b) out.push([lo, hi]);
    return;
  }
  const k = splitPoint(n);
  if (m <= k) {
    subproof(m, lo, lo + k, b, out);
    out.push([lo + k, hi]);
  } else {
    subproof(m - k, lo + k, hi, false, out);
    out.push([lo, lo + k]);
  }
}

/** The ranges of a consistency proof from a tree of `oldSize` leaves to one of `size`. */
export function consistencyRanges(oldSize: number, size: number): Range[] {
  assertSize('oldSize', oldSize, 0, size);
  const out: Range[] = [];
  // Nothing to prove against an empty tree, or between a tree and itself.
  if (oldSize > 0) subproof(oldSize, 0, size, true, out);
  return out;
}

export function consistencyProof(h: Hasher, leaves: Buffer[], oldSize: number): Buffer[] {
  return consistencyRanges(oldSize, leaves.length).map(([lo, hi]) => subtreeRoot(h, leaves, lo, hi));
}

/** A perfect subtree: the 2^level leaves from index × 2^level. */
export interface Perfect {
  level: number;
  index: number;
}

/**
 * The perfect subtrees whose roots make MTH(D[lo:hi]), left to right: one per set bit of
 * hi − lo, largest first (RFC 9162's split is the largest power of two below the size, so the
 * tree over any range a proof names is these, folded from the right). Each must be aligned —
 * every range of inclusionRanges and consistencyRanges is.
 */
export function perfectParts([lo, hi]: Range): Perfect[] {
  const parts: Perfect[] = [];
  let at = lo;
  for (let level = Math.floor(Math.log2(hi - lo)) + 1; level >= 0; level--) {
    const width = 2 ** level;
    if (at + width > hi) continue;
    if (at % width !== 0) throw new RangeError(`[${lo}, ${hi}) is not made of aligned subtrees`);
    parts.push({ level, index: at / width });
    at += width;
  }
  return parts;
}

/** MTH of a range from its perfect parts' roots (perfectParts' order). */
export function foldParts(h: Hasher, roots: Buffer[]): Buffer {
  let r = roots[roots.length - 1];
  for (let i = roots.length - 2; i >= 0; i--) r = nodeHash(h, roots[i], r);
  return r;
}

/** The root of `leaves`, a perfect subtree (2^k of them). */
export function perfectRoot(h: Hasher, leaves: Buffer[]): Buffer {
  return subtreeRoot(h, leaves, 0, leaves.length);
}

export function verifyConsistency(h: Hasher, oldSize: number, newSize: number, oldRoot: Buffer, newRoot: Buffer, proof: Buffer[]): boolean {
  if (!Number.isSafeInteger(oldSize) || !Number.isSafeInteger(newSize)) return false;
  if (oldSize < 0 || oldSize > newSize) return false;
  // The trivial cases the RFC leaves out; the empty tree's root is fixed, so it is checked too.
  if (oldSize === newSize) return proof.length === 0 && oldRoot.equals(newRoot);
  if (oldSize === 0) return proof.length === 0 && oldRoot.equals(h());
  if (proof.length === 0) return false;

  const nodes = isPowerOfTwo(oldSize) ? [oldRoot, ...proof] : proof;
  let fn = oldSize - 1;
  let sn = newSize - 1;
  while (isOdd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  let fr = nodes[0];
  let sr = nodes[0];
  for (const c of nodes.slice(1)) {
    if (sn === 0) return false;
    if (isOdd(fn) || fn === sn) {
      fr = nodeHash(h, c, fr);
      sr = nodeHash(h, c, sr);
      while (!isOdd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      sr = nodeHash(h, sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && fr.equals(oldRoot) && sr.equals(newRoot);
}

// Roots of the perfect subtrees along the tree's right edge, largest first: one per set bit
// of the size. Appending merges equal-sized neighbours exactly like a binary counter carries.
export class MerkleFrontier {
  #size = 0;
  #nodes: Buffer[] = [];
  readonly #h: Hasher;

  constructor(h: Hasher) {
    this.#h = h;
  }

  static restore(h: Hasher, state: { size: number; nodes: string[] }): MerkleFrontier {
    assertSize('frontier size', state.size, 0, Number.MAX_SAFE_INTEGER);
    let bits = 0;
    for (let s = state.size; s > 0; s = half(s)) if (isOdd(s)) bits++;
    if (state.nodes.length !== bits) {
      throw new Error(`frontier of size ${state.size} needs ${bits} nodes, got ${state.nodes.length}`);
    }
    const width = h().length;
    const hex = new RegExp(`^[0-9a-f]{${width * 2}}$`);
    const f = new MerkleFrontier(h);
    f.#nodes = state.nodes.map((n) => {
      if (!hex.test(n)) throw new Error(`frontier node is not ${width * 2} lowercase hex characters`);
      return Buffer.from(n, 'hex');
    });
    f.#size = state.size;
    return f;
  }

  /** Adds a leaf; `completed` hears of each perfect subtree above a leaf that it completes. */
  append(leaf: Buffer, completed?: (node: Perfect, hash: Buffer) => void): void {
    let node = leaf;
    let level = 0;
    for (let s = this.#size; isOdd(s); s = half(s)) {
      node = nodeHash(this.#h, this.#nodes.pop()!, node);
      level++;
      completed?.({ level, index: Math.floor(this.#size / 2 ** level) }, node);
    }
    this.#nodes.push(node);
    this.#size++;
  }

  get size(): number {
    return this.#size;
  }

  root(): Buffer {
    if (this.#nodes.length === 0) return this.#h();
    let r = this.#nodes[this.#nodes.length - 1];
    for (let i = this.#nodes.length - 2; i >= 0; i--) r = nodeHash(this.#h, this.#nodes[i], r);
    return r;
  }

  toJSON(): { size: number; nodes: string[] } {
    return { size: this.#size, nodes: this.#nodes.map((n) => n.toString('hex')) };
  }
}
