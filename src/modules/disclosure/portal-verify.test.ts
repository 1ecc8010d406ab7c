import crypto, { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entryHash, GENESIS_HASH, payloadDigest } from '../../platform/ledger/chain.js';
import type { HashAlg } from '../../platform/ledger/hash.js';
import { checkpointMessage, generateSigningKey, sign } from '../../platform/ledger/keys.js';
import { consistencyProof, hasherFor, inclusionProof, leafHash, merkleRoot } from '../../platform/ledger/merkle.js';
import { sm2Verify } from '../../platform/ledger/sm2.js';
import type { ConsistencyBundle, ProofBundle, PublishedDocument, SignedCheckpoint } from './contract.js';
import { sha256, sm3, toHex } from './portal-crypto.js';
import { copyMatches, stillConsistent, verifyProof } from './portal-verify.js';

// The browser's verifier is checked against the server's own ledger code, and, for checkpoints
// signed before migration 0022 with an empty SM2 ID, against Node's OpenSSL signatures.

const key = generateSigningKey();
const doc: PublishedDocument = {
  format: 'zhifa-disclosure/1',
  id: '6f1c2b1e-8d3a-4c55-9a7e-0b1d2c3e4f50',
  kind: 'summaryDecision',
  orgName: '咸宁市应急管理局',
  enterpriseName: '咸宁市某化工有限公司',
  uscc: '91421200MA4KXXXX0X',
  regionCode: '421202',
  title: '行政处罚决定书（当场）',
  decidedOn: '2026-03-02',
  fields: [{ label: '处罚种类', value: '罚款' }],
  text: '当事人：咸宁市某化工有限公司\n法定代表人：王**\n罚款人民币贰仟元整。',
  actSeq: 3,
};

/** A ledger of `size` entries whose entry `at` is the publication, and a signed checkpoint over it. */
function bundleFor(alg: HashAlg, size: number, at: number): ProofBundle {
  let prev = GENESIS_HASH;
  // Ledger seq starts at 1; leaf i of the tree is the entry with seq i + 1.
  const entries = Array.from({ length: size }, (_, i) => {
    const seq = i + 1;
    const mine = i === at;
    const fields = {
      seq,
      at: `2026-03-02T02:00:0${seq % 10}.000Z`,
      orgId: null,
      actorId: null,
      action: mine ? 'disclosure.publish' : 'x.other',
      subjectType: 'disclosure',
      subjectId: mine ? doc.id : String(seq),
      payloadDigest: payloadDigest(alg, mine ? doc : { seq }),
    };
    const e = { ...fields, prevHash: prev, entryHash: entryHash(alg, prev, fields), alg };
    prev = e.entryHash;
    return e;
  });
  const h = hasherFor(alg);
  const leaves = entries.map((e) => leafHash(h, Buffer.from(e.entryHash, 'hex')));
  const rootHash = merkleRoot(h, leaves).toString('hex');
  const cp = { alg, treeSize: size, rootHash, at: '2026-03-02T03:00:00.000Z' };
  return {
    format: 'zhifa-disclosure-proof/1',
    document: doc,
    entry: entries[at],
    inclusion: { leafIndex: at, treeSize: size, auditPath: inclusionProof(h, leaves, at).map((b) => b.toString('hex')) },
    checkpoint: { id: 1, ...cp, keyId: key.keyId, signature: sign(key, checkpointMessage(cp)), sigScheme: 'sm2-gbt35276', publicKeyPem: key.publicKeyPem },
  };
}

/** The bundle's checkpoint signed as before migration 0022: Node's OpenSSL, empty SM2 ID. */
function signedTheOldWay(b: ProofBundle, sigScheme: string | undefined): ProofBundle {
  const signature = crypto.sign('sm3', checkpointMessage(b.checkpoint), key.privateKey).toString('base64');
  const { sigScheme: _, ...checkpoint } = b.checkpoint;
  return { ...b, checkpoint: sigScheme === undefined ? { ...checkpoint, signature } : { ...checkpoint, signature, sigScheme } };
}

