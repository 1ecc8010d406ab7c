import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLink, entryHash, fieldsJson, GENESIS_HASH, payloadDigest, type EntryFields } from './chain.js';
import { canonicalJson, HASH_ALGS, type HashAlg } from './hash.js';

type Row = EntryFields & { payload: unknown; prevHash: string; entryHash: string };

const ORG = '0b6f3c1e-8c1a-4f7e-9a51-2f4d1b7c9e01';
const ACTOR = '7d2e4a90-1b3c-4d5e-8f60-718293a4b5c6';

const base: EntryFields = {
  seq: 1,
  at: '2026-11-23T08:00:00.000Z',
  orgId: ORG,
  actorId: ACTOR,
  action: 'case.create',
  subjectType: 'case',
  subjectId: '应急罚〔2026〕1号',
  payloadDigest: 'ab'.repeat(32),
};

// One different value per field; each must move the hash.
const changed: { [K in keyof EntryFields]: EntryFields[K][] } = {
  seq: [0, 2],
  at: ['2026-11-23T08:00:00.001Z', '2026-11-23T00:00:00.000Z'],
  orgId: [null, '', 'null', ORG.toUpperCase()],
  actorId: [null, '', ORG],
  action: ['case.update', 'case.create ', ''],
  subjectType: ['inspection', ''],
  subjectId: ['应急罚〔2026〕2号', ''],
  payloadDigest: [`${'ab'.repeat(31)}ac`, '00'.repeat(32)],
};

function buildChain(alg: HashAlg, payloads: unknown[]): Row[] {
  let prev = GENESIS_HASH;
  return payloads.map((payload, i) => {
    const fields = { ...base, seq: i + 1, payloadDigest: payloadDigest(alg, payload) };
    const row = { ...fields, payload, prevHash: prev, entryHash: entryHash(alg, prev, fields) };
    prev = row.entryHash;
    return row;
  });
}

describe('payloadDigest', () => {
  it.each(HASH_ALGS)('%s: is the hex digest of the canonical JSON', (alg) => {
    const expected = createHash(alg).update('{"a":2,"b":[1,"执法"]}', 'utf8').digest('hex');
    expect(payloadDigest(alg, { b: [1, '执法'], a: 2 })).toBe(expected);
  });

  it.each(HASH_ALGS)('%s: changes with any change to the payload', (alg) => {
    const payload = { caseNo: '应急罚〔2026〕1号', fine: 20000, parties: [{ name: '某化工有限公司' }], final: false };
    const variants: unknown[] = [
      { ...payload, fine: 20001 },
      { ...payload, fine: '20000' },
      { ...payload, final: null },
      { ...payload, parties: [{ name: '某化工有限公司 ' }] },
      { ...payload, parties: [] },
      { ...payload, extra: null },
      { caseNo: payload.caseNo, fine: 20000, parties: payload.parties },
      [payload],
      null,
    ];
    const digest = payloadDigest(alg, payload);
    expect(payloadDigest(alg, JSON.parse(JSON.stringify(payload)))).toBe(digest);
    const all = new Set([digest, ...variants.map((v) => payloadDigest(alg, v))]);
    expect(all.size).toBe(variants.length + 1);
  });

  it('refuses an undefined payload rather than hashing nothing', () => {
    expect(() => payloadDigest('sm3', undefined)).toThrow(/undefined/);
  });
});

