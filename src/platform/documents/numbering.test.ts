import { describe, expect, it } from 'vitest';
import { formatInstrumentNumber, INSTRUMENT_TYPES, parseInstrumentNumber, type InstrumentType } from './numbering.js';

describe('instrument numbers (文书编号)', () => {
  it('takes the customary form', () => {
    expect(formatInstrumentNumber('咸', 'penaltyDecision', 2026, 12)).toBe('（咸）应急罚〔2026〕12号');
    expect(formatInstrumentNumber('咸安', 'inspectionRecord', 2026, 1)).toBe('（咸安）应急检记〔2026〕1号');
  });

  it('parses back every type, and only real numbers', () => {
    for (const type of Object.keys(INSTRUMENT_TYPES) as InstrumentType[]) {
      const text = formatInstrumentNumber('咸', type, 2027, 305);
      expect(parseInstrumentNumber(text)).toEqual({ orgShortName: '咸', type, year: 2027, serial: 305 });
    }
    for (const bad of ['（咸）应急罚〔2026〕0号', '（咸）应急罚〔2026〕012号', '咸应急罚〔2026〕1号', '（咸）应急无此〔2026〕1号', '（咸）应急罚[2026]1号']) {
      expect(parseInstrumentNumber(bad), bad).toBeNull();
    }
  });

  it('has one abbreviation per type', () => {
    const abbrevs = Object.values(INSTRUMENT_TYPES).map((t) => t.abbrev);
    expect(new Set(abbrevs).size).toBe(abbrevs.length);
  });

  it('refuses serials and years that cannot be', () => {
    expect(() => formatInstrumentNumber('咸', 'penaltyDecision', 2026, 0)).toThrow(RangeError);
    expect(() => formatInstrumentNumber('咸', 'penaltyDecision', 26, 1)).toThrow(RangeError);
    expect(() => formatInstrumentNumber(' ', 'penaltyDecision', 2026, 1)).toThrow(RangeError);
  });
});
