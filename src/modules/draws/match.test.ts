import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inputArb } from './fixture.js';
import { fillTeam, fillTeamByScan, matchContext } from './match.js';
import { prepare, stream, STREAM_OFFICERS } from './rules.js';

// The load-bucket index is an optimisation of the plain scan the algorithm document describes:
// on every pool, with any recusals, it must make the same picks and consume the same DRBG output.
describe('indexed matching', () => {
  it('picks exactly what the plain scan picks, team by team, over random pools', () => {
    fc.assert(
      fc.property(inputArb(40, 12), fc.array(fc.nat(), { maxLength: 30 }), (input, order) => {
        const params = { ...input.params, teamDistinctOrgs: false };
        const p = prepare({ ...input, params });
        const ids = p.snapshot.enterprises.map((e) => e.id);
        const targets = order.map((n) => ids[n % Math.max(ids.length, 1)]).filter(Boolean);
        const fast = matchContext(p.snapshot, p.params);
        const slow = matchContext(p.snapshot, p.params);
        const a = stream(p, STREAM_OFFICERS);
        const b = stream(p, STREAM_OFFICERS);
        for (const id of targets) {
          // A partial team, as a re-draw after an officer withdrawal passes in.
          const start = fast.valid.length > 0 && id.charCodeAt(id.length - 1) % 3 === 0 ? [fast.valid[0].id] : [];
          expect(fillTeam(fast, id, start, a)).toEqual(fillTeamByScan(slow, id, start, b));
          expect([...fast.loads]).toEqual([...slow.loads]);
        }
        expect(a.generate(8)).toEqual(b.generate(8));
      }),
      { numRuns: 300 },
    );
  });
});