describe('entryHash', () => {
  it.each(HASH_ALGS)('%s: hashes the 32 prevHash bytes then the canonical JSON of the 8 fields', (alg) => {
    const prev = 'fe'.repeat(32);
    const json =
      `{"action":"case.create","actorId":"${ACTOR}","at":"2026-11-23T08:00:00.000Z","orgId":"${ORG}",` +
      `"payloadDigest":"${'ab'.repeat(32)}","seq":1,"subjectId":"应急罚〔2026〕1号","subjectType":"case"}`;
    const expected = createHash(alg).update(Buffer.from(prev, 'hex')).update(json, 'utf8').digest('hex');
    expect(entryHash(alg, prev, base)).toBe(expected);
  });

  it('chains the first entry from 32 zero bytes, nulls serialised as JSON null', () => {
    const e = { ...base, orgId: null, actorId: null };
    const json =
      `{"action":"case.create","actorId":null,"at":"2026-11-23T08:00:00.000Z","orgId":null,` +
      `"payloadDigest":"${'ab'.repeat(32)}","seq":1,"subjectId":"应急罚〔2026〕1号","subjectType":"case"}`;
    expect(GENESIS_HASH).toMatch(/^0{64}$/);
    expect(entryHash('sm3', GENESIS_HASH, e)).toBe(createHash('sm3').update(Buffer.alloc(32)).update(json, 'utf8').digest('hex'));
  });

  const worked = [
    ['sm3', '7f2f46411ad0bb96862e2012eb9fbd5d51d78a6ce185cf74cdae89e810dc1e9e', '4675bf504039741b1c1c25cc531cf32db0ee0c44ef0e88351067a51608591ad0'],
    ['sha256', 'bfa64bb33c88966f34d7253922c2ba7cfd1ad2863669617250d5f018b183fc16', '24d56b59d8427b0d54c2dba8905b3a73b198768c84ebe5becd8bc0068e2e1b3b'],
  ] as const;
  it.each(worked)('%s: reproduces the worked example in docs/ledger.md', (alg, digest, entry) => {
    expect(payloadDigest(alg, { 金额: 20000, 决定: '罚款' })).toBe(digest);
    const e = { ...base, actorId: null, action: 'case.decide', subjectId: 'C-2026-0001', payloadDigest: digest };
    expect(entryHash(alg, GENESIS_HASH, e)).toBe(entry);
  });

  it.each(HASH_ALGS)('%s: changes when any one of the 8 fields changes', (alg) => {
    const original = entryHash(alg, GENESIS_HASH, base);
    const seen = new Set([original]);
    for (const [field, values] of Object.entries(changed)) {
      for (const value of values) {
        const h = entryHash(alg, GENESIS_HASH, { ...base, [field]: value });
        expect(h, `${field} = ${JSON.stringify(value)}`).not.toBe(original);
        seen.add(h);
      }
    }
    expect(seen.size).toBe(1 + Object.values(changed).flat().length);
  });

  it.each(HASH_ALGS)('%s: changes with the previous hash', (alg) => {
    const a = entryHash(alg, GENESIS_HASH, base);
    expect(entryHash(alg, `${'0'.repeat(63)}1`, base)).not.toBe(a);
    expect(entryHash(alg, 'f'.repeat(64), base)).not.toBe(a);
  });

  it('ignores properties outside the 8 fields', () => {
    const row = { ...base, payload: { x: 1 }, prevHash: 'ff'.repeat(32), entryHash: 'ee'.repeat(32), alg: 'sm3' };
    expect(entryHash('sm3', GENESIS_HASH, row)).toBe(entryHash('sm3', GENESIS_HASH, base));
  });

  it('depends on the algorithm', () => {
    expect(entryHash('sm3', GENESIS_HASH, base)).not.toBe(entryHash('sha256', GENESIS_HASH, base));
  });

  it('refuses a malformed prevHash', () => {
    for (const prev of ['', '0'.repeat(63), '0'.repeat(65), 'A'.repeat(64), 'g'.repeat(64), ` ${'0'.repeat(63)}`]) {
      expect(() => entryHash('sm3', prev, base), prev).toThrow(/prevHash/);
    }
  });

  it('refuses fields that would not survive a round trip unchanged', () => {
    const bad: Partial<EntryFields>[] = [
      { at: '2026-11-23T08:00:00Z' },
      { at: '2026-11-23T16:00:00.000+08:00' },
      { at: '2026-11-23 08:00:00+00' },
      { at: '2026-11-23T08:00:00.000000Z' },
      { seq: -1 },
      { seq: 1.5 },
      { seq: Number.MAX_SAFE_INTEGER + 1 },
      { payloadDigest: 'AB'.repeat(32) },
      { payloadDigest: 'ab'.repeat(16) },
    ];
    for (const b of bad) expect(() => entryHash('sm3', GENESIS_HASH, { ...base, ...b }), JSON.stringify(b)).toThrow();
  });
});