describe('SM3 in plain TypeScript', () => {
  it('gives the GB/T 32905 example digest of "abc"', () => {
    expect(toHex(sm3('abc'))).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
  });
  it("agrees with OpenSSL's SM3 on any input, across block boundaries", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }),
        fc.string(),
        (bytes, s) => toHex(sm3(bytes, s)) === createHash('sm3').update(bytes).update(s).digest('hex'),
      ),
    );
  });
});

describe('SHA-256 in plain TypeScript', () => {
  it("agrees with OpenSSL's SHA-256 on any input", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }),
        fc.uint8Array({ maxLength: 70 }),
        (a, b) => toHex(sha256(a, b)) === createHash('sha256').update(a).update(b).digest('hex'),
      ),
    );
  });
});

describe('SM2 verification', () => {
  const m = checkpointMessage({ alg: 'sm3', treeSize: 9, rootHash: 'ab'.repeat(32), at: '2026-03-02T03:00:00.000Z' });
  it("accepts the server's checkpoint signatures and refuses any other message or key", () => {
    const s = sign(key, m);
    expect(sm2Verify(key.publicKeyPem, m, s, 'sm2-gbt35276')).toBe(true);
    expect(sm2Verify(key.publicKeyPem, Buffer.concat([m, Buffer.from('\n')]), s, 'sm2-gbt35276')).toBe(false);
    expect(sm2Verify(generateSigningKey().publicKeyPem, m, s, 'sm2-gbt35276')).toBe(false);
    expect(sm2Verify(key.publicKeyPem, m, 'bm90IGEgc2lnbmF0dXJl', 'sm2-gbt35276')).toBe(false);
  });
  it("checks with the recorded scheme's ID only: OpenSSL's empty-ID signatures as sm2-empty-id", () => {
    const openssl = crypto.sign('sm3', m, key.privateKey).toString('base64');
    expect(sm2Verify(key.publicKeyPem, m, openssl, 'sm2-empty-id')).toBe(true);
    expect(sm2Verify(key.publicKeyPem, m, openssl, 'sm2-gbt35276')).toBe(false);
    expect(sm2Verify(key.publicKeyPem, m, sign(key, m), 'sm2-empty-id')).toBe(false);
  });
});

describe('verifyProof', () => {
  it.each([
    ['sm3', 1, 0],
    ['sm3', 7, 4],
    ['sha256', 6, 5],
  ] as const)('verifies a %s proof in a tree of %i at index %i', async (alg, size, at) => {
    expect(await verifyProof(bundleFor(alg, size, at))).toEqual({
      ok: true,
      failed: null,
      checks: ['format', 'payloadDigest', 'entryHash', 'inclusion', 'signature'].map((check) => ({ check, ok: true })),
    });
  });

  it('names the first check a changed document, entry, path or checkpoint fails', async () => {
    const b = bundleFor('sm3', 5, 2);
    expect((await verifyProof(b, { ...doc, text: doc.text.replace('贰仟', '贰佰') })).failed).toBe('payloadDigest');
    expect((await verifyProof({ ...b, entry: { ...b.entry, actorId: 'x' } })).failed).toBe('entryHash');
    expect((await verifyProof({ ...b, inclusion: { ...b.inclusion, auditPath: [...b.inclusion.auditPath].reverse() } })).failed).toBe('inclusion');
    expect((await verifyProof({ ...b, checkpoint: { ...b.checkpoint, at: '2026-03-02T03:00:01.000Z' } })).failed).toBe('signature');
    expect((await verifyProof({ ...b, checkpoint: { ...b.checkpoint, treeSize: 6 } })).failed).toBe('format');
  });

  it('checks the signature with the scheme the checkpoint records', async () => {
    const b = bundleFor('sm3', 5, 2);
    expect(await verifyProof(signedTheOldWay(b, 'sm2-empty-id'))).toMatchObject({ ok: true });
    expect((await verifyProof(signedTheOldWay(b, 'sm2-gbt35276'))).failed).toBe('signature');
    expect((await verifyProof({ ...b, checkpoint: { ...b.checkpoint, sigScheme: 'sm2-empty-id' } })).failed).toBe('signature');
  });

  it('reads a bundle without sigScheme, issued before it was recorded, as sm2-empty-id', async () => {
    const b = bundleFor('sm3', 5, 2);
    expect(await verifyProof(signedTheOldWay(b, undefined))).toMatchObject({ ok: true });
    const { sigScheme: _, ...checkpoint } = b.checkpoint;
    expect((await verifyProof({ ...b, checkpoint })).failed).toBe('signature');
  });

  it('fails an unknown scheme, saying so in Chinese', async () => {
    const b = bundleFor('sm3', 5, 2);
    expect(await verifyProof({ ...b, checkpoint: { ...b.checkpoint, sigScheme: 'sm2-custom' } })).toMatchObject({
      ok: false,
      failed: 'signature',
      detail: '检查点签名方案「sm2-custom」未知，无法校验签名（已知方案：sm2-gbt35276、sm2-empty-id）',
    });
  });
});

