import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODULES } from '../src/modules/index.js';
import { systemClock } from '../src/platform/clock.js';
import type { AppContext } from '../src/platform/context.js';
import { generateSealKey } from '../src/platform/crypto/seal.js';
import type { Database } from '../src/platform/db/index.js';
import { eventBus } from '../src/platform/events.js';
import { generateSigningKey } from '../src/platform/ledger/keys.js';
import { registerKey } from '../src/platform/ledger/service.js';
import { createTestDatabase } from '../src/platform/testing/db.js';
import { generate, SIZES, type GeneratedWorld } from '../src/seed/generator/index.js';
import { FLOOR, scaledProfile } from './scale.js';
import { SCENARIOS } from './scenarios/index.js';

// Issue 22, goal 6: `--size province --scale 0.05` once aborted because the scaled plan staffed
// no city bureau with an officer and the list searches ran in a township. Every scenario must
// find data at any scale; the smallest (the floors) is the hardest case.

describe('scaledProfile', () => {
  it('scales every count, never below the floor, and keeps a size smaller than the floor', () => {
    expect(scaledProfile('province', 1)).toEqual(SIZES.province);
    expect(scaledProfile('province', 0.2)).toMatchObject({ enterprises: 100_000, officers: 1_000 });
    expect(scaledProfile('province', 0.000_001)).toEqual(FLOOR);
    expect(scaledProfile('demo', 0.000_001).officers).toBe(Math.min(FLOOR.officers, SIZES.demo.officers));
  });
});

describe('a province world at the smallest scale', () => {
  let database: Database;
  let app: AppContext;
  let world: GeneratedWorld;
  beforeAll(async () => {
    database = await createTestDatabase();
    app = {
      db: database.db,
      dbKind: database.kind,
      clock: systemClock,
      hashAlg: 'sm3',
      signingKey: generateSigningKey(),
      sealKey: generateSealKey(),
      publicUrl: 'http://localhost:3000',
      log: pino({ level: 'warn' }),
      events: eventBus(MODULES, () => app),
    };
    await registerKey(app);
    world = await generate(app, { size: 'province', ledger: true, activity: true, override: scaledProfile('province', 0) });
  }, 600_000);
  afterAll(() => database?.close());

  // Each scenario refuses to measure an empty world (list pages matching nothing, no open cases,
  // figures that disagree); the draw must also have made every team.
  it.each(SCENARIOS.map((s) => [s.name, s] as const))(
    '%s has data to measure',
    async (_, scenario) => {
      const rows = await scenario.run({ app, database, size: 'province', scale: 0, world, options: { duration: 1, connections: 2 }, log: () => undefined });
      expect(rows.length).toBeGreaterThan(0);
      if (scenario.name === 'draw') expect(rows[0].detail).toMatchObject({ failures: 0, drawn: expect.any(Number) });
    },
    300_000,
  );
});
