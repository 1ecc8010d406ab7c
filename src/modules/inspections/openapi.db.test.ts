import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type TestWorld } from '../../testing/fixture.js';

let w: TestWorld;
beforeAll(async () => {
  w = await createWorld();
}, 60_000);
afterAll(() => w.close());

describe('OpenAPI', () => {
  it('documents every inspections route', async () => {
    const r = await w.http.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(r.statusCode).toBe(200);
    const paths = Object.keys(r.json().paths).filter((p) => p.startsWith('/api/inspections'));
    expect(paths).toContain('/api/inspections/records/{id}/evidence');
    expect(paths).toContain('/api/inspections/hazards/{id}/rectification');
    expect(paths.length).toBeGreaterThanOrEqual(20);
  });
});
