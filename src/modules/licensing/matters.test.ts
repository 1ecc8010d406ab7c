import { describe, expect, it } from 'vitest';
import { LICENSE_MATTER_CODES } from './codes.js';
import { serviceGuideOut } from './guide-contract.js';
import { SERVICE_GUIDES } from './matters.js';

const guides = LICENSE_MATTER_CODES.map((code) => SERVICE_GUIDES[code]);

describe('办事指南 of the licence matters', () => {
  it('has one guide for every matter code, under its own code, in the published shape', () => {
    expect(Object.keys(SERVICE_GUIDES).sort()).toEqual([...LICENSE_MATTER_CODES].sort());
    for (const code of LICENSE_MATTER_CODES) {
      expect(SERVICE_GUIDES[code].code).toBe(code);
      expect(() => serviceGuideOut.parse(SERVICE_GUIDES[code]), code).not.toThrow();
    }
  });

  it('gives each material a unique camelCase code within its matter, and a condition to every optional one', () => {
    for (const g of guides) {
      const codes = g.materials.map((m) => m.code);
      expect(new Set(codes).size, g.code).toBe(codes.length);
      for (const m of g.materials) {
        expect(m.code, g.code).toMatch(/^[a-z][a-zA-Z0-9]*$/);
        expect(m.required || !!m.condition, `${g.code}.${m.code}`).toBe(true);
        if (m.required) expect(m.condition, `${g.code}.${m.code}`).toBeNull();
      }
      expect(
        g.materials.some((m) => m.required),
        g.code,
      ).toBe(true);
    }
  });

  it('cites every guide on at least one article, and every basis names a law', () => {
    for (const g of guides) {
      expect(
        g.basis.some((b) => /^第.+条/.test(b.article)),
        g.code,
      ).toBe(true);
      for (const b of g.basis) expect(b.law.length && b.text.length, `${g.code} ${b.article}`).toBeTruthy();
    }
  });

  it('promises no more than the statutory period, both positive working days, and a positive validity', () => {
    for (const g of guides) {
      expect(g.statutory.days, g.code).toBeGreaterThan(0);
      expect(g.promised.days, g.code).toBeGreaterThan(0);
      expect(g.promised.days, g.code).toBeLessThanOrEqual(g.statutory.days);
      expect(g.validity.years, g.code).toBeGreaterThan(0);
    }
  });

  it('has an issuer, conditions, steps, a fee and a renewal rule for each matter', () => {
    for (const g of guides) {
      expect(g.issuers.length, g.code).toBeGreaterThan(0);
      expect(g.conditions.length, g.code).toBeGreaterThan(0);
      expect(g.steps.length, g.code).toBeGreaterThan(1);
      expect(g.fee.text, g.code).toBe('不收费');
      expect(g.renewal.length, g.code).toBeGreaterThan(0);
    }
  });

  it('keeps the periods the instruments set (a change here is a change of law)', () => {
    const days = Object.fromEntries(guides.map((g) => [g.code, g.statutory.days]));
    expect(days).toEqual({ hazchemTrade: 30, fireworksWholesale: 30, fireworksRetail: 20, precursorFiling: 1 });
    expect(SERVICE_GUIDES.hazchemTrade.issuers.map((i) => i.level)).toEqual(['city', 'county']);
    expect(SERVICE_GUIDES.fireworksRetail.issuers.map((i) => i.level)).toEqual(['county']);
    expect(SERVICE_GUIDES.fireworksRetail.validity).toMatchObject({ years: 2, upTo: true });
  });
});
