import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consultableHistory, drawEnterprises, exclusionOf } from './draw.js';
import { inputArb } from './fixture.js';
import { matchContext, matchInspectors } from './match.js';
import { prepare, stream, STREAM_ENTERPRISES, STREAM_OFFICERS } from './rules.js';

// The service records only the consultable part of the recusal history (a province-year's full
// history does not fit in a jsonb value). Dropping the rest must never change a team.
describe('consultable recusal history', () => {
  it('keeps exactly the pairs of a pool officer and a drawable enterprise', () => {
    fc.assert(
      fc.property(inputArb(30, 10), (input) => {
        const p = prepare(input);
        const ghost = { officerId: 'P-not-in-pool', enterpriseId: p.snapshot.enterprises[0]?.id ?? 'E', on: p.params.drawDate };
        const kept = consultableHistory([...p.params.history, ghost], p.snapshot, p.params);
        const drawable = new Set(p.snapshot.enterprises.filter((e) => exclusionOf(e, p.params) === null).map((e) => e.id));
        expect(kept).toEqual(p.params.history.filter((h) => drawable.has(h.enterpriseId)));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same teams as the whole history, on the same DRBG output', () => {
    fc.assert(
      fc.property(inputArb(30, 10), (input) => {
        const p = prepare(input);
        const { sample } = drawEnterprises(p.snapshot, p.params, stream(p, STREAM_ENTERPRISES));
        const ids = sample.map((s) => s.enterpriseId);
        const whole = matchInspectors(ids, matchContext(p.snapshot, p.params), stream(p, STREAM_OFFICERS));
        const params = { ...p.params, history: consultableHistory(p.params.history, p.snapshot, p.params) };
        const consulted = matchInspectors(ids, matchContext(p.snapshot, params), stream(p, STREAM_OFFICERS));
        expect(consulted).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });
});