describe('copyMatches', () => {
  const b = bundleFor('sm3', 3, 1);
  it('accepts the published text, also with Windows line endings and a final newline', () => {
    expect(copyMatches(b, doc.text)).toBe(true);
    expect(copyMatches(b, `${doc.text.replace(/\n/g, '\r\n')}\r\n`)).toBe(true);
  });
  it('refuses a copy with one character changed or the redaction undone', () => {
    expect(copyMatches(b, doc.text.replace('贰仟', '贰佰'))).toBe(false);
    expect(copyMatches(b, doc.text.replace('王**', '王小明'))).toBe(false);
  });
  it('refuses even the exact text when the bundle was altered to match it', () => {
    expect(copyMatches({ ...b, document: { ...doc, text: '伪造' } }, '伪造')).toBe(false);
  });
});

describe('stillConsistent', () => {
  const h = hasherFor('sm3');
  const leaves = Array.from({ length: 9 }, (_, i) => leafHash(h, Buffer.from(`entry ${i}`)));
  const checkpoint = (size: number, id: number, of = leaves): SignedCheckpoint => {
    const cp = { alg: 'sm3' as const, treeSize: size, rootHash: merkleRoot(h, of.slice(0, size)).toString('hex'), at: `2026-03-02T0${id}:00:00.000Z` };
    return { id, ...cp, keyId: key.keyId, signature: sign(key, checkpointMessage(cp)), sigScheme: 'sm2-gbt35276', publicKeyPem: key.publicKeyPem };
  };
  const proven = checkpoint(5, 1);
  const later: ConsistencyBundle = {
    format: 'zhifa-consistency-proof/1',
    from: proven,
    to: checkpoint(9, 2),
    proof: consistencyProof(h, leaves, 5).map((b) => b.toString('hex')),
  };

  it('accepts a later checkpoint that extends the proven one', async () => {
    expect(await stillConsistent(proven, later)).toBe(true);
  });
  it('refuses a bundle that starts elsewhere, a rewritten history, or a proof that does not fit', async () => {
    expect(await stillConsistent(checkpoint(4, 3), later)).toBe(false);
    const rewritten = [...leaves.slice(0, 2), leafHash(h, Buffer.from('rewritten')), ...leaves.slice(3)];
    // Properly signed, so only the consistency proof can catch it.
    const forged = { ...later, to: checkpoint(9, 4, rewritten), proof: consistencyProof(h, rewritten, 5).map((b) => b.toString('hex')) };
    expect(await stillConsistent(proven, forged)).toBe(false);
    expect(await stillConsistent(proven, { ...later, proof: later.proof.slice(1) })).toBe(false);
  });
  it('refuses a later checkpoint with an unknown signature scheme', async () => {
    expect(await stillConsistent(proven, { ...later, to: { ...later.to, sigScheme: 'sm2-custom' } })).toBe(false);
  });
});
