import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODULES } from '../modules/index.js';
import { ledgerLabelsOf } from '../platform/ledger/labels.js';
import { ledgerEntry } from '../platform/ledger/schema.js';
import { createWorld, type TestWorld } from './fixture.js';
import { expectSignInRequired, prepareWalk, routeKeys, walkRoutes, type Walk } from './walk.js';

// Walks every declared route × every role × in-subtree and out-of-subtree targets, with the
// samples each module of the wiring list brings (walk.ts).
let w: TestWorld;
let walk: Walk;

beforeAll(async () => {
  w = await createWorld();
  walk = await prepareWalk(w, MODULES);
}, 120_000);
afterAll(() => w.close());

describe('route × role × org', () => {
  it('has a sample for every guarded route, and no sample for a route that is gone', () => {
    const keys = routeKeys(w);
    expect(keys.filter((k) => !walk.samples[k])).toEqual([]);
    expect(Object.keys(walk.samples).filter((k) => !keys.includes(k))).toEqual([]);
  });

  it('refuses every guarded route without a session', () => expectSignInRequired(w, walk.samples));

  // Every route × role × org: it grows with each module (about 40 s alone on PGlite, past 120 s on a loaded machine).
  it('lets each role do exactly what its route declares, only inside its subtree, and writes nothing when refused', () => walkRoutes(w, walk), 300_000);

  it('names in Chinese every ledger action and subject the walk wrote', async () => {
    const labels = ledgerLabelsOf(MODULES);
    const seen = await w.app.db.selectDistinct({ action: ledgerEntry.action, subject: ledgerEntry.subjectType }).from(ledgerEntry);
    expect(seen.length).toBeGreaterThan(20);
    expect(seen.filter((e) => !labels.actions[e.action]).map((e) => e.action)).toEqual([]);
    expect([...new Set(seen.filter((e) => !labels.subjects[e.subject]).map((e) => e.subject))]).toEqual([]);
  });

  it('signs out, after which the session is dead', async () => {
    const c = walk.clients.get('officer')!;
    expect((await c.send('POST', '/api/auth/sign-out')).status).toBe(204);
    expect((await c.get('/api/auth/me')).status).toBe(401);
  });
});