describe('checkLink', () => {
  const payloads = [{ n: 1 }, { 决定: '罚款', 金额: 20000 }, null, ['a', 'b'], { n: 5 }];

  it.each(HASH_ALGS)('%s: accepts an untouched chain', (alg) => {
    const rows = buildChain(alg, payloads);
    let prev = GENESIS_HASH;
    rows.forEach((row, i) => {
      expect(checkLink(alg, i + 1, prev, row)).toBeNull();
      prev = row.entryHash;
    });
  });

  it.each(HASH_ALGS)('%s: reports each kind of fault', (alg) => {
    const [r1, r2] = buildChain(alg, payloads);
    const check = (row: Row) => checkLink(alg, 2, r1.entryHash, row);
    expect(check(r2)).toBeNull();

    expect(check({ ...r2, seq: 3 })).toEqual({ seq: 2, reason: 'seqGap' });
    expect(check({ ...r2, seq: 1 })).toEqual({ seq: 2, reason: 'seqGap' });
    expect(check({ ...r2, payload: { 决定: '罚款', 金额: 2000 } })).toEqual({ seq: 2, reason: 'payloadDigest' });
    expect(check({ ...r2, payloadDigest: 'ab'.repeat(32) })).toEqual({ seq: 2, reason: 'payloadDigest' });
    expect(check({ ...r2, prevHash: GENESIS_HASH })).toEqual({ seq: 2, reason: 'prevHash' });
    expect(check({ ...r2, entryHash: r1.entryHash })).toEqual({ seq: 2, reason: 'entryHash' });
    for (const [field, values] of Object.entries(changed)) {
      if (field === 'seq' || field === 'payloadDigest') continue;
      expect(check({ ...r2, [field]: values[0] }), field).toEqual({ seq: 2, reason: 'entryHash' });
    }
  });

  it.each(HASH_ALGS)('%s: catches a payload rewritten together with its digest', (alg) => {
    const [r1, r2] = buildChain(alg, payloads);
    const payload = { 决定: '警告' };
    const forged = { ...r2, payload, payloadDigest: payloadDigest(alg, payload) };
    expect(checkLink(alg, 2, r1.entryHash, forged)).toEqual({ seq: 2, reason: 'entryHash' });
  });

  it.each(HASH_ALGS)('%s: catches a rewritten row, rehashed, at the next link', (alg) => {
    const [r1, r2, r3] = buildChain(alg, payloads);
    const payload = { 决定: '警告' };
    const fields = { ...r2, payload, payloadDigest: payloadDigest(alg, payload) };
    const forged = { ...fields, entryHash: entryHash(alg, r1.entryHash, fields) };
    expect(checkLink(alg, 2, r1.entryHash, forged)).toBeNull();
    expect(checkLink(alg, 3, forged.entryHash, r3)).toEqual({ seq: 3, reason: 'prevHash' });
  });

  it('reports a malformed timestamp as an entryHash fault instead of throwing', () => {
    const [r1, r2] = buildChain('sm3', payloads);
    expect(checkLink('sm3', 2, r1.entryHash, { ...r2, at: '2026-11-23 08:00:00+00' })).toEqual({
      seq: 2,
      reason: 'entryHash',
    });
  });

  it('checks in order: seq, payload digest, prevHash, entry hash', () => {
    const [r1, r2] = buildChain('sm3', payloads);
    const all = { ...r2, seq: 9, payload: 'x', prevHash: GENESIS_HASH, entryHash: GENESIS_HASH };
    expect(checkLink('sm3', 2, r1.entryHash, all)?.reason).toBe('seqGap');
    expect(checkLink('sm3', 2, r1.entryHash, { ...all, seq: 2 })?.reason).toBe('payloadDigest');
    expect(checkLink('sm3', 2, r1.entryHash, { ...all, seq: 2, payload: r2.payload })?.reason).toBe('prevHash');
    const onlyHash = { ...all, seq: 2, payload: r2.payload, prevHash: r1.entryHash };
    expect(checkLink('sm3', 2, r1.entryHash, onlyHash)?.reason).toBe('entryHash');
  });
});

describe('fieldsJson', () => {
  const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('"', '\\', '\u2028', '\u0000', '企业 "甲"', '😀'));
  const nullable = fc.option(text, { nil: null });
  it('writes exactly what RFC 8785 canonicalisation of the fields writes', () => {
    fc.assert(
      fc.property(
        fc.record({
          seq: fc.maxSafeNat(),
          at: text,
          orgId: nullable,
          actorId: nullable,
          action: text,
          subjectType: text,
          subjectId: text,
          payloadDigest: text,
        }),
        (e: EntryFields) => {
          expect(fieldsJson(e)).toBe(canonicalJson({ ...e }));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
