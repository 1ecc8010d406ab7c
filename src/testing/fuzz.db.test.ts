import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holds } from '../platform/auth/capabilities.js';
import { ROLES, type Role } from '../platform/auth/roles.js';
import { headSeq } from '../platform/ledger/service.js';
import { MODULES } from '../modules/index.js';
import { createWorld, type TestWorld } from './fixture.js';
import { prepareWalk, type Walk } from './walk.js';

// The permanent fuzz test (issue 15): every operation of the OpenAPI document × malformed input,
// sent with a session whose role may call it. Generated from the document, so a new route is
// covered without an edit here. It fails on any 5xx, on a refused request that moved the ledger
// head, and on a 4xx whose message is not Chinese.

let w: TestWorld;
let walk: Walk;
// biome-ignore lint/suspicious/noExplicitAny: the OpenAPI document as parsed JSON
let doc: any;
beforeAll(async () => {
  w = await createWorld();
  walk = await prepareWalk(w, MODULES);
  doc = (await w.http.inject({ method: 'GET', url: '/api/openapi.json' })).json();
}, 180_000);
afterAll(() => w.close());

const LONG = 'x'.repeat(100_000);
const DEEP = (() => {
  let v: unknown = 'deep';
  for (let i = 0; i < 2_000; i++) v = { a: v };
  return v;
})();
/** Values that should be refused (or, for some fields, accepted) but never break the server. */
const BAD_VALUES: unknown[] = [
  null,
  true,
  -1,
  1e308,
  Number.MAX_SAFE_INTEGER + 2,
  '',
  LONG,
  'a\u0000b',
  '\ud800',
  '𠮷野家😀'.repeat(20),
  '2026-02-30',
  '0000-00-00T99:99:99Z',
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  [],
  {},
  ['x', 1, null],
  { nested: { deeper: [1, 'two'] } },
];
const BAD_IDS = ['not-a-uuid', '00000000-0000-0000-0000-000000000000', '-1', '99999999999999999999999', 'a%00b', `${'9'.repeat(300)}`, '%E4%B8%AD'];
const CHINESE = /[\u4e00-\u9fff]/;
const SKIP = new Set(['POST /api/auth/sign-out']);

interface Op {
  method: string;
  route: string;
  // biome-ignore lint/suspicious/noExplicitAny: OpenAPI operation object
  op: any;
}

function operations(): Op[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item as Record<string, unknown>)
      .filter(([m]) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
      .map(([m, op]) => ({ method: m.toUpperCase(), route: path.replace(/\{([^}]+)\}/g, ':$1'), op })),
  );
}

/** A role whose capability allows the route, or null for public routes. */
function roleFor(method: string, route: string): Role | null | undefined {
  const declared = w.http.declaredRoutes.find((r) => r.method === method && r.url === route);
  if (!declared) return undefined;
  const access = declared.access;
  if ('public' in access) return null;
  if (!('can' in access)) return 'officer';
  return ROLES.find((role) => holds(w.http.capabilities, [role], access.can)) ?? undefined;
}

interface Probe {
  label: string;
  url: string;
  payload?: string;
  contentType?: string;
}

