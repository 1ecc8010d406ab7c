import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inputArb } from './fixture.js';
import { monthsBefore } from './params.js';
import { redraw, replayDraw } from './redraw.js';
import { runDraw, type Withdrawal } from './rules.js';

describe('redraw', () => {
  it('is deterministic, keeps every rule, and a replay of the records reproduces it', () => {
    fc.assert(
      fc.property(inputArb(30, 12), fc.array(fc.tuple(fc.boolean(), fc.nat(), fc.nat()), { minLength: 1, maxLength: 4 }), (input, picks) => {
        let r = runDraw(input);
        const records: Withdrawal[] = [];
        for (const [enterprise, i, j] of picks) {
          if (r.enterprises.length === 0) break;
          const slot = r.enterprises[i % r.enterprises.length];
          const w: Withdrawal =
            enterprise || slot.officerIds.length === 0
              ? { kind: 'enterprise', enterpriseId: slot.enterpriseId, reason: '企业已停产' }
              : { kind: 'officer', officerId: slot.officerIds[j % slot.officerIds.length], enterpriseId: slot.enterpriseId, reason: '申请回避: 近亲属任职' };
          const next = redraw(input, r, w);
          expect(redraw(input, r, w)).toEqual(next);
          const rec = next.redraws.at(-1)!;
          expect(rec.seq).toBe(records.length + 1);
          expect(rec.withdrawal).toEqual(w);
          if (w.kind === 'enterprise') {
            expect(next.enterprises.some((e) => e.enterpriseId === w.enterpriseId)).toBe(false);
            const replacement = next.enterprises.find((e) => e.enterpriseId === rec.replacementEnterpriseId);
            if (rec.replacementEnterpriseId !== null) expect(replacement?.stratum).toBe(slot.stratum);
            // Never a previously drawn enterprise.
            expect(r.enterprises.some((e) => e.enterpriseId === rec.replacementEnterpriseId)).toBe(false);
          } else {
            const team = next.enterprises.find((e) => e.enterpriseId === w.enterpriseId)!.officerIds;
            expect(team).not.toContain(w.officerId);
            expect(team.filter((o) => slot.officerIds.includes(o))).toEqual(slot.officerIds.filter((o) => o !== w.officerId));
          }
          records.push(w);
          r = next;
        }
        expect(replayDraw(input, records)).toEqual(r);
        // Rules still hold after re-draws, including the recusal of every officer who withdrew.
        const { params, snapshot } = input;
        const cutoff = monthsBefore(params.drawDate, params.repeatRecusalMonths);
        for (const e of r.enterprises) {
          expect(new Set(e.officerIds).size).toBe(e.officerIds.length);
          const short = r.failures.some((f) => f.enterpriseId === e.enterpriseId);
          if (!short) expect(e.officerIds).toHaveLength(params.perEnterprise);
          for (const o of e.officerIds) {
            const x = snapshot.officers.find((p) => p.id === o)!;
            expect(x.credentialValidFrom! <= params.drawDate && params.drawDate <= x.credentialValidTo!).toBe(true);
            expect(params.conflicts.some((c) => c.officerId === o && c.enterpriseId === e.enterpriseId)).toBe(false);
            expect(params.history.some((h) => h.officerId === o && h.enterpriseId === e.enterpriseId && h.on > cutoff)).toBe(false);
            expect(records.some((w) => w.kind === 'officer' && w.officerId === o && w.enterpriseId === e.enterpriseId)).toBe(false);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('requires a reason, a drawn enterprise and an assigned officer, and the same inputs', () => {
    fc.assert(
      fc.property(inputArb(30, 12), (input) => {
        const r = runDraw(input);
        fc.pre(r.enterprises.length > 0 && r.enterprises[0].officerIds.length > 0);
        const e = r.enterprises[0];
        expect(() => redraw(input, r, { kind: 'enterprise', enterpriseId: e.enterpriseId, reason: ' ' })).toThrow(/原因/);
        expect(() => redraw(input, r, { kind: 'enterprise', enterpriseId: 'nope', reason: '停产' })).toThrow(/不在本次抽取结果/);
        expect(() => redraw(input, r, { kind: 'officer', officerId: 'nope', enterpriseId: e.enterpriseId, reason: '回避' })).toThrow(/未被派往/);
        const other = { ...input, seedMaterial: { ...input.seedMaterial, beacon: 'other' } };
        expect(() => redraw(other, r, { kind: 'enterprise', enterpriseId: e.enterpriseId, reason: '停产' })).toThrow(/不符/);
      }),
      { numRuns: 50 },
    );
  });
});
