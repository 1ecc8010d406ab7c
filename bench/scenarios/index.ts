import { caseFiguresScenario } from './case-figures.js';
import { drawScenario } from './draw.js';
import { hazardFiguresScenario } from './hazard-figures.js';
import { importScenario } from './import.js';
import { ledgerProof } from './ledger-proof.js';
import { ledgerVerify } from './ledger-verify.js';
import { listApi } from './list-api.js';
import { disclosureSearchScenario } from './disclosure-search.js';
import { reportFiguresScenario } from './report-figures.js';
import type { Scenario } from './types.js';

// Run order: list-api first so it reads the world as generated, before import adds to it;
// report-figures last, as it adds case disclosures that disclosure-search should not see.
export const SCENARIOS: readonly Scenario[] = [
  listApi,
  drawScenario,
  hazardFiguresScenario,
  caseFiguresScenario,
  importScenario,
  ledgerVerify,
  ledgerProof,
  disclosureSearchScenario,
  reportFiguresScenario,
];