/** The malformed requests for one operation, from its sample (real ids) and its declared inputs. */
function probes({ method, route, op }: Op): Probe[] {
  const sample = walk.samples[`${method} ${route}`];
  const url = sample ? sample.path('own') : route.replace(/:[^/]+/g, '00000000-0000-0000-0000-000000000000');
  const validBody = sample?.body?.('own');
  const out: Probe[] = [];
  // Path parameters: each position replaced by a malformed id.
  const segments = route.split('/');
  const real = url.split('?')[0].split('/');
  segments.forEach((seg, i) => {
    if (!seg.startsWith(':')) return;
    for (const bad of BAD_IDS) {
      const parts = [...real];
      parts[i] = bad;
      out.push({ label: `path ${seg}=${bad.slice(0, 20)}`, url: parts.join('/') });
    }
  });
  // Query parameters: each declared one given bad text.
  const query = (op.parameters ?? []).filter((p: { in: string }) => p.in === 'query').map((p: { name: string }) => p.name);
  for (const name of query) {
    for (const bad of ['a%00b', encodeURIComponent(LONG.slice(0, 5000)), '-1', '1e309', '2026-13-45', '%F0%A0%AE%B7', '[]']) {
      out.push({ label: `query ${name}=${bad.slice(0, 12)}`, url: `${url.split('?')[0]}?${name}=${bad}` });
    }
  }
  const json = op.requestBody?.content?.['application/json'];
  if (json) {
    out.push({ label: 'body not JSON', url, payload: '{"unterminated', contentType: 'application/json' });
    out.push({ label: 'body wrong content type', url, payload: 'name=x', contentType: 'text/plain' });
    out.push({ label: 'body deep nesting', url, payload: JSON.stringify(DEEP), contentType: 'application/json' });
    for (const whole of [null, [], {}, 'text', 42])
      out.push({ label: `body ${JSON.stringify(whole)}`, url, payload: JSON.stringify(whole), contentType: 'application/json' });
    const base = validBody && typeof validBody === 'object' && !Array.isArray(validBody) ? (validBody as Record<string, unknown>) : {};
    const props = Object.keys({ ...(json.schema?.properties ?? {}), ...base });
    for (const prop of props) {
      for (const bad of BAD_VALUES) {
        out.push({
          label: `body.${prop}=${JSON.stringify(bad)?.slice(0, 20)}`,
          url,
          payload: JSON.stringify({ ...base, [prop]: bad }),
          contentType: 'application/json',
        });
      }
      const { [prop]: _missing, ...without } = base;
      out.push({ label: `body without ${prop}`, url, payload: JSON.stringify(without), contentType: 'application/json' });
    }
  }
  return out;
}

describe('fuzz: every operation of the OpenAPI document × malformed input', () => {
  it('never answers 5xx, never writes when it refuses, and explains every refusal in Chinese', async () => {
    const statuses = new Map<number, number>();
    const failures: string[] = [];
    let requests = 0;
    const ops = operations().filter(({ method, route }) => !SKIP.has(`${method} ${route}`));
    expect(ops.length).toBeGreaterThan(100);
    for (const o of ops) {
      const role = roleFor(o.method, o.route);
      if (role === undefined) {
        failures.push(`${o.method} ${o.route}: no declared route or no role may call it`);
        continue;
      }
      const client = role ? walk.clients.get(role) : undefined;
      for (const p of probes(o)) {
        const before = await headSeq(w.app.db);
        const res = await w.http.inject({
          method: o.method as 'GET',
          url: p.url,
          headers: {
            ...(client ? { cookie: client.cookie, 'x-csrf-token': client.csrf } : {}),
            ...(p.contentType ? { 'content-type': p.contentType } : {}),
          },
          ...(p.payload === undefined ? {} : { payload: p.payload }),
        });
        requests++;
        statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
        const label = `${o.method} ${o.route} [${role ?? 'public'}] ${p.label} → ${res.statusCode}`;
        if (res.statusCode >= 500) failures.push(`${label}: ${res.body.slice(0, 200)}`);
        if (res.statusCode >= 400) {
          if ((await headSeq(w.app.db)) !== before) failures.push(`${label}: refused but the ledger moved`);
          const message = String(res.headers['content-type'] ?? '').includes('json') ? res.json()?.error?.message : undefined;
          if (!message || !CHINESE.test(message)) failures.push(`${label}: no Chinese message (${res.body.slice(0, 120)})`);
        }
      }
    }
    // The figures for the closing note: operations, requests, and how they were answered.
    console.info(`fuzz: ${ops.length} operations, ${requests} requests, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
    expect(failures.slice(0, 40), `${failures.length} failures`).toEqual([]);
    // It reached the handlers, not only the schema: some probes pass validation and get answers.
    expect(requests).toBeGreaterThan(ops.length * 10);
    expect((statuses.get(200) ?? 0) + (statuses.get(201) ?? 0)).toBeGreaterThan(0);
    expect(statuses.get(422) ?? 0).toBeGreaterThan(0);
  }, 900_000);
});
