import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../platform/ledger/hash.js';
import { date } from './fixture.js';
import { canonicalSnapshot, snapshotJson } from './snapshot.js';

const text = fc.string({ unit: 'binary', minLength: 1, maxLength: 12 });

describe('snapshotJson', () => {
  it('is exactly RFC 8785 JCS of the canonical snapshot, for any strings (CJK, escapes, surrogates) and tags', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record(
            { id: text, uscc: text, stratum: text, status: text, lastInspectedOn: fc.option(date, { nil: null }), tags: fc.array(text, { maxLength: 3 }) },
            { requiredKeys: ['id', 'uscc', 'stratum', 'status', 'lastInspectedOn'] },
          ),
          {
            selector: (e) => e.id,
            maxLength: 20,
          },
        ),
        fc.uniqueArray(
          fc.record({ id: text, orgId: text, credentialValidFrom: fc.option(date, { nil: null }), credentialValidTo: fc.option(date, { nil: null }) }),
          { selector: (o) => o.id, maxLength: 10 },
        ),
        (enterprises, officers) => {
          const c = canonicalSnapshot({ enterprises, officers });
          expect(snapshotJson(c)).toBe(canonicalJson(c));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('writes tags only when there are some, sorted and unique: an untagged snapshot hashes as before', () => {
    const row = { id: 'E1', uscc: 'U1', stratum: 'A', status: 'active', lastInspectedOn: null };
    const plain = snapshotJson(canonicalSnapshot({ enterprises: [row], officers: [] }));
    expect(snapshotJson(canonicalSnapshot({ enterprises: [{ ...row, tags: [] }], officers: [] }))).toBe(plain);
    expect(plain).toBe('{"enterprises":[{"id":"E1","lastInspectedOn":null,"status":"active","stratum":"A","uscc":"U1"}],"officers":[]}');
    expect(canonicalSnapshot({ enterprises: [{ ...row, tags: ['highRisk', 'creditListed', 'highRisk'] }], officers: [] }).enterprises[0].tags).toEqual([
      'creditListed',
      'highRisk',
    ]);
  });
});
