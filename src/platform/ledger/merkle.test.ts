import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HASH_ALGS } from './hash.js';
import {
  consistencyProof,
  consistencyRanges,
  foldParts,
  hasherFor,
  inclusionProof,
  inclusionRanges,
  leafHash,
  MerkleFrontier,
  merkleRoot,
  nodeHash,
  type Perfect,
  perfectParts,
  perfectRoot,
  type Range,
  verifyConsistency,
  verifyInclusion,
} from './merkle.js';

const flip = (b: Buffer, bit = 0): Buffer => {
  const c = Buffer.from(b);
  c[bit >> 3] ^= 1 << (bit & 7);
  return c;
};
const same = (a: Buffer[], b: Buffer[]) => a.length === b.length && a.every((x, i) => x.equals(b[i]));

// RFC 6962 / CT reference tree: leaf inputs and the root after each append.
const CT_INPUTS = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'];
const CT_ROOTS = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];

describe('RFC 6962 reference vectors (SHA-256)', () => {
  const h = hasherFor('sha256');
  const leaves = CT_INPUTS.map((x) => leafHash(h, Buffer.from(x, 'hex')));

  it('reproduces the root of every prefix of the reference tree', () => {
    for (let n = 1; n <= 8; n++) {
      expect(merkleRoot(h, leaves.slice(0, n)).toString('hex'), `size ${n}`).toBe(CT_ROOTS[n - 1]);
    }
  });

  // Computed independently (Python hashlib) and pinned here and in docs/ledger.md.
  it('gives the same tree under SM3 the documented root', () => {
    const sm3 = hasherFor('sm3');
    const root = merkleRoot(
      sm3,
      CT_INPUTS.map((x) => leafHash(sm3, Buffer.from(x, 'hex'))),
    );
    expect(root.toString('hex')).toBe('bc48ba7a709184b5f2a631e1adeb8dc2a0d4c018c1d6cc89b5664fe154c93b38');
  });

  it('gives the empty tree the hash of the empty string', () => {
    expect(merkleRoot(h, []).toString('hex')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});

describe.each(HASH_ALGS)('Merkle tree over %s', (alg) => {
  const h = hasherFor(alg);
  const digest = (...parts: Uint8Array[]) => parts.reduce((c, p) => c.update(p), createHash(alg)).digest();
  const leaves = Array.from({ length: 2000 }, (_, i) => leafHash(h, Buffer.from(`entry ${i}`)));
  const roots = Array.from({ length: 201 }, (_, n) => merkleRoot(h, leaves.slice(0, n)));

  it('prefixes leaves with 0x00 and interior nodes with 0x01', () => {
    const [a, b] = [Buffer.from('a'), Buffer.from('b')];
    expect(leafHash(h, a)).toEqual(digest(Buffer.of(0), a));
    expect(nodeHash(h, a, b)).toEqual(digest(Buffer.of(1), a, b));
    expect(merkleRoot(h, [])).toEqual(digest());
  });

  it('splits at the largest power of two below the size', () => {
    const [l0, l1, l2, l3, l4, l5, l6] = leaves;
    const n = (l: Buffer, r: Buffer) => nodeHash(h, l, r);
    const four = n(n(l0, l1), n(l2, l3));
    expect(roots[1]).toEqual(l0);
    expect(roots[2]).toEqual(n(l0, l1));
    expect(roots[3]).toEqual(n(n(l0, l1), l2));
    expect(roots[4]).toEqual(four);
    expect(roots[5]).toEqual(n(four, l4));
    expect(roots[6]).toEqual(n(four, n(l4, l5)));
    expect(roots[7]).toEqual(n(four, n(n(l4, l5), l6)));
  });

  // Collecting mismatches and asserting once keeps ~10^5 checks per algorithm fast.
  it('proves and checks inclusion of every leaf in every tree of 1..70 leaves', () => {
    const wrong: string[] = [];
    const expectFalse = (label: string, result: boolean) => result && wrong.push(label);
    for (let n = 1; n <= 70; n++) {
      const tree = leaves.slice(0, n);
      for (let i = 0; i < n; i++) {
        const proof = inclusionProof(h, tree, i);
        const ok = (leaf: Buffer, index: number, size: number, p: Buffer[], root: Buffer) => verifyInclusion(h, leaf, index, size, p, root);
        const at = `n=${n} i=${i}`;
        if (!ok(tree[i], i, n, proof, roots[n])) wrong.push(`${at} rejected`);

        expectFalse(`${at} leaf`, ok(flip(tree[i]), i, n, proof, roots[n]));
        expectFalse(`${at} neighbour leaf`, n > 1 && ok(tree[(i + 1) % n], i, n, proof, roots[n]));
        expectFalse(`${at} root`, ok(tree[i], i, n, proof, flip(roots[n], 9)));
        for (const j of [i - 1, i + 1, i ^ 1, n - 1 - i, 0, n - 1, n]) {
          if (j !== i) expectFalse(`${at} index ${j}`, ok(tree[i], j, n, proof, roots[n]));
        }
        // A size is only meaningful with its own root; against that, a proof for another size never passes.
        for (const s of [i, i + 1, n - 1, n + 1, n + 2, 2 * n]) {
          if (s !== n) expectFalse(`${at} size ${s}`, ok(tree[i], i, s, proof, roots[s]));
        }
        for (let k = 0; k < proof.length; k++) {
          for (const bit of [0, 131, 255]) {
            const p = proof.map((x, y) => (y === k ? flip(x, bit) : x));
            expectFalse(`${at} element ${k} bit ${bit}`, ok(tree[i], i, n, p, roots[n]));
          }
          expectFalse(
            `${at} without ${k}`,
            ok(
              tree[i],
              i,
              n,
              proof.filter((_, y) => y !== k),
              roots[n],
            ),
          );
        }
        expectFalse(`${at} extended`, ok(tree[i], i, n, [...proof, roots[n]], roots[n]));
        expectFalse(`${at} reversed`, proof.length > 1 && ok(tree[i], i, n, [...proof].reverse(), roots[n]));
      }
    }
    expect(wrong).toEqual([]);
  });

  it('proves and checks consistency for every 1 <= m <= n <= 40', () => {
    const wrong: string[] = [];
    const expectFalse = (label: string, result: boolean) => result && wrong.push(label);
    for (let n = 1; n <= 40; n++) {
      const tree = leaves.slice(0, n);
      for (let m = 1; m <= n; m++) {
        const proof = consistencyProof(h, tree, m);
        const ok = (a: number, b: number, ra: Buffer, rb: Buffer, p: Buffer[]) => verifyConsistency(h, a, b, ra, rb, p);
        const at = `m=${m} n=${n}`;
        if (!ok(m, n, roots[m], roots[n], proof)) wrong.push(`${at} rejected`);
        if ((proof.length === 0) !== (m === n)) wrong.push(`${at} proof length ${proof.length}`);

        expectFalse(`${at} old root`, ok(m, n, flip(roots[m]), roots[n], proof));
        expectFalse(`${at} new root`, ok(m, n, roots[m], flip(roots[n], 77), proof));
        expectFalse(`${at} swapped roots`, m !== n && ok(m, n, roots[n], roots[m], proof));
        for (let k = 0; k < proof.length; k++) {
          for (const bit of [0, 200]) {
            const p = proof.map((x, y) => (y === k ? flip(x, bit) : x));
            expectFalse(`${at} element ${k} bit ${bit}`, ok(m, n, roots[m], roots[n], p));
          }
          expectFalse(
            `${at} without ${k}`,
            ok(
              m,
              n,
              roots[m],
              roots[n],
              proof.filter((_, y) => y !== k),
            ),
          );
        }
        expectFalse(`${at} extended`, ok(m, n, roots[m], roots[n], [...proof, roots[n]]));
        // Against the honest roots for other sizes, the proof passes only where it is, byte for
        // byte, the proof for those sizes too (e.g. the empty proof for m = n).
        for (const [a, b] of [
          [m - 1, n],
          [m + 1, n],
          [m, n - 1],
          [m, n + 1],
          [m - 1, n - 1],
          [m + 1, n + 1],
        ]) {
          if (a < 0 || a > b) continue;
          const honest = consistencyProof(h, leaves.slice(0, b), a);
          if (ok(a, b, roots[a], roots[b], proof) !== same(proof, honest)) wrong.push(`${at} as ${a},${b}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('treats the empty tree as consistent with every tree, given its fixed root', () => {
    for (const n of [0, 1, 7, 64]) {
      expect(consistencyProof(h, leaves.slice(0, n), 0)).toEqual([]);
      expect(verifyConsistency(h, 0, n, digest(), roots[n], [])).toBe(true);
      expect(verifyConsistency(h, 0, n, flip(digest()), roots[n], [])).toBe(false);
      expect(verifyConsistency(h, 0, n, digest(), roots[n], [roots[n]])).toBe(false);
    }
  });

  it('rejects impossible sizes', () => {
    expect(() => inclusionProof(h, leaves.slice(0, 4), 4)).toThrow(RangeError);
    expect(() => inclusionProof(h, [], 0)).toThrow(RangeError);
    expect(() => inclusionProof(h, leaves.slice(0, 4), 1.5)).toThrow(RangeError);
    expect(() => consistencyProof(h, leaves.slice(0, 4), 5)).toThrow(RangeError);
    expect(() => consistencyProof(h, leaves.slice(0, 4), -1)).toThrow(RangeError);
    const p = consistencyProof(h, leaves.slice(0, 5), 3);
    expect(verifyConsistency(h, 5, 3, roots[5], roots[3], p)).toBe(false);
    expect(verifyConsistency(h, -1, 3, roots[0], roots[3], p)).toBe(false);
    expect(verifyInclusion(h, leaves[0], -1, 4, inclusionProof(h, leaves.slice(0, 4), 0), roots[4])).toBe(false);
    expect(verifyInclusion(h, leaves[0], 0, 0, [], roots[0])).toBe(false);
  });

  it('rejects a proof that runs out below the top of the claimed tree', () => {
    // The roots are genuine, but of a smaller tree than the size claimed.
    expect(verifyInclusion(h, leaves[0], 0, 3, inclusionProof(h, leaves.slice(0, 2), 0), roots[2])).toBe(false);
    expect(verifyConsistency(h, 1, 3, roots[1], roots[2], consistencyProof(h, leaves.slice(0, 2), 1))).toBe(false);
  });

  it('keeps exact arithmetic beyond 2^32 leaves', () => {
    // A tree of 2^32 + 7 leaves is a perfect left subtree (root x) beside a 7-leaf tree.
    const big = 2 ** 32;
    const x = digest(Buffer.from('left subtree'));
    const seven = leaves.slice(0, 7);
    const root = nodeHash(h, x, roots[7]);
    expect(verifyInclusion(h, seven[5], big + 5, big + 7, [...inclusionProof(h, seven, 5), x], root)).toBe(true);
    expect(verifyInclusion(h, seven[5], 5, 7, [...inclusionProof(h, seven, 5), x], root)).toBe(false);
    const proof = [...consistencyProof(h, seven, 3), x];
    expect(verifyConsistency(h, big + 3, big + 7, nodeHash(h, x, roots[3]), root, proof)).toBe(true);
    expect(verifyConsistency(h, 3, 7, nodeHash(h, x, roots[3]), root, proof)).toBe(false);

    const nodes = [x, roots[4], nodeHash(h, leaves[4], leaves[5])].map((b) => b.toString('hex'));
    const f = MerkleFrontier.restore(h, { size: big + 6, nodes });
    f.append(leaves[6]);
    expect(f.size).toBe(big + 7);
    expect(f.root()).toEqual(root);
    expect(f.toJSON().nodes).toHaveLength(4);
  });

  it('frontier root equals merkleRoot for every size 0..200, and survives restore', () => {
    const f = new MerkleFrontier(h);
    for (let n = 0; n <= 200; n++) {
      if (n > 0) f.append(leaves[n - 1]);
      expect(f.size).toBe(n);
      expect(f.root(), `n=${n}`).toEqual(roots[n]);
      const state = f.toJSON();
      expect(JSON.parse(JSON.stringify(state))).toEqual(state);
      const g = MerkleFrontier.restore(h, state);
      expect(g.root()).toEqual(roots[n]);
      for (let k = n; k < Math.min(n + 9, 200); k++) g.append(leaves[k]);
      expect(g.root(), `n=${n}+9`).toEqual(roots[Math.min(n + 9, 200)]);
    }
  });

  it('refuses a frontier state that cannot be right', () => {
    const state = (size: number, count: number) => ({ size, nodes: Array(count).fill(roots[1].toString('hex')) });
    expect(() => MerkleFrontier.restore(h, state(5, 1))).toThrow(/needs 2 nodes/);
    expect(() => MerkleFrontier.restore(h, state(4, 2))).toThrow(/needs 1 nodes/);
    expect(() => MerkleFrontier.restore(h, state(-1, 0))).toThrow(RangeError);
    expect(() => MerkleFrontier.restore(h, state(1.5, 1))).toThrow(RangeError);
    expect(() => MerkleFrontier.restore(h, { size: 1, nodes: ['ab'] })).toThrow(/hex/);
    expect(() => MerkleFrontier.restore(h, { size: 1, nodes: ['AB'.repeat(32)] })).toThrow(/hex/);
  });

  it('handles 2^16 + 3 leaves without deep recursion', () => {
    const many = Array.from({ length: 65_539 }, (_, i) => leaves[i % leaves.length]);
    const f = new MerkleFrontier(h);
    for (const l of many) f.append(l);
    expect(f.root()).toEqual(merkleRoot(h, many));
    expect(verifyInclusion(h, many[65_537], 65_537, many.length, inclusionProof(h, many, 65_537), f.root())).toBe(true);
  });

  it('agrees with itself on random trees of up to 2000 leaves', () => {
    const sizes = fc
      .integer({ min: 1, max: 2000 })
      .chain((n) => fc.record({ n: fc.constant(n), m: fc.integer({ min: 0, max: n }), i: fc.integer({ min: 0, max: n - 1 }) }));
    fc.assert(
      fc.property(sizes, ({ n, m, i }) => {
        const tree = leaves.slice(0, n);
        const root = merkleRoot(h, tree);
        const f = new MerkleFrontier(h);
        for (const l of tree.slice(0, m)) f.append(l);
        const oldRoot = f.root();
        expect(oldRoot).toEqual(merkleRoot(h, tree.slice(0, m)));
        const g = MerkleFrontier.restore(h, JSON.parse(JSON.stringify(f)));
        for (const l of tree.slice(m)) g.append(l);
        expect(g.root()).toEqual(root);
        expect(verifyInclusion(h, tree[i], i, n, inclusionProof(h, tree, i), root)).toBe(true);
        expect(verifyConsistency(h, m, n, oldRoot, root, consistencyProof(h, tree, m))).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});

describe('proofs from stored perfect subtrees (issue 22 goal 5)', () => {
  const h = hasherFor('sm3');
  const leavesOf = (n: number) => Array.from({ length: n }, (_, i) => leafHash(h, Buffer.from(`entry ${i}`)));

  /** Each range's root rebuilt from its perfect parts, each part from its own leaves only. */
  const fromParts = (leaves: Buffer[], range: Range) =>
    foldParts(
      h,
      perfectParts(range).map(({ level, index }) => perfectRoot(h, leaves.slice(index * 2 ** level, (index + 1) * 2 ** level))),
    );

  it('rebuilds every range of every inclusion and consistency proof from aligned perfect parts, for every tree of 1..70 leaves', () => {
    for (let n = 1; n <= 70; n++) {
      const leaves = leavesOf(n);
      for (let i = 0; i < n; i++) {
        const proof = inclusionRanges(i, n).map((r) => fromParts(leaves, r));
        expect(same(proof, inclusionProof(h, leaves, i)), `inclusion ${i} of ${n}`).toBe(true);
      }
      for (let m = 0; m <= n; m++) {
        const proof = consistencyRanges(m, n).map((r) => fromParts(leaves, r));
        expect(same(proof, consistencyProof(h, leaves, m)), `consistency ${m}→${n}`).toBe(true);
      }
    }
  });

  it('names parts largest first, one per set bit of the width, and refuses a range not made of aligned subtrees', () => {
    expect(perfectParts([8, 15])).toEqual([
      { level: 2, index: 2 },
      { level: 1, index: 6 },
      { level: 0, index: 14 },
    ]);
    expect(perfectParts([0, 16])).toEqual([{ level: 4, index: 0 }]);
    expect(() => perfectParts([2, 6])).toThrow(/aligned/);
  });

  it('hears of every perfect subtree the frontier completes, with the root its leaves give, across a restore', () => {
    const n = 300;
    const leaves = leavesOf(n);
    const heard = new Map<string, Buffer>();
    const note = (p: Perfect, hash: Buffer) => heard.set(`${p.level}/${p.index}`, hash);
    let f = new MerkleFrontier(h);
    for (const [i, l] of leaves.entries()) {
      if (i === 137) f = MerkleFrontier.restore(h, f.toJSON());
      f.append(l, note);
    }
    let expected = 0;
    for (let level = 1; 2 ** level <= n; level++) {
      for (let index = 0; (index + 1) * 2 ** level <= n; index++) {
        expected++;
        const root = perfectRoot(h, leaves.slice(index * 2 ** level, (index + 1) * 2 ** level));
        expect(heard.get(`${level}/${index}`)?.equals(root), `${level}/${index}`).toBe(true);
      }
    }
    expect(heard.size).toBe(expected);
  });
});
