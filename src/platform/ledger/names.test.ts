import { describe, expect, it } from 'vitest';
import { MODULES } from '../../modules/index.js';
import { ledgerLabelsOf, PLATFORM_LEDGER_LABELS } from './labels.js';
import { PLATFORM_SUBJECT_NAMES } from './names.js';

// A module that adds a subject type must say how its records are named, or the ledger page shows
// its entries by uuid again.
describe('ledger subject namers', () => {
  it('names the records of every subject type the platform or a module declares', () => {
    const labels = ledgerLabelsOf(MODULES);
    expect(Object.keys(labels.subjects).length).toBeGreaterThan(15);
    expect(Object.keys(labels.subjects).filter((type) => !labels.names[type])).toEqual([]);
  });

  it('names only declared subject types, each in the manifest of the module that declares it', () => {
    expect(Object.keys(PLATFORM_SUBJECT_NAMES).sort()).toEqual(Object.keys(PLATFORM_LEDGER_LABELS.subjects).sort());
    for (const m of MODULES) {
      expect(Object.keys(m.ledger?.names ?? {}).sort(), m.name).toEqual(Object.keys(m.ledger?.subjects ?? {}).sort());
    }
  });
});
