import SwaggerParser from '@apidevtools/swagger-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type TestWorld } from '../../testing/fixture.js';
import { operationIdOf } from './openapi.js';

// The document an integrator generates a client from: valid for an independent validator, every
// operation named and its security and errors declared (issue 15).
let w: TestWorld;
// biome-ignore lint/suspicious/noExplicitAny: the OpenAPI document as parsed JSON
let doc: any;
beforeAll(async () => {
  w = await createWorld();
  doc = (await w.http.inject({ method: 'GET', url: '/api/openapi.json' })).json();
}, 60_000);
afterAll(() => w.close());

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
// biome-ignore lint/suspicious/noExplicitAny: operation objects
const operations = (): [string, string, any][] =>
  Object.entries(doc.paths).flatMap(([path, item]) =>
    // biome-ignore lint/suspicious/noExplicitAny: path item
    Object.entries(item as any).flatMap(([method, op]) => (METHODS.includes(method) ? [[method, path, op] as [string, string, unknown]] : [])),
  );

describe('the OpenAPI document', () => {
  it('is valid for swagger-parser, $refs resolved (the recursive org tree included)', async () => {
    await expect(SwaggerParser.validate(structuredClone(doc))).resolves.toBeTruthy();
    expect(doc.components.schemas.OrgNode).toBeDefined();
  });

  it('names every operation uniquely and declares the session cookie, and the CSRF header on writes', () => {
    const ops = operations();
    expect(ops.length).toBeGreaterThan(100);
    const ids = ops.map(([, , op]) => op.operationId);
    expect(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z0-9]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(['csrf', 'session']);
    const signIn = doc.paths['/api/auth/sign-in'].post;
    expect(signIn.security).toEqual([]);
    expect(doc.paths['/api/cases'].get.security).toEqual([{ session: [] }]);
    expect(doc.paths['/api/cases'].post.security).toEqual([{ session: [], csrf: [] }]);
    for (const [method, path, op] of ops) {
      if (path.startsWith('/api/public/') || op.security.length === 0) continue;
      expect(op.security[0].session, `${method} ${path}`).toEqual([]);
      if (method !== 'get') expect(op.security[0].csrf, `${method} ${path}`).toEqual([]);
    }
  });

  it('describes the error body and the 4xx statuses each operation can answer', () => {
    for (const [method, path, op] of operations()) {
      const errors = Object.keys(op.responses).filter((s) => s.startsWith('4'));
      expect(errors, `${method} ${path}`).toContain('400');
      expect(op.responses['400'].content['application/json'].schema.$ref, `${method} ${path}`).toBe('#/components/schemas/Error');
      if (op.security.length) expect(errors, `${method} ${path}`).toEqual(expect.arrayContaining(['401', '403']));
    }
    expect(doc.components.schemas.Error.required).toEqual(['error']);
  });
});

describe('operationIdOf', () => {
  it('reads method and path as one camel-case name', () => {
    expect(operationIdOf('GET', '/api/cases/:id/instruments/:kind')).toBe('getCasesByIdInstrumentsByKind');
    expect(operationIdOf('POST', '/api/inspections/records/:id/rectification-order.pdf')).toBe('postInspectionsRecordsByIdRectificationOrderPdf');
    expect(operationIdOf('GET', '/api/public/disclosures/feed.atom')).toBe('getPublicDisclosuresFeedAtom');
  });
});
